#pragma once

#include "domain/Household.h"
#include "domain/Result.h"

#include <QSqlQuery>
#include <optional>

namespace sn {

class Database;

// The FTS5 index behind "search as you type" (migration 0002 explains its columns). Kept in the same
// transaction as the household it describes.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    Status index(const Household &household); // replace the household's row
    Status remove(const QString &householdId);
    Status rebuildAll();
    Status reindex(const QStringList &householdIds); // in bulk, as rebuildAll() does, for these households only

    // The FTS5 MATCH expression for what a clerk typed; empty when there is nothing searchable
    // (e.g. fewer than four digits). Terms separated by spaces must all match.
    static QString matchExpression(const QString &typed);

    struct Document
    {
        QString names, py, address, digits;
    };
    static Document document(const QString &address, const QString &phone, const QStringList &memberNames,
                             const QStringList &idNumbers, const QStringList &phones);

private:
    Status write(qint64 rowid, const Document &doc, bool replace = true);
    // Writes the rows of the live households matching filter (over h), whose old rows are already gone.
    Status fill(const QString &filter);
    Database &m_db;
    std::optional<QSqlQuery> m_delete;
    std::optional<QSqlQuery> m_insert;
};

} // namespace sn
