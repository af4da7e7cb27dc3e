// Compaction of the share (issue 19, item 7): a district station writes the state of every synced row as one
// signed snapshot in its own folder; each station removes its own bundles that the snapshot covers once every
// active station has applied them; a station that needs a bundle no longer on the share starts from the snapshot.
//
// Why this holds on a folder with no server and no locks:
// - every station deletes files of its own folder only, and only bundles that every active station has
//   acknowledged (signed acknowledgements; a revoked station's count for nothing and hold nobody back);
// - a snapshot is written only when it covers at least what every snapshot on the share covers, and a station
//   removes bundles only up to what the snapshot that covers all the others covers: whatever two district desks
//   write at the same moment, the snapshot a new station picks has the bundles after it on the share;
// - a snapshot is used only when its signature verifies against a certificate of a district station.
#include "SyncService.h"

#include "SyncScope.h"

#include "database/ChangeCapture.h"
#include "database/Database.h"
#include "database/Migrator.h"
#include "database/ReadTransaction.h"
#include "database/SyncStateRepository.h"
#include "domain/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cstdio>
#include <limits>

namespace sn {

namespace {

constexpr qint64 Unbounded = std::numeric_limits<qint64>::max();

// The state of every synced row as this station holds it, sealed per scope, and the bundles it includes.
struct SnapshotState
{
    QList<BundleSection> sections;
    qint64 rows = 0;
    QHash<QString, qint64> covers;
};

Result<QList<Change>> allRows(SyncedRowStore &reader, const QList<SyncedTable> &tables)
{
    QList<Change> changes;
    for (const SyncedTable &t : tables) {
        auto keys = reader.keys(t);
        if (!keys)
            return keys.error();
        for (const QString &key : std::as_const(keys.value())) {
            auto row = reader.current(t, key);
            if (!row)
                return row.error();
            if (!row.value())
                continue;
            // What the version has seen travels with it, so a station holding an older or a concurrent version
            // resolves it as it would from the bundles.
            auto seen = reader.seen(t.name, key, row.value()->hlc());
            if (!seen)
                return seen.error();
            changes.append({ t.name, key, QString(), std::move(*row.value()), false, seen.value() });
        }
    }
    return changes;
}

// Nothing when changes made here are not in a bundle yet: the state would hold rows no bundle number covers.
// Tombstones are rows like any other and all stay in: a station restored from an old copy that still holds a
// deleted row receives the deletion, never resurrects the row.
Result<std::optional<SnapshotState>> readState(Database &db, const KeyRing &ring)
{
    ReadTransaction reading(db);
    if (auto s = reading.begin(); !s)
        return s.error();
    SyncStateRepository state(db);
    auto pending = state.pendingChanges();
    if (!pending)
        return pending.error();
    if (pending.value() > 0)
        return std::optional<SnapshotState>();
    auto received = state.receivedPerStation();
    if (!received)
        return received.error();
    auto lastSent = state.lastSentSeq();
    if (!lastSent)
        return lastSent.error();
    SnapshotState out;
    out.covers = received.value();
    if (lastSent.value() > 0)
        out.covers.insert(db.stationId(), lastSent.value());
    auto tables = ChangeCapture::tables(db);
    if (!tables)
        return tables.error();
    SyncedRowStore reader(db, tables.value());
    auto changes = allRows(reader, tables.value());
    if (!changes)
        return changes.error();
    out.rows = changes->size();
    int withheld = 0; // a district station may write every row
    auto sections = sync::sectionsOf(reader, ring, std::move(changes.value()), withheld);
    if (!sections)
        return sections.error();
    out.sections = std::move(sections.value());
    return std::optional<SnapshotState>(std::move(out));
}

} // namespace

qint64 SyncService::SnapshotInfo::coverage() const
{
    qint64 sum = 0;
    for (qint64 seq : header.covers)
        sum += seq;
    return sum;
}

bool SyncService::SnapshotInfo::dominates(const SnapshotInfo &other) const
{
    for (auto it = other.header.covers.constBegin(); it != other.header.covers.constEnd(); ++it) {
        if (header.covers.value(it.key()) < it.value())
            return false;
    }
    return true;
}

QList<SyncService::SnapshotInfo> SyncService::readSnapshots(const QString &share, QStringList *refused) const
{
    QList<SnapshotInfo> out;
    const QDir root(share);
    const auto revoked = m_ring.revoked();
    for (const QString &station : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = root.filePath(station + QLatin1Char('/') + SnapshotFile);
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink())
            continue;
        const QString name = station + QLatin1Char('/') + SnapshotFile;
        auto refuse = [&](const QString &why) {
            if (refused)
                refused->append(tr("%1: %2").arg(name, why));
        };
        QFile f(path);
        if (info.isSymLink() || !info.isFile() || info.size() > MaxBundleBytes || !f.open(QIODevice::ReadOnly)) {
            refuse(tr("not a plain readable file of a size SafetyNet writes; not used"));
            continue;
        }
        const QByteArray file = f.readAll();
        if (auto peeked = Bundle::peek(file);
            peeked && (peeked->format > Bundle::Format || peeked->schema > Migrator::latestVersion())) {
            refuse(tr("written by a newer SafetyNet (schema %1); update this station to use it").arg(peeked->schema));
            continue;
        }
        auto verified = Bundle::verifySigned(file, m_ring);
        if (!verified) {
            refuse(tr("refused, %1").arg(verified.error().message));
            continue;
        }
        if (!verified->header.isSnapshot() || verified->header.station != station) {
            refuse(tr("refused, not a snapshot of the station whose folder holds it"));
            continue;
        }
        if (!verified->sender.isDistrict() || revoked.contains(station)) {
            refuse(tr("refused, only district stations whose keys stand write snapshots"));
            continue;
        }
        out.append({ station, path, verified->header, info.size(),
            QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()) });
    }
    return out;
}

