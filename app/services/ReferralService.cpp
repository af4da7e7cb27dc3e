#include "ReferralService.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QMap>

namespace sn {

namespace {

Policy policyFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), sql::toDate(q.value(8))};
}

const char *PolicyColumns = "id, department, service, title, who_qualifies, materials, where_to_go, contact, reviewed_on";

Referral referralFrom(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(0).toString();
    r.householdId = q.value(1).toString();
    r.leadId = q.value(2).toString();
    r.service = q.value(3).toString();
    r.status = ReferralService::statusFromCode(q.value(4).toString());
    r.sentOn = sql::toDate(q.value(5));
    r.followUpOn = sql::toDate(q.value(6));
    r.policyIds = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.note = q.value(8).toString();
    return r;
}

const char *ReferralColumns = "id, household_id, coalesce(lead_id, ''), service, status, sent_on, follow_up_on, policy_ids, note";

} // namespace

ReferralService::ReferralService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({m_session.userId, m_session.userName});
}

QStringList ReferralService::services()
{
    return {QStringLiteral("housing"), QStringLiteral("disability"), QStringLiteral("employment"), QStringLiteral("medical"),
            QStringLiteral("education"), QStringLiteral("other")};
}

QString ReferralService::serviceDisplay(const QString &code)
{
    if (code == QLatin1String("housing")) return tr("Housing");
    if (code == QLatin1String("disability")) return tr("Disability services");
    if (code == QLatin1String("employment")) return tr("Employment");
    if (code == QLatin1String("medical")) return tr("Medical assistance");
    if (code == QLatin1String("education")) return tr("Education assistance");
    return tr("Other");
}

QString ReferralService::statusCode(ReferralStatus s)
{
    switch (s) {
    case ReferralStatus::Sent: return QStringLiteral("sent");
    case ReferralStatus::Accepted: return QStringLiteral("accepted");
    case ReferralStatus::Done: return QStringLiteral("done");
    case ReferralStatus::Declined: return QStringLiteral("declined");
    }
    return {};
}

namespace {
// The stored code: "returned" for declined, which the CHECK constraint of every station's schema accepts.
QString storedCode(ReferralStatus s)
{
    return s == ReferralStatus::Declined ? QStringLiteral("returned") : ReferralService::statusCode(s);
}
} // namespace

ReferralStatus ReferralService::statusFromCode(const QString &code, bool *ok)
{
    const ReferralStatus all[] = {ReferralStatus::Sent, ReferralStatus::Accepted, ReferralStatus::Done, ReferralStatus::Declined};
    for (ReferralStatus s : all) {
        if (statusCode(s) == code || storedCode(s) == code) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return ReferralStatus::Sent;
}

QString ReferralService::statusDisplay(ReferralStatus s)
{
    switch (s) {
    case ReferralStatus::Sent: return tr("Sent");
    case ReferralStatus::Accepted: return tr("Accepted");
    case ReferralStatus::Done: return tr("Done");
    case ReferralStatus::Declined: return tr("Declined");
    }
    return {};
}

Status ReferralService::checkHousehold(const QString &householdId, Permission permission) const
{
    auto township = sql::scalar(m_db.sql(), QStringLiteral("SELECT township_code FROM households WHERE id = ? AND deleted = 0"), {householdId});
    if (!township)
        return township.error();
    if (!township.value().isValid())
        return Error::notFound(tr("No household with the id %1.").arg(householdId));
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(township.value().toString()))
        return Error::forbidden(tr("This household belongs to another township."));
    return {};
}

Status ReferralService::checkCatalogue() const
{
    if (!m_session.can(Permission::EditStandards))
        return Error::forbidden(tr("The policy catalogue is kept by the district bureau."));
    return {};
}

