// Import: other stations' bundles from the share, each station's in sequence, each applied in one transaction.
#include "SyncService.h"

#include "RowApplier.h"
#include "SyncScope.h"

#include "../ReviewService.h"

#include "database/AuditLog.h"
#include "database/ChangeCapture.h"
#include "database/ConflictRepository.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/Migrator.h"
#include "database/SearchIndex.h"
#include "database/SettingsRepository.h"
#include "database/SyncStateRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace sn {

Status SyncService::importFrom(const QString &share, SyncReport &report, const Progress &progress)
{
    if (m_ring.isEmpty()) {
        if (auto s = prepareKeys(); !s)
            return s;
    }
    if (auto s = joinFromSnapshot(share, report); !s)
        return s;
    QDir root(share);
    const QStringList stations = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // Work out everything to read first, for the progress bar.
    struct Pending
    {
        QString station;
        QList<qint64> seqs;
    };
    QList<Pending> work;
    int total = 0;
    for (const QString &station : stations) {
        if (station == m_db.stationId())
            continue;
        Pending p { station, {} };
        for (const QString &name : QDir(root.filePath(station)).entryList(QDir::Files, QDir::Name)) {
            const auto m = bundlePattern().match(name); // temp files of a writer that died never match
            if (m.hasMatch())
                p.seqs.append(m.captured(1).toLongLong());
        }
        std::sort(p.seqs.begin(), p.seqs.end());
        total += int(p.seqs.size());
        work.append(p);
    }
    const auto acks = readAcknowledgements(share);
    int done = 0;
    for (const Pending &p : std::as_const(work)) {
        auto received = SyncStateRepository(m_db).lastReceivedSeq(p.station);
        if (!received)
            return received.error();
        qint64 expected = received.value() + 1;
        for (qint64 seq : p.seqs) {
            ++done;
            if (progress && !progress(done, total))
                return {};
            if (seq < expected)
                continue; // applied before
            const QString name = p.station + QLatin1Char('/') + bundleName(seq);
            if (seq > expected) {
                report.heldBack.append(tr("%1: waiting for bundle %2 of this station").arg(name).arg(expected));
                break;
            }
            QFile f(root.filePath(p.station + QLatin1Char('/') + bundleName(seq)));
            const QFileInfo info(f.fileName());
            if (info.isSymLink() || !info.isFile()) {
                report.refused.append(tr("%1: not a plain file (a link or a folder); bundles are files").arg(name));
                break;
            }
            if (info.size() > MaxBundleBytes) {
                report.refused.append(tr("%1: %2 MB, larger than any bundle SafetyNet writes")
                                          .arg(name)
                                          .arg(info.size() / (1024 * 1024)));
                break;
            }
            if (!f.open(QIODevice::ReadOnly)) {
                report.refused.append(tr("%1: cannot be read (%2)").arg(name, f.errorString()));
                break;
            }
            const QByteArray copy = f.readAll(); // the local copy: the share may change under us
            f.close();
            const int refusedBefore = int(report.refused.size() + report.parked.size());
            if (auto s = applyFile(copy, name, report); !s)
                return s;
            if (int(report.refused.size() + report.parked.size()) > refusedBefore)
                break; // stop this station here; later bundles wait for this one
            // Never past a number that is not recorded as applied: the next one would skip it for ever.
            auto applied = SyncStateRepository(m_db).received(p.station, seq);
            if (!applied)
                return applied.error();
            if (!applied.value()) {
                report.refused.append(tr("%1: not applied; later bundles of this station wait for it").arg(name));
                break;
            }
            ++expected;
        }
        // Nothing of it on the share from the number we need, though it published that far (removed after a
        // compaction, and no snapshot here to start from): say so, rather than nothing.
        const qint64 published = acks ? acks->value(p.station).sent : 0;
        if (published >= expected && (p.seqs.isEmpty() || p.seqs.last() < expected)) {
            report.heldBack.append(tr("%1: bundle %2 is not on the shared folder yet").arg(p.station).arg(expected));
        }
    }
    return {};
}

Status SyncService::applyFile(const QByteArray &file, const QString &name, SyncReport &report)
{
    if (m_ring.isEmpty()) {
        if (auto s = prepareKeys(); !s)
            return s;
    }
    BundleHeader verified;
    auto changes = verifiedChanges(file, name, verified, report);
    if (!changes)
        return changes.error();
    if (!changes.value())
        return {};
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    auto known = SyncStateRepository(m_db).received(verified.station, verified.seq);
    if (!known)
        return known.error();
    if (known.value())
        return {}; // re-import is a no-op
    return applyVerified(*changes.value(), verified, name, sha, report);
}

