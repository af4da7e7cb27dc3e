#include "ServiceTeamService.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

namespace sn {

ServiceTeamService::ServiceTeamService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
}

Status ServiceTeamService::checkScope(const QString &townshipCode, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(townshipCode))
        return Error::forbidden(tr("This belongs to another township."));
    return {};
}

Result<QString> ServiceTeamService::addVolunteer(Volunteer v)
{
    if (auto s = checkScope(v.townshipCode, Permission::EditHouseholds); !s)
        return s.error();
    if (v.name.trimmed().isEmpty())
        return Error::invalid(tr("The volunteer needs a name."), QStringLiteral("name"));
    static const QStringList kinds = {QStringLiteral("volunteer"), QStringLiteral("grid_worker"), QStringLiteral("party_member"),
                                      QStringLiteral("village_cadre")};
    if (!kinds.contains(v.kind))
        return Error::invalid(tr("Unknown kind of team member \"%1\".").arg(v.kind), QStringLiteral("kind"));
    const RegionTree tree = StationService::regions(m_db);
    if (!tree.find(v.townshipCode))
        return Error::invalid(tr("Choose the township."), QStringLiteral("township"));
    v.id = sql::newId();
    auto r = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO volunteers (id, township_code, village_code, name, phone, kind, active, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        {v.id, v.townshipCode, sql::nullIfEmpty(v.villageCode), v.name.trimmed(), v.phone, v.kind, m_db.stamp(), m_db.stationId()});
    if (!r)
        return r.error();
    return v.id;
}

Result<QList<Volunteer>> ServiceTeamService::volunteers(const QString &townshipCode) const
{
    QString where = QStringLiteral("v.deleted = 0");
    QVariantList values;
    const QString scope = Roles::districtWide(m_session.role) ? townshipCode : m_session.townshipCode;
    if (!scope.isEmpty()) {
        where += QStringLiteral(" AND v.township_code = ?");
        values.append(scope);
    }
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT v.id, v.township_code, coalesce(v.village_code, ''), v.name, v.phone, v.kind, v.active, "
        "coalesce((SELECT sum(points) FROM point_entries p WHERE p.volunteer_id = v.id AND p.deleted = 0), 0) "
        "FROM volunteers v WHERE %1 ORDER BY v.township_code, v.name").arg(where), values);
    if (!q)
        return q.error();
    QList<Volunteer> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                     r.value(4).toString(), r.value(5).toString(), r.value(6).toBool(), r.value(7).toInt()});
    }
    return list;
}

int ServiceTeamService::pointsPerVerifiedLead() const
{
    const QVariant v = SettingsRepository(m_db).value(QStringLiteral("points/verified_lead"));
    return v.isValid() ? v.toInt() : 10;
}

Status ServiceTeamService::awardForVerifiedLead(const Lead &lead)
{
    if (lead.volunteerId.isEmpty())
        return {};
    auto already = sql::scalar(m_db.sql(), QStringLiteral(
        "SELECT count(*) FROM point_entries WHERE lead_id = ? AND points > 0 AND deleted = 0"), {lead.id});
    if (!already)
        return already.error();
    if (already.value().toInt() > 0)
        return {}; // points are earned once per lead
    auto r = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO point_entries (id, volunteer_id, at, points, reason, lead_id, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::newId(), lead.volunteerId, Clock::now().toString(Qt::ISODate), pointsPerVerifiedLead(),
         tr("verified lead: %1").arg(lead.personName), lead.id, m_db.stamp(), m_db.stationId()});
    return r ? Status() : Status(r.error());
}

Result<int> ServiceTeamService::balance(const QString &volunteerId) const
{
    auto township = sql::scalar(m_db.sql(), QStringLiteral("SELECT township_code FROM volunteers WHERE id = ?"), {volunteerId});
    if (!township)
        return township.error();
    if (!township.value().isValid())
        return Error::notFound(tr("No volunteer with the id %1.").arg(volunteerId));
    if (auto s = checkScope(township.value().toString(), Permission::ViewHouseholds); !s)
        return s.error();
    auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(sum(points), 0) FROM point_entries WHERE volunteer_id = ? AND deleted = 0"),
                         {volunteerId});
    if (!v)
        return v.error();
    return v.value().toInt();
}

Status ServiceTeamService::redeem(const QString &volunteerId, int points, const QString &reason)
{
    auto township = sql::scalar(m_db.sql(), QStringLiteral("SELECT township_code FROM volunteers WHERE id = ? AND deleted = 0"), {volunteerId});
    if (!township)
        return township.error();
    if (!township.value().isValid())
        return Error::notFound(tr("No such volunteer."));
    if (auto s = checkScope(township.value().toString(), Permission::EditHouseholds); !s)
        return s;
    if (points <= 0)
        return Error::invalid(tr("Redeem a positive number of points."), QStringLiteral("points"));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say what the points are exchanged for."), QStringLiteral("reason"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto have = balance(volunteerId);
    if (!have)
        return have.error();
    if (have.value() < points)
        return Error::invalid(tr("Only %1 points are available.").arg(have.value()), QStringLiteral("points"));
    auto r = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO point_entries (id, volunteer_id, at, points, reason, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sql::newId(), volunteerId, Clock::now().toString(Qt::ISODate), -points, reason.trimmed(), m_db.stamp(), m_db.stationId()});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<QString> ServiceTeamService::addPublicityEvent(PublicityEvent e)
{
    if (auto s = checkScope(e.townshipCode, Permission::EditHouseholds); !s)
        return s.error();
    if (!e.heldOn.isValid() || e.heldOn > Clock::today())
        return Error::invalid(tr("The date of the event is missing or in the future."), QStringLiteral("held_on"));
    if (e.participants < 0)
        return Error::invalid(tr("The number of participants cannot be negative."), QStringLiteral("participants"));
    e.id = sql::newId();
    auto r = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO publicity_events (id, township_code, held_on, place, participants, note, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, e.townshipCode, e.heldOn.toString(Qt::ISODate), e.place, e.participants, e.note, m_db.stamp(), m_db.stationId()});
    if (!r)
        return r.error();
    return e.id;
}

