#include "ServiceTeamService.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/ServiceTeamRepository.h"
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
    static const QStringList kinds = { QStringLiteral("volunteer"), QStringLiteral("grid_worker"),
        QStringLiteral("party_member"), QStringLiteral("village_cadre") };
    if (!kinds.contains(v.kind))
        return Error::invalid(tr("Unknown kind of team member \"%1\".").arg(v.kind), QStringLiteral("kind"));
    const RegionTree tree = StationService::regions(m_db);
    if (!tree.find(v.townshipCode))
        return Error::invalid(tr("Choose the township."), QStringLiteral("township"));
    v.id = sql::newId();
    v.name = v.name.trimmed();
    if (auto r = ServiceTeamRepository(m_db).insertVolunteer(v); !r)
        return r.error();
    return v.id;
}

Result<QList<Volunteer>> ServiceTeamService::volunteers(const QString &townshipCode) const
{
    const QString scope = Roles::districtWide(m_session.role) ? townshipCode : m_session.townshipCode;
    return ServiceTeamRepository(m_db).volunteers(scope);
}

int ServiceTeamService::pointsPerVerifiedLead() const
{
    const QVariant v = SettingsRepository(m_db).value(QStringLiteral("points/verified_lead"));
    return v.isValid() ? v.toInt() : 10;
}

Status ServiceTeamService::awardForVerifiedLead(const Lead &lead)
{
    // Whoever may verify the lead (LeadService::advance) earns its volunteer the points: never another township.
    if (auto s = checkScope(lead.townshipCode, Permission::CompleteReviews); !s)
        return s;
    if (lead.volunteerId.isEmpty())
        return {};
    ServiceTeamRepository repository(m_db);
    auto already = repository.leadAwarded(lead.id);
    if (!already)
        return already.error();
    if (already.value())
        return {}; // points are earned once per lead
    return repository.insertPoints(
        lead.volunteerId, pointsPerVerifiedLead(), tr("verified lead: %1").arg(lead.personName), lead.id);
}

Result<int> ServiceTeamService::balance(const QString &volunteerId) const
{
    ServiceTeamRepository repository(m_db);
    auto township = repository.volunteerTownship(volunteerId, false);
    if (!township)
        return township.error();
    if (!township.value().isValid())
        return Error::notFound(tr("No volunteer with the id %1.").arg(volunteerId));
    if (auto s = checkScope(township.value().toString(), Permission::ViewHouseholds); !s)
        return s.error();
    return repository.balance(volunteerId);
}

Status ServiceTeamService::redeem(const QString &volunteerId, int points, const QString &reason)
{
    ServiceTeamRepository repository(m_db);
    auto township = repository.volunteerTownship(volunteerId, true);
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
    if (auto r = repository.insertPoints(volunteerId, -points, reason.trimmed(), {}); !r)
        return r;
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
    if (auto r = ServiceTeamRepository(m_db).insertEvent(e); !r)
        return r.error();
    return e.id;
}

Result<QStringList> ServiceTeamService::townshipsWithoutEvent(const QDate &day) const
{
    const int firstMonth = (day.month() - 1) / 3 * 3 + 1;
    const QDate from(day.year(), firstMonth, 1);
    const QDate to = from.addMonths(3).addDays(-1);
    auto all = ServiceTeamRepository(m_db).townshipsWithoutEvent(from, to);
    if (!all)
        return all.error();
    QStringList codes;
    for (const QString &code : all.value()) {
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
    if (auto r = ServiceTeamRepository(m_db).replaceLiaison(
            { l.unitKind, l.unit.trimmed(), l.name.trimmed(), l.phone.trimmed() });
        !r)
        return r;
    return tx.commit();
}

Result<QList<Liaison>> ServiceTeamService::liaisons() const
{
    return ServiceTeamRepository(m_db).liaisons();
}

Result<QList<VillageAssessment>> ServiceTeamService::assessment(int year, const QString &townshipCode) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view the assessment."));
    const QString scope = Roles::districtWide(m_session.role) ? townshipCode : m_session.townshipCode;
    return ServiceTeamRepository(m_db).assessment(QDate(year, 1, 1), QDate(year, 12, 31), Clock::today(), scope);
}

} // namespace sn
