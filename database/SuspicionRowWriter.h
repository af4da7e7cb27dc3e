#pragma once

#include "SuspicionRecords.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace sn {

class Database;

// A row's text as UTF-8, made ahead (on another thread, see SuspicionService's import) so that the inserting
// thread does not translate it from UTF-16. A text the caller leaves null is written as ''.
struct SuspicionRowText
{
    QByteArray id;
    QByteArray headName;
    QByteArray address;
    QByteArray addressKey;
    QByteArray content;
    QByteArray phone;
    QByteArray idNumber;
    QByteArray reason;
    QByteArray householdId; // empty: NULL
    QByteArray townshipCode; // empty: NULL
};

// The fast path of an import: all of an import's rows through one raw prepared statement, inside the caller's
// transaction (binding 17 values through QSqlQuery, a QVariant each, cost more than SQLite's own insert).
// A big table (`bulk`) is written without the change-capture triggers (each costs a row about as much as its
// insert, see ChangeCapture::dropTriggers); finish() then queues the rows for sync in one statement and puts
// the triggers back, in the same transaction.
class SuspicionRowWriter
{
public:
    SuspicionRowWriter(Database &db, const QString &importId, bool bulk);
    ~SuspicionRowWriter();
    SuspicionRowWriter(const SuspicionRowWriter &) = delete;
    SuspicionRowWriter &operator=(const SuspicionRowWriter &) = delete;

    // Drops the triggers of a bulk write, then prepares the statement.
    Status prepare();
    // One row: its numbers, status and match from `row`, its text from `text`, which is emptied after the
    // insert (its memory is not needed again). The error names no row: that is the caller's.
    Status insert(const SuspicionRow &row, SuspicionRowText &text);
    // A bulk write: queues the import's rows in sync_outbox, in row order, and restores the triggers.
    Status finish();

private:
    Error failed() const;

    Database &m_db;
    QString m_importId;
    bool m_bulk = false;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QByteArray m_importIdText;
    QByteArray m_stationId;
    QHash<SuspicionStatus, QByteArray> m_statusText;
    QHash<MatchedBy, QByteArray> m_matchedByText;
};

} // namespace sn
