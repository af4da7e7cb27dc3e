#pragma once

#include "ChangeCapture.h"
#include "SyncedRow.h"

#include "domain/Result.h"
#include "domain/VersionVector.h"

#include <QHash>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace sn {

class Database;

struct TableDigest
{
    QString table;
    qint64 rows = 0;
    QString hash; // SHA-256 of the canonical content (payload columns without stamps), rows in key order
};

// Reads and writes synced rows generically, with statements prepared once per table and column set: the bulk
// writer of the sync paths. They run on the connection's SQLite handle directly (inside the caller's
// transaction): a bundle is 100000 of them, and QSqlQuery rebuilds its column record on every exec.
class SyncedRowStore
{
public:
    SyncedRowStore(Database &db, const QList<SyncedTable> &tables);
    ~SyncedRowStore();
    SyncedRowStore(const SyncedRowStore &) = delete;
    SyncedRowStore &operator=(const SyncedRowStore &) = delete;

    const SyncedTable *table(const QString &name) const;
    // (column, parent table) of the foreign keys of a table that point at a synced table's key.
    QList<QPair<QString, QString>> parents(const QString &table);
    // Every key of the table, in key order (a snapshot holds the whole state).
    Result<QStringList> keys(const SyncedTable &t);
    // The local version of a row: every payload column, in the order of t.payload().
    Result<std::optional<Row>> current(const SyncedTable &t, const QString &key);
    // Only its stamp: what applying a change needs to decide whether to write it.
    struct Stamp
    {
        QString hlc;
    };
    Result<std::optional<Stamp>> stamp(const SyncedTable &t, const QString &key);
    // What the local version of a row, stamped `hlc`, has seen: the vector recorded when a version from another
    // station was applied, with `hlc` itself (a row only edited here has seen just that).
    Result<VersionVector> seen(const QString &table, const QString &key, const QString &hlc);
    Status recordSeen(const QString &table, const QString &key, const VersionVector &seen);
    // Inserts the row or updates the existing one, with the columns of the row that the table has (a row of an
    // older writer may lack some: they keep their default or current value).
    Status write(const SyncedTable &t, const Row &row, bool exists);

    // A hash of every synced table's content, to compare stations.
    static Result<QList<TableDigest>> digest(Database &db);

private:
    struct Statement;
    struct WritePlan;
    // The statement cached under `key`, prepared from sql() the first time.
    Result<sqlite3_stmt *> statement(const QString &key, const std::function<QString()> &sql);
    std::shared_ptr<const RowShape> payloadShape(const SyncedTable &t);
    Result<std::shared_ptr<WritePlan>> writePlan(const SyncedTable &t, const Row &row, bool exists);

    Database &m_db;
    QHash<QString, SyncedTable> m_tables;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    QHash<QString, QList<QPair<QString, QString>>> m_parents;
    QHash<QString, std::shared_ptr<const RowShape>> m_payloadShapes;
    QHash<QPair<const RowShape *, bool>, std::shared_ptr<WritePlan>> m_writes;
};

} // namespace sn
