#pragma once

#include "domain/Result.h"

#include <QString>

namespace sn {

class Database;

// RAII write transaction. The outermost one issues BEGIN IMMEDIATE (QSqlDatabase::transaction() would
// issue a deferred BEGIN, which can fail half-way with SQLITE_BUSY); nested ones become savepoints.
// Anything not committed is rolled back when the guard goes out of scope.
class Transaction
{
public:
    explicit Transaction(Database &db);
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
    Error m_error;
};

} // namespace sn
