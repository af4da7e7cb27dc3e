#include "ConflictRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include "domain/Clock.h"

#include <QJsonDocument>

namespace sn {

Status ConflictRepository::record(const DetectedConflict &d)
{
    auto recorded = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO conflicts (id, table_name, row_key, household_id, winner_hlc, loser_hlc, "
                       "winner_json, loser_json, detected_at, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
        { d.id, d.table, d.key, sql::nullIfEmpty(d.household), d.winnerHlc, d.loserHlc, d.winnerJson, d.loserJson,
            Clock::now().toString(Qt::ISODate), m_db.stamp(), m_db.stationId() });
    if (!recorded)
        return recorded.error();
    return {};
}

Result<QList<ConflictEntry>> ConflictRepository::list(bool openOnly, const std::optional<QString> &township) const
{
    QString where = QStringLiteral("deleted = 0");
    QVariantList values;
    if (openOnly)
        where += QStringLiteral(" AND status = 'open'");
    if (township) {
        where += QStringLiteral(
            " AND (household_id IS NULL OR household_id IN (SELECT id FROM households WHERE township_code = ?))");
        values.append(*township);
    }
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT id, table_name, row_key, coalesce(household_id, ''), winner_hlc, loser_hlc, "
                       "winner_json, loser_json, detected_at, status, resolution "
                       "FROM conflicts WHERE %1 ORDER BY detected_at DESC")
            .arg(where),
        values);
    if (!q)
        return q.error();
    QList<ConflictEntry> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ConflictEntry e;
        e.id = r.value(0).toString();
        e.table = r.value(1).toString();
        e.key = r.value(2).toString();
        e.householdId = r.value(3).toString();
        e.winnerHlc = r.value(4).toString();
        e.loserHlc = r.value(5).toString();
        e.winner = QJsonDocument::fromJson(r.value(6).toString().toUtf8()).object();
        e.loser = QJsonDocument::fromJson(r.value(7).toString().toUtf8()).object();
        e.detectedAt = QDateTime::fromString(r.value(8).toString(), Qt::ISODate);
        e.resolved = r.value(9).toString() == QLatin1String("resolved");
        e.resolution = r.value(10).toString();
        list.append(e);
    }
    return list;
}

Status ConflictRepository::markResolved(const QString &conflictId, const QString &resolution, const QString &resolvedBy)
{
    auto marked = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE conflicts SET status = 'resolved', resolution = ?, resolved_by = ?, "
                       "resolved_at = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { resolution, resolvedBy, Clock::now().toString(Qt::ISODate), m_db.stamp(), m_db.stationId(), conflictId });
    if (!marked)
        return marked.error();
    return {};
}

} // namespace sn
