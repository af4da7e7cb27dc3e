#include "SyncService.h"

#include "../ChangeService.h"

#include "database/ChangeCapture.h"
#include "database/Database.h"
#include "database/SyncStateRepository.h"
#include "database/Transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

// The use cases of sync: one run, what is pending, the digest. Export, import and conflicts live in
// SyncExport.cpp, SyncImport.cpp and SyncConflicts.cpp.
namespace sn {

QJsonObject SyncReport::toJson() const
{
    return { { QStringLiteral("share_reachable"), shareReachable }, { QStringLiteral("exported"), exportedChanges },
        { QStringLiteral("exported_bundle"), exportedSeq }, { QStringLiteral("imported_bundles"), importedBundles },
        { QStringLiteral("imported"), appliedChanges }, { QStringLiteral("conflicts"), conflicts },
        { QStringLiteral("refused"), QJsonArray::fromStringList(refused) },
        { QStringLiteral("held_back"), QJsonArray::fromStringList(heldBack) },
        { QStringLiteral("parked"), QJsonArray::fromStringList(parked) }, { QStringLiteral("withheld"), withheld },
        { QStringLiteral("rewritten"), QJsonArray::fromStringList(rewritten) },
        { QStringLiteral("taken_back"), takenBack }, { QStringLiteral("lost"), lostJson() },
        { QStringLiteral("relayed"), relayed }, { QStringLiteral("key_epoch"), keyEpoch },
        { QStringLiteral("joined_from_snapshot"), joinedFrom }, { QStringLiteral("pruned"), pruned },
        { QStringLiteral("due_changes_applied"), dueChangesApplied },
        { QStringLiteral("findings_lapsed"), findingsLapsed }, { QStringLiteral("stations"), stationsJson() } };
}

QJsonArray SyncReport::lostJson() const
{
    QJsonArray out;
    for (qint64 seq : lost)
        out.append(seq);
    return out;
}

QJsonArray SyncReport::stationsJson() const
{
    QJsonArray out;
    for (const StationLag &lag : stations)
        out.append(lag.toJson());
    return out;
}

SyncService::SyncService(Database &db, Session session, SyncKey key)
    : m_db(db)
    , m_session(std::move(session))
    , m_key(std::move(key))
{
}

QString SyncService::bundleName(qint64 seq)
{
    return QStringLiteral("%1.bundle").arg(seq, 8, 10, QLatin1Char('0'));
}

const QRegularExpression &SyncService::bundlePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8})\\.bundle$"));
    return pattern;
}

Result<qint64> SyncService::pendingChanges() const
{
    return SyncStateRepository(m_db).pendingChanges();
}

Status SyncService::prepareKeys()
{
    if (m_db.stationId().isEmpty())
        return Error::invalid(tr("This database has no station id."));
    auto loaded = KeyRing::load(m_db);
    if (!loaded)
        return loaded.error();
    KeyRing ring = std::move(loaded.value());
    bool adopted = false;
    if (m_key.isValid() && ring.isEmpty()) {
        ring = KeyRing::fromMaster(m_key);
        adopted = true;
    } else if (m_key.isValid() && ring.districtId() != m_key.id()) {
        // A district station made since enrolment generated keys of its own; given the key file of the district
        // it belongs to before it used them, it takes that district's instead.
        auto synced = SyncStateRepository(m_db).hasSynced();
        if (!synced)
            return synced.error();
        if (ring.holdsDistrict() && !ring.hasEnrolled() && !synced.value()) {
            ring = KeyRing::fromMaster(m_key);
            adopted = true;
        }
    }
    if (m_key.isValid() && ring.districtId() != m_key.id()) {
        return Error::invalid(
            tr("This station holds the keys of district %1; the key file is of another district (%2).")
                .arg(ring.districtId(), m_key.id()),
            QStringLiteral("key"));
    }
    if (ring.isEmpty())
        return Error::invalid(
            tr("This station holds no keys: enrol it at the district bureau, or give the district key file once."),
            QStringLiteral("key"));
    const bool couldSign = ring.canSign() && ring.stationId() == m_db.stationId();
    if (auto s = ring.ensureStationKey(m_db.stationId(), m_db.meta(QStringLiteral("station_name"))); !s)
        return s;
    if (ring.stationId() != m_db.stationId())
        return Error::invalid(tr("The keys of this database belong to another station (%1).").arg(ring.stationName()));
    if (adopted || !couldSign) {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        if (auto s = ring.save(m_db); !s)
            return s;
        // A station that synced before it signed: everything it holds again, in signed bundles, so that stations
        // which cannot read its old bundles (township stations) receive it too.
        auto sentBefore = SyncStateRepository(m_db).lastSentSeq();
        if (!sentBefore)
            return sentBefore.error();
        if (adopted && sentBefore.value() > 0) {
            if (auto s = ChangeCapture::seedOutbox(m_db); !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
    }
    m_ring = std::move(ring);
    return {};
}

Result<SyncReport> SyncService::sync(const QString &share, const Progress &progress)
{
    if (auto s = prepareKeys(); !s)
        return s.error();
    SyncReport report;
    if (!QFileInfo(share).isDir()) {
        report.shareReachable = false;
        return Error::io(tr("The shared folder %1 cannot be reached.").arg(share));
    }
    m_acknowledgements.reset();
    m_grantedHere.reset();
    if (auto s = adoptEpochs(share); !s)
        return s.error();
    report.keyEpoch = m_ring.epoch();
    // Import first, so what we export already reflects what others sent (fewer conflicts downstream).
    if (auto s = importFrom(share, report, progress); !s)
        return s.error();
    if (auto s = relayLost(share, report); !s)
        return s.error();
    // Changes of payment confirmed here or at the bureau whose month has begun (perhaps just received): applied
    // before the export, so the other stations get the household as it now is in this same sync.
    ChangeService changes(m_db, m_session);
    auto due = changes.applyDueHere();
    if (!due)
        return due.error();
    report.dueChangesApplied = due.value();
    auto lapsed = changes.lapseFindingsHere();
    if (!lapsed)
        return lapsed.error();
    report.findingsLapsed = lapsed.value();
    if (auto s = exportTo(share, report); !s)
        return s.error();
    if (auto s = publishAcknowledgement(share); !s)
        return s.error();
    if (auto s = publishGrants(share); !s)
        return s.error();
    if (auto s = surveyStations(share, report); !s)
        return s.error();
    if (auto s = pruneCompacted(share, report); !s)
        return s.error();
    // A district station that compacted before writes its snapshot again when it is gone from the share, damaged,
    // or an old copy of its folder was put back: the other stations may have removed bundles it alone covered.
    if (m_ring.holdsDistrict() && !ownSnapshotIntact(share)) {
        if (auto c = compact(share); !c)
            return c.error();
    }
    return report;
}

Result<QList<TableDigest>> SyncService::digest(Database &db)
{
    return SyncedRowStore::digest(db);
}

} // namespace sn
