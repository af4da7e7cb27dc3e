#include "ReferralRepository.h"

#include "domain/EnumTable.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {

constexpr EnumEntry<ReferralStatus> kStoredStatusEntries[] = {
    { ReferralStatus::Sent, "sent" },
    { ReferralStatus::Accepted, "accepted" },
    { ReferralStatus::Done, "done" },
    { ReferralStatus::Declined, "returned" },
};
constexpr EnumTable<ReferralStatus> kStoredStatuses("sn::ReferralRepository", kStoredStatusEntries);

} // namespace

namespace {

const char *PolicyColumns
    = "id, department, service, title, who_qualifies, materials, where_to_go, contact, reviewed_on";
const char *ReferralColumns
    = "r.id, r.household_id, coalesce(r.lead_id, ''), r.service, r.status, r.sent_on, r.follow_up_on, "
      "r.policy_ids, r.note";

Policy policyFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
        sql::toDate(q.value(8)) };
}

Referral referralFrom(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(0).toString();
    r.householdId = q.value(1).toString();
    r.leadId = q.value(2).toString();
    r.service = q.value(3).toString();
    r.status = ReferralRepository::statusFromStored(q.value(4).toString());
    r.sentOn = sql::toDate(q.value(5));
    r.followUpOn = sql::toDate(q.value(6));
    r.policyIds = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.note = q.value(8).toString();
    return r;
}

Result<QList<Policy>> policyList(Database &db, const QString &where, const QVariantList &values, const QString &order)
{
    auto q = sql::exec(db.sql(),
        QStringLiteral("SELECT %1 FROM policies WHERE deleted = 0 AND (%2) ORDER BY %3")
            .arg(QLatin1String(PolicyColumns), where, order),
        values);
    if (!q)
        return q.error();
    QList<Policy> list;
    while (q.value().next())
        list.append(policyFrom(q.value()));
    return list;
}

} // namespace

// Stored codes: a declined referral has been "returned" in the table since the first schema.
QString ReferralRepository::storedCode(ReferralStatus status)
{
    return kStoredStatuses.code(status);
}

ReferralStatus ReferralRepository::statusFromStored(const QString &code, bool *ok)
{
    return kStoredStatuses.fromCode(code, ok);
}

Result<QList<Policy>> ReferralRepository::policies(const QString &service) const
{
    return policyList(m_db, QStringLiteral("? = '' OR service = ?"), { service, service },
        QStringLiteral("service, department, title"));
}

Result<QList<Policy>> ReferralRepository::policiesReviewedBefore(const QDate &date) const
{
    return policyList(m_db, QStringLiteral("reviewed_on IS NULL OR reviewed_on < ?"), { date.toString(Qt::ISODate) },
        QStringLiteral("department, title"));
}

Result<Policy> ReferralRepository::policy(const QString &id) const
{
    auto list = policyList(m_db, QStringLiteral("id = ?"), { id }, QStringLiteral("id"));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("No policy with the id %1.").arg(id));
    return list->first();
}

Status ReferralRepository::savePolicy(const Policy &p)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO policies (id, department, service, title, who_qualifies, materials, where_to_go, "
                       "contact, reviewed_on, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET department = "
                       "excluded.department, service = excluded.service, "
                       "title = excluded.title, who_qualifies = excluded.who_qualifies, materials = "
                       "excluded.materials, where_to_go = excluded.where_to_go, "
                       "contact = excluded.contact, reviewed_on = excluded.reviewed_on, hlc = excluded.hlc, station_id "
                       "= excluded.station_id, deleted = 0"),
        { p.id, p.department, p.service, p.title, p.whoQualifies, p.materials, p.whereToGo, p.contact,
            sql::dateValue(p.reviewedOn), m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Status ReferralRepository::setReviewed(const QString &policyId, const QDate &on)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE policies SET reviewed_on = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { on.toString(Qt::ISODate), m_db.stamp(), m_db.stationId(), policyId });
    return r ? Status() : Status(r.error());
}

