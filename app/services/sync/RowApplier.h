#pragma once

#include "database/ChangeCapture.h"
#include "domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <optional>

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

// Reads and writes synced rows generically, with statements prepared once per table and column set.
class RowApplier
{
public:
    RowApplier(Database &db, const QList<SyncedTable> &tables);

    const SyncedTable *table(const QString &name) const;
    // (column, parent table) of the foreign keys of a table that point at a synced table's key.
    QList<QPair<QString, QString>> parents(const QString &table);
    Result<std::optional<QJsonObject>> current(const SyncedTable &t, const QString &key);
    Status write(const SyncedTable &t, const QJsonObject &row, bool exists);

private:
    QSqlQuery &statement(const QString &key, const QString &sql);

    Database &m_db;
    QHash<QString, SyncedTable> m_tables;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, QList<QPair<QString, QString>>> m_parents;
};

} // namespace sync
} // namespace sn
