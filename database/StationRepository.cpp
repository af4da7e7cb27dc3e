#include "StationRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include "domain/Clock.h"

namespace sn {

Status StationRepository::insertOwn(const QString &stationId, const QString &name, const QString &townshipCode)
{
    auto row = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO stations (id, name, township_code, created_at, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { stationId, name, sql::nullIfEmpty(townshipCode), Clock::now().toString(Qt::ISODate), m_db.stamp(),
            stationId });
    if (!row)
        return row.error();
    return {};
}

Result<QHash<QString, QString>> StationRepository::names() const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT id, name FROM stations WHERE deleted = 0"));
    if (!q)
        return q.error();
    QHash<QString, QString> names;
    while (q.value().next())
        names.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return names;
}

Result<QString> StationRepository::ownTownship() const
{
    auto code = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT coalesce(max(township_code), '') FROM stations WHERE id = ? AND deleted = 0"),
        { m_db.stationId() });
    if (!code)
        return code.error();
    return code.value().toString();
}

Result<QSet<QString>> StationRepository::townshipsWithStation() const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT DISTINCT township_code FROM stations WHERE deleted = 0 AND township_code IS NOT NULL"));
    if (!q)
        return q.error();
    QSet<QString> codes;
    while (q.value().next())
        codes.insert(q.value().value(0).toString());
    return codes;
}

} // namespace sn
