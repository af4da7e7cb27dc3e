#pragma once

#include "KeyRing.h"
#include "SyncKey.h"

#include "database/SyncedRow.h"

#include "domain/Result.h"
#include "domain/VersionVector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QVariant>
#include <memory>

namespace sn {

struct BundleHeader
{
    int format = 1;
    int schema = 0;
    QString keyId; // which district key sealed it
    QString station; // writer
    QString stationName;
    qint64 seq = 0; // the writer's bundle number: 1, 2, 3, ...
    qint64 firstOutbox = 0;
    qint64 lastOutbox = 0;
    qint64 changes = 0;
    QDateTime created;
    QString payloadSha256; // of the compressed payload (formats 1 and 2)
    qint64 payloadBytes = 0;
    // Format 3: the writer's certificate and, per scope, its sealed section.
    struct SectionInfo
    {
        QString scope;
        qint64 changes = 0;
        QString sha256; // of the section's compressed payload
    };
    QList<SectionInfo> sections;
    QJsonObject certificate;
    // Format 4: the writer's audit head when it wrote the bundle, so a station whose audit tail was cut later is
    // found out at every station that received it (audit-verify).
    qint64 auditSeq = 0;
    QString auditHash;
    qint64 auditLinkSeq = 0; // the head published in the writer's previous bundle, and its hash there now
    QString auditLinkHash;
    // A snapshot (seq 0, in <share>/<station>/snapshot.snap): the last bundle of every station whose changes the
    // state it holds includes. Part of the signed header, so it is authenticated with the rows.
    QHash<QString, qint64> covers;
    bool isSnapshot() const { return seq == 0 && !covers.isEmpty(); }

    QByteArray toJson() const;
    static Result<BundleHeader> fromJson(const QByteArray &json);
};

// One changed row: its table, key, the stamp the writer's version replaced (empty for a new row) and the row.
// A context row is not a change of the writer's but a parent the changes refer to (the household of an
// edited member), sent along so a station that has not heard of it yet can satisfy its foreign keys.
// Format 4 adds what the version has seen (VersionVector): a receiver replaces its own version with one that
// descends from it, and keeps two versions as a conflict only when neither has seen the other.
struct Change
{
    QString table;
    QString key;
    QString prevHlc;
    Row row;
    bool context = false;
    VersionVector seen; // empty in formats 1 to 3
};

// The changes of one scope (KeyRing): sealed with that scope's key, so only stations that may read it can.
struct BundleSection
{
    QString scope;
    QList<Change> changes;
};

// A signed bundle as a station with `ring` reads it: who wrote it (certificate checked) and the sections it
// could open. Sections of scopes it holds no key for are skipped: they are not for this station.
struct SignedBundle
{
    BundleHeader header;
    StationCertificate sender;
    QList<BundleSection> readable;
    QString missingScope; // a section addressed to this station under a key epoch it does not hold yet
};

// The signed bundle (format 4 since the sync hardening; format 3, written since issue 18, is still read):
//   "SNBUNDLE" | u32 header length | header (JSON: the writer's certificate, one entry per section)
//   | per section: u32 length, a secretstream sealed with the section's scope key, authenticated with the
//     header bytes and the scope | Ed25519 signature of everything before it, by the writing station.
// The payload of a section is the CBOR of format 2 below, compressed; in format 4 each change has a sixth
// element, the stamps its version has seen (an array of text), and the header the writer's audit head.
//
// The sealed bundle (formats 1 and 2, written before: read at district stations only, which hold the key):
//   "SNBUNDLE" | u32 header length | header (JSON, plaintext, authenticated) | secretstream header (24 bytes)
//   | chunks: u32 length, ciphertext ... the last chunk tagged FINAL.
// The payload is the changes, compressed (qCompress): format 1 as a JSON array of {"t", "k", "p", "r": {column:
// value}, "c"}; format 2 (written since) as CBOR, the column names once per table instead of in every row:
//   [ {table: [column, ...], ...}, [ [table, key, prevHlc, context (bool), [value, ...]], ... ] ]
// with each value null, an integer, a double or a text string. Both formats are read. The payload is sealed with
// crypto_secretstream_xchacha20poly1305, every chunk authenticated together with the header bytes, so truncation,
// reordering, tampering with either part or another district's key are all detected; the header also carries the
// payload's SHA-256.
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(sn::Bundle)
public:
    // 5: a key epoch after the first (sections named "<scope>#N"), so a station too old to know epochs parks
    // the bundle instead of skipping sections it cannot read. Written only once the district has rotated keys.
    static constexpr int Format = 5;
    static constexpr int SeenFormat = 4; // signed, sections per scope, versions with what they have seen
    static constexpr int FirstSignedFormat = 3;
    static constexpr int SealedFormat = 2; // one payload sealed with the district key

    static Result<QByteArray> sealSigned(
        BundleHeader header, const QList<BundleSection> &sections, const KeyRing &ring);
    static Result<SignedBundle> openSigned(const QByteArray &file, const KeyRing &ring);
    // The header and writer of a signed bundle once its signature is checked, without opening its sections.
    static Result<SignedBundle> verifySigned(const QByteArray &file, const KeyRing &ring);

    // Bundles as SafetyNet wrote them before stations signed (for tests of reading old bundles): `format` 1
    // is the JSON payload, 2 the CBOR one.
    static Result<QByteArray> seal(
        BundleHeader header, const QList<Change> &changes, const SyncKey &key, int format = SealedFormat);
    // The payload before compression and sealing, as `format` writes it (the fuzz seeds are made with it): 1 is
    // JSON, 2 and 3 CBOR, 4 CBOR with what each version has seen.
    static QByteArray encode(const QList<Change> &changes, int format = SealedFormat);
    // The header alone (no key needed): to sort, to recognise a newer schema, to recover our own numbering.
    static Result<BundleHeader> peek(const QByteArray &file);
    static Result<QList<Change>> open(const QByteArray &file, const SyncKey &key, BundleHeader *header = nullptr);
};

} // namespace sn
