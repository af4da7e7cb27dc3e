#pragma once

#include "Sheet.h"

namespace sn {

// .xlsx (Office Open XML, transitional or strict): unzipped with zlib (ZipArchive), the parts found through the
// package's relationships (absolute or relative names, wherever the writer put them), the sheet and shared
// strings parsed with expat, the small parts with QXmlStreamReader. Shared (possibly absent or empty) and inline
// strings, rich text, _xHHHH_ escapes, numbers, booleans, formula results, and dates recognised from the cell's
// number format (built-in date formats and custom ones with y/m/d), in the 1900 or 1904 date system.
class XlsxReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(sn::XlsxReader)
public:
    Result<Sheet> read(const QString &path, const QString &sheetName) override;
    Result<QStringList> sheetNames(const QString &path) override;

    // The reader for a zip package: XlsxReader, OdsReader for an OpenDocument spreadsheet, or why it is
    // neither (a Word document, an OpenDocument text, a zip without a workbook, a damaged zip).
    static Result<std::unique_ptr<SheetReader>> forPackage(const QString &path);
    // "_x000D_" is a carriage return, "_x005F_" an underscore (ECMA-376 Part 1, 22.9.2.19).
    static QString unescape(const QString &text);
    static QString columnName(int column); // 0 -> "A", 16383 -> "XFD"

    // Exposed for tests: does an Excel number format show a date?
    static bool isDateFormat(int numFmtId, const QString &formatCode);
    // "B12" -> column 1 (0-based); -1 if not a reference.
    static int columnOfReference(QStringView reference);
};

} // namespace sn
