// Export: this station's queued changes as bundles in its own folder of the share.
#include "SyncService.h"

#include "SyncScope.h"

#include "database/AuditLog.h"
#include "database/ChangeCapture.h"
#include "database/Database.h"
#include "database/IdIndexRepository.h"
#include "database/Migrator.h"
#include "database/ReadTransaction.h"
#include "database/SyncStateRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <unistd.h>

namespace sn {

bool SyncService::writeDurably(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = f.errorString();
        return false;
    }
    if (f.write(data) != data.size() || !f.flush()) {
        *error = f.errorString();
        return false;
    }
    if (::fsync(f.handle()) != 0) {
        *error = QStringLiteral("fsync failed");
        return false;
    }
    f.close();
    return true;
}

namespace sync {

// The changes by scope, each to be sealed with its scope's key. Rows this station may not write stay here
// (counted in the report): a district station would refuse the whole bundle, and every later one with it.
Result<QList<BundleSection>> sectionsOf(
    SyncedRowStore &reader, const KeyRing &ring, QList<Change> changes, int &withheld)
{
    auto certificate = ring.certificate();
    if (!certificate)
        return certificate.error();
    ScopeResolver scopes(reader);
    scopes.learn(changes);
    QMap<QString, qsizetype> index; // scope -> section; "ref" sorts before township codes and "district"
    QList<BundleSection> sections;
    for (Change &c : changes) {
        auto scope = scopes.scopeOf(c.table, c.row);
        if (!scope)
            return scope.error();
        if (!ScopeResolver::mayWrite(certificate.value(), scope.value(), c.table, c.row)) {
            ++withheld;
            continue;
        }
        auto it = index.constFind(scope.value());
        if (it == index.constEnd()) {
            it = index.insert(scope.value(), sections.size());
            sections.append({ scope.value(), {} });
        }
        sections[*it].changes.append(std::move(c));
    }
    return sections;
}

} // namespace sync

namespace {

// A file under one of our bundle names that is not that bundle of ours, kept as evidence under a name no station
// reads (bundlePattern never matches a leading dot).
bool moveAside(const QString &folder, const QString &name)
{
    const QString aside = QDir(folder).filePath(
        QStringLiteral(".%1.replaced-%2").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8)));
    return QFile::rename(QDir(folder).filePath(name), aside);
}

// The next queued changes to send: one per row (with the oldest replaced stamp), and the outbox range.
struct OutboxBatch
{
    struct Pending
    {
        QString table, key, prevHlc;
    };
    QList<Pending> rows;
    qint64 first = 0;
    qint64 last = 0;
};

// One change per row of `entries` (with the oldest replaced stamp), up to entry `last`.
OutboxBatch batchOf(const QList<OutboxEntry> &entries, qint64 last)
{
    OutboxBatch batch;
    QHash<QString, int> index;
    for (const OutboxEntry &e : entries) {
        if (e.seq > last)
            break;
        if (batch.first == 0)
            batch.first = e.seq;
        batch.last = e.seq;
        const QString id = e.table + QLatin1Char('/') + e.key;
        if (!index.contains(id)) {
            index.insert(id, int(batch.rows.size()));
            batch.rows.append({ e.table, e.key, e.prevHlc });
        }
    }
    return batch;
}

Result<OutboxBatch> nextBatch(Database &db)
{
    auto lastOutbox = SyncStateRepository(db).lastSentOutbox();
    if (!lastOutbox)
        return lastOutbox.error();
    // Cut after MaxOutboxEntries, but only where a household row starts (a new household is written row by
    // row after its household row): a station that applies one bundle and not yet the next never holds half a
    // household. The look-ahead bounds a bundle when no such place comes.
    constexpr int MaxOutboxEntries = 20000;
    constexpr int LookAhead = 5000;
    auto pending = SyncStateRepository(db).outboxAfter(lastOutbox.value(), MaxOutboxEntries + LookAhead);
    if (!pending)
        return pending.error();
    qint64 cut = 0;
    int taken = 0;
    for (const OutboxEntry &e : std::as_const(pending.value())) {
        if (taken >= MaxOutboxEntries && e.table == QLatin1String("households"))
            break;
        ++taken;
        cut = e.seq;
    }
    return batchOf(pending.value(), cut);
}

