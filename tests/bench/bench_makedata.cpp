// Test data for tests/bench/run-all.sh: a department's suspicion table (annex 1) of N rows drawn from a
// demo registry, written with libxlsxwriter like the departments' own exports.
//   bench_makedata --db big.sqlite --rows 50000 --out table.xlsx
// Or a township's ledger (花名册, W8) of H households and P persons (2 or 3 each), new to any demo registry:
//   bench_makedata --ledger 20000 --persons 43525 --out ledger.xlsx
// A quarter of the rows carry the head's ID number, a quarter name + address with the district prefixed,
// a quarter name + address (an eighth with an ID that lost its last digits in Excel), a quarter strangers.
#include "database/Database.h"
#include "database/SqlUtil.h"

#include "DepartmentTable.h"
#include "TestUtil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <xlsxwriter.h>

using namespace sn;

namespace {

// A merged title, the headers, one row per person: head first, then spouse and child, as townships keep them.
bool writeLedger(const QString &path, int households, int persons)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return false;
    lxw_worksheet *ws = workbook_add_worksheet(wb, "花名册");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    worksheet_merge_range(ws, 0, 0, 0, 10, "朝阳街道城乡低保花名册", nullptr);
    const char *headers[] = { "序号", "户主姓名", "姓名", "身份证号码", "与户主关系", "乡镇（街道）", "村（社区）",
        "保障类别", "月保障金额", "家庭住址", "享受起始时间" };
    for (int c = 0; c < 11; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), headers[c], nullptr);
    const char *villages[] = { "北园村", "山川社区" };
    const char *relations[] = { "户主", "配偶", "子" };
    lxw_row_t row = 2;
    int person = 0;
    for (int h = 0; h < households; ++h) {
        const int size = int((qint64(h + 1) * persons) / households - (qint64(h) * persons) / households);
        const QDate birth = QDate(1950, 1, 1).addDays(h);
        const QString head = QStringLiteral("台账户%1").arg(h);
        for (int m = 0; m < size; ++m, ++row, ++person) {
            const QString name = m == 0 ? head : QStringLiteral("台账员%1-%2").arg(h).arg(m);
            worksheet_write_number(ws, row, 0, person + 1, nullptr);
            worksheet_write_string(ws, row, 1, head.toUtf8().constData(), nullptr);
            worksheet_write_string(ws, row, 2, name.toUtf8().constData(), nullptr);
            worksheet_write_string(
                ws, row, 3, test::makeId(birth, 1 + m * 2, QStringLiteral("630107")).toUtf8().constData(), nullptr);
            worksheet_write_string(ws, row, 4, relations[qMin(m, 2)], nullptr);
            worksheet_write_string(ws, row, 5, "朝阳街道", nullptr);
            worksheet_write_string(ws, row, 6, villages[h % 2], nullptr);
            worksheet_write_string(ws, row, 7, "低保", nullptr);
            worksheet_write_number(ws, row, 8, 735, nullptr);
            worksheet_write_string(ws, row, 9,
                QStringLiteral("%1%2社%3号")
                    .arg(QString::fromUtf8(villages[h % 2]))
                    .arg(h % 9 + 1)
                    .arg(h % 200 + 1)
                    .toUtf8()
                    .constData(),
                nullptr);
            lxw_datetime start = { 2024, 1 + h % 12, 1, 0, 0, 0 };
            worksheet_write_datetime(ws, row, 10, &start, date);
        }
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("demo registry"), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("rows to write"), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("the .xlsx to write"), QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("ledger"), QStringLiteral("a ledger of H households instead"), QStringLiteral("H") });
    parser.addOption({ QStringLiteral("persons"), QStringLiteral("persons in the ledger"), QStringLiteral("P") });
    parser.process(app);
    if (parser.isSet(QStringLiteral("ledger"))) {
        const int households = parser.value(QStringLiteral("ledger")).toInt();
        const int persons = parser.value(QStringLiteral("persons")).toInt();
        if (households < 1 || persons < households || parser.value(QStringLiteral("out")).isEmpty())
            qFatal("usage: bench_makedata --ledger H --persons P --out FILE.xlsx");
        if (!writeLedger(parser.value(QStringLiteral("out")), households, persons))
            qFatal("cannot write the ledger");
        return 0;
    }
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    if (rows < 1 || parser.value(QStringLiteral("db")).isEmpty() || parser.value(QStringLiteral("out")).isEmpty())
        qFatal("usage: bench_makedata --db FILE --rows N --out FILE.xlsx");
    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));

    auto q = sql::exec(db.value()->sql(),
        QStringLiteral(
            "SELECT m.name, m.id_number, h.address, h.phone FROM members m JOIN households h ON h.id = m.household_id "
            "WHERE m.relation = 'head' AND m.deleted = 0 AND h.deleted = 0 ORDER BY m.rowid"));
    QList<QStringList> heads;
    while (q && q.value().next())
        heads.append({ q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
            q.value().value(3).toString() });
    if (heads.isEmpty())
        qFatal("no household heads in the database");

    // Spread over the whole registry, not its first rows only.
    if (!sn::bench::writeDepartmentTable(parser.value(QStringLiteral("out")), heads, rows, 7919))
        qFatal("cannot write the workbook");
    return 0;
}
