#include "Bundle.h"

#include <QCborStreamReader>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtEndian>
#include <cmath>
#include <limits>
#include <sodium.h>

namespace sn {

namespace {

const QByteArray Magic("SNBUNDLE");
constexpr int ChunkSize = 64 * 1024;

void appendU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

bool readU32(const QByteArray &in, qsizetype &pos, quint32 *v)
{
    if (pos + 4 > in.size())
        return false;
    *v = qFromBigEndian<quint32>(in.constData() + pos);
    pos += 4;
    return true;
}

// CBOR (RFC 8949) written straight into the payload: QCborStreamWriter goes through a QIODevice for every item,
// and a bundle is a million of them.
class CborOut
{
public:
    explicit CborOut(QByteArray &out)
        : m_out(out)
    {
    }
    void head(quint8 major, quint64 v)
    {
        const char m = char(major << 5);
        if (v < 24) {
            m_out.append(char(m | char(v)));
        } else if (v <= 0xff) {
            m_out.append(char(m | 24));
            m_out.append(char(v));
        } else if (v <= 0xffff) {
            char b[3] = { char(m | 25) };
            qToBigEndian(quint16(v), b + 1);
            m_out.append(b, 3);
        } else if (v <= 0xffffffffULL) {
            char b[5] = { char(m | 26) };
            qToBigEndian(quint32(v), b + 1);
            m_out.append(b, 5);
        } else {
            char b[9] = { char(m | 27) };
            qToBigEndian(v, b + 1);
            m_out.append(b, 9);
        }
    }
    void array(qsizetype n) { head(4, quint64(n)); }
    void integer(qint64 v) { v >= 0 ? head(0, quint64(v)) : head(1, quint64(-1 - v)); }
    void boolean(bool v) { m_out.append(char(v ? 0xf5 : 0xf4)); }
    void null() { m_out.append(char(0xf6)); }
    void real(double d)
    {
        char b[9] = { char(0xfb) };
        qToBigEndian(d, b + 1);
        m_out.append(b, 9);
    }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        head(3, quint64(utf8.size()));
        m_out.append(utf8);
    }
    void value(const QVariant &v)
    {
        if (v.isNull()) {
            null();
            return;
        }
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Bool:
            integer(v.toLongLong());
            return;
        case QMetaType::Double:
            real(v.toDouble());
            return;
        default:
            text(v.toString());
        }
    }

private:
    QByteArray &m_out;
};

QByteArray cborPayload(const QList<Change> &changes, bool withSeen)
{
    // The shapes first (a table's column names once), then each change as its shape's number and its values.
    QList<std::shared_ptr<const RowShape>> shapes;
    QHash<const RowShape *, int> shapeIndex;
    QList<int> changeShape;
    changeShape.reserve(changes.size());
    for (const Change &c : changes) {
        std::shared_ptr<const RowShape> shape = c.row.shape;
        if (!shape || shape->table != c.table)
            shape = RowShape::make(c.table, c.row.shape ? c.row.shape->columns : QStringList());
        auto it = shapeIndex.constFind(shape.get());
        if (it == shapeIndex.constEnd()) {
            it = shapeIndex.insert(shape.get(), int(shapes.size()));
            shapes.append(shape);
        }
        changeShape.append(*it);
    }
    QByteArray out;
    out.reserve(qsizetype(changes.size()) * 256);
    CborOut w(out);
    w.array(2);
    w.array(shapes.size());
    for (const auto &shape : std::as_const(shapes)) {
        w.array(2);
        w.text(shape->table);
        w.array(shape->columns.size());
        for (const QString &column : shape->columns)
            w.text(column);
    }
    w.array(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &c = changes.at(i);
        const qsizetype columns = shapes.at(changeShape.at(i))->columns.size();
        w.array(withSeen ? 6 : 5);
        w.integer(changeShape.at(i));
        w.text(c.key);
        w.text(c.prevHlc);
        w.boolean(c.context);
        w.array(columns);
        for (qsizetype v = 0; v < columns; ++v) {
            if (v < c.row.values.size())
                w.value(c.row.values.at(v));
            else
                w.null();
        }
        if (withSeen) {
            const QStringList stamps = c.seen.stamps();
            w.array(stamps.size());
            for (const QString &stamp : stamps)
                w.text(stamp);
        }
    }
    return out;
}

