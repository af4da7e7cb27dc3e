// Recovery on a careless share: acknowledgements (what each station has applied, signed, in its own folder), the
// survey of how far behind every station is, and a restored station taking back what it had published.
#include "SyncService.h"

#include "database/Database.h"
#include "database/SyncStateRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QUuid>
#include <cstdio>
#include <sodium.h>
#include <unistd.h>

namespace sn {

namespace {

const QString AckFile = QStringLiteral("acknowledged.json");

QList<SyncService::Acknowledgement::Lost> lostOf(const QJsonArray &array)
{
    QList<SyncService::Acknowledgement::Lost> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SyncService::Acknowledgement::Lost lost { o.value(QStringLiteral("writer")).toString(),
            o.value(QStringLiteral("after")).toString(), {} };
        for (const QJsonValue &seq : o.value(QStringLiteral("seqs")).toArray())
            lost.seqs.append(seq.toInteger());
        if (!lost.writer.isEmpty() && !lost.seqs.isEmpty())
            out.append(lost);
    }
    return out;
}

} // namespace

// Every "<seq>.bundle" in a station's folder.
QMap<qint64, QString> SyncService::bundlesIn(const QString &folder)
{
    QMap<qint64, QString> out;
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        const auto m = bundlePattern().match(name);
        if (m.hasMatch())
            out.insert(m.captured(1).toLongLong(), name);
    }
    return out;
}

