#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sn {

// Just enough of an OLE2 compound file (MS-CFB) to tell what it holds before FreeXL reads it: the names of its
// streams (a workbook's "Workbook" or "Book", an encrypted package's "EncryptedPackage", a Word document's
// "WordDocument") and the first bytes of one stream (where BIFF puts its FILEPASS record). Every chain is
// bounded by the file's size, so a damaged file ends in nullopt, never in a loop.
class CompoundFile
{
public:
    // False when the header, the allocation table or the directory cannot be read.
    bool open(const QByteArray &data);
    QStringList streams() const;
    bool contains(const QString &name) const; // case-insensitive, as MS-CFB compares names
    // Up to `limit` bytes of the stream; nullopt when it is missing or its chain is broken.
    std::optional<QByteArray> read(const QString &name, qsizetype limit) const;

private:
    struct Entry
    {
        QString name;
        int type = 0; // 1 storage, 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };
    std::optional<QByteArray> chain(quint32 start, const QList<quint32> &table, qsizetype sectorSize,
        const QByteArray &sectors, qsizetype base, qsizetype limit) const;
    QByteArray sector(quint32 index) const;

    QByteArray m_data;
    qsizetype m_sectorSize = 512;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
    QByteArray m_miniStream;
    QList<Entry> m_entries;
};

} // namespace sn
