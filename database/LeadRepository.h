#pragma once

#include "domain/Lead.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <optional>

namespace sn {

class Database;

struct LeadQuery
{
    QString townshipCode;
    QString villageCode;
    bool openOnly = true; // not closed
    bool runningOnly = false; // deadline not yet met
    QDateTime deadlineBefore; // running leads due before this moment
    int limit = 1000;
};

class LeadRepository
{
public:
    explicit LeadRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Lead> load(const QString &id) const;
    Status insert(const Lead &lead);
    Status update(const Lead &lead);
    Status addEvent(const QString &leadId, const LeadEvent &event);
    Result<QList<LeadEvent>> events(const QString &leadId) const;
    Result<QList<Lead>> query(const LeadQuery &query) const;

    Status insertGrant(const TemporaryGrant &grant);
    Status updateGrant(const TemporaryGrant &grant);
    Result<TemporaryGrant> loadGrant(const QString &id) const;
    Result<QList<TemporaryGrant>> grants(const QString &householdId, const QString &leadId) const;
    Result<Fen> yearlyGrantTotal(const QString &householdId, int year) const;
    // The township a grant belongs to: its household's, else its lead's (empty when neither is known).
    Result<QString> grantTownship(const QString &householdId, const QString &leadId) const;

    static QString code(GrantStatus s);
    static GrantStatus grantStatusFromCode(const QString &code);

private:
    Database &m_db;
};

} // namespace sn