Result<QStringList> ServiceTeamService::townshipsWithoutEvent(const QDate &day) const
{
    const int firstMonth = (day.month() - 1) / 3 * 3 + 1;
    const QDate from(day.year(), firstMonth, 1);
    const QDate to = from.addMonths(3).addDays(-1);
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT r.code FROM regions r WHERE r.level = 'township' AND r.deleted = 0 AND NOT EXISTS "
        "(SELECT 1 FROM publicity_events e WHERE e.township_code = r.code AND e.deleted = 0 AND e.held_on BETWEEN ? AND ?) ORDER BY r.code"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QStringList codes;
    while (q.value().next()) {
        const QString code = q.value().value(0).toString();
        if (m_session.coversTownship(code))
            codes.append(code);
    }
    return codes;
}

Status ServiceTeamService::setLiaison(const Liaison &l)
{
    if (l.unitKind == QLatin1String("township")) {
        if (auto s = checkScope(l.unit, Permission::EditHouseholds); !s)
            return s;
    } else if (l.unitKind == QLatin1String("department")) {
        if (!m_session.can(Permission::EditStandards))
            return Error::forbidden(tr("Department liaisons are kept by the district bureau."));
    } else {
        return Error::invalid(tr("A liaison belongs to a department or a township."), QStringLiteral("unit_kind"));
    }
    if (l.unit.trimmed().isEmpty() || l.name.trimmed().isEmpty())
        return Error::invalid(tr("Name the unit and the liaison."), QStringLiteral("name"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // One liaison per unit: replace the previous one.
    auto gone = sql::exec(m_db.sql(), QStringLiteral(
        "UPDATE liaisons SET deleted = 1, hlc = ?, station_id = ? WHERE unit_kind = ? AND unit = ? AND deleted = 0"),
        {m_db.stamp(), m_db.stationId(), l.unitKind, l.unit.trimmed()});
    if (!gone)
        return gone.error();
    auto r = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO liaisons (id, unit_kind, unit, name, phone, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sql::newId(), l.unitKind, l.unit.trimmed(), l.name.trimmed(), l.phone.trimmed(), m_db.stamp(), m_db.stationId()});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<QList<Liaison>> ServiceTeamService::liaisons() const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT unit_kind, unit, name, phone FROM liaisons WHERE deleted = 0 ORDER BY unit_kind, unit"));
    if (!q)
        return q.error();
    QList<Liaison> list;
    while (q.value().next())
        list.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(), q.value().value(3).toString()});
    return list;
}

Result<QList<VillageAssessment>> ServiceTeamService::assessment(int year, const QString &townshipCode) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view the assessment."));
    const QString scope = Roles::districtWide(m_session.role) ? townshipCode : m_session.townshipCode;
    const QString from = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString to = QDate(year, 12, 31).toString(Qt::ISODate);
    const QString today = Clock::today().toString(Qt::ISODate);
    // One grouped pass per measure, joined to the villages: counting per village in correlated subqueries
    // walked every task of the year once per village (minutes on a district's 100000 households).
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT v.code, v.name, coalesce(d.n, 0), coalesce(l.n, 0), coalesce(l.on_time, 0), coalesce(o.n, 0) "
        "FROM regions v "
        "LEFT JOIN (SELECT h.village_code AS code, count(*) AS n FROM review_tasks t JOIN households h ON h.id = t.household_id "
        "   WHERE t.status = 'done' AND t.deleted = 0 AND t.completed_on BETWEEN ? AND ? GROUP BY h.village_code) d ON d.code = v.code "
        "LEFT JOIN (SELECT village_code AS code, count(*) AS n, "
        "   coalesce(sum(answered_at IS NOT NULL AND answered_at <= deadline_at), 0) AS on_time FROM leads "
        "   WHERE deleted = 0 AND substr(reported_at, 1, 10) BETWEEN ? AND ? GROUP BY village_code) l ON l.code = v.code "
        "LEFT JOIN (SELECT h.village_code AS code, count(*) AS n FROM review_tasks t JOIN households h ON h.id = t.household_id "
        "   WHERE t.status = 'open' AND t.deleted = 0 AND h.deleted = 0 AND t.due_date < ? GROUP BY h.village_code) o ON o.code = v.code "
        "WHERE v.level = 'village' AND v.deleted = 0 AND (? = '' OR v.parent_code = ?) ORDER BY v.code"),
        {from, to, from, to, today, scope, scope});
    if (!q)
        return q.error();
    QList<VillageAssessment> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt(), r.value(4).toInt(), r.value(5).toInt()});
    }
    return list;
}

} // namespace sn
