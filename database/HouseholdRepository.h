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

// A live member's ID number with its household, for checking a whole ledger against the registry at once.
struct RegisteredIdNumber
{
    QString idNumber;
    QString householdId;
    QString memberName;
    bool head = false;
};

// The derived tier columns of a household row (local to the station, never synced): written with a new
// household's row when its tier is known before it is stored (a ledger imported in bulk).
struct StoredTier
{
    QString tier; // TierRules::code
    QString reason;
    QDate checkedOn;
    QDate nextCheck;
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
    // In bulk only, a new household stored with its tier in the same row (no update of the row afterwards).
    Status saveNew(Household &household, const StoredTier &tier);
    // Ids for the new records of a household (empty ids), as save() gives them.
    static void assignIds(Household &household);
    // The household as forEach() reads it back once stored on `registeredOn`: what the tier rules and the review
    // schedule see, so that they can be applied before it is stored.
    static Household asStreamed(const Household &household, const QDate &registeredOn);

    // Saving thousands of households in the caller's transaction (a ledger import): between beginBulk() and
    // finishBulk(), save() writes the same rows, audit entries and sync capture, but without a savepoint per
    // household (FTS5 flushes its pending index at every savepoint: 20000 savepoints left 20000 one-row segments
    // to merge), with the audit chain's head carried in memory, and with the search index written for all of
    // them in one pass by finishBulk(). Nothing else may append to the audit log in between. Dropping the
    // repository without finishBulk() leaves the index to the caller's rollback.
    Status beginBulk();
    Status finishBulk();
    // Tombstone the household and all its rows.
    Status remove(const QString &id, const QString &reason);

    // Members holding this (normalised) ID number, outside `exceptHousehold`.
    Result<QList<IdNumberOwner>> findIdNumber(const QString &idNumber, const QString &exceptHousehold = {}) const;
    // Every live member's ID number (the per-household look-ups are too slow for tens of thousands of rows).
    Result<QList<RegisteredIdNumber>> registeredIdNumbers() const;
    // Every ID number ever stored, removed members' too (demo data must not reuse one).
    Result<QStringList> storedIdNumbers() const;
    // The live household holding this ID number now (empty: none). One prepared statement for a whole import.
    Result<QString> householdHolding(const QString &idNumber);
    // The same for many ID numbers in one query (ID number -> household; those held by none are absent).
    Result<QHash<QString, QString>> householdsHolding(const QStringList &idNumbers);
    // The township of a household (for scope checks) without loading it.
    Result<QString> townshipOf(const QString &id) const;
    // Active households of `categoryCode` whose finding is dated on or before `foundBy`, oldest first
    // (township "" for every township).
    Result<QList<CategoryFinding>> findingsBy(
        const QString &categoryCode, const QDate &foundBy, const QString &township = {}) const;
    // The same as a value: invalid when there is no such household (`liveOnly`: or it was removed).
    Result<QVariant> townshipCode(const QString &id, bool liveOnly) const;

    // Stream households matching `where` (SQL over alias h, e.g. "h.township_code = ?") with their members and
    // income items only: the bulk path for tiers and schedules. Stops when `visit` returns false.
    Status forEach(
        const QString &where, const QVariantList &values, const std::function<bool(const Household &)> &visit) const;
    // The same over the households with these ids (a few are bound, thousands go through a temp table), or
    // over every live household when `ids` is empty.
    Status forEachOf(const QStringList &ids, const std::function<bool(const Household &)> &visit) const;
    // The stored tier code of one household (invalid QVariant: no such household) and of every live one.
    Result<QVariant> storedTier(const QString &id) const;
    // The derived tier columns as last stored, of every live household (the tier empty when never computed).
    Result<QHash<QString, StoredTier>> storedTiers() const;
    // Live households whose tier was never checked or is due for a check on `today`.
    Result<QStringList> tierCheckDue(const QDate &today) const;
    // The derived tier (not user data: no stamp, no audit here).
    Status storeTier(
        const QString &id, Tier tier, const QString &reason, const QDate &checkedOn, const QDate &nextCheck);

    static QList<RowImage> images(const Household &household);

private:
    Status writeRow(const RowImage &row, bool deleted);
    Status insertNew(const Household &household, const QList<RowImage> &rows, const StoredTier *tier = nullptr);
    Status updateChanged(const Household &household, const QList<RowImage> &rows);
    // `old` null: a row new to the household.
    Status writeIfChanged(const QString &householdId, const RowImage &row, const RowImage *old);
    Database &m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SearchIndex> m_search;
    QHash<QString, QSqlQuery> m_upserts;
    std::optional<QSqlQuery> m_storeTier;
    std::optional<QSqlQuery> m_holding;
    bool m_bulk = false;
    QStringList m_unindexed; // saved in bulk, for finishBulk() to index
};

} // namespace sn
