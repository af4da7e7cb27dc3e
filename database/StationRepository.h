#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSet>
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
    // The township this station answers for ("" at the district bureau's station).
    Result<QString> ownTownship() const;
    // The townships that have a live station of their own (the district station's own row has none).
    Result<QSet<QString>> townshipsWithStation() const;

private:
    Database &m_db;
};

} // namespace sn
