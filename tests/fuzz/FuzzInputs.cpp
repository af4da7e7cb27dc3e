#include "FuzzInputs.h"

#include "domain/IdNumber.h"
#include "services/spreadsheet/CsvReader.h"
#include "services/spreadsheet/OdsReader.h"
#include "services/spreadsheet/XlsReader.h"
#include "services/spreadsheet/XlsxReader.h"
#include "services/sync/Bundle.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <cstdlib>
#include <sodium.h>
#include <zlib.h>

namespace sn::fuzz {

namespace {

// One scratch folder per process; each input overwrites the same file (the readers take paths).
QString scratchFile(const QString &name, const QByteArray &data)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        std::abort();
    return path;
}

Outcome refused(const Error &e)
{
    return { false, e.message };
}

// Touch every cell the way the importers do, so lazily wrong values (bad dates, NaN) are exercised too.
Outcome accepted(const Sheet &sheet)
{
    qsizetype chars = 0;
    for (const SheetRow &row : sheet.rows) {
        for (const Cell &c : row)
            chars += c.display().size() + (c.isEmpty() ? 0 : 1);
    }
    return { true, QString::number(chars) };
}

Outcome readSheet(SheetReader &reader, const QString &path)
{
    const auto names = reader.sheetNames(path);
    const auto sheet = reader.read(path, {});
    if (names && sheet && names->size() > 1) // a second sheet by name, as the import dialog does
        (void)reader.read(path, names->at(1));
    if (!sheet)
        return refused(sheet.error());
    return accepted(sheet.value());
}

void appendU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void appendLe16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void appendLe32(QByteArray &out, quint32 v)
{
    appendLe16(out, quint16(v & 0xffff));
    appendLe16(out, quint16(v >> 16));
}

} // namespace

Outcome idNumber(const QByteArray &data)
{
    QString text;
    if (!data.isEmpty() && (quint8(data[0]) & 1))
        text = QString(reinterpret_cast<const QChar *>(data.constData() + 1), (data.size() - 1) / 2);
    else
        text = QString::fromUtf8(data.mid(data.isEmpty() ? 0 : 1));
    const IdNumber id = IdNumber::parse(text, QDate(2026, 11, 28));
    const IdNumber undated = IdNumber::parse(text, QDate());
    (void)IdNumber::mask(IdNumber::normalize(text));
    (void)IdNumber::checkCharacter(QStringView(IdNumber::normalize(text)).left(17));
    (void)undated.errorText();
    (void)undated.masked();
    if (!id.isValid()) {
        const QString message = id.errorText();
        if (message.isEmpty())
            std::abort(); // every refusal names its reason
        return { false, message };
    }
    if (id.normalized().size() != 18 || !id.birthDate().isValid() || id.ageOn(QDate(2026, 11, 28)) < 0)
        std::abort(); // a valid number always has these
    return { true, id.masked() };
}

Outcome csv(const QByteArray &data)
{
    const bool tab = !data.isEmpty() && (quint8(data[0]) & 1);
    CsvReader reader;
    return readSheet(reader, scratchFile(tab ? QStringLiteral("fuzz.tsv") : QStringLiteral("fuzz.csv"), data));
}

Outcome xlsx(const QByteArray &data)
{
    XlsxReader reader;
    return readSheet(reader, scratchFile(QStringLiteral("fuzz.xlsx"), data));
}

QByteArray joinParts(const QList<QByteArray> &parts)
{
    QByteArray out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i)
            out.append('\x01');
        out.append(parts.at(i));
    }
    return out;
}