QByteArray SyncService::canonical(QJsonObject o)
{
    o.remove(QStringLiteral("signature"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // QJsonObject keeps its keys sorted
}

bool SyncService::signedBy(const QJsonObject &o, const QByteArray &publicKey)
{
    const QByteArray signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    const QByteArray body = canonical(o);
    return signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(body.constData()), quint64(body.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

// A small file of this station's on the share (its acknowledgement, an epoch of keys), in place of the previous
// one: temp, fsync, rename, so a reader never sees half of it.
Status SyncService::replaceOnShare(const QString &share, const QString &name, const QByteArray &data)
{
    const QString folder = QDir(share).filePath(m_db.stationId());
    if (!QDir().mkpath(folder))
        return Error::io(tr("Cannot create %1 on the shared folder.").arg(folder));
    const QString finalPath = QDir(folder).filePath(name);
    const QString temp = QDir(folder).filePath(
        QStringLiteral(".%1.tmp-%2").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QString error;
    if (!writeDurably(temp, data, &error)
        || std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(temp);
        return Error::io(tr("Cannot write %1 to the shared folder: %2").arg(name, error));
    }
    return {};
}

QJsonObject StationLag::toJson() const
{
    return { { QStringLiteral("station"), station }, { QStringLiteral("name"), name },
        { QStringLiteral("published"), published }, { QStringLiteral("applied_here"), appliedHere },
        { QStringLiteral("behind"), published - appliedHere }, { QStringLiteral("reason"), reason },
        { QStringLiteral("has_ours"), hasOurs }, { QStringLiteral("ours_behind"), oursBehind },
        { QStringLiteral("acknowledged_at"), acknowledgedAt.toString(Qt::ISODate) } };
}

StationLag StationLag::fromJson(const QJsonObject &o)
{
    StationLag lag;
    lag.station = o.value(QStringLiteral("station")).toString();
    lag.name = o.value(QStringLiteral("name")).toString();
    lag.published = o.value(QStringLiteral("published")).toInteger();
    lag.appliedHere = o.value(QStringLiteral("applied_here")).toInteger();
    lag.reason = o.value(QStringLiteral("reason")).toString();
    lag.hasOurs = o.value(QStringLiteral("has_ours")).toInteger();
    lag.oursBehind = o.value(QStringLiteral("ours_behind")).toInteger();
    lag.acknowledgedAt = QDateTime::fromString(o.value(QStringLiteral("acknowledged_at")).toString(), Qt::ISODate);
    return lag;
}

Result<QHash<QString, SyncService::Acknowledgement>> SyncService::readAcknowledgements(const QString &share) const
{
    if (m_acknowledgements)
        return *m_acknowledgements;
    QHash<QString, Acknowledgement> out;
    const QDir root(share);
    for (const QString &station : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(root.filePath(station + QLatin1Char('/') + AckFile));
        const QFileInfo info(f.fileName());
        if (info.isSymLink() || !info.isFile() || info.size() > 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        auto sender
            = StationCertificate::verify(o.value(QStringLiteral("certificate")).toObject(), m_ring.rootPublicKey());
        if (!sender || sender->station != station || o.value(QStringLiteral("station")).toString() != station
            || !signedBy(o, sender->publicKey))
            continue; // not written by that station: worth nothing
        if (m_ring.revoked().contains(station))
            continue; // its keys are in other hands now
        Acknowledgement ack;
        ack.station = station;
        ack.certificate = sender.value();
        ack.name = o.value(QStringLiteral("station_name")).toString();
        ack.sent = o.value(QStringLiteral("sent")).toInteger();
        ack.written = QDateTime::fromString(o.value(QStringLiteral("written")).toString(), Qt::ISODate);
        const QJsonObject received = o.value(QStringLiteral("received")).toObject();
        for (auto it = received.constBegin(); it != received.constEnd(); ++it)
            ack.received.insert(it.key(), it.value().toInteger());
        ack.lost = lostOf(o.value(QStringLiteral("lost")).toArray());
        ack.readsSnapshots = o.value(QStringLiteral("reads_snapshots")).toInt() >= 1;
        out.insert(station, ack);
    }
    m_acknowledgements = out;
    return out;
}

// <share>/<station>/acknowledged.json, signed by this station: the last bundle applied here of every station, and
// the last this station published. Written in place of the previous one (temp, fsync, rename).
Status SyncService::publishAcknowledgement(const QString &share)
{
    if (!m_ring.canSign())
        return {};
    SyncStateRepository state(m_db);
    auto received = state.receivedPerStation();
    if (!received)
        return received.error();
    auto sent = state.lastSentSeq();
    if (!sent)
        return sent.error();
    QJsonObject applied;
    for (auto it = received->constBegin(); it != received->constEnd(); ++it)
        applied.insert(it.key(), it.value());
    QJsonObject o { { QStringLiteral("station"), m_db.stationId() },
        { QStringLiteral("station_name"), m_db.meta(QStringLiteral("station_name")) },
        { QStringLiteral("written"), Clock::now().toString(Qt::ISODate) }, { QStringLiteral("sent"), sent.value() },
        { QStringLiteral("received"), applied }, { QStringLiteral("certificate"), m_ring.certificateJson() },
        { QStringLiteral("reads_snapshots"), 1 } };
    const QJsonArray lost = QJsonDocument::fromJson(m_db.meta(QStringLiteral("sync/lost")).toUtf8()).array();
    if (!lost.isEmpty())
        o.insert(QStringLiteral("lost"), lost);
    o.insert(QStringLiteral("signature"), QString::fromLatin1(m_ring.sign(canonical(o)).toBase64()));
    return replaceOnShare(share, AckFile, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// How far behind each other station is here, and how far behind it is with this station's bundles, and why.
Status SyncService::surveyStations(const QString &share, SyncReport &report) const
{
    auto acks = readAcknowledgements(share);
    if (!acks)
        return acks.error();
    SyncStateRepository state(m_db);
    auto received = state.receivedPerStation();
    if (!received)
        return received.error();
    auto ourLast = state.lastSentSeq();
    if (!ourLast)
        return ourLast.error();
    const QDir root(share);
    for (const QString &station : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (station == m_db.stationId())
            continue;
        const auto bundles = bundlesIn(root.filePath(station));
        const Acknowledgement ack = acks->value(station);
        StationLag lag;
        lag.station = station;
        lag.name = ack.name;
        lag.published = std::max(bundles.isEmpty() ? 0 : bundles.lastKey(), ack.sent);
        lag.appliedHere = received->value(station);
        const QString prefix = station + QLatin1Char('/');
        for (const QStringList *list : { &report.refused, &report.parked, &report.heldBack }) {
            for (const QString &line : *list) {
                if (lag.reason.isEmpty() && line.startsWith(prefix))
                    lag.reason = line;
            }
        }
        if (lag.reason.isEmpty() && lag.published > lag.appliedHere)
            lag.reason = tr("%1: bundle %2 is not on the shared folder yet").arg(station).arg(lag.appliedHere + 1);
        lag.hasOurs = ack.received.value(m_db.stationId());
        lag.oursBehind = ack.written.isValid() ? ourLast.value() - lag.hasOurs : ourLast.value();
        lag.acknowledgedAt = ack.written;
        report.stations.append(lag);
    }
    return {};
}

Status SyncService::requeue(const QList<Change> &changes)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    SyncStateRepository state(m_db);
    for (const Change &c : changes) {
        if (c.context)
            continue;
        if (auto s = state.enqueue(c.table, c.key, c.row.hlc()); !s)
            return s;
    }
    return tx.commit();
}

// After a restore from a backup: the bundles this station published after the backup was made are on the share
// (or acknowledged by others). Their changes come back into the file (an edit made since the restore that
// they did not see stays beside them as a conflict), their numbers are taken as sent, and a number others
// acknowledged but the share no longer holds is written again as an empty bundle, so nobody waits for it.
Status SyncService::takeBackPublished(const QString &share, SyncReport &report)
{
    if (m_db.meta(QStringLiteral("sync/restored")) != QLatin1String("1"))
        return {};
    SyncStateRepository state(m_db);
    auto lastSent = state.lastSentSeq();
    if (!lastSent)
        return lastSent.error();
    const QString folder = QDir(share).filePath(m_db.stationId());
    const auto files = bundlesIn(folder);
    auto acks = readAcknowledgements(share);
    if (!acks)
        return acks.error();
    qint64 highest = files.isEmpty() ? 0 : files.lastKey();
    for (const Acknowledgement &ack : std::as_const(acks.value())) {
        highest = std::max(highest, ack.station == m_db.stationId() ? ack.sent : ack.received.value(m_db.stationId()));
    }
    QList<qint64> lost;
    for (qint64 seq = lastSent.value() + 1; seq <= highest; ++seq) {
        qint64 changes = -1;
        if (files.contains(seq)) {
            QFile f(QDir(folder).filePath(files.value(seq)));
            if (f.open(QIODevice::ReadOnly) && f.size() <= MaxBundleBytes) {
                const QByteArray file = f.readAll();
                auto bundle = Bundle::openSigned(file, m_ring);
                if (bundle && bundle->header.station == m_db.stationId() && bundle->header.seq == seq) {
                    QList<Change> taken;
                    for (BundleSection &section : bundle.value().readable)
                        taken.append(std::move(section.changes));
                    changes = taken.size();
                    const QString sha
                        = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
                    const int before = report.appliedChanges;
                    const int bundlesBefore = report.importedBundles;
                    if (auto s = applyVerified(taken, bundle->header, files.value(seq), sha, report); !s)
                        return s;
                    // Queued again, so they go out in our next bundle: one of these numbers may be written
                    // empty later (missing from the share), and a station that never got it needs them.
                    if (auto s = requeue(taken); !s)
                        return s;
                    report.takenBack += report.appliedChanges - before; // our own: not counted as imported
                    report.appliedChanges = before;
                    report.importedBundles = bundlesBefore;
                }
            }
        }
        // Gone from the share because a snapshot holds it (applied here by joinFromSnapshot): not lost.
        if (changes < 0 && seq <= m_db.meta(QStringLiteral("sync/compacted_seq")).toLongLong())
            changes = 0;
        if (changes < 0) {
            lost.append(seq);
            changes = 0;
        }
        // No outbox range: nothing of the outbox counts as sent by it; rewritten empty if missing.
        const SentBundle adopted { seq, 0, -1, changes, bundleName(seq), QString(),
            Clock::now().toString(Qt::ISODate) };
        if (auto s = state.adoptSent(adopted); !s)
            return s;
    }
    if (auto s = noteLost(lost); !s)
        return s;
    report.lost = lost;
    return m_db.setMeta(QStringLiteral("sync/restored"), QStringLiteral("0"));
}

// Bundles published after the backup and gone from the share (deleted, or damaged) before this station could
// take them back: its acknowledgement says so from now on, and every station that applied them sends again the
// versions the previous writer of this file stamped after the backup (relayLost).
Status SyncService::noteLost(const QList<qint64> &seqs)
{
    if (seqs.isEmpty())
        return {};
    QJsonArray lost = QJsonDocument::fromJson(m_db.meta(QStringLiteral("sync/lost")).toUtf8()).array();
    QJsonArray numbers;
    for (qint64 seq : seqs)
        numbers.append(seq);
    lost.append(QJsonObject { { QStringLiteral("writer"), m_db.meta(QStringLiteral("sync/restored_writer")) },
        { QStringLiteral("after"), m_db.meta(QStringLiteral("sync/restored_after")) },
        { QStringLiteral("seqs"), numbers } });
    return m_db.setMeta(
        QStringLiteral("sync/lost"), QString::fromUtf8(QJsonDocument(lost).toJson(QJsonDocument::Compact)));
}

// Another station restored from a backup lost bundles it had published: the versions they carried live on at
// the stations that applied them. This station, if it applied one, queues every version it holds of that
// writer made after the backup, once; they go out in its next bundle with what each had seen, so a station that
// has them already drops them, and one that never got them (the restored station too) applies them.
Status SyncService::relayLost(const QString &share, SyncReport &report)
{
    auto acks = readAcknowledgements(share);
    if (!acks)
        return acks.error();
    SyncStateRepository state(m_db);
    auto received = state.receivedPerStation();
    if (!received)
        return received.error();
    for (const Acknowledgement &ack : std::as_const(acks.value())) {
        if (ack.station == m_db.stationId())
            continue;
        for (const Acknowledgement::Lost &lost : ack.lost) {
            const QString done = QStringLiteral("sync/relayed/%1/%2").arg(lost.writer, lost.after);
            if (received->value(ack.station) < *std::min_element(lost.seqs.cbegin(), lost.seqs.cend())
                || m_db.meta(done) == QLatin1String("1"))
                continue; // none of them applied here, or sent again already
            Transaction tx(m_db);
            if (!tx.isActive())
                return tx.error();
            auto queued = state.enqueueWrittenBy(lost.writer, lost.after);
            if (!queued)
                return queued.error();
            if (auto s = m_db.setMeta(done, QStringLiteral("1")); !s)
                return s;
            if (auto s = tx.commit(); !s)
                return s;
            report.relayed += queued.value();
        }
    }
    return {};
}

} // namespace sn
