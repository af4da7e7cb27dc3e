#include "DocumentService.h"

#include "CardService.h"
#include "ChangeNotice.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"
#include "services/HouseholdService.h"
#include "services/ReviewService.h"
#include "services/StationService.h"

#include <QCollator>
#include <algorithm>

namespace sn {

DocumentService::DocumentService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

doc::Issuer DocumentService::issuerFor(const QString &townshipCode) const
{
    const RegionTree tree = StationService::regions(m_db);
    doc::Issuer issuer;
    issuer.districtName = tree.district() ? tree.district()->name : QString();
    if (const Region *t = tree.find(townshipCode))
        issuer.townshipName = t->name;
    const auto official = CardService(m_db, m_session).official(townshipCode);
    issuer.contactName = official.first;
    issuer.contactPhone = official.second;
    issuer.date = Clock::today();
    return issuer;
}

Result<QString> DocumentService::referralHousehold(const QString &referralId) const
{
    auto letter = ReferralService(m_db, m_session).letter(referralId);
    if (!letter)
        return letter.error();
    return letter->householdId;
}

Result<std::unique_ptr<doc::FlowDocument>> DocumentService::notificationLetter(const QString &referralId) const
{
    auto letter = ReferralService(m_db, m_session).letter(referralId); // checks permission and scope
    if (!letter)
        return letter.error();
    auto township = HouseholdRepository(m_db).townshipOf(letter->householdId);
    if (!township)
        return township.error();
    return doc::builders::notificationLetter(letter.value(), issuerFor(township.value()));
}

Result<std::unique_ptr<doc::FlowDocument>> DocumentService::changeNotice(const QString &changeId) const
{
    return ChangeNotice(m_db, m_session).build(changeId);
}

Result<std::unique_ptr<doc::FlowDocument>> DocumentService::policyCatalogue() const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not print the policy catalogue."));
    auto policies = ReferralService(m_db, m_session).policies();
    if (!policies)
        return policies.error();
    QList<Policy> sorted = policies.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Policy &a, const Policy &b) {
        return a.department != b.department ? a.department < b.department : a.title < b.title;
    });
    return doc::builders::policyCatalogue(sorted, issuerFor(m_session.townshipCode));
}

Result<std::unique_ptr<doc::FlowDocument>> DocumentService::referralSlip(const QString &referralId) const
{
    ReferralService referrals(m_db, m_session);
    auto letter = referrals.letter(referralId);
    if (!letter)
        return letter.error();
    auto all = referrals.referrals(letter->householdId);
    if (!all)
        return all.error();
    const auto found = std::find_if(all->begin(), all->end(), [&](const Referral &r) { return r.id == referralId; });
    if (found == all->end())
        return Error::notFound(tr("No referral with the id %1.").arg(referralId));
    // Contact details for the receiving department; ID numbers stay off the slip.
    auto household = HouseholdService(m_db, m_session).get(letter->householdId);
    if (!household)
        return household.error();
    const doc::HouseholdContact contact { household->phone, household->address };
    return doc::builders::referralSlip(*found, letter.value(), contact, issuerFor(household->townshipCode));
}

Result<std::unique_ptr<doc::FlowDocument>> DocumentService::householdFileSheet(const QString &householdId)
{
    HouseholdRepository repo(m_db);
    auto township = repo.townshipOf(householdId);
    if (!township)
        return township.error();
    if (!m_session.can(Permission::SeeFullIdNumbers))
        return Error::forbidden(tr("The household file sheet shows full ID numbers; your role (%1) may not print it.")
                                    .arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(township.value()))
        return Error::forbidden(tr("This household belongs to another township."));
    auto household = repo.load(householdId);
    if (!household)
        return household.error();
    AuditEntry entry;
    entry.action = QStringLiteral("unmask");
    entry.table = QStringLiteral("households");
    entry.recordId = householdId;
    entry.householdId = householdId;
    entry.field = QStringLiteral("id_number");
    entry.newValue = QStringLiteral("file sheet");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    const RegionTree tree = StationService::regions(m_db);
    return doc::builders::householdFileSheet(household.value(), tree, issuerFor(township.value()), m_session.userName);
}

Result<std::unique_ptr<doc::FlowDocument>> DocumentService::taskList(
    const QDate &month, const QString &townshipCode, const QString &villageCode) const
{
    if (!month.isValid())
        return Error::invalid(tr("Choose the month of the task list."), QStringLiteral("month"));
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not see review tasks.").arg(Roles::display(m_session.role)));
    if (!townshipCode.isEmpty() && !m_session.coversTownship(townshipCode))
        return Error::forbidden(tr("You may only print the tasks of your own township."));
    if (m_session.role == Role::VillageWorker && !villageCode.isEmpty() && !m_session.villageCode.isEmpty()
        && villageCode != m_session.villageCode)
        return Error::forbidden(tr("You may only print the tasks of your own village."));
    TaskQuery query;
    query.dueFrom = QDate(month.year(), month.month(), 1);
    query.dueTo = query.dueFrom.addMonths(1).addDays(-1);
    query.townshipCode = townshipCode;
    query.villageCode = villageCode;
    query.limit = 1000000;
    auto rows = ReviewService(m_db, m_session).tasks(query); // narrows to the session's township and village
    if (!rows)
        return rows.error();
    const RegionTree tree = StationService::regions(m_db);
    QList<TaskRow> list = rows.value();
    QHash<QString, int> villageOrder;
    for (const Region *t : tree.townships()) {
        const auto villages = tree.children(t->code);
        for (int i = 0; i < villages.size(); ++i)
            villageOrder.insert(villages.at(i)->code, i);
    }
    QCollator collator { QLocale(QLocale::Chinese, QLocale::China) };
    std::stable_sort(list.begin(), list.end(), [&](const TaskRow &a, const TaskRow &b) {
        if (a.townshipCode != b.townshipCode)
            return a.townshipCode < b.townshipCode;
        if (a.villageCode != b.villageCode)
            return villageOrder.value(a.villageCode, 9999) < villageOrder.value(b.villageCode, 9999);
        if (a.task.due != b.task.due)
            return a.task.due < b.task.due;
        return collator.compare(a.headName, b.headName) < 0;
    });
    QString village = villageCode;
    if (village.isEmpty() && m_session.role == Role::VillageWorker)
        village = m_session.villageCode;
    QString township = townshipCode.isEmpty() ? m_session.townshipCode : townshipCode;
    if (township.isEmpty() && !village.isEmpty())
        township = tree.townshipOf(village);
    QString regionTitle = tree.district() ? tree.district()->name : QString();
    if (const Region *t = tree.find(township))
        regionTitle += QLatin1Char(' ') + t->name;
    if (const Region *v = tree.find(village))
        regionTitle += QLatin1Char(' ') + v->name;
    return doc::builders::taskList(list, query.dueFrom, regionTitle, village.isEmpty(), tree, issuerFor(township));
}

} // namespace sn
