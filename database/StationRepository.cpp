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

} // namespace sn
