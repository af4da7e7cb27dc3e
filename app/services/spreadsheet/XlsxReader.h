#pragma once

#include "Sheet.h"

namespace sn {

// .xlsx (Office Open XML): unzipped with zlib (ZipArchive), parsed with QXmlStreamReader. Shared and inline strings,
// numbers, booleans, formula results, and dates recognised from the cell's number format (built-in date
// formats and custom ones with y/m/d), in the 1900 or 1904 date system.
class XlsxReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(sn::XlsxReader)
public:
    Result<Sheet> read(const QString &path, const QString &sheetName) override;
    Result<QStringList> sheetNames(const QString &path) override;

    // Exposed for tests: does an Excel number format show a date?
    static bool isDateFormat(int numFmtId, const QString &formatCode);
    // "B12" -> column 1 (0-based); -1 if not a reference.
    static int columnOfReference(QStringView reference);
};

} // namespace sn
