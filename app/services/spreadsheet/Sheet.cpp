#include "Sheet.h"

#include "CsvReader.h"
#include "XlsReader.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace sn {

Error cancelledError()
{
    return {Error::Kind::Conflict, QCoreApplication::translate("sn::SheetReader", "Cancelled; nothing was changed."),
            QStringLiteral("cancelled")};
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

Result<std::unique_ptr<SheetReader>> SheetReader::forFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray head = file.read(8);
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::unique_ptr<SheetReader> reader;
    if (head.startsWith("PK\x03\x04") || (head.isEmpty() && suffix == QLatin1String("xlsx")))
        reader = std::make_unique<XlsxReader>();
    else if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        reader = std::make_unique<XlsReader>();
    else if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls"))
        return Error::invalid(tr("%1 is not a readable %2 workbook: the file is damaged or incomplete.")
                                  .arg(QFileInfo(path).fileName(), suffix), QFileInfo(path).fileName());
    else
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
