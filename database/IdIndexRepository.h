#pragma once

#include "domain/Result.h"

#include <QStringList>
#include <functional>

namespace sn {

class Database;

// The district-wide index of registered ID numbers (id_index, synced): a keyed hash and the township, never the
// number or the household. Written by the station that changed the household, read at intake elsewhere.
class IdIndexRepository
{
public:
    using Hash = std::function<QString(const QString &idNumber)>; // empty when the station holds no index key

    explicit IdIndexRepository(Database &db)
        : m_db(db)
    {
    }

    // The townships where a hash is registered (live entries).
    Result<QStringList> townships(const QString &hash) const;
    // Brings the entries of the ID numbers of these households up to date: an entry for every ID number that
    // a live member of a live household holds in its township, and a tombstone for one no member holds there
    // any more. Only entries that change are written. Call inside a transaction.
    Status refresh(const QStringList &householdIds, const Hash &hash);
    // The households whose rows this station changed after outbox entry `afterSeq` (queued, not yet sent).
    Result<QStringList> pendingHouseholds(qint64 afterSeq) const;

private:
    Database &m_db;
};

} // namespace sn
