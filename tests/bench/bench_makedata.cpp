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
#include "DepartmentTable.h"

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

    // Spread over the whole registry, not its first rows only.
    if (!sn::bench::writeDepartmentTable(parser.value(QStringLiteral("out")), heads, rows, 7919))
        qFatal("cannot write the workbook");
    return 0;
}
