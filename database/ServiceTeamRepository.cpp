#include "ServiceTeamRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include "domain/Clock.h"

namespace sn {

Status ServiceTeamRepository::insertVolunteer(const Volunteer &v)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO volunteers (id, township_code, village_code, name, phone, kind, active, "
                       "hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        { v.id, v.townshipCode, sql::nullIfEmpty(v.villageCode), v.name, v.phone, v.kind, m_db.stamp(),
            m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Result<QList<Volunteer>> ServiceTeamRepository::volunteers(const QString &townshipCode) const
{
    QString where = QStringLiteral("v.deleted = 0");
    QVariantList values;
    if (!townshipCode.isEmpty()) {
        where += QStringLiteral(" AND v.township_code = ?");
        values.append(townshipCode);
    }
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT v.id, v.township_code, coalesce(v.village_code, ''), v.name, v.phone, v.kind, "
                       "v.active, coalesce((SELECT sum(points) FROM point_entries p "
                       "WHERE p.volunteer_id = v.id AND p.deleted = 0), 0) "
                       "FROM volunteers v WHERE %1 ORDER BY v.township_code, v.name")
            .arg(where),
        values);
    if (!q)
        return q.error();
    QList<Volunteer> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({ r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toString(), r.value(6).toBool(), r.value(7).toInt() });
    }
    return list;
}

Result<QVariant> ServiceTeamRepository::volunteerTownship(const QString &volunteerId, bool liveOnly) const
{
    return sql::scalar(m_db.sql(),
        liveOnly ? QStringLiteral("SELECT township_code FROM volunteers WHERE id = ? AND deleted = 0")
                 : QStringLiteral("SELECT township_code FROM volunteers WHERE id = ?"),
        { volunteerId });
}

Result<int> ServiceTeamRepository::balance(const QString &volunteerId) const
{
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM point_entries WHERE volunteer_id = ? AND deleted = 0"),
        { volunteerId });
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<bool> ServiceTeamRepository::leadAwarded(const QString &leadId) const
{
    auto n = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT count(*) FROM point_entries WHERE lead_id = ? AND points > 0 AND deleted = 0"),
        { leadId });
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Status ServiceTeamRepository::insertPoints(
    const QString &volunteerId, int points, const QString &reason, const QString &leadId)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO point_entries (id, volunteer_id, at, points, reason, lead_id, hlc, "
                       "station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { sql::newId(), volunteerId, Clock::now().toString(Qt::ISODate), points, reason, sql::nullIfEmpty(leadId),
            m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Status ServiceTeamRepository::insertEvent(const PublicityEvent &e)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO publicity_events (id, township_code, held_on, place, participants, "
                       "note, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.id, e.townshipCode, e.heldOn.toString(Qt::ISODate), e.place, e.participants, e.note, m_db.stamp(),
            m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Result<QStringList> ServiceTeamRepository::townshipsWithoutEvent(const QDate &from, const QDate &to) const
{
    return sql::strings(m_db.sql(),
        QStringLiteral("SELECT r.code FROM regions r WHERE r.level = 'township' AND r.deleted = 0 AND "
                       "NOT EXISTS (SELECT 1 FROM publicity_events e WHERE e.township_code = r.code "
                       "AND e.deleted = 0 AND e.held_on BETWEEN ? AND ?) ORDER BY r.code"),
        { from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
}

Status ServiceTeamRepository::replaceLiaison(const Liaison &l)
{
    auto gone = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE liaisons SET deleted = 1, hlc = ?, station_id = ? WHERE unit_kind = ? AND unit = ? AND "
                       "deleted = 0"),
        { m_db.stamp(), m_db.stationId(), l.unitKind, l.unit });
    if (!gone)
        return gone.error();
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO liaisons (id, unit_kind, unit, name, phone, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { sql::newId(), l.unitKind, l.unit, l.name, l.phone, m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Result<QList<Liaison>> ServiceTeamRepository::liaisons() const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT unit_kind, unit, name, phone FROM liaisons WHERE deleted = 0 ORDER BY unit_kind, unit"));
    if (!q)
        return q.error();
    QList<Liaison> list;
    while (q.value().next())
        list.append({ q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
            q.value().value(3).toString() });
    return list;
}

Result<QList<VillageAssessment>> ServiceTeamRepository::assessment(
    const QDate &fromDate, const QDate &toDate, const QDate &todayDate, const QString &townshipCode) const
{
    const QString from = fromDate.toString(Qt::ISODate);
    const QString to = toDate.toString(Qt::ISODate);
    const QString today = todayDate.toString(Qt::ISODate);
    // One grouped pass per measure, joined to the villages: counting per village in correlated subqueries
    // walked every task of the year once per village (minutes on a district's 100000 households).
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT v.code, v.name, coalesce(d.n, 0), coalesce(l.n, 0), coalesce(l.on_time, 0), coalesce(o.n, 0) "
            "FROM regions v "
            "LEFT JOIN (SELECT h.village_code AS code, count(*) AS n FROM review_tasks t JOIN households h "
            "   ON h.id = t.household_id WHERE t.status = 'done' AND t.deleted = 0 AND t.completed_on BETWEEN ? AND ? "
            "   GROUP BY h.village_code) d ON d.code = v.code "
            "LEFT JOIN (SELECT village_code AS code, count(*) AS n, "
            "   coalesce(sum(answered_at IS NOT NULL AND answered_at <= deadline_at), 0) AS on_time FROM leads "
            "   WHERE deleted = 0 AND substr(reported_at, 1, 10) BETWEEN ? AND ? GROUP BY village_code) l "
            "   ON l.code = v.code "
            "LEFT JOIN (SELECT h.village_code AS code, count(*) AS n FROM review_tasks t JOIN households h "
            "   ON h.id = t.household_id WHERE t.status = 'open' AND t.deleted = 0 AND h.deleted = 0 "
            "   AND t.due_date < ? GROUP BY h.village_code) o ON o.code = v.code "
            "WHERE v.level = 'village' AND v.deleted = 0 AND (? = '' OR v.parent_code = ?) ORDER BY v.code"),
        { from, to, from, to, today, townshipCode, townshipCode });
    if (!q)
        return q.error();
    QList<VillageAssessment> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({ r.value(0).toString(), r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt(),
            r.value(4).toInt(), r.value(5).toInt() });
    }
    return list;
}

} // namespace sn
