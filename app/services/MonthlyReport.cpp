#include "MonthlyReport.h"

#include "StationService.h"
#include "SuspicionService.h"
#include "spreadsheet/XlsxFile.h"

#include "database/Database.h"
#include "database/SqlUtil.h"
#include "domain/Category.h"
#include "domain/Clock.h"

#include <xlsxwriter.h>

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
    void number(int column, double value, bool total = false) { XlsxFile::writeNumber(m_ws, m_row, column, value, total ? m_f.total : m_f.number); }
    void date(int column, const QDate &value) { XlsxFile::writeDate(m_ws, m_row, column, value, m_f.date); }
    void next() { ++m_row; }

private:
    const Formats &m_f;
    lxw_worksheet *m_ws = nullptr;
    int m_columns = 0;
    int m_row = 3;
};

// Counts of (township, key) from a query returning township_code, key, count.
using Counts = QMap<QString, QHash<QString, qint64>>;

struct ActiveCounts
{
    Counts categories; // township -> category code -> households
    Counts tiers;      // township -> tier -> households
    Counts persons;    // township -> "" -> members
};

Result<Counts> countBy(Database &db, const QString &statement, const QVariantList &values)
{
    auto q = sql::exec(db.sql(), statement, values);
    if (!q)
        return q.error();
    Counts counts;
    while (q.value().next())
        counts[q.value().value(0).toString()][q.value().value(1).toString()] += q.value().value(2).toLongLong();
    return counts;
}

} // namespace

QStringList MonthlyReport::sheetNames()
{
    return {QStringLiteral("分类统计"), QStringLiteral("三色管理"), QStringLiteral("复核情况"), QStringLiteral("救助线索"),
            QStringLiteral("疑点核查")};
}