Result<std::optional<QList<Change>>> SyncService::verifiedChanges(
    const QByteArray &file, const QString &name, BundleHeader &verified, SyncReport &report)
{
    const std::optional<QList<Change>> none;
    auto header = Bundle::peek(file);
    if (!header) {
        report.refused.append(tr("%1: %2").arg(name, header.error().message));
        return none;
    }
    if (header->format > Bundle::Format || header->schema > Migrator::latestVersion()) {
        report.parked.append(tr("%1: written by a newer SafetyNet (schema %2); update this station to apply it")
                                 .arg(name)
                                 .arg(header->schema));
        return none;
    }
    // Checked before anything else: a copy of one of our own bundles in another station's folder must stop that
    // station's import there like any foreign file, not be skipped as ours (found by the sync campaign: the
    // station's real bundle under that number was then never applied here).
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash > 0 && name.left(slash) != header->station) {
        report.refused.append(
            tr("%1: written by station %2, found in another station's folder").arg(name, header->station));
        return none;
    }
    if (header->station == m_db.stationId())
        return none;
    // Its number is its file name: a bundle copied over another of the same station is not taken for it.
    if (const auto m = bundlePattern().match(name.mid(slash + 1));
        m.hasMatch() && m.captured(1).toLongLong() != header->seq) {
        report.refused.append(tr("%1: holds bundle %2 of its station under another number").arg(name).arg(header->seq));
        return none;
    }
    if (header->format <= Bundle::SealedFormat) {
        // Written before stations signed, sealed with the district key: only district stations hold it. For a
        // township station the bundle is not addressed to it; it is recorded as received, and nothing applied.
        if (!m_ring.holdsDistrict()) {
            verified = header.value();
            return std::optional<QList<Change>>(QList<Change>());
        }
        auto changes = Bundle::open(file, m_ring.legacyKey(), &verified);
        if (!changes) {
            report.refused.append(tr("%1: %2").arg(name, changes.error().message));
            return none;
        }
        if (const QString ahead = clockTooFarAhead(changes.value(), verified); !ahead.isEmpty()) {
            report.refused.append(tr("%1: %2").arg(name, ahead));
            return none;
        }
        return std::optional<QList<Change>>(std::move(changes.value()));
    }
    auto bundle = Bundle::openSigned(file, m_ring);
    if (!bundle) {
        report.refused.append(tr("%1: %2").arg(name, bundle.error().message));
        return none;
    }
    if (const auto revoked = m_ring.revoked();
        revoked.contains(bundle->sender.station) && bundle->header.seq > revoked.value(bundle->sender.station)) {
        report.refused.append(tr("%1: the district revoked the keys of %2; its bundles after %3 are refused")
                                  .arg(name, bundle->sender.stationName)
                                  .arg(revoked.value(bundle->sender.station)));
        return none;
    }
    if (!bundle->sender.isDistrict()) {
        // A district station may write any row: only a township window's rows are checked, one by one.
        auto tables = ChangeCapture::tables(m_db);
        if (!tables)
            return tables.error();
        SyncedRowStore store(m_db, tables.value());
        auto refusal = sync::ScopeResolver(store).checkSender(bundle.value());
        if (!refusal)
            return refusal.error();
        if (!refusal->isEmpty()) {
            report.refused.append(tr("%1: refused whole, %2").arg(name, refusal.value()));
            return none;
        }
    }
    if (!bundle->missingScope.isEmpty()) {
        report.parked.append(tr("%1: sealed under key epoch %2, whose keys this station has not received yet; "
                                "they come with the next sync of a district station")
                                 .arg(name, bundle->missingScope.section(QLatin1Char('#'), 1)));
        return none;
    }
    SignedBundle opened = std::move(bundle.value());
    verified = opened.header;
    QList<Change> changes;
    for (BundleSection &section : opened.readable)
        changes.append(std::move(section.changes));
    if (const QString ahead = clockTooFarAhead(changes, verified); !ahead.isEmpty()) {
        report.refused.append(tr("%1: %2").arg(name, ahead));
        return none;
    }
    return std::optional<QList<Change>>(std::move(changes));
}

