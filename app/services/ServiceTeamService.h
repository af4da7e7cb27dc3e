#pragma once

#include "domain/Lead.h"
#include "domain/Result.h"
#include "domain/Role.h"
#include "domain/ServiceTeam.h"

#include <QCoreApplication>
#include <QDate>

namespace sn {

class Database;

// The service team (主动发现服务队) and accountability: volunteers and their points (积分兑换), publicity events,
// liaisons (联络员) and the yearly village assessment.
class ServiceTeamService
{
    Q_DECLARE_TR_FUNCTIONS(sn::ServiceTeamService)
public:
    ServiceTeamService(Database &db, Session session);

    Result<QString> addVolunteer(Volunteer volunteer);
    Result<QList<Volunteer>> volunteers(const QString &townshipCode = {}) const;
    int pointsPerVerifiedLead() const; // setting points/verified_lead, default 10
    // Called when a lead is verified; once per lead. Runs in the caller's transaction.
    Status awardForVerifiedLead(const Lead &lead);
    Status redeem(const QString &volunteerId, int points, const QString &reason);
    Result<int> balance(const QString &volunteerId) const;

    Result<QString> addPublicityEvent(PublicityEvent event);
    // Townships that held no publicity event in the quarter containing `day` (the plan asks for one each).
    Result<QStringList> townshipsWithoutEvent(const QDate &day) const;

    Status setLiaison(const Liaison &liaison);
    Result<QList<Liaison>> liaisons() const;

    Result<QList<VillageAssessment>> assessment(int year, const QString &townshipCode = {}) const;

private:
    Status checkScope(const QString &townshipCode, Permission permission) const;
    Database &m_db;
    Session m_session;
};

} // namespace sn
