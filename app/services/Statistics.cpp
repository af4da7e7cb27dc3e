#include "Statistics.h"

#include "StationService.h"

#include "database/Database.h"
#include "database/SqlUtil.h"
#include "domain/Category.h"

#include <QJsonArray>

namespace sn {

Result<QJsonObject> Statistics::collect(Database &db, const Session &session)
{
    QString scope = QStringLiteral("h.deleted = 0");
    QVariantList values;
    if (!Roles::districtWide(session.role)) {
        scope += QStringLiteral(" AND h.township_code = ?");
        values.append(session.townshipCode);
    }
    QJsonObject result;
    auto totals = sql::exec(db.sql(), QStringLiteral(
        "SELECT count(*), coalesce(sum(h.status = 'active'), 0), coalesce(sum(h.status = 'exited'), 0) FROM households h WHERE %1").arg(scope), values);
    if (!totals)
        return totals.error();
    totals.value().next();
    result.insert(QStringLiteral("households"), totals.value().value(0).toLongLong());
    result.insert(QStringLiteral("active"), totals.value().value(1).toLongLong());
    result.insert(QStringLiteral("exited"), totals.value().value(2).toLongLong());

    auto members = sql::scalar(db.sql(), QStringLiteral(
        "SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id WHERE m.deleted = 0 AND %1").arg(scope), values);
    if (!members)
        return members.error();
    result.insert(QStringLiteral("members"), members.value().toLongLong());

    QJsonObject byCategory;
    for (Category c : CategoryNames::all())
        byCategory.insert(CategoryNames::code(c), 0);
    auto categories = sql::exec(db.sql(), QStringLiteral(
        "SELECT h.category, count(*) FROM households h WHERE %1 AND h.status = 'active' GROUP BY h.category").arg(scope), values);
    if (!categories)
        return categories.error();
    while (categories.value().next())
        byCategory.insert(categories.value().value(0).toString(), categories.value().value(1).toLongLong());
    result.insert(QStringLiteral("by_category"), byCategory);

    QJsonObject byTier;
    for (const char *tier : {"red", "yellow", "green", "monitoring", "none"})
        byTier.insert(QLatin1String(tier), 0);
    auto tiers = sql::exec(db.sql(), QStringLiteral(
        "SELECT h.tier, count(*) FROM households h WHERE %1 AND h.status = 'active' GROUP BY h.tier").arg(scope), values);
    if (!tiers)
        return tiers.error();
    while (tiers.value().next())
        byTier.insert(tiers.value().value(0).toString(), tiers.value().value(1).toLongLong());
    result.insert(QStringLiteral("tiers"), byTier);

    const RegionTree tree = StationService::regions(db);
    auto townships = sql::exec(db.sql(), QStringLiteral(
        "SELECT h.township_code, h.category, count(*) FROM households h WHERE %1 AND h.status = 'active' "
        "GROUP BY h.township_code, h.category ORDER BY h.township_code").arg(scope), values);
    if (!townships)
        return townships.error();
    QMap<QString, QJsonObject> perTownship;
    while (townships.value().next()) {
        const QString code = townships.value().value(0).toString();
        QJsonObject &t = perTownship[code];
        if (t.isEmpty()) {
            t.insert(QStringLiteral("code"), code);
            const Region *r = tree.find(code);
            t.insert(QStringLiteral("name"), r ? r->name : code);
            t.insert(QStringLiteral("households"), 0);
            QJsonObject zero;
            for (Category c : CategoryNames::all())
                zero.insert(CategoryNames::code(c), 0);
            t.insert(QStringLiteral("by_category"), zero);
        }
        const qint64 n = townships.value().value(2).toLongLong();
        t.insert(QStringLiteral("households"), t.value(QStringLiteral("households")).toInteger() + n);
        QJsonObject cats = t.value(QStringLiteral("by_category")).toObject();
        cats.insert(townships.value().value(1).toString(), n);
        t.insert(QStringLiteral("by_category"), cats);
    }
    QJsonArray byTownship;
    for (const QJsonObject &t : std::as_const(perTownship))
        byTownship.append(t);
    result.insert(QStringLiteral("by_township"), byTownship);
    return result;
}

} // namespace sn
