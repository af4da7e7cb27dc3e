#pragma once

#include "domain/Household.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <memory>

namespace sn {

class AuditLog;
class Database;
class SearchIndex;

// One stored row of a household aggregate: its table, key and column values (without sync columns).
struct RowImage
{
    QString table;
    QString id;
    QList<QPair<QString, QVariant>> columns; // "id" first

    QVariant value(const QString &column) const;
};

struct IdNumberOwner
{
    QString householdId;
    QString memberId;
    QString memberName;
    QString townshipCode;
};

// Loads and stores whole households (members, incomes, assets, rigid expenditures). Every write stamps
// changed rows with the station's clock, tombstones removed rows, keeps the search index current and writes
// one audit entry per changed field, all inside the caller's transaction (or its own).
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(sn::HouseholdRepository)
public:
    explicit HouseholdRepository(Database &db);
    ~HouseholdRepository();

    Result<Household> load(const QString &id) const;
    bool exists(const QString &id) const;

    // Insert or update. New records (empty ids) get UUIDs, written back into `household`.
    Status save(Household &household);
    // Tombstone the household and all its rows.
    Status remove(const QString &id, const QString &reason);

    // Members holding this (normalised) ID number, outside `exceptHousehold`.
    Result<QList<IdNumberOwner>> findIdNumber(const QString &idNumber, const QString &exceptHousehold = {}) const;
    // The township of a household (for scope checks) without loading it.
    Result<QString> townshipOf(const QString &id) const;

    static QList<RowImage> images(const Household &household);

private:
    Status writeRow(const RowImage &row, bool deleted);
    Database &m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SearchIndex> m_search;
    QHash<QString, QSqlQuery> m_upserts;
};

} // namespace sn