// Of the snapshots, the one covering most whose later bundles are all on the share: a station applying it then
// finds every bundle it needs after it.
const SyncService::SnapshotInfo *SyncService::usableSnapshot(
    const QString &share, const QList<SnapshotInfo> &snapshots) const
{
    auto acks = readAcknowledgements(share);
    const auto revoked = m_ring.revoked();
    const QDir root(share);
    QHash<QString, QMap<qint64, QString>> bundles;
    for (const QString &station : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (station != m_db.stationId() && !revoked.contains(station))
            bundles.insert(station, bundlesIn(root.filePath(station)));
    }
    const SnapshotInfo *best = nullptr;
    for (const SnapshotInfo &s : snapshots) {
        bool usable = true;
        for (auto it = bundles.constBegin(); usable && it != bundles.constEnd(); ++it) {
            const qint64 covered = s.header.covers.value(it.key());
            const qint64 sent = acks ? acks->value(it.key()).sent : 0;
            const qint64 highest = std::max(it.value().isEmpty() ? 0 : it.value().lastKey(), sent);
            const auto next = it.value().upperBound(covered);
            usable = highest <= covered || (next != it.value().constEnd() && next.key() == covered + 1);
        }
        if (usable
            && (!best || s.coverage() > best->coverage()
                || (s.coverage() == best->coverage() && s.station > best->station)))
            best = &s;
    }
    return best;
}

