#pragma once

#include "Sheet.h"

#include <QByteArray>

namespace sn {

// CSV and tab-separated text as Excel and WPS save them in China: UTF-8 with or without a byte-order mark,
// UTF-16 with a mark ("Unicode text"), or GB18030 (any text that is not valid UTF-8). The separator
// (comma, semicolon or tab) is the one most frequent outside quotes in the first lines. Quoted fields may
// hold separators, doubled quotes and line breaks. Every cell is text.
class CsvReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(sn::CsvReader)
public:
    Result<Sheet> read(const QString &path, const QString &sheetName) override;
    Result<QStringList> sheetNames(const QString &path) override;

    // Exposed for tests.
    enum class Encoding { Utf8, Utf16, Gb18030 };
    static Encoding detectEncoding(const QByteArray &data);
    static Result<QString> decode(const QByteArray &data, Encoding *used = nullptr);
    static QChar detectSeparator(QStringView text);
    static QList<QStringList> parse(QStringView text, QChar separator);
};

} // namespace sn
