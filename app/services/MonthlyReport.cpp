#include "MonthlyReport.h"

#include "StationService.h"
#include "SuspicionService.h"
#include "spreadsheet/XlsxFile.h"

#include "database/Database.h"
#include "database/ReportRepository.h"
#include "domain/Category.h"
#include "domain/Clock.h"

#include <xlsxwriter.h>

#include <functional>

namespace sn {

namespace {

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *number = nullptr;
    lxw_format *date = nullptr;
    lxw_format *total = nullptr;
};

// One sheet's grid: a title row, a "generated on" row, then a header row and data.
class Grid
{
public:
    Grid(XlsxFile &file, const Formats &f, const QString &name, const QString &title, const QStringList &headers)
        : m_f(f)
        , m_columns(int(headers.size()))
    {
        m_ws = file.addSheet(name);
        worksheet_set_landscape(m_ws);
        worksheet_set_paper(m_ws, 9);
        worksheet_fit_to_pages(m_ws, 1, 0);
        worksheet_set_column(m_ws, 0, 0, 16, nullptr);
        worksheet_set_column(m_ws, 1, lxw_col_t(std::max(1, m_columns - 1)), 12, nullptr);
        XlsxFile::mergeText(m_ws, 0, 0, 0, std::max(1, m_columns - 1), title, f.title);
        XlsxFile::writeText(m_ws, 1, 0, QStringLiteral("生成日期"), f.text);
        XlsxFile::writeDate(m_ws, 1, 1, Clock::today(), f.date);
        for (int c = 0; c < m_columns; ++c)
            XlsxFile::writeText(m_ws, 2, c, headers.at(c), f.header);
        worksheet_repeat_rows(m_ws, 2, 2);
        worksheet_freeze_panes(m_ws, 3, 1);
    }
    lxw_worksheet *sheet() const { return m_ws; }
    int row() const { return m_row; }
    void text(int column, const QString &value) { XlsxFile::writeText(m_ws, m_row, column, value, m_f.text); }
    void number(int column, double value, bool total = false)
    {
        XlsxFile::writeNumber(m_ws, m_row, column, value, total ? m_f.total : m_f.number);
    }
    void date(int column, const QDate &value) { XlsxFile::writeDate(m_ws, m_row, column, value, m_f.date); }
    void next() { ++m_row; }

private:
    const Formats &m_f;
    lxw_worksheet *m_ws = nullptr;
    int m_columns = 0;
    int m_row = 3;
};

Formats makeFormats(XlsxFile &file)
{
    Formats f;
    auto song = [&file](double size) {
        lxw_format *x = file.addFormat();
        format_set_font_name(x, "宋体");
        format_set_font_size(x, size);
        return x;
    };
    f.title = song(16);
    format_set_bold(f.title);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    f.header = song(11);
    format_set_bold(f.header);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_text_wrap(f.header);
    f.text = song(11);
    format_set_border(f.text, LXW_BORDER_THIN);
    f.number = song(11);
    format_set_border(f.number, LXW_BORDER_THIN);
    format_set_num_format(f.number, "0");
    f.total = song(11);
    format_set_border(f.total, LXW_BORDER_THIN);
    format_set_bold(f.total);
    format_set_num_format(f.total, "0");
    f.date = song(11);
    format_set_border(f.date, LXW_BORDER_THIN);
    format_set_num_format(f.date, "yyyy-mm-dd");
    return f;
}

// The workbook of one month: the scope, the file and one function per sheet.
class ReportWriter
{
public:
    ReportWriter(Database &db, const Session &session, const QString &month, XlsxFile &file)
        : m_db(db)
        , m_session(session)
        , m_month(month)
        , m_file(file)
        , m_formats(makeFormats(file))
        , m_tree(StationService::regions(db))
    {
        m_first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        m_last = m_first.addMonths(1).addDays(-1);
        m_asOf = std::min(Clock::today(), m_last);
        m_label = QStringLiteral("%1年%2月").arg(m_first.year()).arg(m_first.month());
        for (const Region *t : m_tree.townships()) {
            if (session.coversTownship(t->code))
                m_townships.append(t->code);
        }
        m_scope = Roles::districtWide(session.role) ? QString() : session.townshipCode;
    }

    Status categories(const ActiveHouseholdCounts &active);
    Status tiers(const ActiveHouseholdCounts &active);
    Status reviews();
    Status leads();
    Status suspicions();

private:
    QString nameOf(const QString &code) const { return m_tree.find(code) ? m_tree.find(code)->name : code; }
    // A row per township of the scope with `valuesOf(township)`, then the 合计 row of their sums.
    void townshipRows(Grid &g, const std::function<QList<qint64>(const QString &)> &valuesOf) const;