QByteArray jsonPayload(const QList<Change> &changes)
{
    QJsonArray array;
    for (const Change &c : changes) {
        QJsonObject o { { QStringLiteral("t"), c.table }, { QStringLiteral("k"), c.key },
            { QStringLiteral("p"), c.prevHlc }, { QStringLiteral("r"), c.row.toJson() } };
        if (c.context)
            o.insert(QStringLiteral("c"), 1);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Result<QList<Change>> readJsonPayload(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return Error::invalid(Bundle::tr("the bundle's payload is not readable"));
    QList<Change> changes;
    const QJsonArray array = doc.array();
    changes.reserve(array.size());
    QHash<QString, std::shared_ptr<const RowShape>> shapes;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString table = o.value(QStringLiteral("t")).toString();
        changes.append({ table, o.value(QStringLiteral("k")).toString(), o.value(QStringLiteral("p")).toString(),
            Row::fromJson(table, o.value(QStringLiteral("r")).toObject(), &shapes),
            o.value(QStringLiteral("c")).toInt() == 1 });
    }
    return changes;
}

// Reads the CBOR payload of format 2, refusing anything but exactly that structure.
class CborIn
{
public:
    explicit CborIn(const QByteArray &data)
        : r(data)
        , m_size(data.size())
    {
    }

    bool enterArray(qsizetype *length = nullptr)
    {
        if (!r.isArray())
            return false;
        if (length)
            *length = r.isLengthKnown() && r.length() <= quint64(std::numeric_limits<qsizetype>::max())
                ? qsizetype(r.length())
                : -1;
        return r.enterContainer();
    }
    bool leaveArray()
    {
        if (r.hasNext() || r.lastError() != QCborError::NoError)
            return false;
        return r.leaveContainer();
    }
    bool text(QString *out)
    {
        if (!r.isString())
            return false;
        out->clear();
        for (;;) {
            auto chunk = r.readString();
            if (chunk.status == QCborStreamReader::EndOfString)
                return true;
            if (chunk.status != QCborStreamReader::Ok)
                return false;
            out->append(chunk.data);
        }
    }
    bool boolean(bool *out)
    {
        if (!r.isBool())
            return false;
        *out = r.toBool();
        return r.next();
    }
    bool integer(qint64 *out)
    {
        if (r.isUnsignedInteger()) {
            const quint64 v = r.toUnsignedInteger();
            if (v > quint64(std::numeric_limits<qint64>::max()))
                return false;
            *out = qint64(v);
            return r.next();
        }
        if (r.isNegativeInteger()) {
            const quint64 n = quint64(r.toNegativeInteger()); // the value is -1 - n
            if (n > quint64(std::numeric_limits<qint64>::max()))
                return false;
            *out = -1 - qint64(n);
            return r.next();
        }
        return false;
    }
    // A column value: null, integer, double (finite), text; booleans as 0/1 and undefined as null, as
    // sync::variantOf() reads JSON.
    bool value(QVariant *out)
    {
        switch (r.type()) {
        case QCborStreamReader::UnsignedInteger:
        case QCborStreamReader::NegativeInteger: {
            qint64 v = 0;
            if (!integer(&v))
                return false;
            *out = QVariant(v);
            return true;
        }
        case QCborStreamReader::Float16:
        case QCborStreamReader::Float:
        case QCborStreamReader::Double: {
            const double d = r.isDouble() ? r.toDouble() : r.isFloat() ? double(r.toFloat()) : double(r.toFloat16());
            if (!std::isfinite(d))
                return false;
            *out = QVariant(d);
            return r.next();
        }
        case QCborStreamReader::String: {
            QString s;
            if (!text(&s))
                return false;
            *out = QVariant(s);
            return true;
        }
        case QCborStreamReader::SimpleType:
            if (r.isNull() || r.isUndefined()) {
                *out = QVariant();
                return r.next();
            }
            if (r.isBool()) {
                *out = QVariant(qint64(r.toBool() ? 1 : 0));
                return r.next();
            }
            return false;
        default:
            return false;
        }
    }
    bool atCleanEnd() { return r.lastError() == QCborError::NoError && !r.isValid() && r.currentOffset() == m_size; }

    QCborStreamReader r;
    qint64 m_size = 0;
};

// The stamps a version has seen: at most one per writer, each a valid stamp.
bool readSeen(CborIn &in, VersionVector *seen)
{
    constexpr qsizetype MaxWriters = 4096;
    QStringList stamps;
    if (!in.enterArray())
        return false;
    while (in.r.hasNext()) {
        QString stamp;
        if (!in.text(&stamp) || stamps.size() >= MaxWriters)
            return false;
        stamps.append(stamp);
    }
    bool ok = false;
    *seen = VersionVector::fromStamps(stamps, &ok);
    return ok && in.leaveArray();
}

Result<QList<Change>> readCborPayload(const QByteArray &plain, bool withSeen)
{
    constexpr qsizetype MaxColumns = 1000;
    const Error unreadable = Error::invalid(Bundle::tr("the bundle's payload is not readable"));
    CborIn in(plain);
    qsizetype n = 0;
    if (!in.enterArray(&n) || n != 2)
        return unreadable;
    QList<std::shared_ptr<const RowShape>> shapes;
    if (!in.enterArray())
        return unreadable;
    while (in.r.hasNext()) {
        QString table;
        QStringList columns;
        QSet<QString> seen;
        if (!in.enterArray(&n) || n != 2 || !in.text(&table) || table.isEmpty() || !in.enterArray())
            return unreadable;
        while (in.r.hasNext()) {
            QString column;
            if (!in.text(&column) || column.isEmpty() || seen.contains(column) || columns.size() >= MaxColumns)
                return unreadable; // a column twice could not be written; no table has a thousand
            seen.insert(column);
            columns.append(column);
        }
        if (!in.leaveArray() || !in.leaveArray())
            return unreadable;
        shapes.append(RowShape::make(table, columns));
    }
    if (!in.leaveArray())
        return unreadable;
    QList<Change> changes;
    if (!in.enterArray(&n))
        return unreadable;
    changes.reserve(std::min<qsizetype>(std::max<qsizetype>(n, 0), plain.size() / 8));
    while (in.r.hasNext()) {
        qint64 shape = -1;
        Change c;
        if (!in.enterArray(&n) || n != (withSeen ? 6 : 5) || !in.integer(&shape) || shape < 0 || shape >= shapes.size()
            || !in.text(&c.key) || !in.text(&c.prevHlc) || !in.boolean(&c.context) || !in.enterArray(&n))
            return unreadable;
        c.row.shape = shapes.at(shape);
        c.table = c.row.shape->table;
        const qsizetype columns = c.row.shape->columns.size();
        if (n != columns)
            return unreadable;
        c.row.values.resize(columns);
        for (qsizetype i = 0; i < columns; ++i) {
            if (!in.value(&c.row.values[i]))
                return unreadable;
        }
        if (!in.leaveArray())
            return unreadable;
        if (withSeen && !readSeen(in, &c.seen))
            return unreadable;
        if (!in.leaveArray())
            return unreadable;
        changes.append(std::move(c));
    }
    if (!in.leaveArray() || !in.leaveArray() || !in.atCleanEnd())
        return unreadable;
    return changes;
}

} // namespace

