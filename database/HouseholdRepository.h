#pragma once

#include "domain/Household.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <optional>

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

    // Stream households matching `where` (SQL over alias h, e.g. "h.township_code = ?") with their members and
    // income items only: the bulk path for tiers and schedules. Stops when `visit` returns false.
    Status forEach(const QString &where, const QVariantList &values, const std::function<bool(const Household &)> &visit) const;
    // The derived tier (not user data: no stamp, no audit here).
    Status storeTier(const QString &id, Tier tier, const QString &reason, const QDate &checkedOn, const QDate &nextCheck);

    static QList<RowImage> images(const Household &household);

private:
    Status writeRow(const RowImage &row, bool deleted);
    Database &m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SearchIndex> m_search;
    QHash<QString, QSqlQuery> m_upserts;
    std::optional<QSqlQuery> m_storeTier;
};

} // namespace sn
