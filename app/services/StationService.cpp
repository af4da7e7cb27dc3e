#include "StationService.h"

#include "database/RegionRepository.h"
#include "database/SqlUtil.h"
#include "database/StandardsRepository.h"
#include "database/StationRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QFileInfo>

namespace sn {

Result<std::unique_ptr<Database>> StationService::initialize(const QString &path, const QString &township,
                                                             const QString &stationName, const RegionTree &tree)
{
    if (stationName.trimmed().isEmpty())
        return Error::invalid(tr("The station needs a name."), QStringLiteral("station"));
    const Region *district = tree.district();
    if (!district)
        return Error::invalid(tr("The region tree has no district."));
    QString townshipCode;
    QString townshipName;
    if (township.trimmed() != district->name && township.trimmed() != district->code) {
        const Region *t = tree.findByName(township, RegionLevel::Township);
        if (!t) {
            QStringList names;
            for (const Region *r : tree.townships())
                names.append(r->name);
            return Error::invalid(tr("No township named \"%1\" in %2. Known: %3, or %2 itself for the district bureau.")
                                      .arg(township, district->name, names.join(QStringLiteral(", "))),
                                  QStringLiteral("township"));
        }
        townshipCode = t->code;
        townshipName = t->name;
    }
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return Error::invalid(tr("%1 already exists; a new station needs a new file.").arg(path), QStringLiteral("db"));

    Database::Options options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    Database &d = *db.value();
    const QString stationId = sql::newId();
    Transaction tx(d);
    if (!tx.isActive())
        return tx.error();
    if (auto s = d.setStationId(stationId); !s)
        return s.error();
    if (auto s = RegionRepository(d).store(tree); !s)
        return s.error();
    if (auto s = StandardsRepository(d).seedPlaceholders(std::max(Clock::today().year(), 2026)); !s)
        return s.error();
    if (auto s = StationRepository(d).insertOwn(stationId, stationName.trimmed(), townshipCode); !s)
        return s.error();
    const QPair<QString, QString> meta[] = {
        {QStringLiteral("station_name"), stationName.trimmed()},
        {QStringLiteral("district_code"), district->code},
        {QStringLiteral("township_code"), townshipCode},
    };
    for (const auto &[key, value] : meta) {
        if (auto s = d.setMeta(key, value); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    Q_UNUSED(townshipName);
    return db;
}

StationInfo StationService::info(Database &db)
{
    StationInfo info;
    info.stationId = db.stationId();
    info.stationName = db.meta(QStringLiteral("station_name"));
    info.districtCode = db.meta(QStringLiteral("district_code"));
    info.townshipCode = db.meta(QStringLiteral("township_code"));
    const RegionTree tree = regions(db);
    if (const Region *d = tree.find(info.districtCode))
        info.districtName = d->name;
    if (const Region *t = tree.find(info.townshipCode))
        info.townshipName = t->name;
    return info;
}

RegionTree StationService::regions(Database &db)
{
    auto tree = RegionRepository(db).load();
    return tree ? tree.value() : RegionTree();
}

QHash<QString, QString> StationService::stationNames(Database &db)
{
    auto names = StationRepository(db).names();
    return names ? names.value() : QHash<QString, QString>();
}

} // namespace sn