QByteArray BundleHeader::toJson() const
{
    QJsonObject o { { QStringLiteral("format"), format }, { QStringLiteral("schema"), schema },
        { QStringLiteral("key_id"), keyId }, { QStringLiteral("station"), station },
        { QStringLiteral("station_name"), stationName }, { QStringLiteral("seq"), seq },
        { QStringLiteral("first_outbox"), firstOutbox }, { QStringLiteral("last_outbox"), lastOutbox },
        { QStringLiteral("changes"), changes }, { QStringLiteral("created"), created.toString(Qt::ISODate) },
        { QStringLiteral("payload_sha256"), payloadSha256 }, { QStringLiteral("payload_bytes"), payloadBytes } };
    if (format >= 3) {
        QJsonArray list;
        for (const SectionInfo &section : sections)
            list.append(QJsonObject { { QStringLiteral("scope"), section.scope },
                { QStringLiteral("changes"), section.changes }, { QStringLiteral("sha256"), section.sha256 } });
        o.insert(QStringLiteral("sections"), list);
        o.insert(QStringLiteral("certificate"), certificate);
    }
    if (format >= 4)
        o.insert(QStringLiteral("audit"),
            QJsonObject { { QStringLiteral("seq"), auditSeq }, { QStringLiteral("hash"), auditHash },
                { QStringLiteral("link_seq"), auditLinkSeq }, { QStringLiteral("link_hash"), auditLinkHash } });
    if (!covers.isEmpty()) {
        QJsonObject covered;
        for (auto it = covers.constBegin(); it != covers.constEnd(); ++it)
            covered.insert(it.key(), it.value());
        o.insert(QStringLiteral("covers"), covered);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<BundleHeader> BundleHeader::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error::invalid(Bundle::tr("The bundle header is damaged."));
    const QJsonObject o = doc.object();
    BundleHeader h;
    h.format = o.value(QStringLiteral("format")).toInt();
    h.schema = o.value(QStringLiteral("schema")).toInt();
    h.keyId = o.value(QStringLiteral("key_id")).toString();
    h.station = o.value(QStringLiteral("station")).toString();
    h.stationName = o.value(QStringLiteral("station_name")).toString();
    h.seq = o.value(QStringLiteral("seq")).toInteger();
    h.firstOutbox = o.value(QStringLiteral("first_outbox")).toInteger();
    h.lastOutbox = o.value(QStringLiteral("last_outbox")).toInteger();
    h.changes = o.value(QStringLiteral("changes")).toInteger();
    h.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    h.payloadSha256 = o.value(QStringLiteral("payload_sha256")).toString();
    h.payloadBytes = o.value(QStringLiteral("payload_bytes")).toInteger();
    h.certificate = o.value(QStringLiteral("certificate")).toObject();
    const QJsonObject audit = o.value(QStringLiteral("audit")).toObject();
    h.auditSeq = audit.value(QStringLiteral("seq")).toInteger();
    h.auditHash = audit.value(QStringLiteral("hash")).toString();
    h.auditLinkSeq = audit.value(QStringLiteral("link_seq")).toInteger();
    h.auditLinkHash = audit.value(QStringLiteral("link_hash")).toString();
    const QJsonObject covered = o.value(QStringLiteral("covers")).toObject();
    for (auto it = covered.constBegin(); it != covered.constEnd(); ++it)
        h.covers.insert(it.key(), it.value().toInteger());
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = v.toObject();
        h.sections.append({ section.value(QStringLiteral("scope")).toString(),
            section.value(QStringLiteral("changes")).toInteger(), section.value(QStringLiteral("sha256")).toString() });
        if (h.sections.last().scope.isEmpty() || h.sections.last().changes < 0)
            return Error::invalid(Bundle::tr("The bundle header is incomplete."));
    }
    // A snapshot is number 0 and says what it covers; a bundle is numbered from 1.
    if (h.format < 1 || h.station.isEmpty() || (h.seq < 1 && !h.isSnapshot()) || h.keyId.isEmpty())
        return Error::invalid(Bundle::tr("The bundle header is incomplete."));
    return h;
}