Status ReferralRepository::removePolicy(const QString &policyId)
{
    auto r
        = sql::exec(m_db.sql(), QStringLiteral("UPDATE policies SET deleted = 1, hlc = ?, station_id = ? WHERE id = ?"),
            { m_db.stamp(), m_db.stationId(), policyId });
    return r ? Status() : Status(r.error());
}

Status ReferralRepository::insert(const Referral &r)
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO referrals (id, household_id, lead_id, service, status, sent_on, follow_up_on, "
                       "policy_ids, note, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { r.id, r.householdId, sql::nullIfEmpty(r.leadId), r.service, storedCode(r.status),
            r.sentOn.toString(Qt::ISODate), sql::dateValue(r.followUpOn), r.policyIds.join(QLatin1Char(' ')), r.note,
            m_db.stamp(), m_db.stationId() });
    return q ? Status() : Status(q.error());
}

Status ReferralRepository::updateStatus(
    const QString &referralId, ReferralStatus status, const QString &note, const QDate &followUpOn)
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "UPDATE referrals SET status = ?, note = ?, follow_up_on = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { storedCode(status), note, sql::dateValue(followUpOn), m_db.stamp(), m_db.stationId(), referralId });
    return q ? Status() : Status(q.error());
}

Result<Referral> ReferralRepository::referral(const QString &id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM referrals r WHERE r.id = ? AND r.deleted = 0")
            .arg(QLatin1String(ReferralColumns)),
        { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No referral with the id %1.").arg(id));
    return referralFrom(q.value());
}

Result<QList<Referral>> ReferralRepository::referralsOf(const QString &householdId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM referrals r WHERE r.household_id = ? AND r.deleted = 0 "
                       "ORDER BY r.sent_on DESC, r.rowid DESC")
            .arg(QLatin1String(ReferralColumns)),
        { householdId });
    if (!q)
        return q.error();
    QList<Referral> list;
    while (q.value().next())
        list.append(referralFrom(q.value()));
    return list;
}

Result<QList<ReferralListing>> ReferralRepository::list(const QDate &dueBy, const QString &townshipCode) const
{
    QString where = QStringLiteral("r.deleted = 0");
    QVariantList values;
    if (dueBy.isValid()) {
        where += QStringLiteral(" AND r.status IN ('sent', 'accepted') AND r.follow_up_on <= ?");
        values.append(dueBy.toString(Qt::ISODate));
    }
    if (!townshipCode.isEmpty()) {
        where += QStringLiteral(" AND h.township_code = ?");
        values.append(townshipCode);
    }
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1, coalesce(hm.name, l.person_name, ''), h.township_code FROM referrals r JOIN "
                       "households h ON h.id = r.household_id "
                       "LEFT JOIN members hm ON hm.household_id = h.id AND hm.relation = 'head' AND hm.deleted = 0 "
                       "LEFT JOIN leads l ON l.id = r.lead_id WHERE %2 ORDER BY %3")
            .arg(QLatin1String(ReferralColumns), where,
                dueBy.isValid() ? QStringLiteral("r.follow_up_on") : QStringLiteral("r.sent_on DESC, r.rowid DESC")),
        values);
    if (!q)
        return q.error();
    QList<ReferralListing> list;
    while (q.value().next())
        list.append({ referralFrom(q.value()), q.value().value(9).toString(), q.value().value(10).toString() });
    return list;
}

Result<ReferralAddressee> ReferralRepository::addressee(const QString &householdId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT coalesce(m.name, ''), h.township_code, coalesce(h.village_code, '') FROM households h "
            "LEFT JOIN members m ON m.household_id = h.id AND m.relation = 'head' AND m.deleted = 0 WHERE h.id = ?"),
        { householdId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No household with the id %1.").arg(householdId));
    return ReferralAddressee { q.value().value(0).toString(), q.value().value(1).toString(),
        q.value().value(2).toString() };
}

} // namespace sn