Result<QString> ReferralService::savePolicy(Policy p)
{
    if (auto s = checkCatalogue(); !s)
        return s.error();
    p.title = p.title.trimmed();
    p.department = p.department.trimmed();
    if (p.service.isEmpty())
        p.service = QStringLiteral("other");
    if (p.title.isEmpty())
        return Error::invalid(tr("The policy needs a name."), QStringLiteral("name"));
    if (p.department.isEmpty())
        return Error::invalid(tr("Name the department of the policy."), QStringLiteral("department"));
    if (!services().contains(p.service))
        return Error::invalid(tr("Unknown service \"%1\": use %2.").arg(p.service, services().join(QStringLiteral(", "))), QStringLiteral("service"));
    const bool isNew = p.id.isEmpty();
    if (isNew)
        p.id = sql::newId();
    p.reviewedOn = Clock::today();
    auto r = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO policies (id, department, service, title, who_qualifies, materials, where_to_go, contact, reviewed_on, hlc, station_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET department = excluded.department, service = excluded.service, "
        "title = excluded.title, who_qualifies = excluded.who_qualifies, materials = excluded.materials, where_to_go = excluded.where_to_go, "
        "contact = excluded.contact, reviewed_on = excluded.reviewed_on, hlc = excluded.hlc, station_id = excluded.station_id, deleted = 0"),
        {p.id, p.department, p.service, p.title, p.whoQualifies.trimmed(), p.materials.trimmed(), p.whereToGo.trimmed(),
         p.contact.trimmed(), p.reviewedOn.toString(Qt::ISODate), m_db.stamp(), m_db.stationId()});
    if (!r)
        return r.error();
    return p.id;
}

Status ReferralService::markReviewed(const QString &policyId)
{
    if (auto s = checkCatalogue(); !s)
        return s;
    auto existing = policy(policyId);
    if (!existing)
        return existing.error();
    auto r = sql::exec(m_db.sql(), QStringLiteral("UPDATE policies SET reviewed_on = ?, hlc = ?, station_id = ? WHERE id = ?"),
                       {Clock::today().toString(Qt::ISODate), m_db.stamp(), m_db.stationId(), policyId});
    return r ? Status() : Status(r.error());
}

Status ReferralService::removePolicy(const QString &policyId)
{
    if (auto s = checkCatalogue(); !s)
        return s;
    auto existing = policy(policyId);
    if (!existing)
        return existing.error();
    auto r = sql::exec(m_db.sql(), QStringLiteral("UPDATE policies SET deleted = 1, hlc = ?, station_id = ? WHERE id = ?"),
                       {m_db.stamp(), m_db.stationId(), policyId});
    return r ? Status() : Status(r.error());
}

Result<Policy> ReferralService::policy(const QString &id) const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM policies WHERE id = ? AND deleted = 0").arg(QLatin1String(PolicyColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No policy with the id %1.").arg(id));
    return policyFrom(q.value());
}

Result<QList<DepartmentReview>> ReferralService::departmentReviews() const
{
    auto all = policies();
    if (!all)
        return all.error();
    const QDate today = Clock::today();
    const QDate yearStart(today.year(), 1, 1);
    QMap<QString, DepartmentReview> byDepartment;
    for (const Policy &p : all.value()) {
        DepartmentReview &d = byDepartment[p.department];
        if (d.policies == 0) {
            d.department = p.department;
            d.oldestReview = p.reviewedOn;
            d.reviewedThisYear = true;
            d.onTime = true;
        }
        ++d.policies;
        if (!p.reviewedOn.isValid() || (d.oldestReview.isValid() && p.reviewedOn < d.oldestReview))
            d.oldestReview = p.reviewedOn;
        const bool thisYear = p.reviewedOn.isValid() && p.reviewedOn >= yearStart;
        d.reviewedThisYear = d.reviewedThisYear && thisYear;
        d.onTime = d.onTime && thisYear && p.reviewedOn <= reviewDeadline();
    }
    return byDepartment.values();
}

Result<QList<Policy>> ReferralService::policies(const QString &service) const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM policies WHERE deleted = 0 AND (? = '' OR service = ?) ORDER BY service, department, title")
                                       .arg(QLatin1String(PolicyColumns)), {service, service});
    if (!q)
        return q.error();
    QList<Policy> list;
    while (q.value().next())
        list.append(policyFrom(q.value()));
    return list;
}

QDate ReferralService::reviewDeadline() const
{
    return QDate(Clock::today().year(), 4, 30);
}

Result<QList<Policy>> ReferralService::policiesDueForReview() const
{
    const QString yearStart = QDate(Clock::today().year(), 1, 1).toString(Qt::ISODate);
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM policies WHERE deleted = 0 AND (reviewed_on IS NULL OR reviewed_on < ?) "
                                                  "ORDER BY department, title").arg(QLatin1String(PolicyColumns)), {yearStart});
    if (!q)
        return q.error();
    QList<Policy> list;
    while (q.value().next())
        list.append(policyFrom(q.value()));
    return list;
}

