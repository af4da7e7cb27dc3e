#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace sn {

// A workbook written with libxlsxwriter to a temporary name next to the target and renamed over it only by
// commit(): a failed or cancelled export leaves the target as it was and no temporary file behind.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(sn::XlsxFile)
public:
    explicit XlsxFile(QString target);
    ~XlsxFile(); // abandons the workbook unless committed
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    bool isOpen() const { return m_workbook != nullptr; }
    lxw_workbook *workbook() const { return m_workbook; }
    Error openError() const;

    // A worksheet; the name is cut to Excel's 31 characters and stripped of []:*?/\ .
    lxw_worksheet *addSheet(const QString &name);
    lxw_format *addFormat();

    // Text and dates through Qt types.
    static void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format);
    static void writeNumber(lxw_worksheet *sheet, int row, int column, double value, lxw_format *format);
    static void writeDate(lxw_worksheet *sheet, int row, int column, const QDate &date, lxw_format *format);
    static void mergeText(lxw_worksheet *sheet, int firstRow, int firstColumn, int lastRow, int lastColumn, const QString &text,
                          lxw_format *format);

    Status commit();
    void abandon();

private:
    QString m_target;
    QString m_temporary;
    lxw_workbook *m_workbook = nullptr;
};

} // namespace sn
