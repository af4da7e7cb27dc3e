#pragma once

#include "Bundle.h"
#include "KeyRing.h"
#include "SyncKey.h"

#include "database/ConflictRepository.h"
#include "database/SyncStateRepository.h"
#include "database/SyncedRowStore.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <functional>
#include <optional>

class QRegularExpression;

namespace sn {

class Database;

namespace sync {
struct AppliedChanges;
}

// One other station as this one sees it after a sync: how many of its bundles are applied here and why not the
// rest, and (from its signed acknowledgement) how many of this station's it has applied.
struct StationLag
{
    QString station;
    QString name;
    qint64 published = 0; // its highest bundle on the share, or acknowledged by itself
    qint64 appliedHere = 0; // its bundles applied at this station
    QString reason; // why this station is behind with it ("" when it is not)
    qint64 hasOurs = 0; // this station's bundles it has acknowledged
    qint64 oursBehind = 0; // this station's bundles it has not acknowledged yet
    QDateTime acknowledgedAt; // when it last wrote its acknowledgement (invalid: never)
    QJsonObject toJson() const;
    static StationLag fromJson(const QJsonObject &o);
};

struct SyncReport
{
    bool shareReachable = true;
    int exportedChanges = 0;
    qint64 exportedSeq = 0; // the bundle written, 0 when there was nothing to send
    int importedBundles = 0;
    int appliedChanges = 0;
    int conflicts = 0;
    QStringList refused; // "<station>/<file>: reason": never applied, retried next time
    QStringList heldBack; // waiting for an earlier bundle of the same station
    QStringList parked; // written by a newer SafetyNet: applied after an upgrade
    int withheld = 0; // changed rows this station may not send (not of its township)
    QStringList rewritten; // our own bundles found missing from the share and written again
    int takenBack = 0; // after a restore: changes of our own bundles, published after the backup, taken back
    QList<qint64> lost; // after a restore: our bundles published after the backup and gone from the share
    qint64 relayed = 0; // versions of a restored station's lost bundles, sent again on its behalf
    int keyEpoch = 0; // the district's key epoch this station writes under
    QString joinedFrom; // "<station>/snapshot.snap": the snapshot applied because bundles it covers are gone
    int pruned = 0; // our own bundles removed from the share: in a snapshot, and applied by every station
    int dueChangesApplied = 0; // confirmed changes of payment whose month had begun, applied before the export
    int findingsLapsed = 0; // 刚性支出困难 findings not renewed within 12 months, lapsed before the export
    QList<StationLag> stations; // every other station on the share
    QJsonObject toJson() const;
    QJsonArray stationsJson() const;
    QJsonArray lostJson() const;
};

enum class Resolution { KeepWinner, TakeLoser, Merge };

// Sync over a shared folder (architecture.md): each station writes only <share>/<station id>/<seq>.bundle,
// reads everyone else's folders, applies each station's bundles in order (holding back after a gap), and
// keeps both versions of concurrent edits. Deterministic: every station that has seen the same bundles holds
// the same rows, whatever the order of arrival.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(sn::SyncService)
public:
    using Progress = std::function<bool(int done, int total)>;

    // `key`: the district key file of a station made the old way; the first sync keeps it in the station's
    // keyring, and later ones need it no more. Enrolled and new district stations hold their keys already.
    SyncService(Database &db, Session session, SyncKey key = {});

    Result<SyncReport> sync(const QString &share, const Progress &progress = {});
    Status exportTo(const QString &share, SyncReport &report);
    Status importFrom(const QString &share, SyncReport &report, const Progress &progress = {});
    // Verify and apply one bundle file (already copied locally) in one transaction; a no-op if applied before.
    Status applyFile(const QByteArray &file, const QString &name, SyncReport &report);

    Result<qint64> pendingChanges() const;
    // Conflicts of the session's area; ID numbers in both versions masked for a role that may not see them.
    Result<QList<ConflictEntry>> conflicts(bool openOnly = true) const;
    Status resolve(const QString &conflictId, Resolution resolution, const QJsonObject &merged = {});

    static Result<QList<TableDigest>> digest(Database &db);

