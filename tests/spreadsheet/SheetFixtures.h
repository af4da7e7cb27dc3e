#pragma once

// Spreadsheets as they arrive from townships and departments, written by the tests themselves with
// libxlsxwriter (xlsx) or as bytes (csv). The .xls fixture is committed: tests/data/ledger.xls.
#include "TestUtil.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QVariant>
#include <xlsxwriter.h>

namespace sn::test {

// One cell of a fixture: a QString (text), a double/int (number), a bool, a QDate (date), or invalid (blank).
using FixtureRow = QList<QVariant>;

struct XlsxFixture
{
    QString sheetName = QStringLiteral("Sheet1");
    QString title;            // merged over the table's width in row 1 when set
    QString subtitle;         // merged in row 2 when set
    QList<FixtureRow> rows;   // from the row after the titles
};

inline bool writeXlsx(const QString &path, const QList<XlsxFixture> &sheets)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return false;
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    for (const XlsxFixture &s : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, s.sheetName.toUtf8().constData());
        int width = 1;
        for (const FixtureRow &r : s.rows)
            width = std::max(width, int(r.size()));
        int row = 0;
        if (!s.title.isEmpty())
            worksheet_merge_range(ws, lxw_row_t(row++), 0, 0, lxw_col_t(width - 1), s.title.toUtf8().constData(), nullptr);
        if (!s.subtitle.isEmpty()) {
            worksheet_merge_range(ws, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(width - 1), s.subtitle.toUtf8().constData(), nullptr);
            ++row;
        }
        for (const FixtureRow &r : s.rows) {
            for (int c = 0; c < r.size(); ++c) {
                const QVariant &v = r.at(c);
                switch (v.typeId()) {
                case QMetaType::QString:
                    worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
                    break;
                case QMetaType::Bool:
                    worksheet_write_boolean(ws, lxw_row_t(row), lxw_col_t(c), v.toBool(), nullptr);
                    break;
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, lxw_row_t(row), lxw_col_t(c), &dt, date);
                    break;
                }
                case QMetaType::Double:
                case QMetaType::Int:
                case QMetaType::LongLong:
                    worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(c), v.toDouble(), nullptr);
                    break;
                default:
                    break;
                }
            }
            ++row;
        }
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder(text);
}

inline QString testData(const QString &name)
{
    return qEnvironmentVariable("SN_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/") + name;
}

} // namespace sn::test
