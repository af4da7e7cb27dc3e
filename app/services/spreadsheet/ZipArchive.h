#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

namespace sn {

// Just enough of ZIP to read the parts of an .xlsx: the central directory, stored and deflated entries,
// CRC-checked. Not QuaZip: QuaZip exports its own fork of minizip's zipOpen3/unzOpen symbols, which
// interpose on the system minizip that libxlsxwriter calls, so a process linking both crashes in
// workbook_close(). zlib alone has no such clash.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(sn::ZipArchive)
public:
    enum class Problem { None, Missing, TooLarge, Unsupported, Corrupt, Checksum };

    // False when the file cannot be read, is larger than SheetLimits::MaxFileBytes or has no readable central
    // directory (truncated, not a zip).
    bool open(const QString &path);
    bool contains(const QString &name) const { return m_entries.contains(name.toLower()); }
    // The entry's bytes; nullopt when missing. *damaged is set when the entry exists but cannot be inflated or
    // fails its CRC.
    std::optional<QByteArray> read(const QString &name, bool *damaged) const;
    // The same, saying what is wrong: missing, larger than SheetLimits::MaxPartBytes once inflated, packed with
    // a method other than stored or deflated, not inflatable, or failing its CRC.
    std::optional<QByteArray> read(const QString &name, Problem *problem) const;
    // The problem in words, after a part's name: "is missing", "fails its checksum", ...
    static QString describe(Problem problem);

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };
    QByteArray m_data;
    QHash<QString, Entry> m_entries; // by lower-case name
};

} // namespace sn
