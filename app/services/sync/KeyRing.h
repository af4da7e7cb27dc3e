#pragma once

#include "SyncKey.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace sn {

class Database;

// What the district says of one station: its id, name, township (empty for a district station) and public
// signing key (Ed25519), signed with the district's root key. Every bundle carries its writer's certificate;
// a receiver trusts it only if the root key it holds verifies it.
struct StationCertificate
{
    QString station;
    QString stationName;
    QString townshipCode; // empty: a district station, which may write any row
    QString district; // the district's id (names its keys without revealing them)
    QByteArray publicKey;
    QDateTime issued;

    bool isDistrict() const { return townshipCode.isEmpty(); }
    bool isValid() const { return !station.isEmpty() && publicKey.size() == 32; }
    QByteArray body() const; // the signed bytes
    QJsonObject toJson(const QByteArray &signature) const;
    // Reads a certificate and checks its signature against the district's root public key.
    static Result<StationCertificate> verify(const QJsonObject &json, const QByteArray &rootPublicKey);
};

// A station's keys, kept in its own database (keyring table, never synced).
//
// A district station holds the district's master secret; every other key is derived from it: the root
// signing key that certifies stations, one key per scope of synced rows ("ref" for district-wide reference
// data, "district" for rows only district stations read, and one per township code), and the key of the ID
// number index. A township station holds only what its enrolment gave it: the root public key, the keys of
// "ref" and of its own township, the ID index key, and its own signing key with its certificate. So a township
// station cannot read another township's rows: it never has their key.
//
// The old district key file (keygen, sync --key) is a master secret: a station made the old way is a
// district station, and its old bundles (format 1 and 2, sealed with that key) still read.
class KeyRing
{
    Q_DECLARE_TR_FUNCTIONS(sn::KeyRing)
public:
    static const QString RefScope; // regions, standards, settings, policies, stations, the ID index
    static const QString DistrictScope; // district accounts, rows of no township

    static KeyRing generate(const QString &districtName); // a new district
    static KeyRing fromMaster(const SyncKey &legacy); // the district key file of a station made the old way
    static Result<KeyRing> load(Database &db); // empty when the station holds no keys
    Status save(Database &db) const;

    bool isEmpty() const { return m_entries.isEmpty(); }
    bool holdsDistrict() const { return m_entries.contains(Master); }
    // Whether this district station has enrolled a station with its keys (they can no longer be replaced).
    bool hasEnrolled() const { return m_entries.contains(QStringLiteral("enrolled")); }
    void markEnrolled() { m_entries.insert(QStringLiteral("enrolled"), "1"); }
    QString districtId() const;
    QString districtName() const;
    QString townshipCode() const; // the township an enrolled township station is bound to
    QByteArray rootPublicKey() const;
    QByteArray scopeKey(const QString &scope) const; // empty when this station may not read the scope
    QByteArray idIndexKey() const;
    SyncKey legacyKey() const; // the master as the old district key: empty at township stations

    // This station's signing key and certificate. A district station issues its own on first use.
    Status ensureStationKey(const QString &stationId, const QString &stationName);
    bool canSign() const { return m_entries.contains(StationSecret); }
    Result<StationCertificate> certificate() const;
    QJsonObject certificateJson() const;
    QByteArray sign(const QByteArray &message) const;

    // Enrolment (district stations only): the keys of a new station of `townshipCode` (empty: of the district).
    Result<KeyRing> enrol(const QString &stationId, const QString &stationName, const QString &townshipCode) const;
    QString stationId() const;
    QString stationName() const;
    // The enrolment file: the ring sealed with a passphrase (Argon2id, then XSalsa20-Poly1305).
    Result<QByteArray> sealForEnrolment(const QString &passphrase) const;
    static Result<KeyRing> openEnrolment(const QByteArray &file, const QString &passphrase);
    // What an enrolment file says of itself without its passphrase: the station's name and its township code
    // (empty for a district desk). Nothing secret.
    struct EnrolmentLabel
    {
        QString stationName;
        QString townshipCode;
        QString districtName;
    };
    static Result<EnrolmentLabel> describeEnrolment(const QByteArray &file);
    static constexpr int MinPassphraseLength = 8;

    // The keyed hash of a normalized ID number, as the ID index stores it (empty without the index key).
    QString idHash(const QString &normalizedIdNumber) const;

    // Key epochs (a station's laptop stolen): the district issues epoch N, whose scope keys replace the old ones
    // for every bundle written from then on. Epoch 0 is the keys of enrolment; a section sealed under epoch N
    // names its scope "<scope>#N". District stations derive every epoch; a township station receives each new
    // epoch's keys sealed to its own signing key (a grant), and holds every epoch it has, so old bundles still read.
    int epoch() const; // the epoch this station writes under
    void setEpoch(int epoch);
    static QString epochScope(const QString &scope, int epoch); // "ref", "ref#2"
    static QString baseScope(const QString &scope); // "ref#2" -> "ref"
    // Whether sections of this scope are addressed to this station (a missing key then means a missing grant).
    bool mustRead(const QString &scope) const;
    // District stations: the keys of `epoch` for the station of `certificate`, sealed to its signing key.
    Result<QByteArray> grantFor(const StationCertificate &certificate, int epoch) const;
    // This station opens a grant addressed to it and keeps its keys; false if it was not for this station.
    Result<bool> acceptGrant(const QByteArray &sealed, int epoch);
    // Revoked stations: the last bundle of theirs still accepted. Signed by the root key: district stations only.
    QHash<QString, qint64> revoked() const;
    void revoke(const QString &stationId, qint64 lastAccepted);
    QByteArray signAsRoot(const QByteArray &message) const;

private:
    static const QString Master, StationSecret;
    QByteArray derive(const QString &label) const;
    Status issue(KeyRing &to, const QString &stationId, const QString &stationName, const QString &township) const;

    QHash<QString, QByteArray> m_entries;
    mutable std::optional<QHash<QString, qint64>> m_revoked; // revoked() parsed once: it is asked for every bundle
};

} // namespace sn
