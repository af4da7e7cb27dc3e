#include "HouseholdService.h"

#include "ReviewService.h"
#include "StationService.h"

#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/SearchIndex.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/StandardsRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"
#include "domain/Tier.h"

namespace sn {

HouseholdService::HouseholdService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
    , m_repo(std::make_unique<HouseholdRepository>(db))
{
    m_db.setActor({m_session.userId, m_session.userName});
}

HouseholdService::~HouseholdService() = default;

Status HouseholdService::checkScope(const QString &townshipCode, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(townshipCode))
        return Error::forbidden(tr("This household belongs to another township; you may only work on your own township's records."));
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
    report.problems = HouseholdRules::validate(h, today);

    const RegionTree tree = StationService::regions(m_db);
    const Region *township = tree.find(h.townshipCode);
    if (!township || township->level != RegionLevel::Township) {
        report.problems.append({QStringLiteral("township"), tr("Choose the township (镇/街道) of the household.")});
    } else if (!h.villageCode.isEmpty()) {
        const Region *village = tree.find(h.villageCode);
        if (!village || village->parentCode != h.townshipCode)
            report.problems.append({QStringLiteral("village"), tr("The village or community is not in %1.").arg(township->name)});
    }
    if (!h.gridCode.isEmpty()) {
        const Region *grid = tree.find(h.gridCode);
        if (!grid || grid->parentCode != h.villageCode)
            report.problems.append({QStringLiteral("grid"), tr("The grid is not in the chosen village or community.")});
    }
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        if (m.idNumber.size() != 18)
            continue;
        auto owners = m_repo->findIdNumber(m.idNumber, h.id);
        if (!owners || owners.value().isEmpty())
            continue;
        const IdNumberOwner &owner = owners.value().first();
        QString where = owner.householdId;
        if (auto other = m_repo->load(owner.householdId))
            where = tr("the household of %1 (%2)").arg(other.value().headName(), tree.path(other.value().villageCode.isEmpty() ? other.value().townshipCode : other.value().villageCode));
        report.problems.append({QStringLiteral("members[%1].idNumber").arg(i),
                                tr("%1's ID number is already registered for %2 in %3.").arg(m.name, owner.memberName, where)});
    }
    report.classification = classify(h);
    if (report.classification.standardMissing) {
        report.problems.append({QStringLiteral("category"),
                                tr("No 低保 standard has been entered for %1 (%2): the district enters it under "
                                   "Settings › District rules (or with `safetynet standards set`).")
                                    .arg(today.year())
                                    .arg(h.area == AreaType::Rural ? tr("rural") : tr("urban"))});
    } else if (h.category != report.classification.category && h.categoryOverrideReason.trimmed().isEmpty()) {
        report.problems.append({QStringLiteral("category"),
                                tr("The rules give %1; to record %2 instead, write the reason for the override.")
                                    .arg(CategoryNames::display(report.classification.category), CategoryNames::display(h.category))});
    }
    if (h.category == report.classification.category)
        h.categoryOverrideReason.clear();
    return report;
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
    auto cancelled = sql::exec(m_db.sql(), QStringLiteral(
        "UPDATE review_tasks SET status = 'cancelled', hlc = ?, station_id = ? WHERE household_id = ? AND status = 'open'"),
        {m_db.stamp(), m_db.stationId(), id});
    if (!cancelled)
        return cancelled.error();
    return tx.commit();
}

QString HouseholdService::whereClause(const HouseholdQuery &query, QVariantList &values) const
{
    QStringList where{QStringLiteral("h.deleted = 0")};
    if (!Roles::districtWide(m_session.role)) {
        where.append(QStringLiteral("h.township_code = ?"));
        values.append(m_session.townshipCode);
    }
    if (!query.townshipCode.isEmpty()) {
        where.append(QStringLiteral("h.township_code = ?"));
        values.append(query.townshipCode);
    }
    if (!query.villageCode.isEmpty()) {
        where.append(QStringLiteral("h.village_code = ?"));
        values.append(query.villageCode);
    }
    if (query.category) {
        where.append(QStringLiteral("h.category = ?"));
        values.append(CategoryNames::code(*query.category));
    }
    if (query.tier) {
        where.append(QStringLiteral("h.tier = ?"));
        values.append(TierRules::code(*query.tier));
    }
    if (query.status) {
        where.append(QStringLiteral("h.status = ?"));
        values.append(*query.status == HouseholdStatus::Active ? QStringLiteral("active") : QStringLiteral("exited"));
    }
    if (query.toCompleteOnly)
        // Two partial indexes hold exactly these (migration 16): no scan of every household.
        where.append(QStringLiteral("h.id IN (SELECT id FROM households WHERE deleted = 0 AND start_date IS NULL "
                                    "UNION ALL SELECT household_id FROM members WHERE deleted = 0 AND id_number = '')"));
    const QString match = SearchIndex::matchExpression(query.text);
    if (!match.isEmpty()) {
        where.append(QStringLiteral("h.rowid IN (SELECT rowid FROM household_search WHERE household_search MATCH ?)"));
        values.append(match);
    } else if (!query.text.trimmed().isEmpty()) {
        where.append(QStringLiteral("0")); // typed something unsearchable (e.g. two digits): no rows, not all rows
    }
    return where.join(QStringLiteral(" AND "));
}

