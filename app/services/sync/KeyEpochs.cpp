// Key epochs: a district station issues a new epoch of scope keys (a station's laptop was stolen) and revokes
// stations; every station reads the epoch files from the share at each sync, and district stations grant the
// new keys to every township station that has none yet.
//
// An epoch file is <share>/<district station>/epoch-<N>.json, signed with the district's root key:
//   { "district", "epoch", "issued", "issuer", "revoked": { station: last bundle accepted },
//     "grants": { station: the keys of epoch N it reads, sealed to its signing key }, "signature" }
// Several district stations may each write one for the same epoch (the keys derive from the district's master,
// so their grants agree); revocations of all of them apply.
#include "SyncService.h"

#include "database/Database.h"
#include "database/SyncStateRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <sodium.h>

namespace sn {

namespace {

struct EpochFile
{
    int epoch = 0;
    QString issuer;
    QHash<QString, qint64> revoked;
    QHash<QString, QByteArray> grants;
};

const QRegularExpression &epochPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^epoch-(\\d{1,6})\\.json$"));
    return pattern;
}

QString epochFileName(int epoch)
{
    return QStringLiteral("epoch-%1.json").arg(epoch);
}

} // namespace

// Every epoch file on the share that the district's root key signed, oldest epoch first.
static QList<EpochFile> readEpochs(const QString &share, const KeyRing &ring)
{
    QList<EpochFile> out;
    const QDir root(share);
    for (const QString &station : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir folder(root.filePath(station));
        for (const QString &name : folder.entryList({ QStringLiteral("epoch-*.json") }, QDir::Files, QDir::Name)) {
            const auto m = epochPattern().match(name);
            const QFileInfo info(folder.filePath(name));
            QFile f(info.filePath());
            if (!m.hasMatch() || info.isSymLink() || info.size() > 4 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (o.value(QStringLiteral("district")).toString() != ring.districtId()
                || o.value(QStringLiteral("epoch")).toInt() != m.captured(1).toInt()
                || !SyncService::signedBy(o, ring.rootPublicKey()))
                continue; // not the district's: worth nothing
            EpochFile e;
            e.epoch = m.captured(1).toInt();
            e.issuer = o.value(QStringLiteral("issuer")).toString();
            const QJsonObject revoked = o.value(QStringLiteral("revoked")).toObject();
            for (auto it = revoked.constBegin(); it != revoked.constEnd(); ++it)
                e.revoked.insert(it.key(), it.value().toInteger());
            const QJsonObject grants = o.value(QStringLiteral("grants")).toObject();
            for (auto it = grants.constBegin(); it != grants.constEnd(); ++it)
                e.grants.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
            out.append(e);
        }
    }
    std::sort(out.begin(), out.end(), [](const EpochFile &a, const EpochFile &b) { return a.epoch < b.epoch; });
    return out;
}

// The stations the epoch file of `epoch` this station issued grants keys to.
static QSet<QString> grantedBy(const QList<EpochFile> &epochs, int epoch, const QString &issuer)
{
    QSet<QString> granted;
    for (const EpochFile &e : epochs) {
        if (e.epoch == epoch && e.issuer == issuer) {
            for (auto it = e.grants.constBegin(); it != e.grants.constEnd(); ++it)
                granted.insert(it.key());
        }
    }
    return granted;
}

// Revocations first, then the keys: a district station moves to the newest epoch (it derives the keys); a
// township station opens the grants addressed to it. A station that finds itself revoked stops here.
Status SyncService::adoptEpochs(const QString &share)
{
    if (m_ring.isEmpty() || m_ring.rootPublicKey().isEmpty())
        return {};
    const QList<EpochFile> epochs = readEpochs(share, m_ring);
    m_grantedHere = grantedBy(epochs, m_ring.epoch(), m_db.stationId());
    if (epochs.isEmpty())
        return {};
    KeyRing ring = m_ring;
    bool granted = false;
    for (const EpochFile &e : epochs) {
        for (auto it = e.revoked.constBegin(); it != e.revoked.constEnd(); ++it) {
            if (it.key() == m_db.stationId())
                return Error::forbidden(tr("The district revoked this station's keys (key epoch %1): it can no "
                                           "longer sync. Enrol it again at the district bureau.")
                                            .arg(e.epoch));
            ring.revoke(it.key(), it.value());
        }
        if (ring.holdsDistrict()) {
            if (e.epoch > ring.epoch())
                ring.setEpoch(e.epoch);
            continue;
        }
        const QString refScope = KeyRing::epochScope(KeyRing::RefScope, e.epoch);
        if (ring.scopeKey(refScope).size() == 32 || !e.grants.contains(m_db.stationId()))
            continue; // held already, or not granted yet (a district station grants it at its next sync)
        auto accepted = ring.acceptGrant(e.grants.value(m_db.stationId()), e.epoch);
        if (!accepted)
            return accepted.error();
        granted = granted || accepted.value();
    }
    if (!granted && ring.epoch() == m_ring.epoch() && ring.revoked() == m_ring.revoked())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = ring.save(m_db); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_ring = std::move(ring);
    m_grantedHere = grantedBy(epochs, m_ring.epoch(), m_db.stationId());
    return {};
}

// A district station in epoch N keeps its epoch-N file granting the keys to every township station whose
// certificate is on the share (from its acknowledgement), so a station enrolled before the rotation, or one
// that had not synced yet, is never left without them for more than one sync of a district desk.
Status SyncService::publishGrants(const QString &share)
{
    if (!m_ring.holdsDistrict() || m_ring.epoch() == 0)
        return {};
    const QString path = QDir(QDir(share).filePath(m_db.stationId())).filePath(epochFileName(m_ring.epoch()));
    // Read once per sync, by adoptEpochs.
    const QSet<QString> granted
        = m_grantedHere ? *m_grantedHere : grantedBy(readEpochs(share, m_ring), m_ring.epoch(), m_db.stationId());
    auto acks = readAcknowledgements(share);
    if (!acks)
        return acks.error();
    for (const Acknowledgement &ack : std::as_const(acks.value())) {
        if (!ack.certificate.isDistrict() && !granted.contains(ack.station))
            return writeEpoch(share, m_ring.epoch()); // someone new
    }
    return QFileInfo::exists(path) ? Status() : writeEpoch(share, m_ring.epoch());
}

Status SyncService::writeEpoch(const QString &share, int epoch)
{
    auto acks = readAcknowledgements(share);
    if (!acks)
        return acks.error();
    const QHash<QString, qint64> revoked = m_ring.revoked();
    QJsonObject grants;
    for (const Acknowledgement &ack : std::as_const(acks.value())) {
        if (ack.certificate.isDistrict() || revoked.contains(ack.station))
            continue; // district stations derive the keys; a revoked one gets none
        auto sealed = m_ring.grantFor(ack.certificate, epoch);
        if (!sealed)
            return sealed.error();
        grants.insert(ack.station, QString::fromLatin1(sealed->toBase64()));
    }
    QJsonObject revokedJson;
    for (auto it = revoked.constBegin(); it != revoked.constEnd(); ++it)
        revokedJson.insert(it.key(), it.value());
    QJsonObject o { { QStringLiteral("district"), m_ring.districtId() }, { QStringLiteral("epoch"), epoch },
        { QStringLiteral("issued"), Clock::now().toString(Qt::ISODate) },
        { QStringLiteral("issuer"), m_db.stationId() }, { QStringLiteral("revoked"), revokedJson },
        { QStringLiteral("grants"), grants } };
    const QByteArray signature = m_ring.signAsRoot(canonical(o));
    if (signature.size() != crypto_sign_BYTES)
        return Error::forbidden(tr("Only a district station can issue keys."));
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return replaceOnShare(share, epochFileName(epoch), QJsonDocument(o).toJson(QJsonDocument::Indented));
}

Result<SyncService::KeyRotation> SyncService::rotateKeys(const QString &share, const QStringList &revoke)
{
    if (!m_session.can(Permission::ManageUsers) || !Roles::districtWide(m_session.role))
        return Error::forbidden(tr("Only a district administrator issues new keys."));
    if (!QFileInfo(share).isDir())
        return Error::io(tr("The shared folder %1 cannot be reached.").arg(share));
    if (auto s = prepareKeys(); !s)
        return s.error();
    if (!m_ring.holdsDistrict())
        return Error::forbidden(tr("Only a district station holds the district's keys: issue new keys there."));
    m_acknowledgements.reset();
    if (auto s = adoptEpochs(share); !s) // at the newest epoch on the share from here on
        return s.error();
    auto acks = readAcknowledgements(share);
    if (!acks)
        return acks.error();
    auto received = SyncStateRepository(m_db).receivedPerStation();
    if (!received)
        return received.error();
    KeyRotation rotation;
    KeyRing ring = m_ring;
    for (const QString &wanted : revoke) {
        const Acknowledgement *found = nullptr;
        for (const Acknowledgement &ack : std::as_const(acks.value())) {
            if (ack.station == wanted || ack.name == wanted)
                found = &ack;
        }
        if (!found || found->station == m_db.stationId())
            return Error::invalid(
                tr("No other station named %1 has synced through %2.").arg(wanted, share), QStringLiteral("revoke"));
        // Its bundles applied here stay; anything it writes from now on is refused.
        const qint64 last = received->value(found->station);
        ring.revoke(found->station, last);
        rotation.revoked.append(tr("%1 (%2): bundles after %3 refused").arg(found->name, found->station).arg(last));
    }
    rotation.epoch = ring.epoch() + 1;
    ring.setEpoch(rotation.epoch);
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        if (auto s = ring.save(m_db); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    m_ring = std::move(ring);
    m_acknowledgements.reset(); // the revoked stations' no longer count
    if (auto s = writeEpoch(share, rotation.epoch); !s)
        return s.error();
    for (const Acknowledgement &ack : readAcknowledgements(share).value())
        rotation.grants += ack.certificate.isDistrict() ? 0 : 1;
    return rotation;
}

} // namespace sn
