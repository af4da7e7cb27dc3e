#include "Statistics.h"

#include "StationService.h"

#include "database/Database.h"
#include "database/DataVersion.h"
#include "database/StatisticsRepository.h"
#include "domain/Category.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

namespace sn {

namespace {

// The last counts per connection and scope, with the state of the file they were read from: SQLite's
// data_version moves when another connection (another process, the sync thread) commits, total_changes()
// when this connection writes. The desk asks for the same counts twice at start-up (workbench and review
// summary) and again on every return to the workbench.
struct Cached
{
    QString version;
    QJsonObject counts;
};
QMutex cacheMutex;
QHash<QString, Cached> cache;

Result<QJsonObject> count(Database &db, const Session &session);

} // namespace

Result<QJsonObject> Statistics::collect(Database &db, const Session &session)
{
    const QString key = connectionKey(db) + u'|'
        + (Roles::districtWide(session.role) ? QStringLiteral("*") : session.townshipCode);
    const QString version = dataVersion(db);
    if (!version.isEmpty()) {
        const QMutexLocker lock(&cacheMutex);
        const auto hit = cache.constFind(key);
        if (hit != cache.cend() && hit->version == version)
            return hit->counts;
    }
    auto counts = count(db, session);
    if (counts && !version.isEmpty()) {
        const QMutexLocker lock(&cacheMutex);
        if (cache.size() > 32) // connections come and go (tests, restores): keep only a few
            cache.clear();
        cache.insert(key, {version, counts.value()});
    }
    return counts;
}

namespace {

Result<QJsonObject> count(Database &db, const Session &session)
{
    const QString township = Roles::districtWide(session.role) ? QString() : session.townshipCode;
    StatisticsRepository repository(db);
    auto found = repository.householdGroups(township);
    if (!found)
        return found.error();
    const QList<HouseholdGroup> &groups = found.value();
    QJsonObject result;
    qint64 households = 0, active = 0;
    for (const HouseholdGroup &g : std::as_const(groups)) {
        households += g.n;
        if (g.active)
            active += g.n;
    }
    result.insert(QStringLiteral("households"), households);
    result.insert(QStringLiteral("active"), active);
    result.insert(QStringLiteral("exited"), households - active);

    auto members = repository.liveMembers(township);
    if (!members)
        return members.error();
    result.insert(QStringLiteral("members"), members.value());

    QJsonObject byCategory;
    for (Category c : CategoryNames::all())
        byCategory.insert(CategoryNames::code(c), 0);
    QJsonObject byTier;
    for (const char *tier : {"red", "yellow", "green", "monitoring", "none"})
        byTier.insert(QLatin1String(tier), 0);
    const RegionTree tree = StationService::regions(db);
    QMap<QString, QJsonObject> perTownship;
    for (const HouseholdGroup &g : std::as_const(groups)) {
        if (!g.active)
            continue;
        byCategory.insert(g.category, byCategory.value(g.category).toInteger() + g.n);
        byTier.insert(g.tier, byTier.value(g.tier).toInteger() + g.n);
        QJsonObject &t = perTownship[g.township];
        if (t.isEmpty()) {
            t.insert(QStringLiteral("code"), g.township);
            const Region *r = tree.find(g.township);
            t.insert(QStringLiteral("name"), r ? r->name : g.township);
            t.insert(QStringLiteral("households"), 0);
            QJsonObject zero;
            for (Category c : CategoryNames::all())
                zero.insert(CategoryNames::code(c), 0);
            t.insert(QStringLiteral("by_category"), zero);
        }
        t.insert(QStringLiteral("households"), t.value(QStringLiteral("households")).toInteger() + g.n);
        QJsonObject cats = t.value(QStringLiteral("by_category")).toObject();
        cats.insert(g.category, cats.value(g.category).toInteger() + g.n);
        t.insert(QStringLiteral("by_category"), cats);
    }
    result.insert(QStringLiteral("by_category"), byCategory);
    result.insert(QStringLiteral("tiers"), byTier);
    QJsonArray byTownship;
    for (const QJsonObject &t : std::as_const(perTownship))
        byTownship.append(t);
    result.insert(QStringLiteral("by_township"), byTownship);
    return result;
}

} // namespace

} // namespace sn
