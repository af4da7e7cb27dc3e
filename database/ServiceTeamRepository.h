#pragma once

#include "domain/Result.h"
#include "domain/ServiceTeam.h"

#include <QList>
#include <QVariant>

namespace sn {

class Database;

// The service team's tables: volunteers, point_entries, publicity_events and liaisons, and the grouped
// counts of the yearly village assessment. Scope and permission checks are ServiceTeamService's.
class ServiceTeamRepository
{
public:
    explicit ServiceTeamRepository(Database &db)
        : m_db(db)
    {
    }

    Status insertVolunteer(const Volunteer &volunteer);
    // `townshipCode` empty: every township. Each with its point balance.
    Result<QList<Volunteer>> volunteers(const QString &townshipCode) const;
    // The volunteer's township, or an invalid QVariant when there is no such volunteer (`liveOnly`: not deleted).
    Result<QVariant> volunteerTownship(const QString &volunteerId, bool liveOnly) const;

    Result<int> balance(const QString &volunteerId) const;
    Result<bool> leadAwarded(const QString &leadId) const; // points already given for this lead
    // One entry of the points ledger: positive earned, negative redeemed; `leadId` may be empty.
    Status insertPoints(const QString &volunteerId, int points, const QString &reason, const QString &leadId);

    Status insertEvent(const PublicityEvent &event);
    // Township codes with no publicity event between `from` and `to` (inclusive), in code order.
    Result<QStringList> townshipsWithoutEvent(const QDate &from, const QDate &to) const;

    // Replaces the unit's liaison (one per unit). Run inside the caller's transaction.
    Status replaceLiaison(const Liaison &liaison);
    Result<QList<Liaison>> liaisons() const;

    // Every village (of `townshipCode`, or all when empty) with the year's counts; `today` dates "overdue".
    Result<QList<VillageAssessment>> assessment(
        const QDate &from, const QDate &to, const QDate &today, const QString &townshipCode) const;

private:
    Database &m_db;
};

} // namespace sn
