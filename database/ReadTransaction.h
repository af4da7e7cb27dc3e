#pragma once

#include "domain/Result.h"

namespace sn {

class Database;

// A deferred (read) transaction, ended when it goes out of scope; nothing when the caller already has one.
// For reading many rows in one consistent view with one read lock instead of one per statement.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db)
        : m_db(db)
    {
    }
    ~ReadTransaction() { end(); }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    Status begin();
    void end();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace sn
