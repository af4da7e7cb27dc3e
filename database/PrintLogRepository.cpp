#include "PrintLogRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {

const QString LogColumns = QStringLiteral(
    "id, kind, layout, printed_at, user_id, user_name, township_code, scope, household_ids, item_count, "
    "page_count, coalesce(reprint_of, '')");

PrintLogEntry entryFrom(const QSqlQuery &q)
{
    PrintLogEntry e;
    e.id = q.value(0).toString();
    e.kind = q.value(1).toString();
    e.layout = q.value(2).toString();
    e.printedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    e.userId = q.value(4).toString();
    e.userName = q.value(5).toString();
    e.townshipCode = q.value(6).toString();
    e.scope = q.value(7).toString();
    e.householdIds = q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    e.itemCount = q.value(9).toInt();
    e.pageCount = q.value(10).toInt();
    e.reprintOf = q.value(11).toString();
    return e;
}

} // namespace

Status PrintLogRepository::insert(const PrintLogEntry &e)
{
    auto ins = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO print_log (id, kind, layout, printed_at, user_id, user_name, "
                       "township_code, scope, household_ids, item_count, page_count, reprint_of, hlc, "
                       "station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.id, e.kind, e.layout, e.printedAt.toString(Qt::ISODate), e.userId, e.userName, e.townshipCode, e.scope,
            e.householdIds.join(QLatin1Char(' ')), e.itemCount, e.pageCount, sql::nullIfEmpty(e.reprintOf),
            m_db.stamp(), m_db.stationId() });
    return ins ? Status() : Status(ins.error());
}

Result<QList<PrintLogEntry>> PrintLogRepository::recent(const QString &townshipCode, int limit) const
{
    QString where = QStringLiteral("deleted = 0");
    QVariantList values;
    if (!townshipCode.isEmpty()) {
        where += QStringLiteral(" AND township_code = ?");
        values.append(townshipCode);
    }
    values.append(limit);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM print_log WHERE %2 ORDER BY printed_at DESC, rowid DESC LIMIT ?")
            .arg(LogColumns, where),
        values);
    if (!q)
        return q.error();
    QList<PrintLogEntry> list;
    while (q.value().next())
        list.append(entryFrom(q.value()));
    return list;
}

Result<std::optional<PrintLogEntry>> PrintLogRepository::find(const QString &id) const
{
    auto q = sql::exec(
        m_db.sql(), QStringLiteral("SELECT %1 FROM print_log WHERE id = ? AND deleted = 0").arg(LogColumns), { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PrintLogEntry>();
    return std::optional<PrintLogEntry>(entryFrom(q.value()));
}

} // namespace sn
