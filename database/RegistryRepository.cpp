#include "RegistryRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlUtil.h"

namespace sn {

QString RegistryRepository::whereClause(
    const HouseholdQuery &query, const QString &scopeTownship, QVariantList &values, bool searchJoined)
{
    QStringList where { QStringLiteral("h.deleted = 0") };
    sql::wherePlace(where, values, scopeTownship, {});
    sql::wherePlace(where, values, query.townshipCode, query.villageCode);
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
        where.append(
            QStringLiteral("h.id IN (SELECT id FROM households WHERE deleted = 0 AND start_date IS NULL "
                           "UNION ALL SELECT household_id FROM members WHERE deleted = 0 AND id_number = '')"));
    const QString match = SearchIndex::matchExpression(query.text);
    if (!match.isEmpty()) {
        where.append(searchJoined
                ? QStringLiteral("household_search MATCH ?")
                : QStringLiteral("h.rowid IN (SELECT rowid FROM household_search WHERE household_search MATCH ?)"));
        values.append(match);
    } else if (!query.text.trimmed().isEmpty()) {
        where.append(QStringLiteral("0")); // typed something unsearchable (e.g. two digits): no rows, not all rows
    }
    return where.join(QStringLiteral(" AND "));
}

namespace {

RegistryRow readRow(const QSqlQuery &r)
{
    RegistryRow row;
    row.id = r.value(0).toString();
    row.headName = r.value(1).toString();
    row.headIdNumber = r.value(2).toString();
    row.townshipCode = r.value(3).toString();
    row.villageCode = r.value(4).toString();
    row.address = r.value(5).toString();
    row.phone = r.value(6).toString();
    row.categoryCode = r.value(7).toString();
    row.exited = r.value(8).toString() == QLatin1String("exited");
    row.monthlyAmount = r.value(9).toLongLong();
    row.tierCode = r.value(10).toString();
    row.memberCount = r.value(11).toInt();
    row.startUnknown = r.value(12).toBool();
    row.membersWithoutIdNumber = r.value(13).toInt();
    return row;
}

} // namespace

Result<QList<RegistryRow>> RegistryRepository::page(const HouseholdQuery &query, const QString &scopeTownship) const
{
    // With search text the FTS5 table drives the join in its own rowid order, so the first page stops after
    // `limit` hits, as a bare MATCH does, instead of collecting every hit of "yh" before sorting.
    const bool searching = !SearchIndex::matchExpression(query.text).isEmpty();
    QVariantList values;
    const QString where = whereClause(query, scopeTownship, values, searching);
    values << query.limit << query.offset;
    auto q = prepared(QStringLiteral(
        "SELECT h.id, coalesce(hm.name, ''), coalesce(hm.id_number, ''), h.township_code, "
        "coalesce(h.village_code, ''), h.address, h.phone, h.category, h.status, h.monthly_amount_fen, "
        "h.tier, (SELECT count(*) FROM members c WHERE c.household_id = h.id AND c.deleted = 0), "
        "h.start_date IS NULL, "
        "(SELECT count(*) FROM members g WHERE g.household_id = h.id AND g.deleted = 0 AND g.id_number = ''), "
        "coalesce(hm.phone, '') "
        "FROM %1 LEFT JOIN members hm ON hm.household_id = h.id AND hm.relation = 'head' AND hm.deleted = 0 "
        "WHERE %2 ORDER BY %3 DESC LIMIT ? OFFSET ?")
                          .arg(searching ? QStringLiteral("household_search s JOIN households h ON h.rowid = s.rowid")
                                         : QStringLiteral("households h"),
                              where, searching ? QStringLiteral("s.rowid") : QStringLiteral("h.rowid")));
    if (!q)
        return q.error();
    if (auto s = sql::run(*q.value(), values); !s)
        return s.error();
    QList<RegistryRow> list;
    while (q.value()->next())
        list.append(readRow(*q.value()));
    q.value()->finish(); // no read transaction left open between keystrokes
    return list;
}

Result<std::optional<SearchIndex::Subject>> RegistryRepository::subject(
    const QString &householdId, const QString &scopeTownship) const
{
    auto h = prepared(QStringLiteral("SELECT address, phone FROM households WHERE id = ? AND deleted = 0 "
                                     "AND (? = '' OR township_code = ?)"));
    if (!h)
        return h.error();
    if (auto s = sql::run(*h.value(), { householdId, scopeTownship, scopeTownship }); !s)
        return s.error();
    if (!h.value()->next())
        return std::optional<SearchIndex::Subject>();
    SearchIndex::Subject subject { h.value()->value(0).toString(), h.value()->value(1).toString(), {} };
    h.value()->finish();
    auto m
        = prepared(QStringLiteral("SELECT name, id_number, phone FROM members WHERE household_id = ? AND deleted = 0 "
                                  "ORDER BY relation <> 'head', position"));
    if (!m)
        return m.error();
    if (auto s = sql::run(*m.value(), { householdId }); !s)
        return s.error();
    while (m.value()->next())
        subject.members.append(
            { m.value()->value(0).toString(), m.value()->value(1).toString(), m.value()->value(2).toString() });
    m.value()->finish();
    return std::optional<SearchIndex::Subject>(subject);
}

Result<QSqlQuery *> RegistryRepository::prepared(const QString &statement) const
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

Result<int> RegistryRepository::count(const HouseholdQuery &query, const QString &scopeTownship) const
{
    // Text alone over the whole file: the index holds exactly the live households (IntegrityCheck checks it),
    // so it counts them without visiting thousands of household rows for a one-character name.
    QVariantList values;
    QString statement;
    const QString match = SearchIndex::matchExpression(query.text);
    const bool noFilter = scopeTownship.isEmpty() && query.townshipCode.isEmpty() && query.villageCode.isEmpty()
        && !query.category && !query.tier && !query.status && !query.toCompleteOnly;
    if (!match.isEmpty() && noFilter) {
        values.append(match);
        statement = QStringLiteral("SELECT count(*) FROM household_search WHERE household_search MATCH ?");
    } else if (query.text.trimmed().isEmpty() && noFilter) {
        // Every live household, as the registry opens for the district: all rows less the few removed ones.
        // A count(*) without WHERE sums the cells of each page of the smallest index (households_rowcount,
        // migration 11: about 150 pages for 100000 households) instead of stepping through 100000 entries.
        statement = QStringLiteral("SELECT (SELECT count(*) FROM households) - "
                                   "(SELECT count(*) FROM households INDEXED BY households_removed WHERE deleted = 1)");
    } else {
        statement = QStringLiteral("SELECT count(*) FROM households h WHERE %1")
                        .arg(whereClause(query, scopeTownship, values, false));
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

} // namespace sn
