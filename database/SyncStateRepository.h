#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sn {

class Database;

// A bundle this station wrote (sync_sent): its number, the outbox range it carries and its file.
struct SentBundle
{
    qint64 seq = 0;
    qint64 firstOutbox = 0;
    qint64 lastOutbox = 0;
    qint64 changes = 0;
    QString fileName;
    QString sha; // of the sealed file; empty when adopted from the share
    QString writtenAt; // ISO-8601
};

// One queued change (sync_outbox): the key of a row whose stamp changed, and the stamp it replaced.
struct OutboxEntry
{
    qint64 seq = 0;
    QString table;
    QString key;
    QString prevHlc;
};

// Another station's audit head as one of its bundles published it (migration 0022).
struct PublishedAuditHead
{
    qint64 seq = 0;
    QString hash;
    qint64 linkSeq = 0; // the head of its previous bundle, and the hash it has there now
    QString linkHash;
};

// The bookkeeping of sync: the outbox of local changes, the bundles sent (sync_sent) and the bundles of other
// stations applied here (sync_received). What to send and when is SyncService's; this layer stores and finds.
class SyncStateRepository
{
public:
    explicit SyncStateRepository(Database &db)
        : m_db(db)
    {
    }

    // Queued changes not yet in a sent bundle.
    Result<qint64> pendingChanges() const;
    Status enqueue(const QString &table, const QString &key, const QString &hlc); // sent again in the next bundle
    // Queues every row of every synced table whose version was stamped by `writer` after `after`: another
    // station's versions, sent again on its behalf. Returns how many were queued.
    Result<qint64> enqueueWrittenBy(const QString &writer, const QString &after);
    // Up to `limit` queued changes after `afterSeq`, in order.
    Result<QList<OutboxEntry>> outboxAfter(qint64 afterSeq, int limit) const;

    Result<qint64> lastSentSeq() const; // 0 before the first bundle
    Result<qint64> lastSentOutbox() const; // the last outbox entry sent, 0 for none
    // A bundle of ours found on the share whose bookkeeping never reached the database (kept if already known).
    Status adoptSent(const SentBundle &bundle);
    Status recordSent(const SentBundle &bundle);
    Status updateSentSha(qint64 seq, const QString &sha); // the bundle was written again
    Result<QList<SentBundle>> sentBundles() const; // every bundle this station wrote, in order

    Result<qint64> lastReceivedSeq(const QString &stationId) const; // 0 before the station's first bundle
    Result<QHash<QString, qint64>> receivedPerStation() const; // station -> its last bundle applied here
    Status recordAuditHead(const QString &stationId, qint64 bundleSeq, const PublishedAuditHead &head);
    Result<bool> hasSynced() const; // a bundle sent or received, ever
    Result<bool> received(const QString &stationId, qint64 seq) const;
    Status recordReceived(
        const QString &stationId, qint64 seq, const QString &sha, qint64 changes, const QString &appliedAt);

private:
    Database &m_db;
};

} // namespace sn
