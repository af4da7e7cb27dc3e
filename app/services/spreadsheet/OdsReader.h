#pragma once

#include "Sheet.h"

namespace sn {

// OpenDocument spreadsheets (.ods, as LibreOffice and WPS save them): content.xml unzipped with zlib
// (ZipArchive) and parsed with expat. Strings (paragraphs joined with line breaks, <text:s/> spaces), floats,
// percentages and currency as numbers, dates, booleans. Repeated rows and cells (how ODF writes a run of
// empty ones, up to the last of 1,048,576 rows) take memory only when something follows them.
class OdsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(sn::OdsReader)
public:
    Result<Sheet> read(const QString &path, const QString &sheetName) override;
    Result<QStringList> sheetNames(const QString &path) override;
};

} // namespace sn
