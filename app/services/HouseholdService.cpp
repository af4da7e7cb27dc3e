#include "HouseholdService.h"

#include "MatchReason.h"
#include "ReviewService.h"
#include "StationService.h"
#include "sync/KeyRing.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/IdIndexRepository.h"
#include "database/RegistryRepository.h"
#include "database/ReviewRepository.h"
#include "database/SearchIndex.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/StandardsRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"
#include "domain/ReviewSchedule.h"
#include "domain/Tier.h"

namespace sn {

HouseholdService::HouseholdService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
    , m_repo(std::make_unique<HouseholdRepository>(db))
    , m_registry(std::make_unique<RegistryRepository>(db))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

HouseholdService::~HouseholdService() = default;

Status HouseholdService::checkScope(const QString &townshipCode, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(townshipCode))
        return Error::forbidden(
            tr("This household belongs to another township; you may only work on your own township's records."));
    return {};
}

Result<Household> HouseholdService::get(const QString &id)
{
    auto township = m_repo->townshipOf(id);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::ViewHouseholds); !s)
        return s.error();
    auto household = m_repo->load(id);
    if (!household)
        return household.error();
    for (Member &m : household.value().members)
        m.idNumber = IdNumber::mask(m.idNumber);
    return household;
}

Result<Household> HouseholdService::getForEdit(const QString &id)
{
    auto township = m_repo->townshipOf(id);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::EditHouseholds); !s)
        return s.error();
    auto household = m_repo->load(id);
    if (!household)
        return household.error();
    AuditEntry entry;
    entry.action = QStringLiteral("unmask");
    entry.table = QStringLiteral("households");
    entry.recordId = id;
    entry.householdId = id;
    entry.field = QStringLiteral("id_number");
    entry.newValue = QStringLiteral("edit form");
    Transaction tx(m_db);
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return household;
}

Result<QString> HouseholdService::revealIdNumber(const QString &householdId, const QString &memberId)
{
    auto township = m_repo->townshipOf(householdId);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::SeeFullIdNumbers); !s)
        return s.error();
    auto household = m_repo->load(householdId);
    if (!household)
        return household.error();
    for (const Member &m : household.value().members) {
        if (m.id != memberId)
            continue;
        AuditEntry entry;
        entry.action = QStringLiteral("unmask");
        entry.table = QStringLiteral("members");
        entry.recordId = memberId;
        entry.householdId = householdId;
        entry.field = QStringLiteral("id_number");
        Transaction tx(m_db);
        if (auto s = AuditLog(m_db).append(entry); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return m.idNumber;
    }
    return Error::notFound(tr("No such member in this household."));
}

RegionTree HouseholdService::regions() const
{
    return StationService::regions(m_db);
}

ClassificationResult HouseholdService::classify(const Household &household) const
{
    const QDate today = Clock::today();
    auto standard = StandardsRepository(m_db).forYear(today.year(), household.area);
    if (!standard)
        return Classifier::withoutStandard(today.year(), household.area);
    // Classified as it will be stored: a member's age comes from the ID number when no birth date was given.
    Household normalized = household;
    normalizeMembers(normalized, today);
    return Classifier::classify(normalized, *standard, SettingsRepository(m_db).classification(), today);
}

void HouseholdService::normalizeMembers(Household &h, const QDate &today)
{
    for (Member &m : h.members) {
        m.name = m.name.trimmed();
        const IdNumber id = IdNumber::parse(m.idNumber, today);
        if (id.isValid()) {
            m.idNumber = id.normalized();
            if (!m.birthDate.isValid())
                m.birthDate = id.birthDate();
            if (m.sex == Sex::Unknown)
                m.sex = id.sex();
        } else {
            m.idNumber = IdNumber::normalize(m.idNumber);
        }
    }
}

