#include "Statistics.h"

#include "StationService.h"

#include "database/Database.h"
#include "database/SqlUtil.h"
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

QString fileVersion(Database &db)
{
    auto row = sql::exec(db.sql(), QStringLiteral("SELECT data_version, total_changes() FROM pragma_data_version"));
    if (!row || !row.value().next())
        return {};
    return row.value().value(0).toString() + u' ' + row.value().value(1).toString();
}

Result<QJsonObject> count(Database &db, const Session &session);

} // namespace

Result<QJsonObject> Statistics::collect(Database &db, const Session &session)
{
    const QString key = db.sql().connectionName() + u'|'
        + (Roles::districtWide(session.role) ? QStringLiteral("*") : session.townshipCode);
    const QString version = fileVersion(db);
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
    QString scope = QStringLiteral("h.deleted = 0");
    QVariantList values;
    if (!Roles::districtWide(session.role)) {
        scope += QStringLiteral(" AND h.township_code = ?");
        values.append(session.townshipCode);
    }
    // One pass over the households, grouped by everything the figures below need (the desk shows them at
    // start-up: four scans of a district's 100000 rows were a second of its start). The pass reads the
    // index households_counts in its order, and the member count the index members_live (migration 9).
    struct Group { QString township, category, tier; bool active = false; qint64 n = 0; };
    QList<Group> groups;
    auto grouped = sql::exec(db.sql(), QStringLiteral(
        "SELECT h.township_code, h.category, h.tier, h.status = 'active', count(*) FROM households h WHERE %1 "
        "GROUP BY h.township_code, h.category, h.tier, h.status").arg(scope), values);
    if (!grouped)
        return grouped.error();
    while (grouped.value().next()) {
        const QSqlQuery &r = grouped.value();
        groups.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toBool(), r.value(4).toLongLong()});
    }
    QJsonObject result;
    qint64 households = 0, active = 0;
    for (const Group &g : std::as_const(groups)) {
        households += g.n;
        if (g.active)
            active += g.n;
    }
    result.insert(QStringLiteral("households"), households);
    result.insert(QStringLiteral("active"), active);
    result.insert(QStringLiteral("exited"), households - active);

    // District-wide: all live members less those of removed households (few), rather than a household
    // look-up for each of 300000 members.
    auto members = Roles::districtWide(session.role)
        ? sql::scalar(db.sql(), QStringLiteral(
              "SELECT (SELECT count(*) FROM members WHERE deleted = 0) - (SELECT count(*) FROM households h CROSS "
              "JOIN members m ON m.household_id = h.id WHERE h.deleted = 1 AND m.deleted = 0)"))
        : sql::scalar(db.sql(), QStringLiteral(
              "SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id WHERE m.deleted = 0 AND %1").arg(scope), values);
    if (!members)
        return members.error();
    result.insert(QStringLiteral("members"), members.value().toLongLong());

    QJsonObject byCategory;
    for (Category c : CategoryNames::all())
        byCategory.insert(CategoryNames::code(c), 0);
    QJsonObject byTier;
    for (const char *tier : {"red", "yellow", "green", "monitoring", "none"})
        byTier.insert(QLatin1String(tier), 0);
    const RegionTree tree = StationService::regions(db);
    QMap<QString, QJsonObject> perTownship;
    for (const Group &g : std::as_const(groups)) {
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
