#include "TaskListExport.h"

#include "spreadsheet/XlsxFile.h"

#include "domain/ReviewSchedule.h"
#include "domain/Tier.h"

#include <xlsxwriter.h>

namespace sn {

Status TaskListExport::writeXlsx(const QList<TaskRow> &tasks, const QDate &month, const RegionTree &regions, const QString &path)
{
    XlsxFile file(path);
    if (!file.isOpen())
        return file.openError();
    lxw_worksheet *sheet = file.addSheet(QStringLiteral("%1年%2月复核任务").arg(month.year()).arg(month.month()));
    lxw_format *title = file.addFormat();
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *header = file.addFormat();
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xEEEEEE);
    lxw_format *cell = file.addFormat();
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_text_wrap(cell);
    lxw_format *date = file.addFormat();
    format_set_border(date, LXW_BORDER_THIN);
    format_set_num_format(date, "yyyy-mm-dd");

    const QStringList columns = {QStringLiteral("序号"), QStringLiteral("镇（街道）"), QStringLiteral("村（社区）"), QStringLiteral("户主"),
                                 QStringLiteral("家庭住址"), QStringLiteral("联系电话"), QStringLiteral("分级"), QStringLiteral("任务"),
                                 QStringLiteral("到期日"), QStringLiteral("走访情况及签名")};
    const double widths[] = {6, 14, 14, 10, 30, 14, 8, 16, 12, 28};
    XlsxFile::mergeText(sheet, 0, 0, 0, int(columns.size()) - 1,
                        QStringLiteral("%1年%2月 复核走访任务清单").arg(month.year()).arg(month.month()), title);
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        XlsxFile::writeText(sheet, 1, c, columns.at(c), header);
    }
    worksheet_repeat_rows(sheet, 1, 1);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    int row = 2;
    for (const TaskRow &t : tasks) {
        const Region *township = regions.find(t.townshipCode);
        const Region *village = regions.find(t.villageCode);
        XlsxFile::writeNumber(sheet, row, 0, row - 1, cell);
        XlsxFile::writeText(sheet, row, 1, township ? township->name : t.townshipCode, cell);
        XlsxFile::writeText(sheet, row, 2, village ? village->name : t.villageCode, cell);
        XlsxFile::writeText(sheet, row, 3, t.headName, cell);
        XlsxFile::writeText(sheet, row, 4, t.address, cell);
        XlsxFile::writeText(sheet, row, 5, t.phone, cell);
        XlsxFile::writeText(sheet, row, 6, TierRules::chinese(t.task.tier), cell);
        XlsxFile::writeText(sheet, row, 7, ReviewSchedule::chinese(t.task.type), cell);
        XlsxFile::writeDate(sheet, row, 8, t.task.due, date);
        XlsxFile::writeText(sheet, row, 9, QString(), cell);
        ++row;
    }
    return file.commit();
}

} // namespace sn
