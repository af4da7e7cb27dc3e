#include "ReportRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {

QVariantList scopeValues(const QString &townshipCode)
{
    return townshipCode.isEmpty() ? QVariantList() : QVariantList { townshipCode };
}

} // namespace

Result<TownshipCounts> ReportRepository::countBy(const QString &statement, const QVariantList &values) const
{
    auto q = sql::exec(m_db.sql(), statement, values);
    if (!q)
        return q.error();
    TownshipCounts counts;
    while (q.value().next())
        counts[q.value().value(0).toString()][q.value().value(1).toString()] += q.value().value(2).toLongLong();
    return counts;
}

Result<ActiveHouseholdCounts> ReportRepository::activeHouseholds(const QString &townshipCode) const
{
    const QString scope = townshipCode.isEmpty() ? QStringLiteral("1") : QStringLiteral("h.township_code = ?");
    // Active households by township, category and tier, with their members, in one pass over an index
    // (households_report: migration 0010; members_live: 0009) instead of a scan of 100000 household
    // rows per sheet and a join of every member row.
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT h.township_code, h.category, coalesce(h.tier_override, h.tier), count(*), "
            "sum((SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0)) "
            "FROM households h INDEXED BY households_report WHERE h.deleted = 0 AND h.status = 'active' AND %1 "
            "GROUP BY 1, 2, 3")
            .arg(scope),
        scopeValues(townshipCode));
    if (!q)
        return q.error();
    ActiveHouseholdCounts active;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const QString township = r.value(0).toString();
        const qint64 households = r.value(3).toLongLong();
        active.categories[township][r.value(1).toString()] += households;
        active.tiers[township][r.value(2).toString()] += households;
        active.persons[township][QString()] += r.value(4).toLongLong();
    }
    return active;
}

Result<TownshipCounts> ReportRepository::reviews(
    const QDate &first, const QDate &last, const QDate &asOf, const QString &townshipCode) const
{
    const QString scope = townshipCode.isEmpty() ? QStringLiteral("1") : QStringLiteral("h.township_code = ?");
    QVariantList v { first.toString(Qt::ISODate), last.toString(Qt::ISODate), first.toString(Qt::ISODate),
        last.toString(Qt::ISODate), asOf.toString(Qt::ISODate) };
    v.append(scopeValues(townshipCode));
    // Each part is a range of an index (review_tasks_due_all, review_tasks_done, review_tasks_due) rather than
    // a scan of every task; the township comes from households_live_place without reading household rows.
    return countBy(QStringLiteral("SELECT h.township_code, k, count(*) FROM ("
                                  "SELECT t.household_id, 'due' AS k FROM review_tasks t "
                                  "WHERE t.deleted = 0 AND t.status <> 'cancelled' AND t.due_date BETWEEN ? AND ? "
                                  "UNION ALL SELECT t.household_id, 'done' FROM review_tasks t "
                                  "WHERE t.deleted = 0 AND t.status = 'done' AND t.completed_on BETWEEN ? AND ? "
                                  "UNION ALL SELECT t.household_id, 'overdue' FROM review_tasks t "
                                  "WHERE t.deleted = 0 AND t.status = 'open' AND t.due_date < ?) x "
                                  "JOIN households h INDEXED BY households_live_place ON h.id = x.household_id "
                                  "WHERE h.deleted = 0 AND %1 GROUP BY 1, 2")
                       .arg(scope),
        v);
}

Result<TownshipCounts> ReportRepository::leads(const QDateTime &moment, const QString &townshipCode) const
{
    const QString scope = townshipCode.isEmpty() ? QStringLiteral("1") : QStringLiteral("l.township_code = ?");
    QVariantList v = scopeValues(townshipCode);
    v.append(moment.toString(Qt::ISODate));
    v.append(scopeValues(townshipCode));
    return countBy(
        QStringLiteral(
            "SELECT l.township_code, l.state, count(*) FROM leads l WHERE l.deleted = 0 AND %1 GROUP BY 1, 2 "
            "UNION ALL SELECT l.township_code, 'overdue', count(*) FROM leads l WHERE l.deleted = 0 AND l.answered_at "
            "IS NULL "
            "AND l.state <> 'closed' AND l.deadline_at < ? AND %1 GROUP BY 1")
            .arg(scope),
        v);
}

Result<QList<OpenLeadLine>> ReportRepository::openLeads(const QDateTime &moment, const QString &townshipCode) const
{
    const QString scope = townshipCode.isEmpty() ? QStringLiteral("1") : QStringLiteral("l.township_code = ?");
    QVariantList v { moment.toString(Qt::ISODate) };
    v.append(scopeValues(townshipCode));
    auto open = sql::exec(m_db.sql(),
        QStringLiteral("SELECT l.township_code, l.person_name, l.source, l.state, l.reported_at, l.deadline_at, "
                       "l.answered_at IS NULL AND l.deadline_at < ? "
                       "FROM leads l WHERE l.deleted = 0 AND l.state <> 'closed' AND %1 ORDER BY l.deadline_at")
            .arg(scope),
        v);
    if (!open)
        return open.error();
    QList<OpenLeadLine> list;
    while (open.value().next()) {
        const QSqlQuery &q = open.value();
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
            QDateTime::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toBool() });
    }
    return list;
}

} // namespace sn
