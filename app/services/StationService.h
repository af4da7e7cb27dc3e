#pragma once

#include "database/Database.h"
#include "domain/Region.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace sn {

struct StationInfo
{
    QString stationId;
    QString stationName;
    QString districtCode;
    QString districtName;
    QString townshipCode; // empty for a district-level station
    QString townshipName;
};

// Creating a station's database and reading who it is.
class StationService
{
    Q_DECLARE_TR_FUNCTIONS(sn::StationService)
public:
    // A new station database at `path`: schema, region tree, yearly standards (placeholders), station row.
    // `township` is a township name ("朝阳街道" or "朝阳") or the district's own name for the bureau.
    static Result<std::unique_ptr<Database>> initialize(const QString &path, const QString &township,
                                                        const QString &stationName, const RegionTree &tree);
    static StationInfo info(Database &db);
    static RegionTree regions(Database &db);
    // Every station known here (the stations table syncs): id -> name.
    static QHash<QString, QString> stationNames(Database &db);
};

} // namespace sn