Result<QHash<QString, qint64>> SyncService::bundlesNeeded(const QString &share) const
{
    auto acks = readAcknowledgements(share);
    if (!acks)
        return acks.error();
    SyncStateRepository state(m_db);
    auto received = state.receivedPerStation();
    if (!received)
        return received.error();
    QHash<QString, qint64> needed;
    const QDir root(share);
    for (const QString &station : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (station == m_db.stationId())
            continue;
        const auto seqs = bundlesIn(root.filePath(station));
        const qint64 highest = std::max(seqs.isEmpty() ? 0 : seqs.lastKey(), acks->value(station).sent);
        const qint64 next = received->value(station) + 1;
        if (highest >= next && !seqs.contains(next))
            needed.insert(station, next);
    }
    // Restored from a backup: our own bundles published since, if the share no longer holds them.
    if (m_db.meta(QStringLiteral("sync/restored")) == QLatin1String("1")) {
        auto lastSent = state.lastSentSeq();
        if (!lastSent)
            return lastSent.error();
        const auto own = bundlesIn(root.filePath(m_db.stationId()));
        qint64 highest = own.isEmpty() ? 0 : own.lastKey();
        for (const Acknowledgement &ack : std::as_const(acks.value()))
            highest
                = std::max(highest, ack.station == m_db.stationId() ? ack.sent : ack.received.value(m_db.stationId()));
        if (highest > lastSent.value() && !own.contains(lastSent.value() + 1))
            needed.insert(m_db.stationId(), lastSent.value() + 1);
    }
    return needed;
}

// A station that needs a bundle the share no longer holds (a new station, one restored from an old copy) applies
// the snapshot first, as one bundle that covers every station's bundles up to its watermarks, then the rest.
Status SyncService::joinFromSnapshot(const QString &share, SyncReport &report)
{
    auto needed = bundlesNeeded(share);
    if (!needed)
        return needed.error();
    if (needed->isEmpty())
        return {};
    const QList<SnapshotInfo> snapshots = readSnapshots(share, &report.refused);
    const SnapshotInfo *best = usableSnapshot(share, snapshots);
    if (!best)
        return {}; // the import holds back and says which bundle it waits for
    bool helps = false;
    for (auto it = needed->constBegin(); it != needed->constEnd(); ++it)
        helps = helps || best->header.covers.value(it.key()) >= it.value();
    if (!helps)
        return {};
    const QString name = best->station + QLatin1Char('/') + SnapshotFile;
    QFile f(best->path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxBundleBytes) {
        report.refused.append(tr("%1: cannot be read (%2)").arg(name, f.errorString()));
        return {};
    }
    const QByteArray file = f.readAll();
    auto bundle = Bundle::openSigned(file, m_ring);
    if (!bundle || bundle->header.covers != best->header.covers) {
        report.refused.append(tr("%1: %2").arg(
            name, bundle ? tr("changed while it was read") : tr("refused, %1").arg(bundle.error().message)));
        return {};
    }
    if (!bundle->missingScope.isEmpty()) {
        report.parked.append(tr("%1: sealed under key epoch %2, whose keys this station has not received yet")
                                 .arg(name, bundle->missingScope.section(QLatin1Char('#'), 1)));
        return {};
    }
    QList<Change> changes;
    for (BundleSection &section : bundle.value().readable)
        changes.append(std::move(section.changes));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    const QHash<QString, qint64> covers = bundle->header.covers;
    const int bundlesBefore = report.importedBundles;
    if (auto s = applyVerified(changes, bundle->header, name, sha, report, &covers); !s)
        return s;
    report.importedBundles = bundlesBefore;
    report.joinedFrom = name;
    // Our own bundles the snapshot holds (a station restored from an old copy) are neither lost nor to be
    // written again.
    const qint64 own = covers.value(m_db.stationId());
    if (own > m_db.meta(QStringLiteral("sync/compacted_seq")).toLongLong())
        return m_db.setMeta(QStringLiteral("sync/compacted_seq"), QString::number(own));
    return {};
}