    Database &m_db;
    const Session &m_session;
    QString m_month;
    XlsxFile &m_file;
    Formats m_formats;
    RegionTree m_tree;
    QDate m_first, m_last, m_asOf;
    QString m_label;
    QStringList m_townships;
    QString m_scope; // empty: the district
};

void ReportWriter::townshipRows(Grid &g, const std::function<QList<qint64>(const QString &)> &valuesOf) const
{
    QList<qint64> sums;
    for (const QString &t : std::as_const(m_townships)) {
        g.text(0, nameOf(t));
        const QList<qint64> values = valuesOf(t);
        sums.resize(std::max(sums.size(), values.size()), 0);
        for (int i = 0; i < values.size(); ++i) {
            g.number(1 + i, double(values.at(i)));
            sums[i] += values.at(i);
        }
        g.next();
    }
    g.text(0, QStringLiteral("合计"));
    if (sums.isEmpty()) // no township in scope: a zero total still shows the columns' meaning
        sums.resize(valuesOf(QString()).size(), 0);
    for (int i = 0; i < sums.size(); ++i)
        g.number(1 + i, double(sums.at(i)), true);
}

// 1. Households by township and category (active households).
Status ReportWriter::categories(const ActiveHouseholdCounts &active)
{
    const QList<Category> categories { Category::Tekun, Category::Dibao, Category::DibaoEdge, Category::Expenditure,
        Category::Monitored, Category::OtherHardship, Category::None };
    QStringList headers { QStringLiteral("乡镇(街道)") };
    for (Category c : categories) // 无类别, not 其他: 其他困难人员 is a category of its own since 2023
        headers.append(c == Category::None ? QStringLiteral("无类别") : CategoryNames::chinese(c));
    headers << QStringLiteral("合计户数") << QStringLiteral("合计人数");
    Grid g(m_file, m_formats, MonthlyReport::sheetNames().at(0), QStringLiteral("%1 分类统计（在保户数）").arg(m_label),
        headers);
    townshipRows(g, [&](const QString &t) {
        QList<qint64> values;
        qint64 all = 0;
        for (Category c : categories) {
            values.append(active.categories.value(t).value(CategoryNames::code(c)));
            all += values.last();
        }
        return values << all << active.persons.value(t).value(QString());
    });
    return {};
}

// 2. Tiers (三色管理).
Status ReportWriter::tiers(const ActiveHouseholdCounts &active)
{
    const QStringList codes { QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green"),
        QStringLiteral("monitoring") };
    Grid g(m_file, m_formats, MonthlyReport::sheetNames().at(1), QStringLiteral("%1 三色管理").arg(m_label),
        { QStringLiteral("乡镇(街道)"), QStringLiteral("红色(特困)"), QStringLiteral("黄色"), QStringLiteral("绿色"),
            QStringLiteral("动态监测"), QStringLiteral("合计") });
    townshipRows(g, [&](const QString &t) {
        QList<qint64> values;
        qint64 all = 0;
        for (const QString &code : codes) {
            values.append(active.tiers.value(t).value(code));
            all += values.last();
        }
        return values << all;
    });
    return {};
}

// 3. Reviews: due this month, done this month, overdue (open and due before the report date).
Status ReportWriter::reviews()
{
    auto counts = ReportRepository(m_db).reviews(m_first, m_last, m_asOf, m_scope);
    if (!counts)
        return counts.error();
    Grid g(m_file, m_formats, MonthlyReport::sheetNames().at(2), QStringLiteral("%1 复核情况").arg(m_label),
        { QStringLiteral("乡镇(街道)"), QStringLiteral("本月到期"), QStringLiteral("本月完成"),
            QStringLiteral("逾期未完成") });
    townshipRows(g, [&](const QString &t) {
        QList<qint64> values;
        for (const char *key : { "due", "done", "overdue" })
            values.append(counts.value().value(t).value(QLatin1String(key)));
        return values;
    });
    return {};
}

// 4. Leads: counts by state, overdue answers, then the open leads with their deadlines.
Status ReportWriter::leads()
{
    const QStringList states { QStringLiteral("reported"), QStringLiteral("verified"), QStringLiteral("window"),
        QStringLiteral("field_check"), QStringLiteral("decided"), QStringLiteral("follow_up"),
        QStringLiteral("closed") };
    const QStringList stateNames { QStringLiteral("已上报"), QStringLiteral("已核实"), QStringLiteral("已到窗口"),
        QStringLiteral("实地核查"), QStringLiteral("已决定"), QStringLiteral("回访"), QStringLiteral("已办结") };
    const QDateTime moment = std::min(Clock::now(), QDateTime(m_asOf.addDays(1), QTime(0, 0)));
    const ReportRepository repository(m_db);
    auto counts = repository.leads(moment, m_scope);
    if (!counts)
        return counts.error();
    QStringList headers { QStringLiteral("乡镇(街道)") };
    headers << stateNames << QStringLiteral("合计") << QStringLiteral("超期未答复");
    Grid g(m_file, m_formats, MonthlyReport::sheetNames().at(3), QStringLiteral("%1 救助线索").arg(m_label), headers);
    townshipRows(g, [&](const QString &t) {
        QList<qint64> values;
        qint64 all = 0;
        for (const QString &state : states) {
            values.append(counts.value().value(t).value(state));
            all += values.last();
        }
        return values << all << counts.value().value(t).value(QStringLiteral("overdue"));
    });
    g.next();
    g.next();
    // The open leads and their deadlines.
    const QStringList listHeaders { QStringLiteral("乡镇(街道)"), QStringLiteral("姓名"), QStringLiteral("来源"),
        QStringLiteral("状态"), QStringLiteral("上报日期"), QStringLiteral("答复期限"), QStringLiteral("是否超期") };
    for (int c = 0; c < listHeaders.size(); ++c)
        XlsxFile::writeText(g.sheet(), g.row(), c, listHeaders.at(c), m_formats.header);
    g.next();
    auto open = repository.openLeads(moment, m_scope);
    if (!open)
        return open.error();
    for (const OpenLeadLine &l : std::as_const(open.value())) {
        g.text(0, nameOf(l.townshipCode));
        g.text(1, l.personName);
        g.text(2, l.source);
        const int s = int(states.indexOf(l.state));
        g.text(3, s >= 0 ? stateNames.at(s) : l.state);
        g.date(4, l.reportedAt.date());
        g.date(5, l.deadlineAt.date());
        g.text(6, l.overdue ? QStringLiteral("是") : QStringLiteral("否"));
        g.next();
    }
    return {};
}

// 5. Department suspicion tables of the month: matching and verification progress.
Status ReportWriter::suspicions()
{
    auto rows = SuspicionService(m_db, m_session).progress(m_month);
    if (!rows)
        return rows.error();
    Grid g(m_file, m_formats, MonthlyReport::sheetNames().at(4), QStringLiteral("%1 部门疑点信息核查进度").arg(m_label),
        { QStringLiteral("部门"), QStringLiteral("疑点条数"), QStringLiteral("已匹配"), QStringLiteral("待确认"),
            QStringLiteral("未匹配"), QStringLiteral("无效"), QStringLiteral("排除"), QStringLiteral("纳入保障"),
            QStringLiteral("转介"), QStringLiteral("调整"), QStringLiteral("未核查") });
    QList<qint64> sums(10, 0);
    for (const SuspicionProgress &p : rows.value()) {
        const QList<qint64> values { p.total, p.byStatus.value(SuspicionStatus::Matched),
            p.byStatus.value(SuspicionStatus::Candidate), p.byStatus.value(SuspicionStatus::Unmatched),
            p.byStatus.value(SuspicionStatus::Invalid), p.byVerification.value(Verification::Excluded),
            p.byVerification.value(Verification::TakenIn), p.byVerification.value(Verification::Referred),
            p.byVerification.value(Verification::Adjusted), p.byVerification.value(Verification::None) };
        g.text(0, p.department);
        for (int i = 0; i < values.size(); ++i) {
            g.number(1 + i, double(values.at(i)));
            sums[i] += values.at(i);
        }
        g.next();
    }
    g.text(0, QStringLiteral("合计"));
    for (int i = 0; i < sums.size(); ++i)
        g.number(1 + i, double(sums.at(i)), true);
    return {};
}

} // namespace

