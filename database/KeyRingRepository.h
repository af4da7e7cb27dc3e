#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sn {

class Database;

// The station's own secrets (the keyring table, never synced): named byte strings, read and written whole.
class KeyRingRepository
{
public:
    explicit KeyRingRepository(Database &db)
        : m_db(db)
    {
    }

    Result<QHash<QString, QByteArray>> all() const;
    // Replaces every entry in one transaction: a keyring is never half-written.
    Status replace(const QHash<QString, QByteArray> &entries);

private:
    Database &m_db;
};

} // namespace sn