namespace {

// The secretstream part of a sealed payload: its 24-byte header, then chunks of at most ChunkSize bytes, each
// authenticated together with `ad`, the last one tagged FINAL.
void appendStream(QByteArray &out, const QByteArray &payload, const QByteArray &key, const QByteArray &ad)
{
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, streamHeader, reinterpret_cast<const unsigned char *>(key.constData()));
    out.append(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader);
    qsizetype pos = 0;
    QByteArray cipher;
    do {
        const qsizetype n = std::min<qsizetype>(ChunkSize, payload.size() - pos);
        const bool last = pos + n >= payload.size();
        cipher.resize(n + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(cipher.data()), &written,
            reinterpret_cast<const unsigned char *>(payload.constData() + pos), quint64(n),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        appendU32(out, quint32(written));
        out.append(cipher.constData(), qsizetype(written));
        pos += n;
    } while (pos < payload.size());
}

// The payload of the stream that starts at `pos` and ends exactly at `end`.
Result<QByteArray> readStream(
    const QByteArray &file, qsizetype pos, qsizetype end, const QByteArray &key, const QByteArray &ad)
{
    if (pos + crypto_secretstream_xchacha20poly1305_HEADERBYTES > end)
        return Error::invalid(Bundle::tr("the bundle is truncated"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state,
            reinterpret_cast<const unsigned char *>(file.constData() + pos),
            reinterpret_cast<const unsigned char *>(key.constData()))
        != 0)
        return Error::invalid(Bundle::tr("the bundle's stream header is damaged"));
    pos += crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    QByteArray payload;
    bool final = false;
    QByteArray plain;
    while (!final) {
        quint32 length = 0;
        if (!readU32(file, pos, &length) || pos + qsizetype(length) > end
            || length < crypto_secretstream_xchacha20poly1305_ABYTES)
            return Error::invalid(Bundle::tr("the bundle is truncated"));
        plain.resize(length - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(plain.data()),
                &plainLength, &tag, reinterpret_cast<const unsigned char *>(file.constData() + pos), length,
                reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()))
            != 0)
            return Error::invalid(Bundle::tr("the bundle was altered or damaged (authentication failed)"));
        payload.append(plain.constData(), qsizetype(plainLength));
        pos += length;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (pos != end)
        return Error::invalid(Bundle::tr("the bundle has data after its end"));
    return payload;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The changes of a checked payload (compressed CBOR or, format 1, JSON).
Result<QList<Change>> decodePayload(const QByteArray &payload, int format, qint64 expectedChanges)
{
    // qUncompress allocates the size the payload's first four bytes claim before inflating. Deflate never
    // expands more than 1032:1, so a bigger claim is a damaged payload: refuse it rather than allocate gigabytes.
    if (payload.size() < 4 || qFromBigEndian<quint32>(payload.constData()) > quint64(payload.size()) * 1032)
        return Error::invalid(Bundle::tr("the bundle's payload is not readable"));
    const QByteArray decoded = qUncompress(payload);
    auto read = format == 1 ? readJsonPayload(decoded) : readCborPayload(decoded, format >= Bundle::SeenFormat);
    if (!read)
        return read.error();
    if (read->size() != expectedChanges)
        return Error::invalid(
            Bundle::tr("the bundle holds %1 changes, its header says %2").arg(read->size()).arg(expectedChanges));
    return read;
}

} // namespace