    // A bundle whose stamps run further ahead of this station's clock than this many hours (a district
    // setting, 24 by default) is refused, naming its station: one desk with its clock in 2099 would otherwise
    // drag every station's clock there.
    static inline const QString MaxClockAheadSetting = QStringLiteral("sync/max_clock_ahead_hours");
    static constexpr qint64 MaxBundleBytes = qint64(256) * 1024 * 1024;
    static QString bundleName(qint64 seq); // "00000042.bundle"

    // What another station says, in its signed acknowledgement, it has applied of every station's bundles.
    struct Acknowledgement
    {
        QString station;
        QString name;
        qint64 sent = 0; // its own highest bundle
        QDateTime written;
        QHash<QString, qint64> received; // station -> last bundle applied
        StationCertificate certificate; // verified against the district's root key
        // Bundles it published, then lost to a restore before it could take them back from the share: the
        // versions its previous writer stamped after `after` are asked of whoever applied them.
        struct Lost
        {
            QString writer;
            QString after;
            QList<qint64> seqs;
        };
        QList<Lost> lost;
        // Written by a SafetyNet that starts from a snapshot when bundles it needs are gone (issue 19, item 7):
        // until every station says so, nothing is compacted, so an older station is never left waiting for ever.
        bool readsSnapshots = false;
    };
    // Read once per sync() (and cached until this station publishes its own).
    Result<QHash<QString, Acknowledgement>> readAcknowledgements(const QString &share) const;

    // A new key epoch (district administrators, at a district station): a station's laptop was stolen. The
    // stations in `revoke` (ids or names) are refused from their next bundle on, everywhere; every other
    // station receives the new keys at its next sync (sealed to its own signing key, in this station's folder on
    // the share) and writes under them from then on. Bundles of earlier epochs stay readable.
    struct KeyRotation
    {
        int epoch = 0;
        QStringList revoked; // "name (id): bundles after N refused"
        int grants = 0; // township stations that receive the new keys now
    };
    Result<KeyRotation> rotateKeys(const QString &share, const QStringList &revoke);
    static QByteArray canonical(QJsonObject o); // the signed bytes of a JSON file: compact, without "signature"
    // Whether the file's "signature" is the Ed25519 signature of its canonical bytes by `publicKey`.
    static bool signedBy(const QJsonObject &o, const QByteArray &publicKey);

    // Compaction (SyncSnapshot.cpp). A district station writes the state of every synced row, with the last
    // bundle of every station that state includes, as one signed snapshot in its own folder
    // (<share>/<station>/snapshot.snap, sealed per scope like a bundle), once every active station has applied
    // bundles that no snapshot covers yet. Each station then removes from its own folder the bundles of its own
    // that the snapshot covers and every active station has acknowledged (at its next sync); a station that
    // needs a bundle no longer on the share (a new one, or one restored from an old copy) starts from the
    // snapshot and the bundles after it.
    struct Compaction
    {
        bool written = false;
        QString reason; // why no snapshot was written
        qint64 rows = 0;
        qint64 bytes = 0;
        QHash<QString, qint64> covers;
        int pruned = 0; // this station's bundles removed at once
    };
    Result<Compaction> compact(const QString &share);
    static inline const QString SnapshotFile = QStringLiteral("snapshot.snap");

    // The station's keys, as sync() prepares them (the key file adopted, the station's certificate issued).
    Status prepareKeys();
    const KeyRing &keyRing() const { return m_ring; }

private:
    Result<QList<ConflictEntry>> scopedConflicts(bool openOnly) const;
    static const QRegularExpression &bundlePattern(); // "<seq>.bundle": temp files of a writer that died never match

    // Export (SyncExport.cpp): one bundle of the next queued changes, written durably to our folder.
    Status exportOne(const QString &share, SyncReport &report);
    Status refreshIdIndex();
    // Our bundles whose files are gone from the share (an IT clean-up, a USB stick pulled too early) are
    // written again with their number and range: every other station waits for them in order.
    Status rewriteMissing(const QString &folder, SyncReport &report, qint64 acknowledgedByAll);
    bool intact(const QString &path, const SentBundle &b) const;
    Status clearForeignFiles(const QString &share);
    Status publish(const QString &folder, const QString &name, const QByteArray &sealed);

