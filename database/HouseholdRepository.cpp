#include "HouseholdRepository.h"
#include "RawQuery.h"

#include "AuditLog.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include "domain/Clock.h"
#include "domain/Tier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>
#include <utility>

namespace sn {

namespace {

using Columns = QList<QPair<QString, QVariant>>;

QVariant boolValue(bool b)
{
    return b ? 1 : 0;
}

QString text(const QVariant &v)
{
    if (v.isNull())
        return {};
    return v.toString();
}

// What names a row added to or removed from a household in its audit entry: the row's values are in the row
// itself (a removed row is kept as a tombstone), and each later change of a field has an entry with its old and
// new value, so the entry says which row, not everything in it.
QString rowLabel(const RowImage &row)
{
    if (row.table == QLatin1String("members"))
        return text(row.value(QStringLiteral("name")));
    if (row.table == QLatin1String("incomes"))
        return text(row.value(QStringLiteral("kind"))) + QLatin1Char(' ')
            + text(row.value(QStringLiteral("monthly_fen")));
    if (row.table == QLatin1String("assets"))
        return text(row.value(QStringLiteral("kind"))) + QLatin1Char(' ')
            + text(row.value(QStringLiteral("value_fen")));
    if (row.table == QLatin1String("expenditures"))
        return text(row.value(QStringLiteral("kind"))) + QLatin1Char(' ')
            + text(row.value(QStringLiteral("amount_fen")));
    return {};
}

// The compact entry of a new household (issue 23): its head and how many rows of each kind it has, e.g.
// {"head":"张三","members":3,"incomes":2,"assets":1}. Entries written before held every row's values.
QString creationSummary(const Household &h, const QList<RowImage> &rows)
{
    QJsonObject o;
    o.insert(QStringLiteral("head"), h.headName());
    for (const RowImage &row : rows) {
        if (row.table != QLatin1String("households"))
            o.insert(row.table, o.value(row.table).toInt() + 1);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QVariant RowImage::value(const QString &column) const
{
    for (const auto &[c, v] : columns) {
        if (c == column)
            return v;
    }
    return {};
}

HouseholdRepository::HouseholdRepository(Database &db)
    : m_db(db)
    , m_audit(std::make_unique<AuditLog>(db))
    , m_search(std::make_unique<SearchIndex>(db))
{
}

HouseholdRepository::~HouseholdRepository() = default;

QList<RowImage> HouseholdRepository::images(const Household &h)
{
    QList<RowImage> rows;
    rows.append({ QStringLiteral("households"), h.id,
        Columns {
            { QStringLiteral("id"), h.id },
            { QStringLiteral("township_code"), h.townshipCode },
            { QStringLiteral("village_code"), sql::nullIfEmpty(h.villageCode) },
            { QStringLiteral("grid_code"), sql::nullIfEmpty(h.gridCode) },
            { QStringLiteral("address"), h.address },
            { QStringLiteral("phone"), h.phone },
            { QStringLiteral("area_type"), areaTypeCode(h.area) },
            { QStringLiteral("category"), CategoryNames::code(h.category) },
            { QStringLiteral("category_override_reason"), h.categoryOverrideReason },
            { QStringLiteral("category_found_on"), sql::dateValue(h.categoryFoundOn) },
            { QStringLiteral("monthly_amount_fen"), h.monthlyAmount },
            { QStringLiteral("start_date"), sql::dateValue(h.startDate) },
            { QStringLiteral("status"),
                h.status == HouseholdStatus::Active ? QStringLiteral("active") : QStringLiteral("exited") },
            { QStringLiteral("exit_reason"), h.exitReason },
            { QStringLiteral("has_capable_supporter"), boolValue(h.hasCapableSupporter) },
            { QStringLiteral("notes"), h.notes },
            { QStringLiteral("tier_override"),
                h.tierOverride ? QVariant(TierRules::code(*h.tierOverride)) : QVariant() },
            { QStringLiteral("tier_override_reason"), h.tierOverrideReason },
        } });
    int position = 0;
    for (const Member &m : h.members) {
        rows.append({ QStringLiteral("members"), m.id,
            Columns {
                { QStringLiteral("id"), m.id },
                { QStringLiteral("household_id"), h.id },
                { QStringLiteral("position"), position++ },
                { QStringLiteral("name"), m.name },
                { QStringLiteral("id_number"), m.idNumber },
                { QStringLiteral("relation"), relationCode(m.relation) },
                { QStringLiteral("birth_date"), sql::dateValue(m.birthDate) },
                { QStringLiteral("sex"), sexCode(m.sex) },
                { QStringLiteral("labour"), labourCode(m.labour) },
                { QStringLiteral("disability_type"), m.disabilityType },
                { QStringLiteral("disability_grade"), m.disabilityGrade },
                { QStringLiteral("serious_illness"), boolValue(m.seriousIllness) },
                { QStringLiteral("student"), boolValue(m.student) },
                { QStringLiteral("employment"), employmentCode(m.employment) },
                { QStringLiteral("exclusion"), exclusionCode(m.exclusion) },
                { QStringLiteral("phone"), m.phone },
                { QStringLiteral("care_level"), careCode(m.care) },
            } });
    }
    for (const IncomeItem &i : h.incomes) {
        rows.append({ QStringLiteral("incomes"), i.id,
            Columns {
                { QStringLiteral("id"), i.id },
                { QStringLiteral("household_id"), h.id },
                { QStringLiteral("member_id"), sql::nullIfEmpty(i.memberId) },
                { QStringLiteral("kind"), i.kind },
                { QStringLiteral("monthly_fen"), i.monthlyAmount },
                { QStringLiteral("stable"), boolValue(i.stable) },
            } });
    }
    for (const Asset &a : h.assets) {
        rows.append({ QStringLiteral("assets"), a.id,
            Columns {
                { QStringLiteral("id"), a.id },
                { QStringLiteral("household_id"), h.id },
                { QStringLiteral("kind"), a.kind },
                { QStringLiteral("description"), a.description },
                { QStringLiteral("value_fen"), a.value },
            } });
    }
    for (const RigidExpenditure &e : h.expenditures) {
        rows.append({ QStringLiteral("expenditures"), e.id,
            Columns {
                { QStringLiteral("id"), e.id },
                { QStringLiteral("household_id"), h.id },
                { QStringLiteral("kind"), e.kind },
                { QStringLiteral("amount_fen"), e.amount },
                { QStringLiteral("incurred_on"), sql::dateValue(e.incurredOn) },
                { QStringLiteral("note"), e.note },
            } });
    }
    return rows;
}

bool HouseholdRepository::exists(const QString &id) const
{
    auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM households WHERE id = ? AND deleted = 0"), { id });
    return v && v.value().isValid();
}

Result<QString> HouseholdRepository::townshipOf(const QString &id) const
{
    auto v = sql::scalar(
        m_db.sql(), QStringLiteral("SELECT township_code FROM households WHERE id = ? AND deleted = 0"), { id });
    if (!v)
        return v.error();
    if (!v.value().isValid())
        return Error::notFound(tr("No household with the id %1.").arg(id));
    return v.value().toString();
}

Result<QList<RegisteredIdNumber>> HouseholdRepository::registeredIdNumbers() const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT m.id_number, m.household_id, m.name, m.relation FROM members m JOIN households h ON "
                       "h.id = m.household_id "
                       "WHERE m.deleted = 0 AND h.deleted = 0 AND m.id_number <> ''"));
    if (!q)
        return q.error();
    QList<RegisteredIdNumber> list;
    while (q.value().next())
        list.append({ q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
            q.value().value(3).toString() == QLatin1String("head") });
    return list;
}

Result<QStringList> HouseholdRepository::storedIdNumbers() const
{
    return sql::strings(m_db.sql(), QStringLiteral("SELECT id_number FROM members WHERE id_number <> ''"));
}

Result<QString> HouseholdRepository::householdHolding(const QString &idNumber)
{
    if (!m_holding) {
        m_holding.emplace(m_db.sql());
        // <> '': the partial index
        if (!m_holding->prepare(QStringLiteral(
                "SELECT m.household_id FROM members m JOIN households h ON h.id = m.household_id "
                "WHERE m.id_number = ? AND m.id_number <> '' AND m.deleted = 0 AND h.deleted = 0 LIMIT 1")))
            return sql::toError(*m_holding, QStringLiteral("prepare"));
    }
    if (auto s = sql::run(*m_holding, { idNumber }); !s)
        return s.error();
    const QString id = m_holding->next() ? m_holding->value(0).toString() : QString();
    m_holding->finish();
    return id;
}

Result<QHash<QString, QString>> HouseholdRepository::householdsHolding(const QStringList &idNumbers)
{
    QHash<QString, QString> holders;
    if (idNumbers.isEmpty())
        return holders;
    if (auto s = sql::tempIds(m_db.sql(), QStringLiteral("sn_holding_ids"), idNumbers); !s)
        return s.error();
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT m.id_number, m.household_id FROM members m JOIN households h ON h.id = m.household_id "
                       "WHERE m.id_number IN (SELECT id FROM temp.sn_holding_ids) AND m.id_number <> '' "
                       "AND m.deleted = 0 AND h.deleted = 0"));
    if (!q)
        return q.error();
    while (q.value().next())
        holders.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return holders;
}

