#include "ZipArchive.h"

#include "Sheet.h"

#include <QFile>
#include <zlib.h>

namespace sn {

namespace {

quint16 u16(const QByteArray &d, qsizetype at)
{
    return quint16(quint8(d[at])) | quint16(quint8(d[at + 1])) << 8;
}

quint32 u32(const QByteArray &d, qsizetype at)
{
    return quint32(u16(d, at)) | quint32(u16(d, at + 2)) << 16;
}

} // namespace

bool ZipArchive::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > SheetLimits::MaxFileBytes)
        return false;
    m_data = file.readAll();
    m_entries.clear();
    const qsizetype n = m_data.size();
    if (n < 22)
        return false;
    qsizetype eocd = -1;
    for (qsizetype i = n - 22; i >= 0 && i >= n - 22 - 65535; --i) {
        if (u32(m_data, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return false;
    const quint16 count = u16(m_data, eocd + 10);
    const quint32 cdSize = u32(m_data, eocd + 12);
    const quint32 cdOffset = u32(m_data, eocd + 16);
    if (qsizetype(cdOffset) + qsizetype(cdSize) > eocd)
        return false;
    qsizetype at = cdOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > eocd || u32(m_data, at) != 0x02014b50)
            return false;
        Entry e;
        e.method = u16(m_data, at + 10);
        e.crc = u32(m_data, at + 16);
        e.compressedSize = u32(m_data, at + 20);
        e.size = u32(m_data, at + 24);
        const quint16 nameLength = u16(m_data, at + 28);
        const quint16 extraLength = u16(m_data, at + 30);
        const quint16 commentLength = u16(m_data, at + 32);
        e.localOffset = u32(m_data, at + 42);
        if (at + 46 + nameLength > eocd)
            return false;
        const QString name = QString::fromUtf8(m_data.constData() + at + 46, nameLength);
        m_entries.insert(name.toLower(), e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return !m_entries.isEmpty();
}

std::optional<QByteArray> ZipArchive::read(const QString &name, bool *damaged) const
{
    Problem problem = Problem::None;
    auto data = read(name, &problem);
    *damaged = problem != Problem::None && problem != Problem::Missing;
    if (*damaged)
        return QByteArray();
    return data;
}

QString ZipArchive::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Missing:
        return tr("is missing");
    case Problem::TooLarge:
        return tr("is larger than %L1 MB once unpacked").arg(SheetLimits::MaxPartBytes >> 20);
    case Problem::Unsupported:
        return tr("is packed in a way other than the two every office program writes");
    case Problem::Corrupt:
        return tr("cannot be unpacked (the file was cut short or altered)");
    case Problem::Checksum:
        return tr("fails its checksum (the file was cut short or altered)");
    }
    return {};
}

std::optional<QByteArray> ZipArchive::read(const QString &name, Problem *problem) const
{
    *problem = Problem::Missing;
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd())
        return std::nullopt;
    const Entry &e = *it;
    *problem = Problem::Corrupt;
    const qsizetype local = e.localOffset;
    if (local + 30 > m_data.size() || u32(m_data, local) != 0x04034b50)
        return QByteArray();
    if (qint64(e.size) > SheetLimits::MaxPartBytes) {
        *problem = Problem::TooLarge;
        return QByteArray();
    }
    const qsizetype start = local + 30 + u16(m_data, local + 26) + u16(m_data, local + 28);
    if (start + qsizetype(e.compressedSize) > m_data.size())
        return QByteArray();
    QByteArray out;
    if (e.method == 0) {
        out = m_data.mid(start, e.compressedSize);
    } else if (e.method == 8) {
        // Inflated into exactly the size the directory declares, never more: a part cannot grow past it.
        out.resize(qsizetype(e.size));
        z_stream z {};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return QByteArray();
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_data.constData() + start));
        z.avail_in = e.compressedSize;
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = e.size;
        const int rc = inflate(&z, Z_FINISH);
        const uLong produced = z.total_out;
        inflateEnd(&z);
        if (rc != Z_STREAM_END || produced != e.size)
            return QByteArray();
    } else {
        *problem = Problem::Unsupported;
        return QByteArray();
    }
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size()));
    if (crc != e.crc) {
        *problem = Problem::Checksum;
        return QByteArray();
    }
    *problem = Problem::None;
    if (out.isNull())
        out = QByteArray("");
    return out;
}

} // namespace sn