Status MonthlyReport::write(Database &db, const Session &session, const QString &month, const QString &path, const Progress &progress)
{
    if (!session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view reports."));
    if (!SuspicionService::isMonth(month))
        return Error::invalid(tr("The month must be written YYYY-MM, not \"%1\".").arg(month), QStringLiteral("month"));
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = first.addMonths(1).addDays(-1);
    const QDate today = Clock::today();
    const QDate asOf = std::min(today, last);
    const QString label = QStringLiteral("%1年%2月").arg(first.year()).arg(first.month());

    const RegionTree tree = StationService::regions(db);
    QStringList townships;
    for (const Region *t : tree.townships()) {
        if (session.coversTownship(t->code))
            townships.append(t->code);
    }
    const bool district = Roles::districtWide(session.role);
    const QString scope = district ? QStringLiteral("1") : QStringLiteral("h.township_code = ?");
    const QVariantList scopeValues = district ? QVariantList() : QVariantList{session.townshipCode};
    auto nameOf = [&tree](const QString &code) { return tree.find(code) ? tree.find(code)->name : code; };
    auto step = [&progress](int done) { return !progress || progress(done, 5); };

    XlsxFile file(path);
    if (!file.isOpen())
        return file.openError();
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

    // Active households by township, category and tier, with their members, in one pass over an index
    // (households_report: migration 0010; members_live: 0009) instead of a scan of 100000 household
    // rows per sheet and a join of every member row.
    ActiveCounts active;
    {
        auto q = sql::exec(db.sql(), QStringLiteral(
            "SELECT h.township_code, h.category, coalesce(h.tier_override, h.tier), count(*), "
            "sum((SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0)) "
            "FROM households h INDEXED BY households_report WHERE h.deleted = 0 AND h.status = 'active' AND %1 GROUP BY 1, 2, 3").arg(scope),
            scopeValues);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            const QString township = r.value(0).toString();
            const qint64 households = r.value(3).toLongLong();
            active.categories[township][r.value(1).toString()] += households;
            active.tiers[township][r.value(2).toString()] += households;
            active.persons[township][QString()] += r.value(4).toLongLong();
        }
    }

    // 1. Households by township and category (active households).
    {
        const QList<Category> categories{Category::Tekun, Category::Dibao, Category::DibaoEdge, Category::Expenditure, Category::None};
        QStringList headers{QStringLiteral("乡镇(街道)")};
        for (Category c : categories)
            headers.append(c == Category::None ? QStringLiteral("其他") : CategoryNames::chinese(c));
        headers << QStringLiteral("合计户数") << QStringLiteral("合计人数");
        const Counts &counts = active.categories;
        const Counts &persons = active.persons;
        Grid g(file, f, sheetNames().at(0), QStringLiteral("%1 分类统计（在保户数）").arg(label), headers);
        QList<qint64> sums(int(categories.size()) + 2, 0);
        for (const QString &t : std::as_const(townships)) {
            g.text(0, nameOf(t));
            qint64 all = 0;
            for (int i = 0; i < categories.size(); ++i) {
                const qint64 n = counts.value(t).value(CategoryNames::code(categories.at(i)));
                g.number(1 + i, double(n));
                sums[i] += n;
                all += n;
            }
            const qint64 people = persons.value(t).value(QString());
            g.number(1 + int(categories.size()), double(all));
            g.number(2 + int(categories.size()), double(people));
            sums[categories.size()] += all;
            sums[categories.size() + 1] += people;
            g.next();
        }
        g.text(0, QStringLiteral("合计"));
        for (int i = 0; i < sums.size(); ++i)
            g.number(1 + i, double(sums.at(i)), true);
    }
    if (!step(1))
        return cancelledError();

    // 2. Tiers (三色管理).
    {
        const QStringList codes{QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("monitoring")};
        const Counts &counts = active.tiers;
        Grid g(file, f, sheetNames().at(1), QStringLiteral("%1 三色管理").arg(label),
               {QStringLiteral("乡镇(街道)"), QStringLiteral("红色(特困)"), QStringLiteral("黄色"), QStringLiteral("绿色"),
                QStringLiteral("动态监测"), QStringLiteral("合计")});
        QList<qint64> sums(5, 0);
        for (const QString &t : std::as_const(townships)) {
            g.text(0, nameOf(t));
            qint64 all = 0;
            for (int i = 0; i < codes.size(); ++i) {
                const qint64 n = counts.value(t).value(codes.at(i));
                g.number(1 + i, double(n));
                sums[i] += n;
                all += n;
            }
            g.number(5, double(all));
            sums[4] += all;
            g.next();
        }
        g.text(0, QStringLiteral("合计"));
        for (int i = 0; i < sums.size(); ++i)
            g.number(1 + i, double(sums.at(i)), true);
    }
    if (!step(2))
        return cancelledError();

    // 3. Reviews: due this month, done this month, overdue (open and due before the report date).
    {
        QVariantList v{first.toString(Qt::ISODate), last.toString(Qt::ISODate), first.toString(Qt::ISODate), last.toString(Qt::ISODate),
                       asOf.toString(Qt::ISODate)};
        v.append(scopeValues);
        // Each part is a range of an index (review_tasks_due_all, review_tasks_done, review_tasks_due) rather than
        // a scan of every task; the township comes from households_live_place without reading household rows.
        auto counts = countBy(db, QStringLiteral(
            "SELECT h.township_code, k, count(*) FROM ("
            "SELECT t.household_id, 'due' AS k FROM review_tasks t "
            "WHERE t.deleted = 0 AND t.status <> 'cancelled' AND t.due_date BETWEEN ? AND ? "
            "UNION ALL SELECT t.household_id, 'done' FROM review_tasks t "
            "WHERE t.deleted = 0 AND t.status = 'done' AND t.completed_on BETWEEN ? AND ? "
            "UNION ALL SELECT t.household_id, 'overdue' FROM review_tasks t "
            "WHERE t.deleted = 0 AND t.status = 'open' AND t.due_date < ?) x "
            "JOIN households h INDEXED BY households_live_place ON h.id = x.household_id "
            "WHERE h.deleted = 0 AND %1 GROUP BY 1, 2").arg(scope), v);
        if (!counts)
            return counts.error();
        Grid g(file, f, sheetNames().at(2), QStringLiteral("%1 复核情况").arg(label),
               {QStringLiteral("乡镇(街道)"), QStringLiteral("本月到期"), QStringLiteral("本月完成"), QStringLiteral("逾期未完成")});
        const QStringList keys{QStringLiteral("due"), QStringLiteral("done"), QStringLiteral("overdue")};
        QList<qint64> sums(3, 0);
        for (const QString &t : std::as_const(townships)) {
            g.text(0, nameOf(t));
            for (int i = 0; i < keys.size(); ++i) {
                const qint64 n = counts.value().value(t).value(keys.at(i));
                g.number(1 + i, double(n));
                sums[i] += n;
            }
            g.next();
        }
        g.text(0, QStringLiteral("合计"));
        for (int i = 0; i < sums.size(); ++i)
            g.number(1 + i, double(sums.at(i)), true);
    }
    if (!step(3))
        return cancelledError();

    // 4. Leads: counts by state, overdue answers, then the open leads with their deadlines.
    {
        const QString leadScope = district ? QStringLiteral("1") : QStringLiteral("l.township_code = ?");
        const QStringList states{QStringLiteral("reported"), QStringLiteral("verified"), QStringLiteral("window"), QStringLiteral("field_check"),
                                 QStringLiteral("decided"), QStringLiteral("follow_up"), QStringLiteral("closed")};
        const QStringList stateNames{QStringLiteral("已上报"), QStringLiteral("已核实"), QStringLiteral("已到窗口"), QStringLiteral("实地核查"),
                                     QStringLiteral("已决定"), QStringLiteral("回访"), QStringLiteral("已办结")};
        const QString moment = std::min(Clock::now(), QDateTime(asOf.addDays(1), QTime(0, 0))).toString(Qt::ISODate);
        QVariantList v{moment};
        v.append(scopeValues);
        auto counts = countBy(db, QStringLiteral(
            "SELECT l.township_code, l.state, count(*) FROM leads l WHERE l.deleted = 0 AND %1 GROUP BY 1, 2 "
            "UNION ALL SELECT l.township_code, 'overdue', count(*) FROM leads l WHERE l.deleted = 0 AND l.answered_at IS NULL "
            "AND l.state <> 'closed' AND l.deadline_at < ? AND %1 GROUP BY 1").arg(leadScope),
            [&] { QVariantList all = scopeValues; all.append(v); return all; }());
        if (!counts)
            return counts.error();
        QStringList headers{QStringLiteral("乡镇(街道)")};
        headers << stateNames << QStringLiteral("合计") << QStringLiteral("超期未答复");
        Grid g(file, f, sheetNames().at(3), QStringLiteral("%1 救助线索").arg(label), headers);
        QList<qint64> sums(int(states.size()) + 2, 0);
        for (const QString &t : std::as_const(townships)) {
            g.text(0, nameOf(t));
            qint64 all = 0;
            for (int i = 0; i < states.size(); ++i) {
                const qint64 n = counts.value().value(t).value(states.at(i));
                g.number(1 + i, double(n));
                sums[i] += n;
                all += n;
            }
            const qint64 overdue = counts.value().value(t).value(QStringLiteral("overdue"));
            g.number(1 + int(states.size()), double(all));
            g.number(2 + int(states.size()), double(overdue));
            sums[states.size()] += all;
            sums[states.size() + 1] += overdue;
            g.next();
        }
        g.text(0, QStringLiteral("合计"));
        for (int i = 0; i < sums.size(); ++i)
            g.number(1 + i, double(sums.at(i)), true);
        g.next();
        g.next();
        // The open leads and their deadlines.
        const QStringList listHeaders{QStringLiteral("乡镇(街道)"), QStringLiteral("姓名"), QStringLiteral("来源"), QStringLiteral("状态"),
                                      QStringLiteral("上报日期"), QStringLiteral("答复期限"), QStringLiteral("是否超期")};
        for (int c = 0; c < listHeaders.size(); ++c)
            XlsxFile::writeText(g.sheet(), g.row(), c, listHeaders.at(c), f.header);
        g.next();
        auto open = sql::exec(db.sql(), QStringLiteral(
            "SELECT l.township_code, l.person_name, l.source, l.state, l.reported_at, l.deadline_at, l.answered_at IS NULL AND l.deadline_at < ? "
            "FROM leads l WHERE l.deleted = 0 AND l.state <> 'closed' AND %1 ORDER BY l.deadline_at").arg(leadScope),
            [&] { QVariantList all{moment}; all.append(scopeValues); return all; }());
        if (!open)
            return open.error();
        while (open.value().next()) {
            const QSqlQuery &q = open.value();
            g.text(0, nameOf(q.value(0).toString()));
            g.text(1, q.value(1).toString());
            g.text(2, q.value(2).toString());
            const int s = int(states.indexOf(q.value(3).toString()));
            g.text(3, s >= 0 ? stateNames.at(s) : q.value(3).toString());
            g.date(4, QDateTime::fromString(q.value(4).toString(), Qt::ISODate).date());
            g.date(5, QDateTime::fromString(q.value(5).toString(), Qt::ISODate).date());
            g.text(6, q.value(6).toBool() ? QStringLiteral("是") : QStringLiteral("否"));
            g.next();
        }
    }
    if (!step(4))
        return cancelledError();

    // 5. Department suspicion tables of the month: matching and verification progress.
    {
        auto rows = SuspicionService(db, session).progress(month);
        if (!rows)
            return rows.error();
        Grid g(file, f, sheetNames().at(4), QStringLiteral("%1 部门疑点信息核查进度").arg(label),
               {QStringLiteral("部门"), QStringLiteral("疑点条数"), QStringLiteral("已匹配"), QStringLiteral("待确认"), QStringLiteral("未匹配"),
                QStringLiteral("无效"), QStringLiteral("排除"), QStringLiteral("纳入保障"), QStringLiteral("转介"), QStringLiteral("调整"),
                QStringLiteral("未核查")});
        QList<qint64> sums(10, 0);
        for (const SuspicionProgress &p : rows.value()) {
            const QList<qint64> values{p.total,
                                       p.byStatus.value(SuspicionStatus::Matched), p.byStatus.value(SuspicionStatus::Candidate),
                                       p.byStatus.value(SuspicionStatus::Unmatched), p.byStatus.value(SuspicionStatus::Invalid),
                                       p.byVerification.value(Verification::Excluded), p.byVerification.value(Verification::TakenIn),
                                       p.byVerification.value(Verification::Referred), p.byVerification.value(Verification::Adjusted),
                                       p.byVerification.value(Verification::None)};
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
    }
    if (!step(5))
        return cancelledError();
    return file.commit();
}

} // namespace sn