ValidationReport HouseholdService::validate(Household &h)
{
    const QDate today = Clock::today();
    normalizeMembers(h, today);
    ValidationReport report;
    // Registered at the desk or from the command line, a household has its village and address (a ledger's
    // import, which rarely has addresses, checks HouseholdRules alone).
    if (h.villageCode.trimmed().isEmpty())
        report.problems.append({ QStringLiteral("village"), tr("Choose the village or community of the household") });
    if (h.address.trimmed().isEmpty())
        report.problems.append({ QStringLiteral("address"), tr("Fill in the address of the household") });
    report.problems += HouseholdRules::validate(h, today);

    const RegionTree tree = StationService::regions(m_db);
    const Region *township = tree.find(h.townshipCode);
    if (!township || township->level != RegionLevel::Township) {
        report.problems.append({ QStringLiteral("township"), tr("Choose the township (镇/街道) of the household.") });
    } else if (!h.villageCode.isEmpty()) {
        const Region *village = tree.find(h.villageCode);
        if (!village || village->parentCode != h.townshipCode)
            report.problems.append(
                { QStringLiteral("village"), tr("The village or community is not in %1.").arg(township->name) });
    }
    if (!h.gridCode.isEmpty()) {
        const Region *grid = tree.find(h.gridCode);
        if (!grid || grid->parentCode != h.villageCode)
            report.problems.append(
                { QStringLiteral("grid"), tr("The grid is not in the chosen village or community.") });
    }
    std::optional<KeyRing> keys; // read when a number is not registered in this station's file
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        if (m.idNumber.size() != 18)
            continue;
        auto owners = m_repo->findIdNumber(m.idNumber, h.id);
        if (owners && owners.value().isEmpty()) {
            // Registered in a township whose rows this station does not hold: the district-wide index says
            // where, never by whom.
            if (!keys) {
                auto loaded = KeyRing::load(m_db);
                keys = loaded ? loaded.value() : KeyRing();
            }
            const QString elsewhere = registeredElsewhere(keys->idHash(m.idNumber), h.townshipCode, tree);
            if (!elsewhere.isEmpty())
                report.problems.append({ QStringLiteral("members[%1].idNumber").arg(i),
                    tr("%1's ID number is already registered in %2; that township closes its registration before "
                       "this one can be made.")
                        .arg(m.name, elsewhere) });
        }
        if (!owners || owners.value().isEmpty())
            continue;
        const IdNumberOwner &owner = owners.value().first();
        QString where = owner.householdId;
        if (auto other = m_repo->load(owner.householdId))
            where = tr("the household of %1 (%2)")
                        .arg(other.value().headName(),
                            tree.path(other.value().villageCode.isEmpty() ? other.value().townshipCode
                                                                          : other.value().villageCode));
        report.problems.append({ QStringLiteral("members[%1].idNumber").arg(i),
            tr("%1's ID number is already registered for %2 in %3.").arg(m.name, owner.memberName, where) });
    }
    report.warnings = HouseholdRules::warnings(h);
    if (!HouseholdRules::readyToClassify(h, today))
        return report; // a blank form gets no verdict
    report.classification = classify(h);
    if (report.classification.standardMissing) {
        report.problems.append({ QStringLiteral("category"),
            tr("No 低保 standard has been entered for %1 (%2): the district enters it under "
               "Settings › District rules (or with `safetynet standards set`).")
                .arg(today.year())
                .arg(h.area == AreaType::Rural ? tr("rural") : tr("urban")) });
    } else if (h.category != report.classification.category && h.categoryOverrideReason.trimmed().isEmpty()) {
        report.problems.append({ QStringLiteral("category"),
            tr("The rules give %1; to record %2 instead, write the reason for the override.")
                .arg(CategoryNames::display(report.classification.category), CategoryNames::display(h.category)) });
    }
    if (h.category == report.classification.category)
        h.categoryOverrideReason.clear();
    return report;
}

QString HouseholdService::registeredElsewhere(
    const QString &hash, const QString &townshipCode, const RegionTree &tree) const
{
    if (hash.isEmpty())
        return {};
    auto townships = IdIndexRepository(m_db).townships(hash);
    if (!townships)
        return {};
    QStringList names;
    for (const QString &code : std::as_const(townships.value())) {
        if (code != townshipCode)
            names.append(tree.find(code) ? tree.find(code)->name : code);
    }
    return names.join(QStringLiteral("、"));
}

Status HouseholdService::store(Household &h, bool isNew)
{
    if (auto s = checkScope(h.townshipCode, Permission::EditHouseholds); !s)
        return s;
    if (!isNew) {
        auto stored = m_repo->townshipOf(h.id);
        if (!stored)
            return stored.error();
        if (auto s = checkScope(stored.value(), Permission::EditHouseholds); !s)
            return s;
    }
    if (auto s = stampFinding(h, isNew); !s)
        return s;
    const ValidationReport report = validate(h);
    if (!report.ok()) {
        const HouseholdProblem &first = report.problems.first();
        QStringList all;
        for (const HouseholdProblem &p : report.problems)
            all.append(p.message);
        return Error::invalid(all.join(QLatin1Char('\n')), first.field);
    }
    // The household, its tier and its review schedule change together.
    auto saved = [&]() -> Status {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        if (auto s = m_repo->save(h); !s)
            return s;
        if (auto s = ReviewService(m_db, m_session).refreshHousehold(h.id); !s)
            return s;
        return tx.commit();
    }();
    // A full disk or a read-only file: say which operation did not happen.
    if (!saved && saved.error().kind == Error::Kind::Io)
        return Error::io(tr("The household was not saved: %1").arg(saved.error().message));
    return saved;
}