Result<QByteArray> Bundle::seal(BundleHeader header, const QList<Change> &changes, const SyncKey &key, int format)
{
    if (sodium_init() < 0 || !key.isValid())
        return Error::internal(tr("No valid district key."));
    if (format != 1 && format != SealedFormat)
        return Error::internal(QStringLiteral("bundle format %1 cannot be written").arg(format));
    const QByteArray plain = encode(changes, format);
    // Level 1: a third of the time of level 6 for JSON rows, and bundles about a fifth larger (any level reads back).
    const QByteArray payload = qCompress(plain, 1);
    header.format = format;
    header.keyId = key.id();
    header.changes = changes.size();
    header.payloadSha256 = sha256(payload);
    header.payloadBytes = payload.size();
    const QByteArray headerBytes = header.toJson();

    QByteArray out;
    out.reserve(payload.size() + payload.size() / ChunkSize * 24 + 1024);
    out.append(Magic);
    appendU32(out, quint32(headerBytes.size()));
    out.append(headerBytes);
    appendStream(out, payload, key.key(), headerBytes);
    return out;
}

Result<QByteArray> Bundle::sealSigned(BundleHeader header, const QList<BundleSection> &sections, const KeyRing &ring)
{
    if (sodium_init() < 0 || !ring.canSign())
        return Error::internal(tr("This station has no signing key."));
    QList<QByteArray> payloads;
    header.format = ring.epoch() > 0 ? Format : SeenFormat;
    header.keyId = ring.districtId();
    header.certificate = ring.certificateJson();
    header.sections.clear();
    header.changes = 0;
    QStringList scopes; // as sealed: under this station's key epoch
    for (const BundleSection &section : sections) {
        scopes.append(KeyRing::epochScope(section.scope, ring.epoch()));
        if (ring.scopeKey(scopes.last()).size() != 32)
            return Error::internal(QStringLiteral("no key for scope %1").arg(scopes.last()));
        payloads.append(qCompress(encode(section.changes, SeenFormat), 1));
        header.sections.append({ scopes.last(), section.changes.size(), sha256(payloads.last()) });
        header.changes += section.changes.size();
    }
    const QByteArray headerBytes = header.toJson();
    QByteArray out;
    out.append(Magic);
    appendU32(out, quint32(headerBytes.size()));
    out.append(headerBytes);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        QByteArray stream;
        appendStream(stream, payloads.at(i), ring.scopeKey(scopes.at(i)), headerBytes + scopes.at(i).toUtf8());
        appendU32(out, quint32(stream.size()));
        out.append(stream);
    }
    const QByteArray signature = ring.sign(out);
    if (signature.size() != crypto_sign_BYTES)
        return Error::internal(tr("This station has no signing key."));
    out.append(signature);
    return out;
}

