#pragma once

#include "SearchIndex.h"

#include "domain/HouseholdQuery.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace sn {

class Database;

// One line of the registry as stored: the head's ID number unmasked (masking is HouseholdService's).
struct RegistryRow
{
    QString id;
    QString headName;
    QString headIdNumber;
    QString townshipCode;
    QString villageCode;
    QString address;
    QString phone;
    QString categoryCode;
    bool exited = false;
    Fen monthlyAmount = 0;
    QString tierCode;
    int memberCount = 0;
    bool startUnknown = false;
    int membersWithoutIdNumber = 0;
};

// The registry's list and count over households, household_search (FTS5) and members. `scopeTownship`
// empty: the whole file (district-wide roles); otherwise every row is of that township.
class RegistryRepository
{
public:
    explicit RegistryRepository(Database &db)
        : m_db(db)
    {
    }

    Result<QList<RegistryRow>> page(const HouseholdQuery &query, const QString &scopeTownship) const;
    Result<int> count(const HouseholdQuery &query, const QString &scopeTownship) const;
    // What search matched in one household (address, phone, every live member, the head first), for saying
    // why it was found; nullopt when it is removed or outside `scopeTownship`.
    Result<std::optional<SearchIndex::Subject>> subject(const QString &householdId, const QString &scopeTownship) const;

private:
    // searchJoined: the statement joins household_search itself (the page); otherwise a subquery (the count).
    static QString whereClause(
        const HouseholdQuery &query, const QString &scopeTownship, QVariantList &values, bool searchJoined);
    // Search as you type runs the same few statements again and again: prepared once per text.
    Result<QSqlQuery *> prepared(const QString &statement) const;
    Database &m_db;
    mutable QHash<QString, QSqlQuery> m_statements;
};

} // namespace sn