// Parents the changes refer to, so that a station which has not heard of them yet can apply the bundle
// (a member edited here of a household created at a third station).
Status appendParents(SyncedRowStore &reader, QList<Change> &changes)
{
    QSet<QString> present;
    for (const Change &c : std::as_const(changes))
        present.insert(c.table + QLatin1Char('/') + c.key);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString table = changes.at(i).table; // copies: appending below may move the list
        const Row row = changes.at(i).row;
        for (const auto &[column, parentTable] : reader.parents(table)) {
            const QString parentKey = row.value(column).toString();
            if (parentKey.isEmpty() || present.contains(parentTable + QLatin1Char('/') + parentKey))
                continue;
            present.insert(parentTable + QLatin1Char('/') + parentKey);
            if (parentTable == QLatin1String("regions"))
                continue; // every station loads the same region tree at set-up
            auto parent = reader.current(*reader.table(parentTable), parentKey);
            if (!parent)
                return parent.error();
            if (!parent.value())
                continue;
            auto seen = reader.seen(parentTable, parentKey, parent.value()->hlc());
            if (!seen)
                return seen.error();
            changes.append({ parentTable, parentKey, QString(), *parent.value(), true, seen.value() });
        }
    }
    return {};
}

// The current version of every row of the batch, and the parents they refer to.
Result<QList<Change>> changesOf(SyncedRowStore &reader, const OutboxBatch &batch)
{
    QList<Change> changes;
    changes.reserve(batch.rows.size());
    for (const OutboxBatch::Pending &p : std::as_const(batch.rows)) {
        const SyncedTable *t = reader.table(p.table);
        if (!t)
            continue; // a table no longer synced
        auto row = reader.current(*t, p.key);
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        auto seen = reader.seen(p.table, p.key, row.value()->hlc());
        if (!seen)
            return seen.error();
        changes.append({ p.table, p.key, p.prevHlc, std::move(*row.value()), false, seen.value() });
    }
    if (auto s = appendParents(reader, changes); !s)
        return s.error();
    return changes;
}

Result<QList<BundleSection>> sectionsOfBatch(
    Database &db, const KeyRing &ring, const OutboxBatch &batch, SyncReport &report)
{
    auto tables = ChangeCapture::tables(db);
    if (!tables)
        return tables.error();
    SyncedRowStore reader(db, tables.value()); // its statements finish here, inside the caller's read transaction
    auto changes = changesOf(reader, batch);
    if (!changes)
        return changes.error();
    return sync::sectionsOf(reader, ring, std::move(changes.value()), report.withheld);
}

BundleHeader headerOf(Database &db, qint64 seq, qint64 firstOutbox, qint64 lastOutbox)
{
    BundleHeader header;
    header.schema = Migrator::latestVersion();
    header.station = db.stationId();
    header.stationName = db.meta(QStringLiteral("station_name"));
    header.seq = seq;
    header.firstOutbox = firstOutbox;
    header.lastOutbox = lastOutbox;
    header.created = Clock::now();
    // The audit head, and the hash now at the head the previous bundle published (AuditLog::verifyAll elsewhere).
    const QString head = db.meta(QStringLiteral("audit_head"));
    header.auditSeq = head.section(QLatin1Char(' '), 0, 0).toLongLong();
    header.auditHash = head.section(QLatin1Char(' '), 1, 1);
    header.auditLinkSeq = db.meta(QStringLiteral("sync/audit_published_seq")).toLongLong();
    if (header.auditLinkSeq > 0)
        header.auditLinkHash = AuditLog(db).hashAt(header.auditLinkSeq);
    return header;
}

// Recover our numbering if a bundle reached the share but its bookkeeping did not reach the database
// (power cut between rename and commit): never reuse a sequence number, never resend its range.
Result<qint64> adoptUnrecorded(Database &db, const QString &folder, const QRegularExpression &bundlePattern)
{
    SyncStateRepository state(db);
    auto lastSent = state.lastSentSeq();
    if (!lastSent)
        return lastSent.error();
    qint64 seq = lastSent.value();
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        const auto m = bundlePattern.match(name);
        if (!m.hasMatch() || m.captured(1).toLongLong() <= seq)
            continue;
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto header = Bundle::peek(f.read(1024 * 1024));
        if (!header || header->station != db.stationId() || header->seq != m.captured(1).toLongLong())
            continue; // not ours, or a copy of one of ours under another number: replaced when we get there
        const SentBundle adopted { header->seq, header->firstOutbox, header->lastOutbox, header->changes, name,
            QString(), header->created.toString(Qt::ISODate) };
        if (auto s = state.adoptSent(adopted); !s)
            return s.error();
        seq = header->seq;
    }
    return seq;
}

} // namespace