Result<SignedBundle> Bundle::verifySigned(const QByteArray &file, const KeyRing &ring)
{
    if (sodium_init() < 0)
        return Error::internal(tr("The cryptography library cannot start."));
    auto header = peek(file);
    if (!header)
        return header.error();
    if (header->format < FirstSignedFormat || header->format > Format)
        return Error::invalid(tr("not a signed bundle (format %1)").arg(header->format));
    if (header->keyId != ring.districtId())
        return Error::forbidden(tr("written for another district (%1)").arg(header->keyId));
    auto sender = StationCertificate::verify(header->certificate, ring.rootPublicKey());
    if (!sender)
        return sender.error();
    if (sender->station != header->station)
        return Error::forbidden(tr("its certificate belongs to another station"));
    if (file.size() < crypto_sign_BYTES + Magic.size() + 4)
        return Error::invalid(tr("the bundle is truncated"));
    const qsizetype signedEnd = file.size() - crypto_sign_BYTES;
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(file.constData() + signedEnd),
            reinterpret_cast<const unsigned char *>(file.constData()), quint64(signedEnd),
            reinterpret_cast<const unsigned char *>(sender->publicKey.constData()))
        != 0)
        return Error::forbidden(tr("the bundle was altered or damaged (its station's signature does not match)"));
    return SignedBundle { header.value(), sender.value(), {}, {} };
}

Result<SignedBundle> Bundle::openSigned(const QByteArray &file, const KeyRing &ring)
{
    auto verified = verifySigned(file, ring);
    if (!verified)
        return verified.error();
    const qsizetype signedEnd = file.size() - crypto_sign_BYTES;
    SignedBundle bundle = std::move(verified.value());
    const BundleHeader *header = &bundle.header;
    qsizetype pos = Magic.size();
    quint32 headerLength = 0;
    readU32(file, pos, &headerLength);
    const QByteArray headerBytes = file.mid(pos, headerLength);
    pos += headerLength;
    for (const BundleHeader::SectionInfo &info : std::as_const(header->sections)) {
        quint32 length = 0;
        if (!readU32(file, pos, &length) || pos + qsizetype(length) > signedEnd)
            return Error::invalid(tr("the bundle is truncated"));
        const QByteArray key = ring.scopeKey(info.scope);
        if (key.size() == 32) {
            auto payload = readStream(file, pos, pos + length, key, headerBytes + info.scope.toUtf8());
            if (!payload)
                return payload.error();
            if (sha256(payload.value()) != info.sha256)
                return Error::invalid(tr("the bundle's payload does not match its checksum"));
            auto changes = decodePayload(payload.value(), header->format, info.changes);
            if (!changes)
                return changes.error();
            bundle.readable.append({ KeyRing::baseScope(info.scope), std::move(changes.value()) });
        } else if (ring.mustRead(info.scope) && bundle.missingScope.isEmpty()) {
            bundle.missingScope = info.scope;
        }
        pos += length;
    }
    if (pos != signedEnd)
        return Error::invalid(tr("the bundle has data after its end"));
    return bundle;
}

QByteArray Bundle::encode(const QList<Change> &changes, int format)
{
    return format == 1 ? jsonPayload(changes) : cborPayload(changes, format >= SeenFormat);
}

Result<BundleHeader> Bundle::peek(const QByteArray &file)
{
    if (!file.startsWith(Magic))
        return Error::invalid(tr("not a SafetyNet bundle"));
    qsizetype pos = Magic.size();
    quint32 length = 0;
    if (!readU32(file, pos, &length) || pos + qsizetype(length) > file.size() || length > 1024 * 1024)
        return Error::invalid(tr("the bundle is truncated in its header"));
    return BundleHeader::fromJson(file.mid(pos, length));
}

Result<QList<Change>> Bundle::open(const QByteArray &file, const SyncKey &key, BundleHeader *headerOut)
{
    if (sodium_init() < 0 || !key.isValid())
        return Error::internal(tr("No valid district key."));
    auto header = peek(file);
    if (!header)
        return header.error();
    if (header->format > SealedFormat)
        return Error::invalid(
            tr("a signed bundle cannot be opened with the district key alone (format %1)").arg(header->format));
    if (header->keyId != key.id())
        return Error::forbidden(tr("sealed with another district's key (%1)").arg(header->keyId));
    qsizetype pos = Magic.size();
    quint32 headerLength = 0;
    readU32(file, pos, &headerLength);
    const QByteArray headerBytes = file.mid(pos, headerLength);
    pos += headerLength;
    auto payload = readStream(file, pos, file.size(), key.key(), headerBytes);
    if (!payload)
        return payload.error();
    if (sha256(payload.value()) != header->payloadSha256 || payload->size() != header->payloadBytes)
        return Error::invalid(tr("the bundle's payload does not match its checksum"));
    auto changes = decodePayload(payload.value(), header->format, header->changes);
    if (!changes)
        return changes.error();
    if (headerOut)
        *headerOut = header.value();
    return changes;
}

} // namespace sn
