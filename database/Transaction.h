#pragma once

#include "domain/Result.h"

#include <QString>

namespace sn {

class Database;

// RAII write transaction. The outermost one issues BEGIN IMMEDIATE (QSqlDatabase::transaction() would
// issue a deferred BEGIN, which can fail half-way with SQLITE_BUSY); nested ones become savepoints.
// Anything not committed is rolled back when the guard goes out of scope.
//
// A bulk step that runs inside a caller's transaction may instead join it (JoinOuter): no savepoint, commit()
// does nothing and an error is the caller's to roll back. SQLite keeps a savepoint's sub-journal in memory
// (temp_store = MEMORY, so page images never reach a temp file) and walks it from its start on every statement
// journal of a nested level: a long savepoint holding per-statement ones costs time quadratic in the pages
// written (a 20000-household ledger import spent 60% of its time there). Join only where every error is
// passed up unchanged.
class Transaction
{
public:
    enum class Nesting { Savepoint, JoinOuter };
    explicit Transaction(Database &db, Nesting nesting = Nesting::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; } // why begin failed
    Status commit();
    void rollback();

private:
    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    bool m_joined = false; // JoinOuter inside a transaction: the caller's transaction is ours
    Error m_error;
};

} // namespace sn
