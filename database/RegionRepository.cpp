#include "RegionRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

Status RegionRepository::store(const RegionTree &tree)
{
    QSqlQuery upsert(m_db.sql());
    upsert.prepare(QStringLiteral(
        "INSERT INTO regions (code, parent_code, level, kind, name, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code "
        "WHERE regions.name <> excluded.name OR regions.kind <> excluded.kind"));
    for (const Region &r : tree.all()) {
        if (auto s = sql::run(upsert, {r.code, sql::nullIfEmpty(r.parentCode), regionLevelCode(r.level), r.kind, r.name,
                                       m_db.stamp(), m_db.stationId()});
            !s)
            return s;
    }
    return {};
}

Result<RegionTree> RegionRepository::load() const
{
    // Parents before children: order by level, then code.
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT code, coalesce(parent_code, ''), level, kind, name FROM regions WHERE deleted = 0 "
        "ORDER BY CASE level WHEN 'district' THEN 0 WHEN 'township' THEN 1 WHEN 'village' THEN 2 ELSE 3 END, code"));
    if (!q)
        return q.error();
    RegionTree tree;
    while (q.value().next()) {
        tree.add({q.value().value(0).toString(), q.value().value(1).toString(),
                  regionLevelFromCode(q.value().value(2).toString()), q.value().value(3).toString(),
                  q.value().value(4).toString()});
    }
    return tree;
}

Status RegionRepository::addGrid(const QString &villageCode, const QString &name, QString *code)
{
    auto count = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM regions WHERE parent_code = ? AND level = 'grid'"),
                             {villageCode});
    if (!count)
        return count.error();
    // Village code + "G" + a station-unique suffix: grids made at two stations never collide.
    const QString gridCode = QStringLiteral("%1G%2").arg(villageCode, sql::newId().left(8));
    auto s = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO regions (code, parent_code, level, kind, name, hlc, station_id) VALUES (?, ?, 'grid', 'grid', ?, ?, ?)"),
        {gridCode, villageCode, name, m_db.stamp(), m_db.stationId()});
    if (!s)
        return s.error();
    if (code)
        *code = gridCode;
    return {};
}

} // namespace sn