Outcome xlsxParts(const QByteArray &data)
{
    static const QStringList names { QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
        QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("xl/sharedStrings.xml"),
        QStringLiteral("xl/styles.xml") };
    const QList<QByteArray> parts = data.split('\x01');
    QList<QPair<QString, QByteArray>> entries;
    entries.append({ QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>") });
    for (qsizetype i = 0; i < parts.size() && i < names.size(); ++i)
        entries.append({ names.at(i), parts.at(i) });
    XlsxReader reader;
    return readSheet(reader, scratchFile(QStringLiteral("parts.xlsx"), storedZip(entries)));
}

Outcome ods(const QByteArray &data)
{
    OdsReader reader;
    return readSheet(reader, scratchFile(QStringLiteral("fuzz.ods"), data));
}

Outcome odsContent(const QByteArray &data)
{
    const QList<QPair<QString, QByteArray>> entries {
        { QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.spreadsheet") },
        { QStringLiteral("content.xml"), data }
    };
    OdsReader reader;
    return readSheet(reader, scratchFile(QStringLiteral("content.ods"), storedZip(entries)));
}

Outcome sheet(const QByteArray &data)
{
    // The extension a clerk's file might have, from the first byte: what forFile() sniffs against.
    static const QStringList names { QStringLiteral("fuzz.xlsx"), QStringLiteral("fuzz.xls"),
        QStringLiteral("fuzz.ods"), QStringLiteral("fuzz.csv") };
    const QString path = scratchFile(names.at(data.isEmpty() ? 0 : quint8(data[0]) % 4), data);
    auto reader = SheetReader::forFile(path);
    if (!reader)
        return refused(reader.error());
    return readSheet(*reader.value(), path);
}

Outcome xls(const QByteArray &data)
{
    XlsReader reader;
    return readSheet(reader, scratchFile(QStringLiteral("fuzz.xls"), data));
}

const SyncKey &testKey()
{
    static const SyncKey key = [] {
        if (sodium_init() < 0)
            std::abort();
        QByteArray raw(32, '\0');
        for (int i = 0; i < raw.size(); ++i)
            raw[i] = char(0x5a ^ i); // fixed, so the committed seed bundles open
        unsigned char hash[8];
        crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(raw.constData()),
            size_t(raw.size()), nullptr, 0);
        const QByteArray id = QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex();
        const QString path = scratchFile(QStringLiteral("fuzz.key"),
            "SafetyNet district key v1\ndistrict: fuzz\nid: " + id + "\nkey: " + raw.toBase64() + '\n');
        auto loaded = SyncKey::load(path);
        if (!loaded)
            std::abort();
        return loaded.value();
    }();
    return key;
}

const KeyRing &testRing()
{
    static const KeyRing ring = [] {
        KeyRing r = KeyRing::fromMaster(testKey());
        if (!r.ensureStationKey(QStringLiteral("st1"), QStringLiteral("朝阳街道")))
            std::abort();
        return r;
    }();
    return ring;
}

Outcome bundle(const QByteArray &data)
{
    const auto peeked = Bundle::peek(data);
    if (peeked && peeked->format >= Bundle::FirstSignedFormat) {
        const auto opened = Bundle::openSigned(data, testRing());
        if (!opened)
            return refused(opened.error());
        qsizetype changes = 0;
        for (const BundleSection &section : opened->readable)
            changes += section.changes.size();
        return { true, QString::number(changes) };
    }
    BundleHeader header;
    const auto changes = Bundle::open(data, testKey(), &header);
    if (!changes)
        return refused(changes.error());
    return { true, QString::number(changes->size()) };
}

QByteArray sealRawPayload(const QByteArray &payload, qint64 changes, int format)
{
    BundleHeader header;
    header.format = format;
    header.schema = 1;
    header.keyId = testKey().id();
    header.station = QStringLiteral("fuzz-station");
    header.stationName = QStringLiteral("模糊测试站");
    header.seq = 1;
    header.firstOutbox = 1;
    header.lastOutbox = changes;
    header.changes = changes;
    header.created = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    header.payloadSha256 = QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    header.payloadBytes = payload.size();
    const QByteArray headerBytes = header.toJson();
    // The container exactly as Bundle::seal writes it (one chunk is enough for fuzz-sized payloads).
    QByteArray out("SNBUNDLE");
    appendU32(out, quint32(headerBytes.size()));
    out.append(headerBytes);
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, streamHeader, reinterpret_cast<const unsigned char *>(testKey().key().constData()));
    out.append(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader);
    QByteArray cipher(payload.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    unsigned long long written = 0;
    crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(cipher.data()), &written,
        reinterpret_cast<const unsigned char *>(payload.constData()), quint64(payload.size()),
        reinterpret_cast<const unsigned char *>(headerBytes.constData()), quint64(headerBytes.size()),
        crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    appendU32(out, quint32(written));
    out.append(cipher.constData(), qsizetype(written));
    return out;
}

Outcome bundlePayload(const QByteArray &data)
{
    const bool compress = !data.isEmpty() && (quint8(data[0]) & 1);
    const int format = !data.isEmpty() && (quint8(data[0]) & 2) ? 2 : 1; // bit 1: the CBOR payload of format 2
    const QByteArray rest = data.mid(data.isEmpty() ? 0 : 1);
    const QByteArray payload = compress ? qCompress(rest, 1) : rest;
    // Claim one change: a payload that parses into another count is refused after parsing, which is the point.
    return bundle(sealRawPayload(payload, 1, format));
}

QByteArray storedZip(const QList<QPair<QString, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, bytes] : entries) {
        const QByteArray n = name.toUtf8();
        const quint32 crc = quint32(
            crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
        const quint32 offset = quint32(out.size());
        appendLe32(out, 0x04034b50);
        appendLe16(out, 20); // version needed
        appendLe16(out, 0); // flags
        appendLe16(out, 0); // stored
        appendLe32(out, 0); // time, date
        appendLe32(out, crc);
        appendLe32(out, quint32(bytes.size()));
        appendLe32(out, quint32(bytes.size()));
        appendLe16(out, quint16(n.size()));
        appendLe16(out, 0);
        out.append(n).append(bytes);

        appendLe32(directory, 0x02014b50);
        appendLe16(directory, 20); // version made by
        appendLe16(directory, 20);
        appendLe16(directory, 0);
        appendLe16(directory, 0);
        appendLe32(directory, 0);
        appendLe32(directory, crc);
        appendLe32(directory, quint32(bytes.size()));
        appendLe32(directory, quint32(bytes.size()));
        appendLe16(directory, quint16(n.size()));
        appendLe16(directory, 0); // extra
        appendLe16(directory, 0); // comment
        appendLe16(directory, 0); // disk
        appendLe16(directory, 0); // internal attributes
        appendLe32(directory, 0); // external attributes
        appendLe32(directory, offset);
        directory.append(n);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    appendLe32(out, 0x06054b50);
    appendLe16(out, 0);
    appendLe16(out, 0);
    appendLe16(out, quint16(entries.size()));
    appendLe16(out, quint16(entries.size()));
    appendLe32(out, quint32(directory.size()));
    appendLe32(out, directoryOffset);
    appendLe16(out, 0);
    return out;
}

const QList<Target> &targets()
{
    static const QList<Target> list { { "idnumber", idNumber }, { "csv", csv }, { "xlsx", xlsx },
        { "xlsx_parts", xlsxParts }, { "xls", xls }, { "ods", ods }, { "ods_content", odsContent }, { "sheet", sheet },
        { "bundle", bundle }, { "bundle_payload", bundlePayload } };
    return list;
}

} // namespace sn::fuzz