Result<QVariant> HouseholdRepository::townshipCode(const QString &id, bool liveOnly) const
{
    return sql::scalar(m_db.sql(),
        liveOnly ? QStringLiteral("SELECT township_code FROM households WHERE id = ? AND deleted = 0")
                 : QStringLiteral("SELECT township_code FROM households WHERE id = ?"),
        { id });
}

Result<QList<CategoryFinding>> HouseholdRepository::findingsBy(
    const QString &categoryCode, const QDate &foundBy, const QString &township) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT h.id, h.township_code, coalesce((SELECT m.name FROM members m WHERE m.household_id = h.id "
            "AND m.deleted = 0 ORDER BY m.relation <> 'head', m.position LIMIT 1), ''), h.category_found_on "
            "FROM households h WHERE h.category = ? AND h.deleted = 0 AND h.status = 'active' "
            "AND h.category_found_on <= ? AND (? = '' OR h.township_code = ?) ORDER BY h.category_found_on, h.id"),
        { categoryCode, foundBy.toString(Qt::ISODate), township, township });
    if (!q)
        return q.error();
    QList<CategoryFinding> out;
    while (q.value().next())
        out.append({ q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
            sql::toDate(q.value().value(3)) });
    return out;
}

Result<Household> HouseholdRepository::load(const QString &id) const
{
    auto hq = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT id, township_code, coalesce(village_code, ''), coalesce(grid_code, ''), address, phone, "
            "area_type, category, category_override_reason, monthly_amount_fen, start_date, status, exit_reason, "
            "has_capable_supporter, notes, tier_override, tier_override_reason, substr(created_at, 1, 10), "
            "category_found_on FROM households WHERE id = ? AND deleted = 0"),
        { id });
    if (!hq)
        return hq.error();
    QSqlQuery &q = hq.value();
    if (!q.next())
        return Error::notFound(tr("No household with the id %1.").arg(id));
    Household h;
    h.id = q.value(0).toString();
    h.townshipCode = q.value(1).toString();
    h.villageCode = q.value(2).toString();
    h.gridCode = q.value(3).toString();
    h.address = q.value(4).toString();
    h.phone = q.value(5).toString();
    h.area = areaTypeFromCode(q.value(6).toString());
    h.category = CategoryNames::fromCode(q.value(7).toString());
    h.categoryOverrideReason = q.value(8).toString();
    h.monthlyAmount = q.value(9).toLongLong();
    h.startDate = sql::toDate(q.value(10));
    h.status = q.value(11).toString() == QLatin1String("exited") ? HouseholdStatus::Exited : HouseholdStatus::Active;
    h.exitReason = q.value(12).toString();
    h.hasCapableSupporter = q.value(13).toBool();
    h.notes = q.value(14).toString();
    if (!q.value(15).isNull())
        h.tierOverride = TierRules::fromCode(q.value(15).toString());
    h.tierOverrideReason = q.value(16).toString();
    h.registeredOn = sql::toDate(q.value(17));
    h.categoryFoundOn = sql::toDate(q.value(18));

    auto mq = sql::exec(m_db.sql(),
        QStringLiteral("SELECT id, name, id_number, relation, birth_date, sex, labour, disability_type, "
                       "disability_grade, serious_illness, "
                       "student, employment, exclusion, phone, care_level FROM members WHERE household_id = ? AND "
                       "deleted = 0 "
                       "ORDER BY position"),
        { id });
    if (!mq)
        return mq.error();
    while (mq.value().next()) {
        const QSqlQuery &r = mq.value();
        Member m;
        m.id = r.value(0).toString();
        m.name = r.value(1).toString();
        m.idNumber = r.value(2).toString();
        m.relation = relationFromCode(r.value(3).toString());
        m.birthDate = sql::toDate(r.value(4));
        m.sex = sexFromCode(r.value(5).toString());
        m.labour = labourFromCode(r.value(6).toString());
        m.disabilityType = r.value(7).toString();
        m.disabilityGrade = r.value(8).toInt();
        m.seriousIllness = r.value(9).toBool();
        m.student = r.value(10).toBool();
        m.employment = employmentFromCode(r.value(11).toString());
        m.exclusion = exclusionFromCode(r.value(12).toString());
        m.phone = r.value(13).toString();
        m.care = careFromCode(r.value(14).toString());
        h.members.append(m);
    }
    auto iq = sql::exec(m_db.sql(),
        QStringLiteral("SELECT id, coalesce(member_id, ''), kind, monthly_fen, stable FROM incomes WHERE household_id "
                       "= ? AND deleted = 0 ORDER BY rowid"),
        { id });
    if (!iq)
        return iq.error();
    while (iq.value().next()) {
        const QSqlQuery &r = iq.value();
        h.incomes.append({ r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong(),
            r.value(4).toBool() });
    }
    auto aq = sql::exec(m_db.sql(),
        QStringLiteral("SELECT id, kind, description, value_fen FROM assets WHERE household_id = ? AND deleted = 0 "
                       "ORDER BY rowid"),
        { id });
    if (!aq)
        return aq.error();
    while (aq.value().next()) {
        const QSqlQuery &r = aq.value();
        h.assets.append(
            { r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong() });
    }
    auto eq = sql::exec(m_db.sql(),
        QStringLiteral("SELECT id, kind, amount_fen, incurred_on, note FROM expenditures WHERE household_id = ? AND "
                       "deleted = 0 ORDER BY rowid"),
        { id });
    if (!eq)
        return eq.error();
    while (eq.value().next()) {
        const QSqlQuery &r = eq.value();
        h.expenditures.append({ r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(),
            sql::toDate(r.value(3)), r.value(4).toString() });
    }
    return h;
}

