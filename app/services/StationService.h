#pragma once

#include "database/Database.h"
#include "domain/Region.h"
#include "domain/Result.h"
#include "domain/Role.h"
#include "sync/KeyRing.h"

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

// The keys a station holds (KeyRing), as the sync settings show them: no secret leaves the service.
struct StationKeys
{
    bool present = false; // the station syncs without a key file
    bool district = false; // it holds the district's keys (a district station)
    QString districtId;
    QString districtName;
    QString townshipCode; // the township an enrolled window is bound to
};

// Creating a station's database and reading who it is.
class StationService
{
    Q_DECLARE_TR_FUNCTIONS(sn::StationService)
public:
    // A new station database at `path`: schema, region tree, yearly standards (placeholders), station row.
    // `township` is a township name ("朝阳街道" or "朝阳") or the district's own name for the bureau.
    // A district station (the district's own name) generates the district's keys; a township station made
    // this way has none until it is given the district key file (the way before enrolment) or is replaced
    // by an enrolled one.
    static Result<std::unique_ptr<Database>> initialize(
        const QString &path, const QString &township, const QString &stationName, const RegionTree &tree);

    // Enrolment (district administrator at a district station): a new station of `township` (a township's
    // name, or the district's for another district desk), its keys and certificate sealed with `passphrase`,
    // as the enrolment file's bytes. Audited. `legacyKey`, the district key file of a bureau made before
    // enrolment, is kept in its keyring.
    static Result<QByteArray> enrol(Database &db, const Session &by, const QString &township,
        const QString &stationName, const QString &passphrase, const SyncKey &legacyKey = {});
    // The enrolled station's database at `path`, bound to the township of the enrolment, holding its keys.
    static Result<std::unique_ptr<Database>> join(
        const QString &path, const QByteArray &enrolment, const QString &passphrase, const RegionTree &tree);
    static StationInfo info(Database &db);
    static StationKeys keys(Database &db);
    static RegionTree regions(Database &db);
    // Every station known here (the stations table syncs): id -> name.
    static QHash<QString, QString> stationNames(Database &db);

private:
    static Result<std::unique_ptr<Database>> create(const QString &path, const QString &townshipCode,
        const QString &stationName, const QString &stationId, const RegionTree &tree, const KeyRing &ring);
    static Status fill(Database &db, const QString &townshipCode, const QString &stationName, const QString &stationId,
        const RegionTree &tree, const KeyRing &ring);
    static Result<QString> townshipCode(const QString &township, const RegionTree &tree);
};

} // namespace sn