Result<QString> ReferralService::refer(Referral r)
{
    if (auto s = checkHousehold(r.householdId, Permission::EditHouseholds); !s)
        return s.error();
    if (r.policyIds.isEmpty()) {
        // The letter lists every policy of the service unless the clerk chose some.
        if (!services().contains(r.service))
            return Error::invalid(tr("Choose the policies the household is referred to."), QStringLiteral("policies"));
        auto known = policies(r.service);
        if (!known)
            return known.error();
        for (const Policy &p : known.value())
            r.policyIds.append(p.id);
        if (r.policyIds.isEmpty())
            return Error::invalid(tr("The catalogue has no policy for %1 yet: the district enters it on the Policies page.")
                                      .arg(serviceDisplay(r.service)), QStringLiteral("policies"));
    }
    r.policyIds.removeDuplicates();
    for (const QString &id : std::as_const(r.policyIds)) {
        auto p = policy(id);
        if (!p)
            return Error::invalid(tr("Policy %1 is not in the catalogue.").arg(id), QStringLiteral("policies"));
        if (r.service.isEmpty())
            r.service = p->service;
    }
    if (!services().contains(r.service))
        return Error::invalid(tr("Choose the service the household is referred to."), QStringLiteral("service"));
    r.id = sql::newId();
    r.status = ReferralStatus::Sent;
    if (!r.sentOn.isValid())
        r.sentOn = Clock::today();
    if (!r.followUpOn.isValid())
        r.followUpOn = r.sentOn.addDays(14);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto ins = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO referrals (id, household_id, lead_id, service, status, sent_on, follow_up_on, policy_ids, note, hlc, station_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.householdId, sql::nullIfEmpty(r.leadId), r.service, storedCode(r.status), r.sentOn.toString(Qt::ISODate),
         sql::dateValue(r.followUpOn), r.policyIds.join(QLatin1Char(' ')), r.note.trimmed(), m_db.stamp(), m_db.stationId()});
    if (!ins)
        return ins.error();
    AuditEntry entry;
    entry.action = QStringLiteral("refer");
    entry.table = QStringLiteral("referrals");
    entry.recordId = r.id;
    entry.householdId = r.householdId;
    entry.field = QStringLiteral("policies");
    entry.newValue = r.policyIds.join(QLatin1Char(' '));
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r.id;
}

Result<Referral> ReferralService::referral(const QString &referralId) const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM referrals WHERE id = ? AND deleted = 0").arg(QLatin1String(ReferralColumns)), {referralId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No referral with the id %1.").arg(referralId));
    const Referral r = referralFrom(q.value());
    if (auto s = checkHousehold(r.householdId, Permission::ViewHouseholds); !s)
        return s.error();
    return r;
}

Status ReferralService::setStatus(const QString &referralId, ReferralStatus status, const QString &note, const QDate &followUpOn)
{
    auto found = referral(referralId);
    if (!found)
        return found.error();
    const Referral r = found.value();
    if (auto s = checkHousehold(r.householdId, Permission::EditHouseholds); !s)
        return s;
    if (status == ReferralStatus::Declined && note.trimmed().isEmpty())
        return Error::invalid(tr("Write why the referral was declined."), QStringLiteral("note"));
    if (followUpOn.isValid() && followUpOn < r.sentOn)
        return Error::invalid(tr("The follow-up date cannot be before the referral was sent (%1).").arg(r.sentOn.toString(Qt::ISODate)),
                              QStringLiteral("follow_up"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto u = sql::exec(m_db.sql(), QStringLiteral("UPDATE referrals SET status = ?, note = ?, follow_up_on = ?, hlc = ?, station_id = ? WHERE id = ?"),
                       {storedCode(status), note.trimmed().isEmpty() ? r.note : note.trimmed(),
                        sql::dateValue(followUpOn.isValid() ? followUpOn : r.followUpOn), m_db.stamp(), m_db.stationId(), referralId});
    if (!u)
        return u.error();
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.table = QStringLiteral("referrals");
    entry.recordId = referralId;
    entry.householdId = r.householdId;
    entry.field = QStringLiteral("status");
    entry.oldValue = statusCode(r.status);
    entry.newValue = statusCode(status);
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    return tx.commit();
}

Result<QList<ReferralRow>> ReferralService::list(const QDate &dueBy) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    QString where = QStringLiteral("r.deleted = 0");
    QVariantList values;
    if (dueBy.isValid()) {
        where += QStringLiteral(" AND r.status IN ('sent', 'accepted') AND r.follow_up_on <= ?");
        values.append(dueBy.toString(Qt::ISODate));
    }
    if (!Roles::districtWide(m_session.role)) {
        where += QStringLiteral(" AND h.township_code = ?");
        values.append(m_session.townshipCode);
    }
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT r.id, r.household_id, coalesce(r.lead_id, ''), r.service, r.status, r.sent_on, r.follow_up_on, r.policy_ids, r.note, "
        "coalesce(hm.name, l.person_name, ''), h.township_code FROM referrals r JOIN households h ON h.id = r.household_id "
        "LEFT JOIN members hm ON hm.household_id = h.id AND hm.relation = 'head' AND hm.deleted = 0 "
        "LEFT JOIN leads l ON l.id = r.lead_id WHERE %1 ORDER BY %2").arg(where, dueBy.isValid() ? QStringLiteral("r.follow_up_on")
                                                                                                   : QStringLiteral("r.sent_on DESC, r.rowid DESC")),
        values);
    if (!q)
        return q.error();
    auto all = policies();
    if (!all)
        return all.error();
    QHash<QString, QString> titles;
    for (const Policy &p : all.value())
        titles.insert(p.id, p.title);
    QList<ReferralRow> list;
    while (q.value().next()) {
        ReferralRow row;
        row.referral = referralFrom(q.value());
        row.headName = q.value().value(9).toString();
        row.townshipCode = q.value().value(10).toString();
        for (const QString &id : std::as_const(row.referral.policyIds))
            row.policyTitles.append(titles.value(id, tr("(removed policy)")));
        list.append(row);
    }
    return list;
}