Status HouseholdRepository::writeRow(const RowImage &row, bool deleted)
{
    // One statement per table and set of columns (a household row with its tier has four more).
    const QString key
        = row.table + (deleted ? QStringLiteral("/del/") : QStringLiteral("/")) + QString::number(row.columns.size());
    auto it = m_upserts.find(key);
    if (it == m_upserts.end()) {
        QStringList names, marks, updates;
        for (const auto &[column, value] : row.columns) {
            names.append(column);
            marks.append(QStringLiteral("?"));
            if (column != QLatin1String("id"))
                updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
        }
        names << QStringLiteral("hlc") << QStringLiteral("station_id") << QStringLiteral("deleted");
        marks << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("?");
        updates << QStringLiteral("hlc = excluded.hlc") << QStringLiteral("station_id = excluded.station_id")
                << QStringLiteral("deleted = excluded.deleted");
        if (row.table == QLatin1String("households")) {
            names << QStringLiteral("created_at") << QStringLiteral("updated_at");
            marks << QStringLiteral("?") << QStringLiteral("?");
            updates << QStringLiteral("updated_at = excluded.updated_at");
        }
        QSqlQuery q(m_db.sql());
        const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                                      .arg(row.table, names.join(QStringLiteral(", ")),
                                          marks.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
        if (!q.prepare(statement))
            return sql::toError(q, row.table);
        it = m_upserts.insert(key, q);
    }
    QVariantList values;
    values.reserve(row.columns.size() + 5);
    for (const auto &[column, value] : row.columns)
        values.append(value);
    values << m_db.stamp() << m_db.stationId() << (deleted ? 1 : 0);
    if (row.table == QLatin1String("households")) {
        const QString now = Clock::now().toString(Qt::ISODate);
        values << now << now;
    }
    return sql::run(*it, values);
}

// New records (empty ids) get UUIDs, written back into the household.
void HouseholdRepository::assignIds(Household &h)
{
    if (h.id.isEmpty())
        h.id = sql::newId();
    for (Member &m : h.members) {
        if (m.id.isEmpty())
            m.id = sql::newId();
    }
    for (IncomeItem &i : h.incomes) {
        if (i.id.isEmpty())
            i.id = sql::newId();
    }
    for (Asset &a : h.assets) {
        if (a.id.isEmpty())
            a.id = sql::newId();
    }
    for (RigidExpenditure &e : h.expenditures) {
        if (e.id.isEmpty())
            e.id = sql::newId();
    }
}

// Field by field what forEach() selects (and nothing else), so that a rule applied to it decides as it would on
// the stored row.
Household HouseholdRepository::asStreamed(const Household &h, const QDate &registeredOn)
{
    Household s;
    s.id = h.id;
    s.townshipCode = h.townshipCode;
    s.villageCode = h.villageCode;
    s.area = h.area;
    s.category = h.category;
    s.startDate = h.startDate;
    s.status = h.status;
    s.hasCapableSupporter = h.hasCapableSupporter;
    s.tierOverride = h.tierOverride;
    s.tierOverrideReason = h.tierOverrideReason;
    s.registeredOn = registeredOn;
    for (const Member &m : h.members) {
        Member c;
        c.id = m.id;
        c.name = m.name;
        c.relation = m.relation;
        c.birthDate = m.birthDate;
        c.labour = m.labour;
        c.disabilityGrade = m.disabilityGrade;
        c.seriousIllness = m.seriousIllness;
        c.exclusion = m.exclusion;
        c.disabilityType = m.disabilityType;
        s.members.append(c);
    }
    for (const IncomeItem &i : h.incomes)
        s.incomes.append({ i.id, i.memberId, i.kind, i.monthlyAmount, i.stable });
    return s;
}

Status HouseholdRepository::save(Household &h)
{
    if (m_bulk) {
        // The caller's transaction is the unit: a failure here rolls all of it back, so no savepoint.
        const bool isNew = h.id.isEmpty() || !exists(h.id);
        assignIds(h);
        const QList<RowImage> newRows = images(h);
        if (auto s = isNew ? insertNew(h, newRows) : updateChanged(h, newRows); !s)
            return s;
        m_unindexed.append(h.id);
        return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const bool isNew = h.id.isEmpty() || !exists(h.id);
    assignIds(h);
    const QList<RowImage> newRows = images(h);
    if (auto s = isNew ? insertNew(h, newRows) : updateChanged(h, newRows); !s)
        return s;
    if (auto s = m_search->index(h); !s)
        return s;
    return tx.commit();
}

Status HouseholdRepository::saveNew(Household &h, const StoredTier &tier)
{
    if (!m_bulk)
        return Error::internal(QStringLiteral("a household is stored with its tier only in bulk"));
    assignIds(h);
    if (auto s = insertNew(h, images(h), &tier); !s)
        return s;
    m_unindexed.append(h.id);
    return {};
}

Status HouseholdRepository::beginBulk()
{
    sqlite3 *handle = sql::handle(m_db.sql());
    if (!handle || sqlite3_get_autocommit(handle))
        return Error::internal(QStringLiteral("saving households in bulk needs the caller's transaction"));
    m_bulk = true;
    m_unindexed.clear();
    m_audit->setCacheChain(true);
    return {};
}

Status HouseholdRepository::finishBulk()
{
    m_bulk = false;
    m_audit->setCacheChain(false);
    const QStringList ids = std::exchange(m_unindexed, {});
    if (ids.isEmpty())
        return {};
    // The same documents SearchIndex::index makes, read back from the rows just written, in one pass.
    return m_search->reindex(ids);
}

// Every row written, and one audit entry for the whole new household (its head and row counts).
Status HouseholdRepository::insertNew(const Household &h, const QList<RowImage> &newRows, const StoredTier *tier)
{
    for (const RowImage &row : newRows) {
        if (tier && row.table == QLatin1String("households")) {
            RowImage withTier = row;
            withTier.columns << qMakePair(QStringLiteral("tier"), QVariant(tier->tier))
                             << qMakePair(QStringLiteral("tier_reason"), QVariant(tier->reason))
                             << qMakePair(QStringLiteral("tier_checked_on"), sql::dateValue(tier->checkedOn))
                             << qMakePair(QStringLiteral("tier_next_check"), sql::dateValue(tier->nextCheck));
            if (auto s = writeRow(withTier, false); !s)
                return s;
            continue;
        }
        if (auto s = writeRow(row, false); !s)
            return s;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.table = QStringLiteral("households");
    entry.recordId = h.id;
    entry.householdId = h.id;
    entry.field = QStringLiteral("*");
    entry.newValue = creationSummary(h, newRows);
    return m_audit->append(entry);
}

// Only rows that changed are written (unchanged rows keep their stamp, so sync sees only real edits), with an
// audit entry per changed field; rows no longer in the household are tombstoned.
Status HouseholdRepository::updateChanged(const Household &h, const QList<RowImage> &newRows)
{
    auto stored = load(h.id);
    if (!stored)
        return stored.error();
    QHash<QString, RowImage> oldRows;
    for (const RowImage &row : images(stored.value()))
        oldRows.insert(row.table + QLatin1Char('/') + row.id, row);
    for (const RowImage &row : newRows) {
        const QString key = row.table + QLatin1Char('/') + row.id;
        const auto old = oldRows.constFind(key);
        const bool added = old == oldRows.constEnd();
        if (auto s = writeIfChanged(h.id, row, added ? nullptr : &old.value()); !s)
            return s;
        if (!added)
            oldRows.remove(key);
    }
    for (const RowImage &gone : std::as_const(oldRows)) {
        if (auto s = writeRow(gone, true); !s)
            return s;
        AuditEntry entry;
        entry.action = QStringLiteral("delete");
        entry.table = gone.table;
        entry.recordId = gone.id;
        entry.householdId = h.id;
        entry.field = QStringLiteral("*");
        entry.oldValue = rowLabel(gone);
        if (auto s = m_audit->append(entry); !s)
            return s;
    }
    return {};
}

Status HouseholdRepository::writeIfChanged(const QString &householdId, const RowImage &row, const RowImage *old)
{
    QList<QPair<QString, QPair<QString, QString>>> changes;
    for (const auto &[column, value] : row.columns) {
        const QString before = old ? text(old->value(column)) : QString();
        const QString after = text(value);
        if (!old ? !after.isEmpty() : before != after)
            changes.append({ column, { before, after } });
    }
    if (old && changes.isEmpty())
        return {};
    if (auto s = writeRow(row, false); !s)
        return s;
    if (!old) { // one entry for an added row, naming it
        AuditEntry entry;
        entry.action = QStringLiteral("create");
        entry.table = row.table;
        entry.recordId = row.id;
        entry.householdId = householdId;
        entry.field = QStringLiteral("*");
        entry.newValue = rowLabel(row);
        return m_audit->append(entry);
    }
    for (const auto &change : changes) {
        if (change.first == QLatin1String("id") || change.first == QLatin1String("household_id")
            || change.first == QLatin1String("position"))
            continue;
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.table = row.table;
        entry.recordId = row.id;
        entry.householdId = householdId;
        entry.field = change.first;
        entry.oldValue = change.second.first;
        entry.newValue = change.second.second;
        if (auto s = m_audit->append(entry); !s)
            return s;
    }
    return {};
}

Status HouseholdRepository::remove(const QString &id, const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto stored = load(id);
    if (!stored)
        return stored.error();
    if (auto s = m_search->remove(id); !s)
        return s;
    // Only the household row is tombstoned: its members stay as they were, hidden with it. If another
    // station edits the household at the same time and its edit wins, the household comes back whole.
    const QList<RowImage> rows = images(stored.value());
    if (auto s = writeRow(rows.first(), true); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.table = QStringLiteral("households");
    entry.recordId = id;
    entry.householdId = id;
    entry.field = QStringLiteral("*");
    entry.oldValue = stored.value().headName();
    entry.newValue = reason;
    if (auto s = m_audit->append(entry); !s)
        return s;
    return tx.commit();
}

Status HouseholdRepository::forEach(
    const QString &where, const QVariantList &values, const std::function<bool(const Household &)> &visit) const
{
    // Three ordered cursors merged by households.rowid: the members and incomes of household N follow it.
    const QString scope
        = where.isEmpty() ? QStringLiteral("h.deleted = 0") : QStringLiteral("h.deleted = 0 AND (%1)").arg(where);
    auto hq = sql::RawQuery::exec(m_db.sql(),
        QStringLiteral("SELECT h.rowid, h.id, h.township_code, coalesce(h.village_code, ''), h.area_type, h.category, "
                       "h.start_date, h.status, "
                       "h.has_capable_supporter, h.tier_override, h.tier_override_reason, substr(h.created_at, 1, 10) "
                       "FROM households h "
                       "WHERE %1 ORDER BY h.rowid")
            .arg(scope),
        values);
    if (!hq)
        return hq.error();
    auto mq = sql::RawQuery::exec(m_db.sql(),
        QStringLiteral("SELECT h.rowid, m.id, m.name, m.relation, m.birth_date, m.labour, m.disability_grade, "
                       "m.serious_illness, m.exclusion, "
                       "m.disability_type FROM members m JOIN households h ON h.id = m.household_id WHERE m.deleted = "
                       "0 AND %1 ORDER BY h.rowid, m.position")
            .arg(scope),
        values);
    if (!mq)
        return mq.error();
    auto iq = sql::RawQuery::exec(m_db.sql(),
        QStringLiteral(
            "SELECT h.rowid, i.id, coalesce(i.member_id, ''), i.kind, i.monthly_fen, i.stable "
            "FROM incomes i JOIN households h ON h.id = i.household_id WHERE i.deleted = 0 AND %1 ORDER BY h.rowid")
            .arg(scope),
        values);
    if (!iq)
        return iq.error();
    sql::RawQuery &members = mq.value();
    sql::RawQuery &incomes = iq.value();
    bool memberRow = members.next();
    bool incomeRow = incomes.next();
    sql::RawQuery &r = hq.value();
    while (r.next()) {
        const qint64 rowid = r.integer(0);
        Household h;
        h.id = r.text(1);
        h.townshipCode = r.text(2);
        h.villageCode = r.text(3);
        h.area = areaTypeFromCode(r.text(4));
        h.category = CategoryNames::fromCode(r.text(5));
        h.startDate = r.date(6);
        h.status = r.utf8(7) == "exited" ? HouseholdStatus::Exited : HouseholdStatus::Active;
        h.hasCapableSupporter = r.integer(8) != 0;
        if (!r.isNull(9))
            h.tierOverride = TierRules::fromCode(r.text(9));
        h.tierOverrideReason = r.text(10);
        h.registeredOn = r.date(11);
        while (memberRow && members.integer(0) < rowid)
            memberRow = members.next();
        while (memberRow && members.integer(0) == rowid) {
            Member m;
            m.id = members.text(1);
            m.name = members.text(2);
            m.relation = relationFromCode(members.text(3));
            m.birthDate = members.date(4);
            m.labour = labourFromCode(members.text(5));
            m.disabilityGrade = int(members.integer(6));
            m.seriousIllness = members.integer(7) != 0;
            m.exclusion = exclusionFromCode(members.text(8));
            m.disabilityType = members.text(9);
            h.members.append(m);
            memberRow = members.next();
        }
        while (incomeRow && incomes.integer(0) < rowid)
            incomeRow = incomes.next();
        while (incomeRow && incomes.integer(0) == rowid) {
            h.incomes.append(
                { incomes.text(1), incomes.text(2), incomes.text(3), incomes.integer(4), incomes.integer(5) != 0 });
            incomeRow = incomes.next();
        }
        if (!visit(h))
            break;
    }
    for (const sql::RawQuery *q : { &r, &members, &incomes }) {
        if (auto s = q->status(); !s)
            return s;
    }
    return {};
}

Status HouseholdRepository::storeTier(
    const QString &id, Tier tier, const QString &reason, const QDate &checkedOn, const QDate &nextCheck)
{
    if (!m_storeTier) {
        m_storeTier.emplace(m_db.sql());
        m_storeTier->prepare(QStringLiteral(
            "UPDATE households SET tier = ?, tier_reason = ?, tier_checked_on = ?, tier_next_check = ? WHERE id = ?"));
    }
    return sql::run(
        *m_storeTier, { TierRules::code(tier), reason, sql::dateValue(checkedOn), sql::dateValue(nextCheck), id });
}

Result<QList<IdNumberOwner>> HouseholdRepository::findIdNumber(
    const QString &idNumber, const QString &exceptHousehold) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT m.household_id, m.id, m.name, h.township_code FROM members m JOIN households h ON h.id = "
            "m.household_id "
            "WHERE m.id_number = ? AND m.id_number <> '' AND m.deleted = 0 AND h.deleted = 0 AND m.household_id <> ?"),
        { idNumber, exceptHousehold });
    if (!q)
        return q.error();
    QList<IdNumberOwner> owners;
    while (q.value().next())
        owners.append({ q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
            q.value().value(3).toString() });
    return owners;
}

Status HouseholdRepository::forEachOf(const QStringList &ids, const std::function<bool(const Household &)> &visit) const
{
    if (ids.isEmpty())
        return forEach(QString(), {}, visit);
    if (ids.size() <= 500) {
        QStringList marks;
        QVariantList values;
        for (const QString &id : ids) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        return forEach(QStringLiteral("h.id IN (%1)").arg(marks.join(QLatin1Char(','))), values, visit);
    }
    // A bundle of thousands: those, not every household of the station (a list of ? would pass SQLite's limits).
    if (auto s = sql::tempIds(m_db.sql(), QStringLiteral("sn_tier_ids"), ids); !s)
        return s;
    return forEach(QStringLiteral("h.id IN (SELECT id FROM temp.sn_tier_ids)"), {}, visit);
}

Result<QVariant> HouseholdRepository::storedTier(const QString &id) const
{
    return sql::scalar(m_db.sql(), QStringLiteral("SELECT tier FROM households WHERE id = ?"), { id });
}

Result<QHash<QString, StoredTier>> HouseholdRepository::storedTiers() const
{
    auto tiers = sql::RawQuery::exec(m_db.sql(),
        QStringLiteral("SELECT id, CASE WHEN tier_checked_on IS NULL THEN '' ELSE tier END, tier_reason, "
                       "tier_checked_on, tier_next_check FROM households WHERE deleted = 0"));
    if (!tiers)
        return tiers.error();
    QHash<QString, StoredTier> byId;
    sql::RawQuery &q = tiers.value();
    while (q.next())
        byId.insert(q.text(0), { q.text(1), q.text(2), q.date(3), q.date(4) });
    if (auto s = q.status(); !s)
        return s.error();
    return byId;
}

Result<QStringList> HouseholdRepository::tierCheckDue(const QDate &today) const
{
    // Two index look-ups (households_unchecked, households_tier_check): the same condition written with OR
    // read every household at each sign-in. INDEXED BY, because SQLite has no table statistics to choose by:
    // left to itself it scanned an index on id (households_live_id, now households_live_place) and read all
    // 100000 household rows for tier_checked_on (0.15-0.2 s of every start).
    return sql::strings(m_db.sql(),
        QStringLiteral(
            "SELECT id FROM households INDEXED BY households_unchecked WHERE deleted = 0 AND tier_checked_on IS NULL "
            "UNION ALL SELECT id FROM households WHERE deleted = 0 AND tier_next_check <= ? AND tier_checked_on IS NOT "
            "NULL"),
        { today.toString(Qt::ISODate) });
}

} // namespace sn