Result<QList<HouseholdSummary>> HouseholdService::search(const HouseholdQuery &query) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view households."));
    QVariantList values;
    const QString where = whereClause(query, values);
    values << query.limit << query.offset;
    auto q = prepared(QStringLiteral(
        "SELECT h.id, coalesce(hm.name, ''), coalesce(hm.id_number, ''), h.township_code, coalesce(h.village_code, ''), "
        "h.address, h.phone, h.category, h.status, h.monthly_amount_fen, h.tier, "
        "(SELECT count(*) FROM members c WHERE c.household_id = h.id AND c.deleted = 0), "
        "h.start_date IS NULL, "
        "(SELECT count(*) FROM members g WHERE g.household_id = h.id AND g.deleted = 0 AND g.id_number = '') "
        "FROM households h LEFT JOIN members hm ON hm.household_id = h.id AND hm.relation = 'head' AND hm.deleted = 0 "
        "WHERE %1 ORDER BY h.rowid DESC LIMIT ? OFFSET ?").arg(where));
    if (!q)
        return q.error();
    if (auto s = sql::run(*q.value(), values); !s)
        return s.error();
    QList<HouseholdSummary> list;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        HouseholdSummary s;
        s.id = r.value(0).toString();
        s.headName = r.value(1).toString();
        s.headIdNumber = IdNumber::mask(r.value(2).toString()); // lists always mask; unmasking is audited
        s.townshipCode = r.value(3).toString();
        s.villageCode = r.value(4).toString();
        s.address = r.value(5).toString();
        s.phone = r.value(6).toString();
        s.category = CategoryNames::fromCode(r.value(7).toString());
        s.status = r.value(8).toString() == QLatin1String("exited") ? HouseholdStatus::Exited : HouseholdStatus::Active;
        s.monthlyAmount = r.value(9).toLongLong();
        s.tier = TierRules::fromCode(r.value(10).toString());
        s.memberCount = r.value(11).toInt();
        if (r.value(12).toBool())
            s.gaps.append(tr("start date unknown"));
        if (const int missing = r.value(13).toInt(); missing > 0)
            s.gaps.append(tr("%n member(s) without an ID number", nullptr, missing));
        list.append(s);
    }
    q.value()->finish(); // no read transaction left open between keystrokes
    return list;
}

Result<QSqlQuery *> HouseholdService::prepared(const QString &statement) const
{
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.prepare(statement))
            return sql::toError(q, statement.simplified().left(60));
        if (m_statements.size() > 32)
            m_statements.clear(); // filters combine in a few ways only; never grow without bound
        it = m_statements.insert(statement, q);
    }
    return &it.value();
}

Result<int> HouseholdService::count(const HouseholdQuery &query) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view households."));
    // Text alone, district-wide: the index holds exactly the live households (IntegrityCheck checks it), so
    // it counts them without visiting thousands of household rows for a one-character name.
    QVariantList values;
    QString statement;
    const QString match = SearchIndex::matchExpression(query.text);
    if (!match.isEmpty() && Roles::districtWide(m_session.role) && query.townshipCode.isEmpty() && query.villageCode.isEmpty()
        && !query.category && !query.tier && !query.status && !query.toCompleteOnly) {
        values.append(match);
        statement = QStringLiteral("SELECT count(*) FROM household_search WHERE household_search MATCH ?");
    } else if (query.text.trimmed().isEmpty() && Roles::districtWide(m_session.role) && query.townshipCode.isEmpty()
               && query.villageCode.isEmpty() && !query.category && !query.tier && !query.status && !query.toCompleteOnly) {
        // Every live household, as the registry opens for the district: all rows less the few removed ones.
        // A count(*) without WHERE sums the cells of each page of the smallest index (households_rowcount,
        // migration 11: about 150 pages for 100000 households) instead of stepping through 100000 entries.
        statement = QStringLiteral("SELECT (SELECT count(*) FROM households) - "
                                   "(SELECT count(*) FROM households INDEXED BY households_removed WHERE deleted = 1)");
    } else {
        statement = QStringLiteral("SELECT count(*) FROM households h WHERE %1").arg(whereClause(query, values));
    }
    auto q = prepared(statement);
    if (!q)
        return q.error();
    if (auto s = sql::run(*q.value(), values); !s)
        return s.error();
    const int n = q.value()->next() ? q.value()->value(0).toInt() : 0;
    q.value()->finish();
    return n;
}

Result<QList<AuditEntry>> HouseholdService::history(const QString &id)
{
    auto township = m_repo->townshipOf(id);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::ViewHouseholds); !s)
        return s.error();
    return AuditLog(m_db).forHousehold(id);
}

} // namespace sn
