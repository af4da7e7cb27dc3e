#include "SyncStateRepository.h"

#include "ChangeCapture.h"
#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {

Result<qint64> integer(Database &db, const QString &statement, const QVariantList &values = {})
{
    auto v = sql::scalar(db.sql(), statement, values);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

} // namespace

Result<qint64> SyncStateRepository::pendingChanges() const
{
    // The outbox is append-only with AUTOINCREMENT keys (migration 0011 refuses to delete or renumber an
    // unsent row), so the unsent rows are exactly the range (last sent, highest seq]: two b-tree look-ups
    // instead of counting every unsent row (1.1 million on a district's first sync, 0.1 s at every start).
    return integer(m_db,
        QStringLiteral("SELECT max(0, coalesce((SELECT max(seq) FROM sync_outbox), 0) - "
                       "coalesce((SELECT max(last_outbox) FROM sync_sent), 0))"));
}

Result<QList<OutboxEntry>> SyncStateRepository::outboxAfter(qint64 afterSeq, int limit) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT seq, table_name, row_key, prev_hlc FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?"),
        { afterSeq, limit });
    if (!q)
        return q.error();
    QList<OutboxEntry> entries;
    while (q.value().next())
        entries.append({ q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
            q.value().value(3).toString() });
    return entries;
}

Status SyncStateRepository::enqueue(const QString &table, const QString &key, const QString &hlc)
{
    auto queued = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO sync_outbox (table_name, row_key, hlc, prev_hlc) VALUES (?, ?, ?, '')"),
        { table, key, hlc });
    return queued ? Status() : Status(queued.error());
}

Result<qint64> SyncStateRepository::enqueueWrittenBy(const QString &writer, const QString &after)
{
    auto tables = ChangeCapture::tables(m_db);
    if (!tables)
        return tables.error();
    // A stamp is "<15-digit ms>-<6-digit counter>-<writer>": the writer starts at character 24.
    qint64 queued = 0;
    for (const SyncedTable &t : tables.value()) {
        auto q = sql::exec(m_db.sql(),
            QStringLiteral("INSERT INTO sync_outbox (table_name, row_key, hlc, prev_hlc) SELECT ?, %1, hlc, '' FROM %2 "
                           "WHERE hlc > ? AND substr(hlc, 24) = ? ORDER BY hlc")
                .arg(t.key, t.name),
            { t.name, after, writer });
        if (!q)
            return q.error();
        queued += q.value().numRowsAffected();
    }
    return queued;
}

Result<qint64> SyncStateRepository::lastSentSeq() const
{
    return integer(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_sent"));
}

Result<qint64> SyncStateRepository::lastSentOutbox() const
{
    return integer(m_db, QStringLiteral("SELECT coalesce(max(last_outbox), 0) FROM sync_sent"));
}

Status SyncStateRepository::adoptSent(const SentBundle &b)
{
    auto adopted = sql::exec(m_db.sql(),
        QStringLiteral("INSERT OR IGNORE INTO sync_sent (seq, first_outbox, last_outbox, changes, file_name, "
                       "bundle_sha, written_at) VALUES (?, ?, ?, ?, ?, '', ?)"),
        { b.seq, b.firstOutbox, b.lastOutbox, b.changes, b.fileName, b.writtenAt });
    if (!adopted)
        return adopted.error();
    return {};
}

Result<QList<SentBundle>> SyncStateRepository::sentBundles() const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT seq, first_outbox, last_outbox, changes, file_name, bundle_sha, written_at FROM "
                       "sync_sent ORDER BY seq"));
    if (!q)
        return q.error();
    QList<SentBundle> sent;
    while (q.value().next())
        sent.append({ q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toLongLong(),
            q.value().value(3).toLongLong(), q.value().value(4).toString(), q.value().value(5).toString(),
            q.value().value(6).toString() });
    return sent;
}

Status SyncStateRepository::updateSentSha(qint64 seq, const QString &sha)
{
    auto updated
        = sql::exec(m_db.sql(), QStringLiteral("UPDATE sync_sent SET bundle_sha = ? WHERE seq = ?"), { sha, seq });
    return updated ? Status() : Status(updated.error());
}

Status SyncStateRepository::recordSent(const SentBundle &b)
{
    auto recorded = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO sync_sent (seq, first_outbox, last_outbox, changes, file_name, "
                       "bundle_sha, written_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { b.seq, b.firstOutbox, b.lastOutbox, b.changes, b.fileName, b.sha, b.writtenAt });
    if (!recorded)
        return recorded.error();
    return {};
}

Status SyncStateRepository::recordAuditHead(const QString &stationId, qint64 bundleSeq, const PublishedAuditHead &head)
{
    auto recorded = sql::exec(m_db.sql(),
        QStringLiteral("INSERT OR IGNORE INTO sync_audit_heads (station_id, bundle_seq, audit_seq, audit_hash, "
                       "link_seq, link_hash, received_at) VALUES (?, ?, ?, ?, ?, ?, datetime('now'))"),
        { stationId, bundleSeq, head.seq, head.hash, head.linkSeq, head.linkHash });
    return recorded ? Status() : Status(recorded.error());
}

Result<QHash<QString, qint64>> SyncStateRepository::receivedPerStation() const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT station_id, max(seq) FROM sync_received WHERE station_id <> ? GROUP BY station_id"),
        { m_db.stationId() });
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    return out;
}

Result<qint64> SyncStateRepository::lastReceivedSeq(const QString &stationId) const
{
    return integer(
        m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_received WHERE station_id = ?"), { stationId });
}

Result<bool> SyncStateRepository::hasSynced() const
{
    auto n = integer(
        m_db, QStringLiteral("SELECT (SELECT count(*) FROM sync_sent) + (SELECT count(*) FROM sync_received)"), {});
    if (!n)
        return n.error();
    return n.value() > 0;
}

Result<bool> SyncStateRepository::received(const QString &stationId, qint64 seq) const
{
    auto known = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT bundle_sha FROM sync_received WHERE station_id = ? AND seq = ?"), { stationId, seq });
    if (!known)
        return known.error();
    return known.value().isValid();
}

Status SyncStateRepository::recordReceived(
    const QString &stationId, qint64 seq, const QString &sha, qint64 changes, const QString &appliedAt)
{
    auto received = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO sync_received (station_id, seq, bundle_sha, changes, applied_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { stationId, seq, sha, changes, appliedAt });
    if (!received)
        return received.error();
    return {};
}

} // namespace sn