Result<std::optional<QHash<QString, qint64>>> SyncService::acknowledgedByAll(const QString &share, QString *why) const
{
    using Out = std::optional<QHash<QString, qint64>>;
    auto acks = readAcknowledgements(share);
    if (!acks)
        return acks.error();
    const auto revoked = m_ring.revoked();
    const QDir root(share);
    QStringList active; // stations that write bundles or acknowledge; a revoked one holds nobody back
    for (const QString &station : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (revoked.contains(station))
            continue;
        const bool acknowledged = acks->contains(station);
        if (!acknowledged && bundlesIn(root.filePath(station)).isEmpty())
            continue;
        if (!acknowledged) {
            *why = tr("station %1 has not acknowledged what it applied yet").arg(station);
            return Out();
        }
        if (!acks->value(station).readsSnapshots) {
            *why = tr("station %1 runs a SafetyNet that cannot start from a snapshot: update it first")
                       .arg(acks->value(station).name.isEmpty() ? station : acks->value(station).name);
            return Out();
        }
        active.append(station);
    }
    QHash<QString, qint64> out;
    for (const QString &writer : std::as_const(active)) {
        qint64 bound = Unbounded;
        for (const QString &reader : std::as_const(active)) {
            if (reader != writer)
                bound = std::min(bound, acks->value(reader).received.value(writer));
        }
        out.insert(writer, bound);
    }
    return Out(out);
}

// Our own bundles that the snapshot covering every other one holds and every active station has applied: no
// station can need them any more, and a new one starts from the snapshot. Removed, not archived: the share must
// stay bounded, and their rows live on in the snapshot and at every station (and in every station's backups).
Status SyncService::pruneCompacted(const QString &share, SyncReport &report)
{
    const QString folder = QDir(share).filePath(m_db.stationId());
    const auto own = bundlesIn(folder);
    if (own.isEmpty() || !m_ring.canSign())
        return {};
    QString why;
    auto all = acknowledgedByAll(share, &why);
    if (!all)
        return all.error();
    if (!all.value())
        return {};
    auto lastSent = SyncStateRepository(m_db).lastSentSeq();
    if (!lastSent)
        return lastSent.error();
    const qint64 bound = std::min(all.value()->value(m_db.stationId(), 0), lastSent.value());
    if (own.firstKey() > bound)
        return {}; // nothing of ours every station has applied is still there: no snapshot to read
    const QList<SnapshotInfo> snapshots = readSnapshots(share, nullptr);
    const SnapshotInfo *best = nullptr;
    for (const SnapshotInfo &s : snapshots) {
        if (!best || s.coverage() > best->coverage())
            best = &s;
    }
    for (const SnapshotInfo &s : snapshots) {
        if (best && !best->dominates(s))
            return {}; // two snapshots written at once: wait for the next, which covers both
    }
    if (!best)
        return {};
    const qint64 upTo = std::min(bound, best->header.covers.value(m_db.stationId()));
    for (auto it = own.constBegin(); it != own.constEnd() && it.key() <= upTo; ++it) {
        if (!QFile::remove(QDir(folder).filePath(it.value())))
            return Error::io(tr("Cannot remove %1 from the shared folder.").arg(it.value()));
        ++report.pruned;
    }
    if (upTo > m_db.meta(QStringLiteral("sync/compacted_seq")).toLongLong())
        return m_db.setMeta(QStringLiteral("sync/compacted_seq"), QString::number(upTo));
    return {};
}

// Temp name, fsync, read back and verify, rename over the previous snapshot: a reader sees the old one or the
// new one, never half of one.
Status SyncService::writeSnapshot(const QString &share, const QByteArray &sealed)
{
    const QString folder = QDir(share).filePath(m_db.stationId());
    if (!QDir().mkpath(folder))
        return Error::io(tr("Cannot create %1 on the shared folder.").arg(folder));
    const QString finalPath = QDir(folder).filePath(SnapshotFile);
    const QString temp = QDir(folder).filePath(
        QStringLiteral(".%1.tmp-%2").arg(SnapshotFile, QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QString error;
    if (!writeDurably(temp, sealed, &error)) {
        QFile::remove(temp);
        return Error::io(tr("Cannot write the snapshot to the shared folder: %1").arg(error));
    }
    QFile check(temp);
    const bool same = check.open(QIODevice::ReadOnly) && check.readAll() == sealed;
    check.close();
    auto verified = Bundle::verifySigned(sealed, m_ring);
    if (!same || !verified) {
        QFile::remove(temp);
        return Error::io(tr("The snapshot written to the shared folder did not read back correctly: %1")
                             .arg(verified ? tr("its bytes differ") : verified.error().message));
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(temp);
        return Error::io(tr("Cannot publish the snapshot on the shared folder."));
    }
    return {};
}

bool SyncService::ownSnapshotIntact(const QString &share) const
{
    const QString sha = m_db.meta(QStringLiteral("sync/snapshot_sha"));
    if (sha.isEmpty())
        return true;
    QFile f(QDir(share).filePath(m_db.stationId() + QLatin1Char('/') + SnapshotFile));
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxBundleBytes)
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex()) == sha;
}

