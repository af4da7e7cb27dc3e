#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>

namespace sn {

class Database;

// The stations table: every station known here (it syncs), the station's own row written at set-up.
class StationRepository
{
public:
    explicit StationRepository(Database &db)
        : m_db(db)
    {
    }

    // This station's own row; `townshipCode` empty for the district bureau. Stamped as written by itself.
    Status insertOwn(const QString &stationId, const QString &name, const QString &townshipCode);
    Result<QHash<QString, QString>> names() const; // id -> name of the live stations

private:
    Database &m_db;
};

} // namespace sn
