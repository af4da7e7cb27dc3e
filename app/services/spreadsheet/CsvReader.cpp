#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <unicode/ucnv.h>

namespace sn {

namespace {

// Qt's GB18030 codec exists only when Qt is built with ICU (Debian's is); otherwise ask ICU directly.
std::optional<QString> decodeGb18030(const QByteArray &data)
{
    QStringDecoder decoder("GB18030");
    if (decoder.isValid()) {
        QString text = decoder(data);
        if (!decoder.hasError())
            return text;
        return std::nullopt;
    }
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("GB18030", &status);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(data.size() + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), data.constData(),
        int32_t(data.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(n);
    return out;
}

} // namespace

CsvReader::Encoding CsvReader::detectEncoding(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return Encoding::Utf16;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(data); // the decoder works only when its result is taken
    return utf8.hasError() ? Encoding::Gb18030 : Encoding::Utf8;
}

Result<QString> CsvReader::decode(const QByteArray &data, Encoding *used)
{
    const Encoding encoding = detectEncoding(data);
    if (used)
        *used = encoding;
    switch (encoding) {
    case Encoding::Utf8: {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = d(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
        return text;
    }
    case Encoding::Utf16: {
        QStringDecoder d(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = d(data.mid(2));
        if (d.hasError())
            break;
        return text;
    }
    case Encoding::Gb18030:
        if (auto text = decodeGb18030(data))
            return *text;
        break;
    }
    return Error::invalid(tr("The text file is neither UTF-8 nor GB18030; save it again as CSV (UTF-8)."));
}

QChar CsvReader::detectSeparator(QStringView text)
{
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    int counts[3] = { 0, 0, 0 };
    bool quoted = false;
    int lines = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n') && ++lines >= 20)
            break;
        else if (!quoted) {
            for (int i = 0; i < 3; ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

QList<QStringList> CsvReader::parse(QStringView text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty() || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

Result<QStringList> CsvReader::sheetNames(const QString &path)
{
    return QStringList { QFileInfo(path).completeBaseName() };
}

Result<Sheet> CsvReader::read(const QString &path, const QString &)
{
    // Read whole, so never more than SheetLimits::MaxFileBytes; each cell costs at least its separator.
    if (auto size = SheetReader::checkedSize(path); !size)
        return size.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::io(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (data.contains('\0') && detectEncoding(data) != Encoding::Utf16)
        return SheetReader::notASpreadsheet(path, tr("it is neither text (CSV) nor an .xlsx, .xls or .ods workbook"));
    auto text = decode(data);
    if (!text)
        return text.error();
    const QChar separator
        = path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ? QLatin1Char('\t') : detectSeparator(text.value());
    Sheet sheet;
    sheet.name = QFileInfo(path).completeBaseName();
    const QList<QStringList> rows = parse(text.value(), separator);
    sheet.rows.reserve(rows.size());
    for (const QStringList &fields : rows) {
        SheetRow row;
        row.reserve(fields.size());
        for (const QString &f : fields)
            row.append(Cell::text(f));
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace sn
