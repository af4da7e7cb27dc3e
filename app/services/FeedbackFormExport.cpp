#include "FeedbackFormExport.h"

#include "SuspicionService.h"
#include "spreadsheet/XlsxFile.h"

#include <xlsxwriter.h>

namespace sn {

namespace {

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *cell = nullptr;
    lxw_format *centred = nullptr;
    lxw_format *note = nullptr;
};

lxw_format *songFormat(XlsxFile &file, double size)
{
    lxw_format *f = file.addFormat();
    format_set_font_name(f, "宋体");
    format_set_font_size(f, size);
    return f;
}

Formats makeFormats(XlsxFile &file)
{
    Formats f;
    f.title = songFormat(file, 18);
    format_set_bold(f.title);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
    f.subtitle = songFormat(file, 11);
    f.header = songFormat(file, 12);
    format_set_bold(f.header);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f.header);
    f.cell = songFormat(file, 11);
    format_set_border(f.cell, LXW_BORDER_THIN);
    format_set_align(f.cell, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f.cell);
    f.centred = songFormat(file, 11);
    format_set_border(f.centred, LXW_BORDER_THIN);
    format_set_align(f.centred, LXW_ALIGN_CENTER);
    format_set_align(f.centred, LXW_ALIGN_VERTICAL_CENTER);
    format_set_num_format(f.centred, "@");
    f.note = songFormat(file, 11);
    return f;
}

} // namespace

QString FeedbackFormExport::title(const QString &department)
{
    return (department.isEmpty() ? QStringLiteral("(部门)") : department) + QStringLiteral("困难群众疑点信息反馈表");
}

QStringList FeedbackFormExport::headers()
{
    return {QStringLiteral("序号"), QStringLiteral("户主姓名"), QStringLiteral("家庭住址"), QStringLiteral("疑点内容"), QStringLiteral("联系电话")};
}

QString FeedbackFormExport::footnote()
{
    return QStringLiteral("注：每月月底报送。");
}

Status FeedbackFormExport::write(Database &db, const Session &session, const QString &month, const QString &department,
                                 const QString &path, const Progress &progress)
{
    if (!SuspicionService::isMonth(month))
        return Error::invalid(tr("The month must be written YYYY-MM, not \"%1\".").arg(month), QStringLiteral("month"));
    SuspicionService service(db, session);
    QStringList departments;
    if (!department.isEmpty()) {
        departments.append(department);
    } else {
        auto list = service.departments(month);
        if (!list)
            return list.error();
        departments = list.value();
        if (departments.isEmpty())
            departments.append(QString());
    }
    XlsxFile file(path);
    if (!file.isOpen())
        return file.openError();
    const Formats f = makeFormats(file);
    const QStringList names = headers();
    const double widths[] = {7, 12, 40, 50, 16};
    int done = 0;
    int total = 0;
    QList<QList<SuspicionRow>> perDepartment;
    for (const QString &d : std::as_const(departments)) {
        QList<SuspicionRow> rows;
        if (!d.isEmpty()) {
            SuspicionQuery q;
            q.month = month;
            q.department = d;
            auto r = service.rows(q);
            if (!r)
                return r.error();
            rows = r.value();
        }
        total += int(rows.size());
        perDepartment.append(rows);
    }
    for (int s = 0; s < departments.size(); ++s) {
        const QString &d = departments.at(s);
        lxw_worksheet *ws = file.addSheet(d.isEmpty() ? QStringLiteral("反馈表") : d);
        if (!ws)
            return Error::io(tr("Cannot add the sheet for %1.").arg(d));
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9); // A4
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
        for (int c = 0; c < 5; ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        worksheet_set_row(ws, 0, 36, nullptr);
        XlsxFile::mergeText(ws, 0, 0, 0, 4, title(d), f.title);
        const QString when = QStringLiteral("报送月份：%1年%2月").arg(month.left(4)).arg(month.mid(5, 2).toInt());
        XlsxFile::mergeText(ws, 1, 0, 1, 4, when, f.subtitle);
        for (int c = 0; c < 5; ++c)
            XlsxFile::writeText(ws, 2, c, names.at(c), f.header);
        worksheet_repeat_rows(ws, 2, 2);
        int row = 3;
        const QList<SuspicionRow> &rows = perDepartment.at(s);
        for (int i = 0; i < rows.size(); ++i, ++row) {
            const SuspicionRow &r = rows.at(i);
            XlsxFile::writeNumber(ws, row, 0, i + 1, f.centred);
            XlsxFile::writeText(ws, row, 1, r.headName, f.cell);
            XlsxFile::writeText(ws, row, 2, r.address, f.cell);
            XlsxFile::writeText(ws, row, 3, r.content, f.cell);
            XlsxFile::writeText(ws, row, 4, r.phone, f.centred);
            ++done;
            if (progress && done % 500 == 0 && !progress(done, total))
                return cancelledError(); // the temporary file is removed by XlsxFile
        }
        if (rows.isEmpty()) {
            // The blank form: ten ruled rows to fill in.
            for (int i = 0; i < 10; ++i, ++row) {
                for (int c = 0; c < 5; ++c)
                    XlsxFile::writeText(ws, row, c, QString(), c == 0 || c == 4 ? f.centred : f.cell);
            }
        }
        XlsxFile::mergeText(ws, row, 0, row, 4, footnote(), f.note);
    }
    if (progress && !progress(total, total))
        return cancelledError();
    return file.commit();
}

} // namespace sn
