#pragma once
// A department's suspicion table (annex 1) drawn from registry heads {name, id number, address, phone}: a quarter
// of the rows carry the head's ID number, a quarter name + address with the district prefixed, a quarter
// strangers, and some ID numbers stored as numbers (damaged). Row i uses heads[(i * stride) % heads.size()].
#include <QFile>
#include <QList>
#include <QStringList>
#include <xlsxwriter.h>

namespace sn::bench {

inline bool writeDepartmentTable(const QString &path, const QList<QStringList> &heads, int rows, qint64 stride = 1)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb || heads.isEmpty())
        return false;
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, 5, "人社局困难群众疑点信息反馈表", nullptr);
    const char *headers[] = {"序号", "户主姓名", "家庭住址", "疑点内容", "联系电话", "身份证号"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), headers[c], nullptr);
    for (int i = 0; i < rows; ++i) {
        const QStringList &h = heads.at(qsizetype((qint64(i) * stride) % heads.size()));
        const int kind = i % 4;
        const lxw_row_t row = lxw_row_t(i + 2);
        worksheet_write_number(ws, row, 0, i + 1, nullptr);
        worksheet_write_string(ws, row, 1, (kind == 3 ? QStringLiteral("无名%1").arg(i) : h.at(0)).toUtf8().constData(), nullptr);
        worksheet_write_string(ws, row, 2, (kind == 1 ? QStringLiteral("城北区") + h.at(2) : h.at(2)).toUtf8().constData(), nullptr);
        worksheet_write_string(ws, row, 3, "大额医疗支出", nullptr);
        worksheet_write_number(ws, row, 4, h.at(3).toDouble(), nullptr);
        if (kind == 0)
            worksheet_write_string(ws, row, 5, h.at(1).toUtf8().constData(), nullptr);
        else if (kind == 2 && i % 8 == 2)
            worksheet_write_number(ws, row, 5, h.at(1).left(17).toDouble() * 10, nullptr); // lost digits
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

} // namespace sn::bench