    // Import (SyncImport.cpp): a bundle read and verified (nothing, with the reason in the report, when it is
    // not to be applied), then applied with everything that follows from it in one transaction.
    Result<std::optional<QList<Change>>> verifiedChanges(
        const QByteArray &file, const QString &name, BundleHeader &verified, SyncReport &report);
    // `covers` (a snapshot): every station's last bundle it includes is recorded as applied, instead of the bundle.
    Status applyVerified(const QList<Change> &changes, const BundleHeader &verified, const QString &name,
        const QString &sha, SyncReport &report, const QHash<QString, qint64> *covers = nullptr);
    Status recordApplied(
        const BundleHeader &verified, const QString &sha, qsizetype changes, const QHash<QString, qint64> *covers);
    Status refreshDerived(const sync::AppliedChanges &applied);
    QString clockTooFarAhead(const QList<Change> &changes, const BundleHeader &header) const;
    Status auditApplied(const sync::AppliedChanges &applied, const BundleHeader &verified, const QString &name);

    // Recovery (SyncRecovery.cpp): acknowledgements, the per-station survey, taking back after a restore.
    Status publishAcknowledgement(const QString &share);
    Status surveyStations(const QString &share, SyncReport &report) const;
    Status takeBackPublished(const QString &share, SyncReport &report);
    Status requeue(const QList<Change> &changes);
    Status noteLost(const QList<qint64> &seqs);
    static bool writeDurably(const QString &path, const QByteArray &data, QString *error);
    Status replaceOnShare(const QString &share, const QString &name, const QByteArray &data);

    // Key epochs (KeyEpochs.cpp): the district's epoch files on the share, read at every sync; grants written
    // by district stations for the stations that have none yet.
    Status adoptEpochs(const QString &share);
    Status publishGrants(const QString &share);
    Status writeEpoch(const QString &share, int epoch);
    Status relayLost(const QString &share, SyncReport &report);

    // Snapshots (SyncSnapshot.cpp).
    struct SnapshotInfo
    {
        QString station;
        QString path;
        BundleHeader header;
        qint64 bytes = 0;
        QString sha; // of the file
        qint64 coverage() const;
        bool dominates(const SnapshotInfo &other) const;
    };
    // The verified snapshots of district stations on the share; a damaged or forged one is named in `refused`.
    QList<SnapshotInfo> readSnapshots(const QString &share, QStringList *refused) const;
    const SnapshotInfo *usableSnapshot(const QString &share, const QList<SnapshotInfo> &snapshots) const;
    // Station -> the first of its bundles this station still needs, for those whose bundle is gone from the share.
    Result<QHash<QString, qint64>> bundlesNeeded(const QString &share) const;
    Status joinFromSnapshot(const QString &share, SyncReport &report);
    // Station -> its last bundle every other active station has applied; nothing when one has not acknowledged.
    Result<std::optional<QHash<QString, qint64>>> acknowledgedByAll(const QString &share, QString *why) const;
    Status pruneCompacted(const QString &share, SyncReport &report);
    Status writeSnapshot(const QString &share, const QByteArray &sealed);
    // Whether the snapshot this station last wrote is on the share as it wrote it (true if it never wrote one).
    bool ownSnapshotIntact(const QString &share) const;
    static QMap<qint64, QString> bundlesIn(const QString &folder);

    // Conflicts (SyncConflicts.cpp): the chosen or merged version written on top of the current one.
    Status rewriteRow(SyncedRowStore &store, const SyncedTable &t, const ConflictEntry &conflict, Resolution resolution,
        const QJsonObject &merged);

    Database &m_db;
    Session m_session;
    SyncKey m_key;
    KeyRing m_ring;
    mutable std::optional<QHash<QString, Acknowledgement>> m_acknowledgements;
    std::optional<QSet<QString>> m_grantedHere; // stations our epoch file grants keys to, read by adoptEpochs
};

} // namespace sn