Result<QList<Referral>> ReferralService::referrals(const QString &householdId) const
{
    if (auto s = checkHousehold(householdId, Permission::ViewHouseholds); !s)
        return s.error();
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM referrals WHERE household_id = ? AND deleted = 0 ORDER BY sent_on DESC")
                                       .arg(QLatin1String(ReferralColumns)), {householdId});
    if (!q)
        return q.error();
    QList<Referral> list;
    while (q.value().next())
        list.append(referralFrom(q.value()));
    return list;
}

Result<QList<Referral>> ReferralService::followUpsDue(const QDate &by) const
{
    QString where = QStringLiteral("r.deleted = 0 AND r.status IN ('sent', 'accepted') AND r.follow_up_on <= ?");
    QVariantList values{by.toString(Qt::ISODate)};
    if (!Roles::districtWide(m_session.role)) {
        where += QStringLiteral(" AND h.township_code = ?");
        values.append(m_session.townshipCode);
    }
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT r.id, r.household_id, coalesce(r.lead_id, ''), r.service, r.status, r.sent_on, r.follow_up_on, r.policy_ids, r.note "
        "FROM referrals r JOIN households h ON h.id = r.household_id WHERE %1 ORDER BY r.follow_up_on").arg(where), values);
    if (!q)
        return q.error();
    QList<Referral> list;
    while (q.value().next())
        list.append(referralFrom(q.value()));
    return list;
}

Result<NotificationLetter> ReferralService::letter(const QString &referralId) const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM referrals WHERE id = ? AND deleted = 0").arg(QLatin1String(ReferralColumns)), {referralId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No referral with the id %1.").arg(referralId));
    const Referral r = referralFrom(q.value());
    if (auto s = checkHousehold(r.householdId, Permission::ViewHouseholds); !s)
        return s.error();
    NotificationLetter letter;
    letter.householdId = r.householdId;
    letter.service = r.service;
    letter.date = r.sentOn;
    auto h = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT coalesce(m.name, ''), h.township_code, coalesce(h.village_code, '') FROM households h "
        "LEFT JOIN members m ON m.household_id = h.id AND m.relation = 'head' AND m.deleted = 0 WHERE h.id = ?"), {r.householdId});
    if (h && h.value().next()) {
        const RegionTree tree = StationService::regions(m_db);
        letter.headName = h.value().value(0).toString();
        letter.townshipName = tree.find(h.value().value(1).toString()) ? tree.find(h.value().value(1).toString())->name : QString();
        letter.villageName = tree.find(h.value().value(2).toString()) ? tree.find(h.value().value(2).toString())->name : QString();
    }
    for (const QString &id : std::as_const(r.policyIds)) {
        if (auto p = policy(id))
            letter.policies.append(p.value());
    }
    return letter;
}

} // namespace sn
