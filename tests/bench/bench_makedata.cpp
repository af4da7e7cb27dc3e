// Test data for tests/bench/run-all.sh: a department's suspicion table (annex 1) of N rows drawn from a
// demo registry, written with libxlsxwriter like the departments' own exports.
//   bench_makedata --db big.sqlite --rows 50000 --out table.xlsx
// A quarter of the rows carry the head's ID number, a quarter name + address with the district prefixed,
// a quarter name + address (an eighth with an ID that lost its last digits in Excel), a quarter strangers.
#include "database/Database.h"
#include "database/SqlUtil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <xlsxwriter.h>

using namespace sn;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("demo registry"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("rows to write"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("the .xlsx to write"), QStringLiteral("FILE")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    if (rows < 1 || parser.value(QStringLiteral("db")).isEmpty() || parser.value(QStringLiteral("out")).isEmpty())
        qFatal("usage: bench_makedata --db FILE --rows N --out FILE.xlsx");
    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));

    auto q = sql::exec(db.value()->sql(), QStringLiteral(
        "SELECT m.name, m.id_number, h.address, h.phone FROM members m JOIN households h ON h.id = m.household_id "
        "WHERE m.relation = 'head' AND m.deleted = 0 AND h.deleted = 0 ORDER BY m.rowid"));
    QList<QStringList> heads;
    while (q && q.value().next())
        heads.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(), q.value().value(3).toString()});
    if (heads.isEmpty())
        qFatal("no household heads in the database");

    lxw_workbook *wb = workbook_new(QFile::encodeName(parser.value(QStringLiteral("out"))).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, 5, "人社局困难群众疑点信息反馈表", nullptr);
    const char *headers[] = {"序号", "户主姓名", "家庭住址", "疑点内容", "联系电话", "身份证号"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), headers[c], nullptr);
    for (int i = 0; i < rows; ++i) {
        // Spread over the whole registry, not its first rows only.
        const QStringList &h = heads.at(qsizetype((qint64(i) * 7919) % heads.size()));
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
    if (workbook_close(wb) != LXW_NO_ERROR)
        qFatal("cannot write the workbook");
    return 0;
}
