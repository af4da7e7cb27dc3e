#include "CompoundFile.h"

#include <QtEndian>

namespace sn {

namespace {

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 MaxRegular = 0xFFFFFFFA;

quint32 u32(const QByteArray &d, qsizetype at)
{
    return at >= 0 && at + 4 <= d.size() ? qFromLittleEndian<quint32>(d.constData() + at) : EndOfChain;
}

quint16 u16(const QByteArray &d, qsizetype at)
{
    return at >= 0 && at + 2 <= d.size() ? qFromLittleEndian<quint16>(d.constData() + at) : 0;
}

} // namespace

QByteArray CompoundFile::sector(quint32 index) const
{
    const qsizetype at = m_sectorSize + qsizetype(index) * m_sectorSize;
    if (index >= MaxRegular || at + m_sectorSize > m_data.size())
        return {};
    return m_data.mid(at, m_sectorSize);
}

std::optional<QByteArray> CompoundFile::chain(quint32 start, const QList<quint32> &table, qsizetype sectorSize,
    const QByteArray &sectors, qsizetype base, qsizetype limit) const
{
    QByteArray out;
    qsizetype steps = 0;
    for (quint32 s = start; s != EndOfChain && out.size() < limit; s = table.value(s, EndOfChain)) {
        if (s >= MaxRegular || s >= quint32(table.size()) || ++steps > table.size())
            return std::nullopt;
        const qsizetype at = base + qsizetype(s) * sectorSize;
        if (at < 0 || at + sectorSize > sectors.size())
            return std::nullopt;
        out.append(sectors.constData() + at, sectorSize);
    }
    return out;
}

bool CompoundFile::open(const QByteArray &data)
{
    m_data = data;
    m_entries.clear();
    if (data.size() < 512 || !data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return false;
    const quint16 shift = u16(data, 0x1E);
    if (shift != 9 && shift != 12)
        return false;
    m_sectorSize = qsizetype(1) << shift;
    const quint32 fatSectors = u32(data, 0x2C);
    const quint32 firstDirectory = u32(data, 0x30);
    m_miniCutoff = u32(data, 0x38);
    const quint32 firstMiniFat = u32(data, 0x3C);
    quint32 difatSector = u32(data, 0x44);
    const qsizetype sectorsInFile = data.size() / m_sectorSize;
    if (fatSectors > quint32(sectorsInFile))
        return false;
    // The allocation table: its sectors are listed in the header (109) and then in a chain of DIFAT sectors.
    QList<quint32> fatSectorList;
    for (int i = 0; i < 109 && quint32(fatSectorList.size()) < fatSectors; ++i)
        fatSectorList.append(u32(data, 0x4C + i * 4));
    for (qsizetype guard = 0; quint32(fatSectorList.size()) < fatSectors && difatSector < MaxRegular; ++guard) {
        const QByteArray d = sector(difatSector);
        if (d.isEmpty() || guard > sectorsInFile)
            return false;
        for (qsizetype i = 0; i + 4 < d.size() && quint32(fatSectorList.size()) < fatSectors; i += 4)
            fatSectorList.append(u32(d, i));
        difatSector = u32(d, d.size() - 4);
    }
    m_fat.clear();
    for (const quint32 s : fatSectorList) {
        const QByteArray d = sector(s);
        if (d.isEmpty())
            return false;
        for (qsizetype i = 0; i < d.size(); i += 4)
            m_fat.append(u32(d, i));
    }
    const auto directory = chain(firstDirectory, m_fat, m_sectorSize, m_data, m_sectorSize, data.size());
    if (!directory)
        return false;
    for (qsizetype at = 0; at + 128 <= directory->size(); at += 128) {
        Entry e;
        const int nameBytes = qMin<int>(64, u16(*directory, at + 64));
        e.name = QString::fromUtf16(
            reinterpret_cast<const char16_t *>(directory->constData() + at), qMax(0, nameBytes / 2 - 1));
        e.type = quint8(directory->at(at + 66));
        e.start = u32(*directory, at + 116);
        e.size = u32(*directory, at + 120) | (m_sectorSize == 512 ? 0 : quint64(u32(*directory, at + 124)) << 32);
        m_entries.append(e);
    }
    if (m_entries.isEmpty() || m_entries.first().type != 5)
        return false;
    if (const auto miniFat = chain(firstMiniFat, m_fat, m_sectorSize, m_data, m_sectorSize, data.size())) {
        m_miniFat.clear();
        for (qsizetype i = 0; i + 4 <= miniFat->size(); i += 4)
            m_miniFat.append(u32(*miniFat, i));
    }
    m_miniStream
        = chain(m_entries.first().start, m_fat, m_sectorSize, m_data, m_sectorSize, data.size()).value_or(QByteArray());
    return true;
}

QStringList CompoundFile::streams() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        if (e.type == 2)
            names.append(e.name);
    return names;
}

bool CompoundFile::contains(const QString &name) const
{
    return streams().contains(name, Qt::CaseInsensitive);
}

std::optional<QByteArray> CompoundFile::read(const QString &name, qsizetype limit) const
{
    for (const Entry &e : m_entries) {
        if (e.type != 2 || e.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype wanted = qsizetype(qMin<quint64>(e.size, quint64(limit)));
        const auto bytes = e.size < m_miniCutoff ? chain(e.start, m_miniFat, 64, m_miniStream, 0, wanted)
                                                 : chain(e.start, m_fat, m_sectorSize, m_data, m_sectorSize, wanted);
        if (!bytes)
            return std::nullopt;
        return bytes->left(wanted);
    }
    return std::nullopt;
}

} // namespace sn
