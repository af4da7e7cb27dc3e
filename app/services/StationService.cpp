#include "StationService.h"

#include "database/AuditLog.h"
#include "database/ChangeCapture.h"
#include "database/RegionRepository.h"
#include "database/SqlUtil.h"
#include "database/StandardsRepository.h"
#include "database/StationRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QFile>
#include <QFileInfo>

namespace sn {

Result<QString> StationService::townshipCode(const QString &township, const RegionTree &tree)
{
    const Region *district = tree.district();
    if (!district)
        return Error::invalid(tr("The region tree has no district."));
    if (township.trimmed() == district->name || township.trimmed() == district->code)
        return QString();
    const Region *t = tree.findByName(township, RegionLevel::Township);
    if (!t)
        t = tree.find(township.trimmed());
    if (!t || t->level != RegionLevel::Township) {
        QStringList names;
        for (const Region *r : tree.townships())
            names.append(r->name);
        return Error::invalid(tr("No township named \"%1\" in %2. Known: %3, or %2 itself for the district bureau.")
                                  .arg(township, district->name, names.join(QStringLiteral(", "))),
            QStringLiteral("township"));
    }
    return t->code;
}

Result<std::unique_ptr<Database>> StationService::initialize(
    const QString &path, const QString &township, const QString &stationName, const RegionTree &tree)
{
    if (stationName.trimmed().isEmpty())
        return Error::invalid(tr("The station needs a name."), QStringLiteral("station"));
    auto code = townshipCode(township, tree);
    if (!code)
        return code.error();
    const QString stationId = sql::newId();
    KeyRing ring;
    if (code->isEmpty()) {
        ring = KeyRing::generate(tree.district()->name);
        if (auto s = ring.ensureStationKey(stationId, stationName.trimmed()); !s)
            return s.error();
    }
    return create(path, code.value(), stationName, stationId, tree, ring);
}

Result<std::unique_ptr<Database>> StationService::create(const QString &path, const QString &townshipCode,
    const QString &stationName, const QString &stationId, const RegionTree &tree, const KeyRing &ring)
{
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return Error::invalid(tr("%1 already exists; a new station needs a new file.").arg(path), QStringLiteral("db"));
    Database::Options options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    if (auto s = fill(*db.value(), townshipCode, stationName, stationId, tree, ring); !s) {
        // Nothing half-made stays behind: the file was new.
        db.value().reset();
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
        return s.error();
    }
    return db;
}

Status StationService::fill(Database &d, const QString &townshipCode, const QString &stationName,
    const QString &stationId, const RegionTree &tree, const KeyRing &ring)
{
    Transaction tx(d);
    if (!tx.isActive())
        return tx.error();
    if (auto s = d.setStationId(stationId); !s)
        return s;
    // The region tree and the standards every station starts with are the district's to publish: a township
    // station may not send them (SyncScope), so they are not queued as its changes.
    if (auto s = ChangeCapture::setApplying(d, !townshipCode.isEmpty()); !s)
        return s;
    if (auto s = RegionRepository(d).store(tree); !s)
        return s;
    if (auto s = StandardsRepository(d).seedPlaceholders(std::max(Clock::today().year(), 2026)); !s)
        return s;
    if (auto s = ChangeCapture::setApplying(d, false); !s)
        return s;
    if (auto s = StationRepository(d).insertOwn(stationId, stationName.trimmed(), townshipCode); !s)
        return s;
    const QPair<QString, QString> meta[] = {
        { QStringLiteral("station_name"), stationName.trimmed() },
        { QStringLiteral("district_code"), tree.district()->code },
        { QStringLiteral("township_code"), townshipCode },
    };
    for (const auto &[key, value] : meta) {
        if (auto s = d.setMeta(key, value); !s)
            return s;
    }
    if (!ring.isEmpty()) {
        if (auto s = ring.save(d); !s)
            return s;
    }
    return tx.commit();
}

Result<QByteArray> StationService::enrol(Database &db, const Session &by, const QString &township,
    const QString &stationName, const QString &passphrase, const SyncKey &legacyKey)
{
    if (!by.can(Permission::ManageUsers) || !Roles::districtWide(by.role))
        return Error::forbidden(tr("Only a district administrator enrols stations."));
    if (stationName.trimmed().isEmpty())
        return Error::invalid(tr("The station needs a name."), QStringLiteral("station"));
    auto code = townshipCode(township, regions(db));
    if (!code)
        return code.error();
    auto ring = KeyRing::load(db);
    if (!ring)
        return ring.error();
    KeyRing keys = std::move(ring.value());
    if (keys.isEmpty() && legacyKey.isValid()) {
        keys = KeyRing::fromMaster(legacyKey);
        if (auto s = keys.ensureStationKey(db.stationId(), db.meta(QStringLiteral("station_name"))); !s)
            return s.error();
        if (auto s = keys.save(db); !s)
            return s.error();
    }
    if (!keys.holdsDistrict())
        return Error::forbidden(tr("Only a district station holds the district's keys: enrol stations there "
                                   "(a bureau made before enrolment: give its district key file with --key)."));
    const QString stationId = sql::newId();
    auto enrolled = keys.enrol(stationId, stationName.trimmed(), code.value());
    if (!enrolled)
        return enrolled.error();
    auto sealed = enrolled->sealForEnrolment(passphrase);
    if (!sealed)
        return sealed.error();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    keys.markEnrolled();
    if (auto s = keys.save(db); !s)
        return s.error();
    AuditEntry entry;
    entry.action = QStringLiteral("enrol");
    entry.table = QStringLiteral("stations");
    entry.recordId = stationId;
    entry.field = QStringLiteral("township_code");
    entry.newValue
        = QStringLiteral("%1 (%2)").arg(stationName.trimmed(), code->isEmpty() ? tr("district") : code.value());
    entry.userId = by.userId;
    entry.userName = by.userName;
    if (auto s = AuditLog(db).append(entry); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return sealed;
}

Result<std::unique_ptr<Database>> StationService::join(
    const QString &path, const QByteArray &enrolment, const QString &passphrase, const RegionTree &tree)
{
    auto ring = KeyRing::openEnrolment(enrolment, passphrase);
    if (!ring)
        return ring.error();
    const Region *district = tree.district();
    if (!district)
        return Error::invalid(tr("The region tree has no district."));
    if (!ring->districtName().isEmpty() && ring->districtName() != district->name)
        return Error::invalid(
            tr("The enrolment is for %1; this region tree is of %2.").arg(ring->districtName(), district->name),
            QStringLiteral("regions"));
    const QString township = ring->townshipCode();
    if (!township.isEmpty() && !tree.find(township))
        return Error::invalid(tr("The township of the enrolment (%1) is not in %2.").arg(township, district->name),
            QStringLiteral("regions"));
    const QString stationName = ring->stationName();
    const QString stationId = ring->stationId();
    return create(path, township, stationName, stationId, tree, ring.value());
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

StationKeys StationService::keys(Database &db)
{
    StationKeys keys;
    auto ring = KeyRing::load(db);
    if (!ring || ring->isEmpty())
        return keys;
    keys.present = true;
    keys.district = ring->holdsDistrict();
    keys.districtId = ring->districtId();
    keys.districtName = ring->districtName();
    keys.townshipCode = ring->townshipCode();
    return keys;
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
