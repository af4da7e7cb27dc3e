#include "StatisticsRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

Result<QList<HouseholdGroup>> StatisticsRepository::householdGroups(const QString &townshipCode) const
{
    QString scope = QStringLiteral("h.deleted = 0");
    QVariantList values;
    if (!townshipCode.isEmpty()) {
        scope += QStringLiteral(" AND h.township_code = ?");
        values.append(townshipCode);
    }
    // One pass over the households, grouped by everything the desk's figures need (it shows them at start-up:
    // four scans of a district's 100000 rows were a second of its start). The pass reads the index
    // households_counts in its order.
    auto grouped = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT h.township_code, h.category, h.tier, h.status = 'active', count(*) FROM households h WHERE %1 "
            "GROUP BY h.township_code, h.category, h.tier, h.status")
            .arg(scope),
        values);
    if (!grouped)
        return grouped.error();
    QList<HouseholdGroup> groups;
    while (grouped.value().next()) {
        const QSqlQuery &r = grouped.value();
        groups.append({ r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toBool(),
            r.value(4).toLongLong() });
    }
    return groups;
}

Result<qint64> StatisticsRepository::liveMembers(const QString &townshipCode) const
{
    // The whole file: all live members less those of removed households (few), rather than a household
    // look-up for each of 300000 members (the index members_live, migration 9).
    auto members = townshipCode.isEmpty()
        ? sql::scalar(m_db.sql(),
            QStringLiteral(
                "SELECT (SELECT count(*) FROM members WHERE deleted = 0) - (SELECT count(*) FROM households h CROSS "
                "JOIN members m ON m.household_id = h.id WHERE h.deleted = 1 AND m.deleted = 0)"))
        : sql::scalar(m_db.sql(),
            QStringLiteral("SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id "
                           "WHERE m.deleted = 0 AND h.deleted = 0 AND h.township_code = ?"),
            { townshipCode });
    if (!members)
        return members.error();
    return members.value().toLongLong();
}

} // namespace sn
