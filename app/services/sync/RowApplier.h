#pragma once

#include "database/ChangeCapture.h"
#include "domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace sn {

class Database;

namespace sync {

// Rows as they travel in bundles: JSON objects of the payload columns.
QJsonValue jsonOf(const QVariant &v);
QVariant variantOf(const QJsonValue &v);
// Content without the stamps: two versions with the same content are not a conflict.
bool sameContent(QJsonObject a, QJsonObject b);
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
    Result<std::optional<QJsonObject>> current(const SyncedTable &t, const QString &key);
    Status write(const SyncedTable &t, const QJsonObject &row, bool exists);

private:
    struct Statement;
    Result<sqlite3_stmt *> statement(const QString &key, const QString &sql);

    Database &m_db;
    QHash<QString, SyncedTable> m_tables;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    QHash<QString, QList<QPair<QString, QString>>> m_parents;
};

} // namespace sync
} // namespace sn