QString SyncService::clockTooFarAhead(const QList<Change> &changes, const BundleHeader &header) const
{
    const int hours = SettingsRepository(m_db).value(MaxClockAheadSetting).toInt();
    if (hours <= 0)
        return {};
    const qint64 here = std::max(QDateTime::currentMSecsSinceEpoch(), m_db.clock().last().wallMs);
    const qint64 limit = here + qint64(hours) * 3600 * 1000;
    qint64 newest = 0;
    for (const Change &c : changes) {
        bool ok = false;
        const HlcStamp stamp = HlcStamp::fromString(c.row.hlc(), &ok);
        if (ok)
            newest = std::max(newest, stamp.wallMs);
    }
    if (newest <= limit)
        return {};
    return tr("refused: the clock of station %1 is %2 hours ahead of this station's (its stamps reach %3); "
              "set that computer's date and time right, then it syncs again")
        .arg(header.stationName.isEmpty() ? header.station : header.stationName)
        .arg((newest - here) / (3600 * 1000))
        .arg(QDateTime::fromMSecsSinceEpoch(newest).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

Status SyncService::applyVerified(const QList<Change> &changes, const BundleHeader &verified, const QString &name,
    const QString &sha, SyncReport &report, const QHash<QString, qint64> *covers)
{
    auto tables = ChangeCapture::tables(m_db);
    if (!tables)
        return tables.error();
    SyncedRowStore store(m_db, tables.value());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = ChangeCapture::setApplying(m_db, true); !s)
        return s;
    // A big bundle is written without the capture triggers (put back below, in this transaction).
    constexpr int BulkChanges = 2000;
    const bool bulk = changes.size() >= BulkChanges;
    if (bulk) {
        if (auto s = ChangeCapture::dropTriggers(m_db); !s)
            return s;
    }
    AuditLog audit(m_db);
    audit.setCacheChain(true);
    sync::AppliedChanges applied;
    const Status written
        = sync::RowApplier(store, audit, tr("sync from %1").arg(verified.stationName)).apply(changes, applied);
    report.appliedChanges += applied.applied;
    if (!written)
        return written;
    if (!applied.unknownTable.isEmpty()) {
        report.refused.append(tr("%1: unknown table %2").arg(name, applied.unknownTable));
        return {}; // rolled back by the guard
    }
    if (auto s = refreshDerived(applied); !s)
        return s;
    if (bulk) {
        if (auto s = ChangeCapture::ensureTriggers(m_db); !s)
            return s;
    }
    if (auto s = ChangeCapture::setApplying(m_db, false); !s)
        return s;
    for (const DetectedConflict &d : std::as_const(applied.conflicts)) {
        if (auto s = ConflictRepository(m_db).record(d); !s)
            return s;
    }
    if (!applied.newest.isNull())
        m_db.clock().observe(applied.newest);
    if (auto s = auditApplied(applied, verified, name); !s)
        return s;
    if (auto s = recordApplied(verified, sha, changes.size(), covers); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    ++report.importedBundles;
    report.conflicts += int(applied.conflicts.size());
    return {};
}

Status SyncService::recordApplied(
    const BundleHeader &verified, const QString &sha, qsizetype changes, const QHash<QString, qint64> *covers)
{
    SyncStateRepository state(m_db);
    const QString now = Clock::now().toString(Qt::ISODate);
    if (covers) {
        auto received = state.receivedPerStation();
        if (!received)
            return received.error();
        for (auto it = covers->constBegin(); it != covers->constEnd(); ++it) {
            if (it.key() == m_db.stationId() || received->value(it.key()) >= it.value())
                continue;
            if (auto s = state.recordReceived(it.key(), it.value(), sha, 0, now); !s)
                return s;
        }
        return {};
    }
    if (auto s = state.recordReceived(verified.station, verified.seq, sha, changes, now); !s)
        return s;
    if (verified.auditSeq > 0 && verified.station != m_db.stationId()) {
        if (auto s = state.recordAuditHead(verified.station, verified.seq,
                { verified.auditSeq, verified.auditHash, verified.auditLinkSeq, verified.auditLinkHash });
            !s)
            return s;
    }
    return {};
}

// Derived data of the households whose rows behind it changed: search index and tier. Review schedules are
// not generated here: the writer generated them and its tasks travel as rows (generating them again here,
// on a partial view, would only produce duplicates and false conflicts).
Status SyncService::refreshDerived(const sync::AppliedChanges &applied)
{
    if (applied.searchHouseholds.size() > 500) {
        if (auto s = SearchIndex(m_db).reindex(applied.searchHouseholds.values()); !s)
            return s;
    } else {
        HouseholdRepository repo(m_db);
        SearchIndex search(m_db);
        for (const QString &id : std::as_const(applied.searchHouseholds)) {
            auto h = repo.load(id);
            if (!h) {
                if (auto s = search.remove(id); !s)
                    return s;
                continue; // deleted (tombstone) or not yet complete
            }
            if (auto s = search.index(h.value()); !s)
                return s;
        }
    }
    if (!applied.tierHouseholds.isEmpty()) {
        if (auto s = ReviewService(m_db, Session::system()).refreshTiers(applied.tierHouseholds.values()); !s)
            return s;
    }
    return {};
}

// One entry per household, all at the moment of this transaction (thousands for a first sync).
Status SyncService::auditApplied(const sync::AppliedChanges &applied, const BundleHeader &verified, const QString &name)
{
    AuditLog summary(m_db); // the refreshes appended entries of their own: start from the table again
    summary.setCacheChain(true);
    const QString changedText = tr("bundle %1 changed %2");
    const QString fromStation = tr("sync from %1").arg(verified.stationName);
    const QDateTime appliedAt = Clock::now();
    for (auto it = applied.householdTables.constBegin(); it != applied.householdTables.constEnd(); ++it) {
        AuditEntry entry;
        entry.at = appliedAt;
        entry.action = QStringLiteral("sync");
        entry.table = QStringLiteral("households");
        entry.recordId = it.key();
        entry.householdId = it.key();
        entry.field = QStringLiteral("*");
        entry.newValue = changedText.arg(name, it.value().join(QStringLiteral(", ")));
        entry.userName = fromStation;
        if (auto s = summary.append(entry); !s)
            return s;
    }
    return {};
}

} // namespace sn