Status SyncService::exportTo(const QString &share, SyncReport &report)
{
    if (m_ring.isEmpty()) {
        if (auto s = prepareKeys(); !s)
            return s;
    }
    m_acknowledgements.reset(); // read afresh: the share may have changed since the import
    if (auto s = takeBackPublished(share, report); !s)
        return s;
    if (auto s = refreshIdIndex(); !s)
        return s;
    const QString folder = QDir(share).filePath(m_db.stationId());
    if (QFileInfo(folder).isDir()) {
        auto acks = readAcknowledgements(share);
        if (!acks)
            return acks.error();
        // Bundles every other station has acknowledged are only checked for being there, not read again.
        qint64 acknowledgedByAll = -1;
        for (const Acknowledgement &ack : std::as_const(acks.value())) {
            if (ack.station == m_db.stationId())
                continue;
            const qint64 has = ack.received.value(m_db.stationId());
            acknowledgedByAll = acknowledgedByAll < 0 ? has : std::min(acknowledgedByAll, has);
        }
        if (auto s = rewriteMissing(folder, report, std::max<qint64>(acknowledgedByAll, 0)); !s)
            return s;
    }
    if (auto s = clearForeignFiles(share); !s)
        return s;
    // Bundles of at most MaxOutboxEntries queued changes each: memory stays bounded on both sides, and the
    // receiver applies each in a transaction of reasonable size.
    for (;;) {
        const qint64 seqBefore = report.exportedSeq;
        if (auto s = exportOne(share, report); !s)
            return s;
        if (report.exportedSeq == seqBefore)
            return {};
    }
}

// Our bundle `b` as the share holds it: byte for byte what we wrote, or (adopted, its bytes unknown) a signed
// bundle of ours under its own number.
bool SyncService::intact(const QString &path, const SentBundle &b) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxBundleBytes)
        return false;
    const QByteArray file = f.readAll();
    if (!b.sha.isEmpty())
        return QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex() == b.sha.toLatin1();
    auto opened = Bundle::openSigned(file, m_ring);
    return opened && opened->header.station == m_db.stationId() && opened->header.seq == b.seq;
}

// Files under bundle names in our folder beyond the last bundle we wrote that are not bundles of ours with that
// number (another station's bundle copied here, one of ours copied under a later name): every other station
// refuses them and waits there until we write that number, which may be weeks away. Kept aside, under a name
// no station reads.
Status SyncService::clearForeignFiles(const QString &share)
{
    const QString folder = QDir(share).filePath(m_db.stationId());
    if (!QFileInfo(folder).isDir())
        return {};
    auto lastSeq = adoptUnrecorded(m_db, folder, bundlePattern());
    if (!lastSeq)
        return lastSeq.error();
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::System, QDir::Name)) {
        const auto m = bundlePattern().match(name);
        if (!m.hasMatch() || m.captured(1).toLongLong() <= lastSeq.value())
            continue;
        if (!moveAside(folder, name))
            return Error::io(tr("Cannot move %1 aside on the shared folder.").arg(name));
    }
    return {};
}

Status SyncService::rewriteMissing(const QString &folder, SyncReport &report, qint64 acknowledgedByAll)
{
    SyncStateRepository state(m_db);
    auto sent = state.sentBundles();
    if (!sent)
        return sent.error();
    const QStringList present = QDir(folder).entryList(QDir::Files, QDir::Name);
    // Removed because a snapshot holds them and every station has applied them (SyncSnapshot.cpp).
    const qint64 compacted = m_db.meta(QStringLiteral("sync/compacted_seq")).toLongLong();
    for (const SentBundle &b : std::as_const(sent.value())) {
        if (b.seq <= compacted)
            continue;
        const QString name = bundleName(b.seq);
        const bool missing = !present.contains(name);
        // Damaged in place (truncated by a pulled USB stick, another bundle copied over it): as good as missing
        // for every station still waiting for it.
        const bool damaged = !missing && b.seq > acknowledgedByAll && !intact(QDir(folder).filePath(name), b);
        if (!missing && !damaged)
            continue;
        // The same number and range, with the rows as they are now: a receiver still waiting for it applies
        // them in order; later versions of the same rows arrive again, unchanged, in the later bundles. A bundle
        // taken back after a restore has no outbox range here: it is written empty, so nobody waits for it (its
        // changes are in this station's file, and at every station that applied it).
        QList<BundleSection> sections;
        if (b.firstOutbox > 0 && b.lastOutbox >= b.firstOutbox) {
            ReadTransaction reading(m_db);
            if (auto s = reading.begin(); !s)
                return s;
            auto entries
                = SyncStateRepository(m_db).outboxAfter(b.firstOutbox - 1, int(b.lastOutbox - b.firstOutbox + 1));
            if (!entries)
                return entries.error();
            auto batch = sectionsOfBatch(m_db, m_ring, batchOf(entries.value(), b.lastOutbox), report);
            if (!batch)
                return batch.error();
            sections = std::move(batch.value());
        }
        const BundleHeader header = headerOf(m_db, b.seq, b.firstOutbox, b.lastOutbox);
        auto sealed = Bundle::sealSigned(header, sections, m_ring);
        if (!sealed)
            return sealed.error();
        if (auto s = publish(folder, name, sealed.value()); !s)
            return s;
        if (auto s = state.updateSentSha(b.seq,
                QString::fromLatin1(QCryptographicHash::hash(sealed.value(), QCryptographicHash::Sha256).toHex()));
            !s)
            return s;
        report.rewritten.append(damaged ? tr("bundle %1 (damaged on the shared folder)").arg(b.seq)
                                        : tr("bundle %1 (missing from the shared folder)").arg(b.seq));
    }
    return {};
}

