#include "KeyRing.h"

#include "domain/Clock.h"

#include <QJsonDocument>
#include <algorithm>
#include <sodium.h>

namespace sn {

namespace {

// Names of the keyring entries.
const QString DistrictIdEntry = QStringLiteral("district_id");
const QString DistrictNameEntry = QStringLiteral("district_name");
const QString RootPublicEntry = QStringLiteral("root_pk");
const QString TownshipEntry = QStringLiteral("township");
const QString IdIndexEntry = QStringLiteral("id_index");
const QString StationPublicEntry = QStringLiteral("station_pk");
const QString CertificateEntry = QStringLiteral("certificate");
const QString StationIdEntry = QStringLiteral("station_id");
const QString StationNameEntry = QStringLiteral("station_name");
const QString ScopePrefix = QStringLiteral("scope:");
const QString EpochEntry = QStringLiteral("epoch");
const QString RevokedEntry = QStringLiteral("revoked");

const QByteArray EnrolmentMagic("SafetyNet enrolment v1\n");

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

QByteArray b64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

// The secretbox key of an enrolment file, from its passphrase (Argon2id, interactive limits); empty when
// memory runs out.
QByteArray passphraseKey(const QString &passphrase, const QByteArray &salt)
{
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    const QByteArray pass = passphrase.toUtf8();
    if (crypto_pwhash(bytes(key), quint64(key.size()), pass.constData(), quint64(pass.size()), bytes(salt),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

} // namespace

const QString KeyRing::RefScope = QStringLiteral("ref");
const QString KeyRing::DistrictScope = QStringLiteral("district");
const QString KeyRing::Master = QStringLiteral("master");
const QString KeyRing::StationSecret = QStringLiteral("station_sk");

// Certificates ------------------------------------------------------------------------------------------------

QByteArray StationCertificate::body() const
{
    const QJsonObject o { { QStringLiteral("station"), station }, { QStringLiteral("name"), stationName },
        { QStringLiteral("township"), townshipCode }, { QStringLiteral("district"), district },
        { QStringLiteral("pk"), b64(publicKey) }, { QStringLiteral("issued"), issued.toString(Qt::ISODate) } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // keys sorted: the same bytes wherever it is made
}

QJsonObject StationCertificate::toJson(const QByteArray &signature) const
{
    return { { QStringLiteral("body"), b64(body()) }, { QStringLiteral("sig"), b64(signature) } };
}

Result<StationCertificate> StationCertificate::verify(const QJsonObject &json, const QByteArray &rootPublicKey)
{
    const QByteArray body = b64(json.value(QStringLiteral("body")));
    const QByteArray sig = b64(json.value(QStringLiteral("sig")));
    if (sodium_init() < 0 || rootPublicKey.size() != crypto_sign_PUBLICKEYBYTES || sig.size() != crypto_sign_BYTES
        || crypto_sign_verify_detached(bytes(sig), bytes(body), quint64(body.size()), bytes(rootPublicKey)) != 0)
        return Error::forbidden(KeyRing::tr("its station certificate was not issued by this district"));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    StationCertificate c;
    c.station = o.value(QStringLiteral("station")).toString();
    c.stationName = o.value(QStringLiteral("name")).toString();
    c.townshipCode = o.value(QStringLiteral("township")).toString();
    c.district = o.value(QStringLiteral("district")).toString();
    c.publicKey = b64(o.value(QStringLiteral("pk")));
    c.issued = QDateTime::fromString(o.value(QStringLiteral("issued")).toString(), Qt::ISODate);
    if (!c.isValid())
        return Error::invalid(KeyRing::tr("its station certificate is incomplete"));
    return c;
}

// The ring ----------------------------------------------------------------------------------------------------

KeyRing KeyRing::generate(const QString &districtName)
{
    return fromMaster(SyncKey::generate(districtName));
}

KeyRing KeyRing::fromMaster(const SyncKey &legacy)
{
    KeyRing ring;
    if (!legacy.isValid() || sodium_init() < 0)
        return ring;
    ring.m_entries.insert(Master, legacy.key());
    ring.m_entries.insert(DistrictIdEntry, legacy.id().toLatin1());
    ring.m_entries.insert(DistrictNameEntry, legacy.district().toUtf8());
    const QByteArray seed = ring.derive(QStringLiteral("root-sign"));
    if (seed.size() != crypto_sign_SEEDBYTES)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(bytes(pk), bytes(sk), bytes(seed));
    ring.m_entries.insert(RootPublicEntry, pk);
    sodium_memzero(sk.data(), size_t(sk.size()));
    return ring;
}

QByteArray KeyRing::derive(const QString &label) const
{
    const QByteArray master = m_entries.value(Master);
    if (master.size() != crypto_generichash_KEYBYTES || sodium_init() < 0)
        return {};
    const QByteArray in = label.toUtf8();
    QByteArray out(32, '\0');
    crypto_generichash(
        bytes(out), size_t(out.size()), bytes(in), quint64(in.size()), bytes(master), size_t(master.size()));
    return out;
}

QString KeyRing::districtId() const
{
    return QString::fromLatin1(m_entries.value(DistrictIdEntry));
}

QString KeyRing::districtName() const
{
    return QString::fromUtf8(m_entries.value(DistrictNameEntry));
}

QString KeyRing::townshipCode() const
{
    return QString::fromUtf8(m_entries.value(TownshipEntry));
}

QString KeyRing::stationId() const
{
    return QString::fromUtf8(m_entries.value(StationIdEntry));
}

QString KeyRing::stationName() const
{
    return QString::fromUtf8(m_entries.value(StationNameEntry));
}

QByteArray KeyRing::rootPublicKey() const
{
    return m_entries.value(RootPublicEntry);
}

QByteArray KeyRing::scopeKey(const QString &scope) const
{
    if (holdsDistrict())
        return derive(ScopePrefix + scope);
    return m_entries.value(ScopePrefix + scope);
}

int KeyRing::epoch() const
{
    return m_entries.value(EpochEntry).toInt();
}

void KeyRing::setEpoch(int epoch)
{
    m_entries.insert(EpochEntry, QByteArray::number(epoch));
}

QString KeyRing::epochScope(const QString &scope, int epoch)
{
    return epoch > 0 ? scope + QLatin1Char('#') + QString::number(epoch) : scope;
}

QString KeyRing::baseScope(const QString &scope)
{
    return scope.section(QLatin1Char('#'), 0, 0);
}

bool KeyRing::mustRead(const QString &scope) const
{
    const QString base = baseScope(scope);
    return holdsDistrict() || base == RefScope || (!townshipCode().isEmpty() && base == townshipCode());
}

QHash<QString, qint64> KeyRing::revoked() const
{
    if (m_revoked)
        return *m_revoked;
    QHash<QString, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(m_entries.value(RevokedEntry)).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toInteger());
    m_revoked = out;
    return out;
}

void KeyRing::revoke(const QString &stationId, qint64 lastAccepted)
{
    QJsonObject o = QJsonDocument::fromJson(m_entries.value(RevokedEntry)).object();
    if (o.contains(stationId))
        lastAccepted = std::min(lastAccepted, o.value(stationId).toInteger());
    o.insert(stationId, lastAccepted);
    m_entries.insert(RevokedEntry, QJsonDocument(o).toJson(QJsonDocument::Compact));
    m_revoked.reset();
}

QByteArray KeyRing::signAsRoot(const QByteArray &message) const
{
    const QByteArray seed = derive(QStringLiteral("root-sign"));
    if (seed.size() != crypto_sign_SEEDBYTES || sodium_init() < 0)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(bytes(pk), bytes(sk), bytes(seed));
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(sig), nullptr, bytes(message), quint64(message.size()), bytes(sk));
    sodium_memzero(sk.data(), size_t(sk.size()));
    return sig;
}

// A grant: the scope keys of one epoch a township station reads (ref and its township), as JSON, sealed with
// crypto_box_seal to the X25519 form of the station's Ed25519 signing key. Only that station can open it.
Result<QByteArray> KeyRing::grantFor(const StationCertificate &certificate, int epoch) const
{
    if (!holdsDistrict() || sodium_init() < 0)
        return Error::forbidden(tr("Only a district station can issue keys."));
    QByteArray curve(crypto_box_PUBLICKEYBYTES, '\0');
    if (certificate.publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_ed25519_pk_to_curve25519(bytes(curve), bytes(certificate.publicKey)) != 0)
        return Error::invalid(tr("The certificate of %1 holds no usable key.").arg(certificate.stationName));
    QJsonObject keys;
    for (const QString &scope : { RefScope, certificate.townshipCode }) {
        const QString name = epochScope(scope, epoch);
        keys.insert(name, b64(scopeKey(name)));
    }
    QByteArray plain = QJsonDocument(keys).toJson(QJsonDocument::Compact);
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(bytes(sealed), bytes(plain), quint64(plain.size()), bytes(curve));
    sodium_memzero(plain.data(), size_t(plain.size()));
    return sealed;
}

Result<bool> KeyRing::acceptGrant(const QByteArray &sealed, int epoch)
{
    const QByteArray sk = m_entries.value(StationSecret);
    const QByteArray pk = m_entries.value(StationPublicEntry);
    if (sk.size() != crypto_sign_SECRETKEYBYTES || pk.size() != crypto_sign_PUBLICKEYBYTES
        || sealed.size() < crypto_box_SEALBYTES || sodium_init() < 0)
        return false;
    QByteArray curvePk(crypto_box_PUBLICKEYBYTES, '\0');
    QByteArray curveSk(crypto_box_SECRETKEYBYTES, '\0');
    if (crypto_sign_ed25519_pk_to_curve25519(bytes(curvePk), bytes(pk)) != 0
        || crypto_sign_ed25519_sk_to_curve25519(bytes(curveSk), bytes(sk)) != 0)
        return false;
    QByteArray plain(sealed.size() - crypto_box_SEALBYTES, '\0');
    const int opened
        = crypto_box_seal_open(bytes(plain), bytes(sealed), quint64(sealed.size()), bytes(curvePk), bytes(curveSk));
    sodium_memzero(curveSk.data(), size_t(curveSk.size()));
    if (opened != 0)
        return false;
    const QJsonObject keys = QJsonDocument::fromJson(plain).object();
    sodium_memzero(plain.data(), size_t(plain.size()));
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const QByteArray key = b64(it.value());
        if (key.size() != 32 || !it.key().endsWith(QLatin1Char('#') + QString::number(epoch)))
            return Error::invalid(tr("The keys of epoch %1 are damaged.").arg(epoch));
        m_entries.insert(ScopePrefix + it.key(), key);
    }
    if (epoch > this->epoch())
        setEpoch(epoch);
    return true;
}

QByteArray KeyRing::idIndexKey() const
{
    return holdsDistrict() ? derive(QStringLiteral("id-index")) : m_entries.value(IdIndexEntry);
}

SyncKey KeyRing::legacyKey() const
{
    return holdsDistrict() ? SyncKey::fromBytes(m_entries.value(Master), districtName()) : SyncKey();
}

QString KeyRing::idHash(const QString &normalizedIdNumber) const
{
    const QByteArray key = idIndexKey();
    if (key.size() != 32 || sodium_init() < 0)
        return {};
    const QByteArray in = normalizedIdNumber.toLatin1();
    QByteArray out(16, '\0');
    crypto_generichash(bytes(out), size_t(out.size()), bytes(in), quint64(in.size()), bytes(key), size_t(key.size()));
    return QString::fromLatin1(out.toHex());
}

// Signing -----------------------------------------------------------------------------------------------------

Status KeyRing::issue(KeyRing &to, const QString &stationId, const QString &stationName, const QString &township) const
{
    const QByteArray seed = derive(QStringLiteral("root-sign"));
    if (!holdsDistrict() || seed.size() != crypto_sign_SEEDBYTES || sodium_init() < 0)
        return Error::forbidden(tr("Only a district station can enrol stations."));
    QByteArray rootPk(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray rootSk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(bytes(rootPk), bytes(rootSk), bytes(seed));
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(bytes(pk), bytes(sk));
    StationCertificate cert;
    cert.station = stationId;
    cert.stationName = stationName;
    cert.townshipCode = township;
    cert.district = districtId();
    cert.publicKey = pk;
    cert.issued = Clock::recordedNow();
    const QByteArray body = cert.body();
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(sig), nullptr, bytes(body), quint64(body.size()), bytes(rootSk));
    sodium_memzero(rootSk.data(), size_t(rootSk.size()));
    to.m_entries.insert(StationSecret, sk);
    to.m_entries.insert(StationPublicEntry, pk);
    to.m_entries.insert(StationIdEntry, stationId.toUtf8());
    to.m_entries.insert(StationNameEntry, stationName.toUtf8());
    to.m_entries.insert(CertificateEntry, QJsonDocument(cert.toJson(sig)).toJson(QJsonDocument::Compact));
    return {};
}

Status KeyRing::ensureStationKey(const QString &stationId, const QString &stationName)
{
    if (canSign() && this->stationId() == stationId)
        return {};
    if (!holdsDistrict())
        return Error::forbidden(tr("This station has no signing key: enrol it at the district bureau."));
    return issue(*this, stationId, stationName, QString());
}

Result<StationCertificate> KeyRing::certificate() const
{
    return StationCertificate::verify(certificateJson(), rootPublicKey());
}

QJsonObject KeyRing::certificateJson() const
{
    return QJsonDocument::fromJson(m_entries.value(CertificateEntry)).object();
}

QByteArray KeyRing::sign(const QByteArray &message) const
{
    const QByteArray sk = m_entries.value(StationSecret);
    if (sk.size() != crypto_sign_SECRETKEYBYTES || sodium_init() < 0)
        return {};
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(sig), nullptr, bytes(message), quint64(message.size()), bytes(sk));
    return sig;
}

// Enrolment ---------------------------------------------------------------------------------------------------

Result<KeyRing> KeyRing::enrol(const QString &stationId, const QString &stationName, const QString &townshipCode) const
{
    KeyRing ring;
    if (townshipCode.isEmpty()) {
        ring.m_entries.insert(Master, m_entries.value(Master)); // a second district desk holds the district
    } else {
        ring.m_entries.insert(TownshipEntry, townshipCode.toUtf8());
        for (int e = 0; e <= epoch(); ++e) { // every epoch, so the bundles written before it joined still read
            for (const QString &scope : { RefScope, townshipCode })
                ring.m_entries.insert(ScopePrefix + epochScope(scope, e), scopeKey(epochScope(scope, e)));
        }
        ring.m_entries.insert(IdIndexEntry, idIndexKey());
    }
    if (epoch() > 0)
        ring.setEpoch(epoch());
    if (m_entries.contains(RevokedEntry))
        ring.m_entries.insert(RevokedEntry, m_entries.value(RevokedEntry));
    ring.m_entries.insert(DistrictIdEntry, m_entries.value(DistrictIdEntry));
    ring.m_entries.insert(DistrictNameEntry, m_entries.value(DistrictNameEntry));
    ring.m_entries.insert(RootPublicEntry, rootPublicKey());
    if (auto s = issue(ring, stationId, stationName, townshipCode); !s)
        return s.error();
    return ring;
}

Result<QByteArray> KeyRing::sealForEnrolment(const QString &passphrase) const
{
    if (passphrase.size() < MinPassphraseLength)
        return Error::invalid(
            tr("The passphrase needs at least %1 characters.").arg(MinPassphraseLength), QStringLiteral("passphrase"));
    if (sodium_init() < 0)
        return Error::internal(tr("The cryptography library cannot start."));
    QJsonObject entries;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
        entries.insert(it.key(), b64(it.value()));
    const QByteArray plain = QJsonDocument(entries).toJson(QJsonDocument::Compact);
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray key = passphraseKey(passphrase, salt);
    if (key.isEmpty())
        return Error::internal(tr("Not enough memory to seal the enrolment file."));
    QByteArray box(plain.size() + crypto_secretbox_MACBYTES, '\0');
    crypto_secretbox_easy(bytes(box), bytes(plain), quint64(plain.size()), bytes(nonce), bytes(key));
    sodium_memzero(key.data(), size_t(key.size()));
    const QJsonObject file { { QStringLiteral("station"), stationName() },
        { QStringLiteral("township"), townshipCode() }, { QStringLiteral("district"), districtName() },
        { QStringLiteral("salt"), b64(salt) }, { QStringLiteral("nonce"), b64(nonce) },
        { QStringLiteral("box"), b64(box) } };
    return EnrolmentMagic + QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<KeyRing::EnrolmentLabel> KeyRing::describeEnrolment(const QByteArray &file)
{
    if (!file.startsWith(EnrolmentMagic))
        return Error::invalid(tr("This is not a SafetyNet enrolment file."), QStringLiteral("file"));
    const QJsonObject o = QJsonDocument::fromJson(file.mid(EnrolmentMagic.size())).object();
    EnrolmentLabel label { o.value(QStringLiteral("station")).toString(),
        o.value(QStringLiteral("township")).toString(), o.value(QStringLiteral("district")).toString() };
    if (label.stationName.isEmpty())
        return Error::invalid(tr("The enrolment file is damaged."), QStringLiteral("file"));
    return label;
}

Result<KeyRing> KeyRing::openEnrolment(const QByteArray &file, const QString &passphrase)
{
    if (!file.startsWith(EnrolmentMagic))
        return Error::invalid(tr("This is not a SafetyNet enrolment file."), QStringLiteral("file"));
    const QJsonObject o = QJsonDocument::fromJson(file.mid(EnrolmentMagic.size())).object();
    const QByteArray salt = b64(o.value(QStringLiteral("salt")));
    const QByteArray nonce = b64(o.value(QStringLiteral("nonce")));
    const QByteArray box = b64(o.value(QStringLiteral("box")));
    if (sodium_init() < 0 || salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES
        || box.size() < crypto_secretbox_MACBYTES)
        return Error::invalid(tr("The enrolment file is damaged."), QStringLiteral("file"));
    QByteArray key = passphraseKey(passphrase, salt);
    if (key.isEmpty())
        return Error::internal(tr("Not enough memory to open the enrolment file."));
    QByteArray plain(box.size() - crypto_secretbox_MACBYTES, '\0');
    const int opened
        = crypto_secretbox_open_easy(bytes(plain), bytes(box), quint64(box.size()), bytes(nonce), bytes(key));
    sodium_memzero(key.data(), size_t(key.size()));
    if (opened != 0)
        return Error::forbidden(tr("Wrong passphrase, or the enrolment file was altered."));
    KeyRing ring;
    const QJsonObject entries = QJsonDocument::fromJson(plain).object();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        ring.m_entries.insert(it.key(), b64(it.value()));
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!ring.certificate())
        return Error::invalid(tr("The enrolment file holds no valid station certificate."), QStringLiteral("file"));
    return ring;
}

} // namespace sn