QStringList MonthlyReport::sheetNames()
{
    return { QStringLiteral("分类统计"), QStringLiteral("三色管理"), QStringLiteral("复核情况"),
        QStringLiteral("救助线索"), QStringLiteral("疑点核查") };
}

Status MonthlyReport::write(
    Database &db, const Session &session, const QString &month, const QString &path, const Progress &progress)
{
    if (!session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view reports."));
    if (!SuspicionService::isMonth(month))
        return Error::invalid(tr("The month must be written YYYY-MM, not \"%1\".").arg(month), QStringLiteral("month"));
    auto active
        = ReportRepository(db).activeHouseholds(Roles::districtWide(session.role) ? QString() : session.townshipCode);
    if (!active)
        return active.error();
    XlsxFile file(path);
    if (!file.isOpen())
        return file.openError();
    ReportWriter writer(db, session, month, file);
    const QList<std::function<Status()>> sheets { [&] { return writer.categories(active.value()); },
        [&] { return writer.tiers(active.value()); }, [&] { return writer.reviews(); }, [&] { return writer.leads(); },
        [&] { return writer.suspicions(); } };
    for (int i = 0; i < sheets.size(); ++i) {
        if (auto s = sheets.at(i)(); !s)
            return s;
        if (progress && !progress(i + 1, int(sheets.size())))
            return cancelledError();
    }
    return file.commit();
}

} // namespace sn