// The ID index entries of the households changed here since the last bundle, queued with them.
Status SyncService::refreshIdIndex()
{
    if (m_ring.idIndexKey().size() != 32)
        return {};
    auto lastSent = SyncStateRepository(m_db).lastSentOutbox();
    if (!lastSent)
        return lastSent.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    IdIndexRepository index(m_db);
    auto households = index.pendingHouseholds(lastSent.value());
    if (!households)
        return households.error();
    if (households->isEmpty())
        return {};
    if (auto s = index.refresh(households.value(), [this](const QString &id) { return m_ring.idHash(id); }); !s)
        return s;
    return tx.commit();
}

Status SyncService::exportOne(const QString &share, SyncReport &report)
{
    const QString folder = QDir(share).filePath(m_db.stationId());
    if (!QDir().mkpath(folder))
        return Error::io(tr("Cannot create %1 on the shared folder.").arg(folder));
    auto lastSeq = adoptUnrecorded(m_db, folder, bundlePattern());
    if (!lastSeq)
        return lastSeq.error();

    // Every row of the bundle read in one read transaction: one consistent view, and one read lock instead of
    // one per statement (a bundle is 20000 of them). Nothing is written in it; the bookkeeping below commits alone.
    ReadTransaction reading(m_db);
    if (auto s = reading.begin(); !s)
        return s;
    auto batch = nextBatch(m_db);
    if (!batch)
        return batch.error();
    if (batch->rows.isEmpty())
        return {};
    auto sections = sectionsOfBatch(m_db, m_ring, batch.value(), report);
    if (!sections)
        return sections.error();
    reading.end();

    const BundleHeader header = headerOf(m_db, lastSeq.value() + 1, batch->first, batch->last);
    auto sealed = Bundle::sealSigned(header, sections.value(), m_ring);
    if (!sealed)
        return sealed.error();
    const QString name = bundleName(header.seq);
    if (auto s = publish(folder, name, sealed.value()); !s)
        return s;
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(sealed.value(), QCryptographicHash::Sha256).toHex());
    qsizetype sentChanges = 0;
    for (const BundleSection &section : std::as_const(sections.value()))
        sentChanges += section.changes.size();
    const SentBundle sent { header.seq, batch->first, batch->last, sentChanges, name, sha,
        Clock::now().toString(Qt::ISODate) };
    if (auto s = SyncStateRepository(m_db).recordSent(sent); !s)
        return s;
    if (auto s = m_db.setMeta(QStringLiteral("sync/audit_published_seq"), QString::number(header.auditSeq)); !s)
        return s;
    report.exportedChanges += int(sentChanges);
    report.exportedSeq = header.seq;
    return {};
}

// Temp name, flush, fsync, close, verify, rename: readers never see a partial file under a real name.
Status SyncService::publish(const QString &folder, const QString &name, const QByteArray &sealed)
{
    const QString finalPath = QDir(folder).filePath(name);
    const QString temp = QDir(folder).filePath(
        QStringLiteral(".%1.tmp-%2").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QString error;
    if (!writeDurably(temp, sealed, &error)) {
        QFile::remove(temp);
        return Error::io(tr("Cannot write the bundle to the shared folder: %1").arg(error));
    }
    {
        // What was sealed above, byte for byte (opening it again would decrypt and parse it all a second time).
        QFile check(temp);
        if (!check.open(QIODevice::ReadOnly) || check.readAll() != sealed || !Bundle::peek(sealed)) {
            QFile::remove(temp);
            return Error::io(tr("The bundle written to the shared folder did not read back correctly."));
        }
    }
    // What lies under our name now is not a bundle of ours with that number (adoptUnrecorded would have taken
    // it): damaged, or copied here. Kept aside as evidence, under a name no station reads.
    if ((QFileInfo::exists(finalPath) || QFileInfo(finalPath).isSymLink()) && !moveAside(folder, name))
        QFile::remove(finalPath);
    if (QFile::exists(finalPath) || !QFile::rename(temp, finalPath)) {
        QFile::remove(temp);
        return Error::io(tr("Cannot publish the bundle %1 on the shared folder.").arg(name));
    }
    return {};
}

} // namespace sn
