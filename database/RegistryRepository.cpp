#include "RegistryRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlUtil.h"

#include <algorithm>

namespace sn {

QString RegistryRepository::whereClause(const HouseholdQuery &query, const QString &scopeTownship, QVariantList &values)
{
    QStringList where { QStringLiteral("h.deleted = 0") };
    if (!scopeTownship.isEmpty()) {
        where.append(QStringLiteral("h.township_code = ?"));
        values.append(scopeTownship);
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
        where.append(
            QStringLiteral("h.id IN (SELECT id FROM households WHERE deleted = 0 AND start_date IS NULL "
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

Result<QList<RegistryRow>> RegistryRepository::page(const HouseholdQuery &query, const QString &scopeTownship) const
{
    QVariantList values;
    const QString where = whereClause(query, scopeTownship, values);
    values << query.limit << query.offset;
    auto q = prepared(QStringLiteral(
        "SELECT h.id, coalesce(hm.name, ''), coalesce(hm.id_number, ''), h.township_code, coalesce(h.village_code, "
        "''), "
        "h.address, h.phone, h.category, h.status, h.monthly_amount_fen, h.tier, "
        "h.start_date IS NULL, "
        // One look-up of the members gives their count, those without an ID number, and what search matched.
        "(SELECT group_concat(c.name || char(31) || c.id_number || char(31) || c.phone, char(30)) FROM members c "
        "WHERE c.household_id = h.id AND c.deleted = 0) "
        "FROM households h LEFT JOIN members hm ON hm.household_id = h.id AND hm.relation = 'head' AND hm.deleted = 0 "
        "WHERE %1 ORDER BY h.rowid DESC LIMIT ? OFFSET ?")
                          .arg(where));
    if (!q)
        return q.error();
    if (auto s = sql::run(*q.value(), values); !s)
        return s.error();
    QList<RegistryRow> list;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
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
        row.startUnknown = r.value(11).toBool();
        const QString members = r.value(12).toString();
        for (const QString &member : members.split(QChar(30), Qt::SkipEmptyParts)) {
            const QStringList fields = member.split(QChar(31));
            if (fields.size() != 3)
                continue;
            row.members.append({ fields.at(0), fields.at(1), fields.at(2) });
            if (fields.at(1).isEmpty())
                ++row.membersWithoutIdNumber;
        }
        row.memberCount = int(row.members.size());
        // The head first: when several members explain a hit, the registry names the one it shows.
        std::stable_partition(row.members.begin(), row.members.end(),
            [&](const SearchIndex::Person &p) { return p.name == row.headName && p.idNumber == row.headIdNumber; });
        list.append(row);
    }
    q.value()->finish(); // no read transaction left open between keystrokes
    return list;
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
                        .arg(whereClause(query, scopeTownship, values));
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
