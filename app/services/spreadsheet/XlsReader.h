#pragma once

#include "Sheet.h"

namespace sn {

// Legacy .xls (BIFF5/BIFF8) through FreeXL, which decodes strings to UTF-8 and recognises date cells.
class XlsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(sn::XlsReader)
public:
    Result<Sheet> read(const QString &path, const QString &sheetName) override;
    Result<QStringList> sheetNames(const QString &path) override;
};

} // namespace sn
