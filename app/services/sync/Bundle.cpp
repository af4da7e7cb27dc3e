#include "Bundle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>
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

} // namespace

QByteArray BundleHeader::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), format},
                  {QStringLiteral("schema"), schema},
                  {QStringLiteral("key_id"), keyId},
                  {QStringLiteral("station"), station},
                  {QStringLiteral("station_name"), stationName},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("first_outbox"), firstOutbox},
                  {QStringLiteral("last_outbox"), lastOutbox},
                  {QStringLiteral("changes"), changes},
                  {QStringLiteral("created"), created.toString(Qt::ISODate)},
                  {QStringLiteral("payload_sha256"), payloadSha256},
                  {QStringLiteral("payload_bytes"), payloadBytes}};
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
    if (h.format < 1 || h.station.isEmpty() || h.seq < 1 || h.keyId.isEmpty())
        return Error::invalid(Bundle::tr("The bundle header is incomplete."));
    return h;
}

Result<QByteArray> Bundle::seal(BundleHeader header, const QList<Change> &changes, const SyncKey &key)
{
    if (sodium_init() < 0 || !key.isValid())
        return Error::internal(tr("No valid district key."));
    QJsonArray array;
    for (const Change &c : changes) {
        QJsonObject o{{QStringLiteral("t"), c.table}, {QStringLiteral("k"), c.key}, {QStringLiteral("p"), c.prevHlc}, {QStringLiteral("r"), c.row}};
        if (c.context)
            o.insert(QStringLiteral("c"), 1);
        array.append(o);
    }
    const QByteArray plain = QJsonDocument(array).toJson(QJsonDocument::Compact);
    // Level 1: a third of the time of level 6 for JSON rows, and bundles about a fifth larger (any level reads back).
    const QByteArray payload = qCompress(plain, 1);
    header.format = Format;
    header.keyId = key.id();
    header.changes = changes.size();
    header.payloadSha256 = QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    header.payloadBytes = payload.size();
    const QByteArray headerBytes = header.toJson();

    QByteArray out;
    out.reserve(payload.size() + payload.size() / ChunkSize * 24 + 1024);
    out.append(Magic);
    appendU32(out, quint32(headerBytes.size()));
    out.append(headerBytes);
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, reinterpret_cast<const unsigned char *>(key.key().constData()));
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
                                                   reinterpret_cast<const unsigned char *>(headerBytes.constData()), quint64(headerBytes.size()),
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        appendU32(out, quint32(written));
        out.append(cipher.constData(), qsizetype(written));
        pos += n;
    } while (pos < payload.size());
    return out;
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
    if (header->keyId != key.id())
        return Error::forbidden(tr("sealed with another district's key (%1)").arg(header->keyId));
    qsizetype pos = Magic.size();
    quint32 headerLength = 0;
    readU32(file, pos, &headerLength);
    const QByteArray headerBytes = file.mid(pos, headerLength);
    pos += headerLength;
    if (pos + crypto_secretstream_xchacha20poly1305_HEADERBYTES > file.size())
        return Error::invalid(tr("the bundle is truncated"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, reinterpret_cast<const unsigned char *>(file.constData() + pos),
                                                        reinterpret_cast<const unsigned char *>(key.key().constData()))
        != 0)
        return Error::invalid(tr("the bundle's stream header is damaged"));
    pos += crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    QByteArray payload;
    bool final = false;
    QByteArray plain;
    while (!final) {
        quint32 length = 0;
        if (!readU32(file, pos, &length) || pos + qsizetype(length) > file.size()
            || length < crypto_secretstream_xchacha20poly1305_ABYTES)
            return Error::invalid(tr("the bundle is truncated"));
        plain.resize(length - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(plain.data()), &plainLength, &tag,
                                                       reinterpret_cast<const unsigned char *>(file.constData() + pos), length,
                                                       reinterpret_cast<const unsigned char *>(headerBytes.constData()),
                                                       quint64(headerBytes.size()))
            != 0)
            return Error::invalid(tr("the bundle was altered or damaged (authentication failed)"));
        payload.append(plain.constData(), qsizetype(plainLength));
        pos += length;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (pos != file.size())
        return Error::invalid(tr("the bundle has data after its end"));
    if (QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()) != header->payloadSha256
        || payload.size() != header->payloadBytes)
        return Error::invalid(tr("the bundle's payload does not match its checksum"));
    // qUncompress allocates the size the payload's first four bytes claim before inflating. Deflate never
    // expands more than 1032:1, so a bigger claim is a damaged payload: refuse it rather than allocate gigabytes.
    if (payload.size() < 4 || qFromBigEndian<quint32>(payload.constData()) > quint64(payload.size()) * 1032)
        return Error::invalid(tr("the bundle's payload is not readable"));
    const QByteArray json = qUncompress(payload);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return Error::invalid(tr("the bundle's payload is not readable"));
    QList<Change> changes;
    const QJsonArray array = doc.array();
    changes.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        changes.append({o.value(QStringLiteral("t")).toString(), o.value(QStringLiteral("k")).toString(),
                        o.value(QStringLiteral("p")).toString(), o.value(QStringLiteral("r")).toObject(),
                        o.value(QStringLiteral("c")).toInt() == 1});
    }
    if (changes.size() != header->changes)
        return Error::invalid(tr("the bundle holds %1 changes, its header says %2").arg(changes.size()).arg(header->changes));
    if (headerOut)
        *headerOut = header.value();
    return changes;
}

} // namespace sn
