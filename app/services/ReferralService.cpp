#include "ReferralService.h"

#include "domain/EnumTable.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/ReferralRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QMap>

namespace sn {

namespace {

constexpr EnumEntry<ReferralStatus> kStatusEntries[] = {
    { ReferralStatus::Sent, "sent", QT_TRANSLATE_NOOP("sn::ReferralService", "Sent") },
    { ReferralStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("sn::ReferralService", "Accepted") },
    { ReferralStatus::Done, "done", QT_TRANSLATE_NOOP("sn::ReferralService", "Done") },
    { ReferralStatus::Declined, "declined", QT_TRANSLATE_NOOP("sn::ReferralService", "Declined") },
};
constexpr EnumTable<ReferralStatus> kStatuses("sn::ReferralService", kStatusEntries);

} // namespace

ReferralService::ReferralService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
    , m_repo(std::make_unique<ReferralRepository>(db))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

ReferralService::~ReferralService() = default;

QStringList ReferralService::services()
{
    return { QStringLiteral("housing"), QStringLiteral("disability"), QStringLiteral("employment"),
        QStringLiteral("medical"), QStringLiteral("education"), QStringLiteral("other") };
}

QString ReferralService::serviceDisplay(const QString &code)
{
    if (code == QLatin1String("housing"))
        return tr("Housing");
    if (code == QLatin1String("disability"))
        return tr("Disability services");
    if (code == QLatin1String("employment"))
        return tr("Employment");
    if (code == QLatin1String("medical"))
        return tr("Medical assistance");
    if (code == QLatin1String("education"))
        return tr("Education assistance");
    return tr("Other");
}

QString ReferralService::statusCode(ReferralStatus s)
{
    return kStatuses.code(s);
}

// The public code ("declined") or the stored one ("returned").
ReferralStatus ReferralService::statusFromCode(const QString &code, bool *ok)
{
    if (const auto byCode = kStatuses.find(code)) {
        if (ok)
            *ok = true;
        return *byCode;
    }
    return ReferralRepository::statusFromStored(code.trimmed(), ok);
}

QString ReferralService::statusDisplay(ReferralStatus s)
{
    return kStatuses.label(s);
}

Status ReferralService::checkHousehold(const QString &householdId, Permission permission) const
{
    auto township = HouseholdRepository(m_db).townshipOf(householdId);
    if (!township)
        return township.error();
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(township.value()))
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
        return Error::invalid(
            tr("Unknown service \"%1\": use %2.").arg(p.service, services().join(QStringLiteral(", "))),
            QStringLiteral("service"));
    const bool isNew = p.id.isEmpty();
    if (isNew)
        p.id = sql::newId();
    p.reviewedOn = Clock::today();
    p.whoQualifies = p.whoQualifies.trimmed();
    p.materials = p.materials.trimmed();
    p.whereToGo = p.whereToGo.trimmed();
    p.contact = p.contact.trimmed();
    if (auto r = m_repo->savePolicy(p); !r)
        return r.error();
    return p.id;
}

Status ReferralService::markReviewed(const QString &policyId)
{
    if (auto s = checkCatalogue(); !s)
        return s;
    if (auto existing = m_repo->policy(policyId); !existing)
        return existing.error();
    return m_repo->setReviewed(policyId, Clock::today());
}

Status ReferralService::removePolicy(const QString &policyId)
{
    if (auto s = checkCatalogue(); !s)
        return s;
    if (auto existing = m_repo->policy(policyId); !existing)
        return existing.error();
    return m_repo->removePolicy(policyId);
}

Result<Policy> ReferralService::policy(const QString &id) const
{
    return m_repo->policy(id);
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
    QList<DepartmentReview> list = byDepartment.values();
    for (DepartmentReview &d : list) {
        using State = DepartmentReview::State;
        d.state = d.onTime              ? State::OnTime
            : d.reviewedThisYear        ? State::ReviewedLate
            : today <= reviewDeadline() ? State::NotYetDue
                                        : State::Overdue;
    }
    return list;
}

Result<QList<Policy>> ReferralService::policies(const QString &service) const
{
    return m_repo->policies(service);
}

QDate ReferralService::reviewDeadline() const
{
    return QDate(Clock::today().year(), 4, 30);
}

Result<QList<Policy>> ReferralService::policiesDueForReview() const
{
    return m_repo->policiesReviewedBefore(QDate(Clock::today().year(), 1, 1));
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
            return Error::invalid(
                tr("The catalogue has no policy for %1 yet: the district enters it on the Policies page.")
                    .arg(serviceDisplay(r.service)),
                QStringLiteral("policies"));
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
    r.note = r.note.trimmed();
    if (auto s = m_repo->insert(r); !s)
        return s.error();
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
    auto r = m_repo->referral(referralId);
    if (!r)
        return r.error();
    if (auto s = checkHousehold(r->householdId, Permission::ViewHouseholds); !s)
        return s.error();
    return r;
}

Status ReferralService::setStatus(
    const QString &referralId, ReferralStatus status, const QString &note, const QDate &followUpOn)
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
        return Error::invalid(
            tr("The follow-up date cannot be before the referral was sent (%1).").arg(r.sentOn.toString(Qt::ISODate)),
            QStringLiteral("follow_up"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->updateStatus(referralId, status, note.trimmed().isEmpty() ? r.note : note.trimmed(),
            followUpOn.isValid() ? followUpOn : r.followUpOn);
        !s)
        return s;
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
    auto rows = m_repo->list(dueBy, Roles::districtWide(m_session.role) ? QString() : m_session.townshipCode);
    if (!rows)
        return rows.error();
    auto all = m_repo->policies();
    if (!all)
        return all.error();
    QHash<QString, QString> titles;
    for (const Policy &p : all.value())
        titles.insert(p.id, p.title);
    QList<ReferralRow> list;
    for (const ReferralListing &listing : rows.value()) {
        ReferralRow row { listing.referral, listing.headName, listing.townshipCode, {} };
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
    return m_repo->referralsOf(householdId);
}

Result<QList<Referral>> ReferralService::followUpsDue(const QDate &by) const
{
    auto rows = list(by);
    if (!rows)
        return rows.error();
    QList<Referral> due;
    for (const ReferralRow &row : rows.value())
        due.append(row.referral);
    return due;
}

Result<NotificationLetter> ReferralService::letter(const QString &referralId) const
{
    auto r = referral(referralId); // checks permission and scope
    if (!r)
        return r.error();
    NotificationLetter letter;
    letter.householdId = r->householdId;
    letter.service = r->service;
    letter.date = r->sentOn;
    if (auto to = m_repo->addressee(r->householdId)) {
        const RegionTree tree = StationService::regions(m_db);
        letter.headName = to->headName;
        letter.townshipName = tree.find(to->townshipCode) ? tree.find(to->townshipCode)->name : QString();
        letter.villageName = tree.find(to->villageCode) ? tree.find(to->villageCode)->name : QString();
    }
    for (const QString &id : std::as_const(r->policyIds)) {
        if (auto p = m_repo->policy(id))
            letter.policies.append(p.value());
    }
    return letter;
}

} // namespace sn
