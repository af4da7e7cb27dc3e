#include "Sheet.h"

#include "CompoundFile.h"
#include "CsvReader.h"
#include "XlsReader.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace sn {

Error cancelledError()
{
    return { Error::Kind::Conflict, QCoreApplication::translate("sn::SheetReader", "Cancelled; nothing was changed."),
        QStringLiteral("cancelled") };
}

bool isCancelled(const Error &error)
{
    return error.kind == Error::Kind::Conflict && error.field == QLatin1String("cancelled");
}

QString Cell::display() const
{
    switch (type) {
    case Type::Empty:
        return {};
    case Type::Text:
    case Type::Error:
        return raw.trimmed();
    case Type::Boolean:
        return value != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Type::Date:
        return date.toString(Qt::ISODate);
    case Type::Number:
        if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < 1e18)
            return QString::number(qint64(value));
        return QString::number(value, 'g', 15);
    }
    return {};
}

CellBudget::CellBudget(qint64 fileBytes)
    : m_limit(
        qMin(SheetLimits::MaxCells, SheetLimits::MinCells + SheetLimits::CellsPerByte * qMax<qint64>(0, fileBytes)))
{
}

Error SheetReader::passwordProtected(const QString &path)
{
    return Error::invalid(tr("%1 is protected with a password to open, so it cannot be read. Open it in Excel or WPS, "
                             "remove the password (File, Info, Protect Workbook) and save it, then import it again.")
                              .arg(QFileInfo(path).fileName()),
        QFileInfo(path).fileName());
}

Error SheetReader::notASpreadsheet(const QString &path, const QString &what)
{
    return Error::invalid(tr("%1 is not a spreadsheet: %2. Import an .xlsx, .xls, .ods or .csv file.")
                              .arg(QFileInfo(path).fileName(), what),
        QFileInfo(path).fileName());
}

Error SheetReader::damagedPart(const QString &path, const QString &part, const QString &what)
{
    return Error::invalid(
        tr("%1 is damaged: its part %2 %3. Open it in Excel or WPS and save it again, or ask for a new copy.")
            .arg(QFileInfo(path).fileName(), part, what),
        QFileInfo(path).fileName());
}

Error SheetReader::damaged(const QString &path, const QString &what)
{
    return Error::invalid(tr("%1 is damaged: %2. Open it in Excel or WPS and save it again, or ask for a new copy.")
                              .arg(QFileInfo(path).fileName(), what),
        QFileInfo(path).fileName());
}

Error SheetReader::tooManyCells(const QString &path, qint64 limit)
{
    return Error::invalid(
        tr("%1 addresses more than %L2 cells (rows times columns up to its last cell), more than a file "
           "of its size may: delete the empty rows and columns after the table (Ctrl+End in Excel "
           "shows the last cell), or split the table into several files.")
            .arg(QFileInfo(path).fileName())
            .arg(limit),
        QFileInfo(path).fileName());
}

Error SheetReader::tooLarge(const QString &path, qint64 bytes, qint64 limit)
{
    return Error::invalid(tr("%1 is %L2 MB; files over %L3 MB are not imported. Split the table into several files.")
                              .arg(QFileInfo(path).fileName())
                              .arg((bytes + (1 << 20) - 1) >> 20)
                              .arg(limit >> 20),
        QFileInfo(path).fileName());
}

Result<qint64> SheetReader::checkedSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > SheetLimits::MaxFileBytes)
        return tooLarge(path, file.size(), SheetLimits::MaxFileBytes);
    return file.size();
}

namespace {

// What an OLE2 compound file holds: a workbook FreeXL reads, an encrypted Office package, or something else.
Result<std::unique_ptr<SheetReader>> forCompoundFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(SheetReader::tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    CompoundFile cf;
    if (!cf.open(file.readAll()))
        return SheetReader::damaged(path, SheetReader::tr("its table of contents (the OLE2 directory) cannot be read"));
    if (cf.contains(QStringLiteral("EncryptedPackage")) || cf.contains(QStringLiteral("EncryptionInfo")))
        return SheetReader::passwordProtected(path);
    if (cf.contains(QStringLiteral("Workbook")) || cf.contains(QStringLiteral("Book")))
        return std::unique_ptr<SheetReader>(std::make_unique<XlsReader>());
    if (cf.contains(QStringLiteral("WordDocument")))
        return SheetReader::notASpreadsheet(path, SheetReader::tr("it is a Word document"));
    if (cf.contains(QStringLiteral("PowerPoint Document")))
        return SheetReader::notASpreadsheet(path, SheetReader::tr("it is a PowerPoint presentation"));
    return SheetReader::notASpreadsheet(path, SheetReader::tr("it is an OLE2 file without a workbook"));
}

} // namespace

Result<std::unique_ptr<SheetReader>> SheetReader::forFile(const QString &path)
{
    const auto size = checkedSize(path);
    if (!size)
        return size.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray head = file.read(8);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool workbookSuffix
        = suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls") || suffix == QLatin1String("ods");
    std::unique_ptr<SheetReader> reader;
    if (head.startsWith("PK\x03\x04"))
        return XlsxReader::forPackage(path);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return forCompoundFile(path);
    if (head.startsWith("%PDF"))
        return notASpreadsheet(path, tr("it is a PDF document"));
    if (head.isEmpty())
        return damaged(path, tr("the file is empty"));
    if (workbookSuffix)
        return notASpreadsheet(
            path, tr("it is neither a zip package nor an Excel 97-2003 file, whatever its name says"));
    reader = std::make_unique<CsvReader>();
    return reader;
}

Result<Sheet> SheetReader::readFile(const QString &path, const QString &sheetName)
{
    auto reader = forFile(path);
    if (!reader)
        return reader.error();
    return reader.value()->read(path, sheetName);
}

Result<QStringList> SheetReader::namesInFile(const QString &path)
{
    auto reader = forFile(path);
    if (!reader)
        return reader.error();
    return reader.value()->sheetNames(path);
}

} // namespace sn