// When the category was found: the day it is first given or changed (unless the caller names the day), kept while
// it stays the same; a 刚性支出困难 finding counts its 12 months from it (CategoryNames::lapsesOn).
Status HouseholdService::stampFinding(Household &h, bool isNew) const
{
    if (h.category == Category::None) {
        h.categoryFoundOn = {};
        return {};
    }
    if (!isNew) {
        auto stored = m_repo->load(h.id);
        if (!stored)
            return stored.error();
        if (stored->category != h.category)
            h.categoryFoundOn = {};
        else if (!h.categoryFoundOn.isValid())
            h.categoryFoundOn = stored->categoryFoundOn;
    }
    if (!h.categoryFoundOn.isValid() || h.categoryFoundOn > Clock::today())
        h.categoryFoundOn = Clock::today();
    return {};
}

Result<QString> HouseholdService::create(Household household)
{
    if (!household.id.isEmpty() && m_repo->exists(household.id))
        return Error::conflict(tr("A household with the id %1 already exists.").arg(household.id));
    if (auto s = store(household, true); !s)
        return s.error();
    return household.id;
}

Status HouseholdService::update(Household household)
{
    if (household.id.isEmpty() || !m_repo->exists(household.id))
        return Error::notFound(tr("No household with the id %1.").arg(household.id));
    return store(household, false);
}

Status HouseholdService::remove(const QString &id, const QString &reason)
{
    auto township = m_repo->townshipOf(id);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::DeleteHouseholds); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Give the reason for removing the household."), QStringLiteral("reason"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->remove(id, reason.trimmed()); !s)
        return s;
    if (auto cancelled = ReviewRepository(m_db).cancelOpen(id); !cancelled)
        return cancelled;
    return tx.commit();
}

Result<HouseholdStanding> HouseholdService::standing(const QString &id) const
{
    auto township = m_repo->townshipOf(id);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::ViewHouseholds); !s)
        return s.error();
    auto decision = ReviewService(m_db, m_session).explain(id);
    if (!decision)
        return decision.error();
    auto tasks = ReviewRepository(m_db).tasksOf(id);
    if (!tasks)
        return tasks.error();
    HouseholdStanding standing;
    standing.tier = decision->tier;
    for (const ReviewTask &t : std::as_const(tasks.value())) {
        if (t.status == TaskStatus::Open && (!standing.nextReview.isValid() || t.due < standing.nextReview)) {
            standing.nextReview = t.due;
            standing.nextTask = ReviewSchedule::display(t.type);
        }
    }
    return standing;
}

QString HouseholdService::scopeTownship() const
{
    return Roles::districtWide(m_session.role) ? QString() : m_session.townshipCode;
}

Result<QList<HouseholdSummary>> HouseholdService::search(const HouseholdQuery &query) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view households."));
    auto rows = m_registry->page(query, scopeTownship());
    if (!rows)
        return rows.error();
    QList<HouseholdSummary> list;
    list.reserve(rows->size());
    for (const RegistryRow &r : std::as_const(rows.value())) {
        HouseholdSummary s;
        s.id = r.id;
        s.headName = r.headName;
        s.headIdNumber = IdNumber::mask(r.headIdNumber); // lists always mask; unmasking is audited
        s.townshipCode = r.townshipCode;
        s.villageCode = r.villageCode;
        s.address = r.address;
        s.phone = r.phone;
        s.category = CategoryNames::fromCode(r.categoryCode);
        s.status = r.exited ? HouseholdStatus::Exited : HouseholdStatus::Active;
        s.monthlyAmount = r.monthlyAmount;
        s.tier = TierRules::fromCode(r.tierCode);
        s.memberCount = r.memberCount;
        if (r.startUnknown)
            s.gaps.append(tr("start date unknown"));
        if (r.membersWithoutIdNumber > 0)
            s.gaps.append(tr("%n member(s) without an ID number", nullptr, r.membersWithoutIdNumber));
        list.append(s);
    }
    return list;
}

Result<QString> HouseholdService::matchReason(const QString &typed, const QString &householdId) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view households."));
    if (typed.trimmed().isEmpty())
        return QString();
    auto subject = m_registry->subject(householdId, scopeTownship());
    if (!subject)
        return subject.error();
    if (!subject.value())
        return Error::notFound(tr("No household with the id %1.").arg(householdId));
    return MatchReason::describe(SearchIndex::explain(typed, *subject.value()));
}

Result<int> HouseholdService::count(const HouseholdQuery &query) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view households."));
    return m_registry->count(query, scopeTownship());
}

Result<QList<AuditEntry>> HouseholdService::history(const QString &id)
{
    auto township = m_repo->townshipOf(id);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::ViewHouseholds); !s)
        return s.error();
    auto entries = AuditLog(m_db).forHousehold(id);
    if (!entries || m_session.can(Permission::SeeFullIdNumbers))
        return entries;
    // Old and new values of members, and the creation snapshot, carry ID numbers.
    for (AuditEntry &e : entries.value()) {
        e.oldValue = IdNumber::maskWithin(e.oldValue);
        e.newValue = IdNumber::maskWithin(e.newValue);
    }
    return entries;
}

} // namespace sn