Result<SyncService::Compaction> SyncService::compact(const QString &share)
{
    if (auto s = prepareKeys(); !s)
        return s.error();
    if (!m_ring.holdsDistrict())
        return Error::forbidden(
            tr("Only a district station compacts the shared folder: it alone holds every township's rows."));
    if (!QFileInfo(share).isDir())
        return Error::io(tr("The shared folder %1 cannot be reached.").arg(share));
    m_acknowledgements.reset();
    Compaction out;
    const QList<SnapshotInfo> existing = readSnapshots(share, nullptr);
    bool ownThere = false;
    for (const SnapshotInfo &s : existing)
        ownThere
            = ownThere || (s.station == m_db.stationId() && s.sha == m_db.meta(QStringLiteral("sync/snapshot_sha")));
    // Ours gone from the share, damaged, or an old copy of it put back: written again whatever the acknowledgements
    // say, since the other stations may have removed bundles it alone covered.
    const bool rewrite = !ownThere && !m_db.meta(QStringLiteral("sync/snapshot_sha")).isEmpty();
    auto all = acknowledgedByAll(share, &out.reason);
    if (!all)
        return all.error();
    if (!all.value() && !rewrite)
        return out;
    auto state = readState(m_db, m_ring);
    if (!state)
        return state.error();
    if (!state.value()) {
        out.reason = tr("changes made here are not in a bundle yet: sync first");
        return out;
    }
    SnapshotInfo mine { m_db.stationId(), {}, {}, 0, {} };
    mine.header.covers = state.value()->covers;
    for (const SnapshotInfo &s : existing) {
        if (!mine.dominates(s)) {
            out.reason
                = tr("the snapshot of %1 covers bundles not applied here yet: sync, then compact").arg(s.station);
            return out;
        }
    }
    // Worth a new snapshot: bundles every active station has applied that no snapshot holds yet.
    bool newer = rewrite;
    const QHash<QString, qint64> settledAll = all.value().value_or(QHash<QString, qint64>());
    for (auto it = settledAll.constBegin(); it != settledAll.constEnd(); ++it) {
        const qint64 settled = std::min(it.value(), mine.header.covers.value(it.key()));
        bool held = false;
        for (const SnapshotInfo &s : existing)
            held = held || s.header.covers.value(it.key()) >= settled;
        newer = newer || (settled > 0 && !held);
    }
    if (!newer) {
        out.reason = tr("no bundle beyond the latest snapshot has been applied by every station yet");
        return out;
    }
    out.reason.clear();
    BundleHeader header;
    header.schema = Migrator::latestVersion();
    header.station = m_db.stationId();
    header.stationName = m_db.meta(QStringLiteral("station_name"));
    header.created = Clock::now();
    header.covers = mine.header.covers;
    auto sealed = Bundle::sealSigned(header, state.value()->sections, m_ring);
    if (!sealed)
        return sealed.error();
    if (auto s = writeSnapshot(share, sealed.value()); !s)
        return s.error();
    if (auto s = m_db.setMeta(QStringLiteral("sync/snapshot_sha"),
            QString::fromLatin1(QCryptographicHash::hash(sealed.value(), QCryptographicHash::Sha256).toHex()));
        !s)
        return s.error();
    out.written = true;
    out.rows = state.value()->rows;
    out.bytes = sealed->size();
    out.covers = header.covers;
    SyncReport report;
    if (auto s = pruneCompacted(share, report); !s)
        return s.error();
    out.pruned = report.pruned;
    return out;
}

} // namespace sn
