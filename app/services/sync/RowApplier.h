#pragma once

#include "Bundle.h"

#include "database/ChangeCapture.h"
#include "domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace sn {

class Database;

namespace sync {

// Content without the stamps: two versions with the same content are not a conflict.
bool sameContent(QJsonObject a, QJsonObject b);
bool sameContent(const Row &a, const Row &b);
// Tables whose rows belong to one household, and the column that says which ("" for the others).
QString householdColumn(const QString &table);

// Reads and writes synced rows generically, with statements prepared once per table and column set. They run
// on the connection's SQLite handle directly (inside the caller's transaction): a bundle is 100000 of them, and
// QSqlQuery rebuilds its column record on every exec.
class RowApplier
{
public:
    RowApplier(Database &db, const QList<SyncedTable> &tables);
    ~RowApplier();
    RowApplier(const RowApplier &) = delete;
    RowApplier &operator=(const RowApplier &) = delete;

    const SyncedTable *table(const QString &name) const;
    // (column, parent table) of the foreign keys of a table that point at a synced table's key.
    QList<QPair<QString, QString>> parents(const QString &table);
    // The local version of a row: every payload column, in the order of t.payload().
    Result<std::optional<Row>> current(const SyncedTable &t, const QString &key);
    // Only its stamps: what applying a change needs to decide whether to write it.
    struct Stamp
    {
        QString hlc;
        QString stationId;
    };
    Result<std::optional<Stamp>> stamp(const SyncedTable &t, const QString &key);
    // Inserts the row or updates the existing one, with the columns of the row that the table has (a row of an
    // older writer may lack some: they keep their default or current value).
    Status write(const SyncedTable &t, const Row &row, bool exists);

private:
    struct Statement;
    struct WritePlan;
    // The statement cached under `key`, prepared from sql() the first time.
    Result<sqlite3_stmt *> statement(const QString &key, const std::function<QString()> &sql);
    std::shared_ptr<const RowShape> payloadShape(const SyncedTable &t);

    Database &m_db;
    QHash<QString, SyncedTable> m_tables;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    QHash<QString, QList<QPair<QString, QString>>> m_parents;
    QHash<QString, std::shared_ptr<const RowShape>> m_payloadShapes;
    QHash<QPair<const RowShape *, bool>, std::shared_ptr<WritePlan>> m_writes;
};

} // namespace sync
} // namespace sn
