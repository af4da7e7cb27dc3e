// Spreadsheets at district size: a 50000-row ledger and a 50000-row department table against a demo registry.
//   bench_spreadsheet                      (demo registry of SN_BENCH_HOUSEHOLDS households, default 20000)
#include "TestUtil.h"

#include "database/Database.h"
#include "database/SqlUtil.h"
#include "domain/Clock.h"
#include "services/DemoGenerator.h"
#include "DepartmentTable.h"
#include "services/LedgerImport.h"
#include "services/StationService.h"
#include "services/SuspicionService.h"
#include "services/spreadsheet/Sheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

using namespace sn;

namespace {

constexpr int Rows = 50000;
QTemporaryDir *g_dir = nullptr;
QString g_base;     // the demo registry, copied before each run that writes
QString g_ledger;   // 50000 persons in households of 1..4, new to the registry
QString g_table;    // 50000 department rows: ID matches, name + address matches, unmatched, damaged IDs

QString copyOfBase(int n)
{
    const QString path = g_dir->filePath(QStringLiteral("run-%1.sqlite").arg(n));
    QFile::remove(path);
    if (!QFile::copy(g_base, path))
        qFatal("copy");
    return path;
}

void writeLedger()
{
    g_ledger = g_dir->filePath(QStringLiteral("ledger.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(g_ledger).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, 9, "城北区城乡低保花名册", nullptr);
    const char *headers[] = {"序号", "户主姓名", "姓名", "身份证号码", "与户主关系", "乡镇（街道）", "村（社区）", "保障类别", "月保障金额", "家庭住址"};
    for (int c = 0; c < 10; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), headers[c], nullptr);
    const char *townships[] = {"朝阳街道", "马坊街道", "大堡子镇", "廿里铺镇"};
    const char *villages[] = {"北园村", "西杏园社区", "宋家寨村", "孙家寨村"};
    const char *relations[] = {"户主", "配偶", "子", "女"};
    int row = 2;
    int person = 0;
    int household = 0;
    while (person < Rows) {
        const int size = 1 + household % 4;
        const QString head = QStringLiteral("测户%1").arg(household);
        for (int m = 0; m < size && person < Rows; ++m, ++person, ++row) {
            const QDate birth = m < 2 ? QDate(1960, 1, 1).addDays(household % 9000) : QDate(2005, 1, 1).addDays(household % 4000);
            const QString id = test::makeId(birth, 1 + (person % 499) * 2, QStringLiteral("630106")); // area unused by the demo
            worksheet_write_number(ws, lxw_row_t(row), 0, person + 1, nullptr);
            worksheet_write_string(ws, lxw_row_t(row), 1, head.toUtf8().constData(), nullptr);
            worksheet_write_string(ws, lxw_row_t(row), 2, (m == 0 ? head : QStringLiteral("测员%1-%2").arg(household).arg(m)).toUtf8().constData(), nullptr);
            worksheet_write_string(ws, lxw_row_t(row), 3, id.toUtf8().constData(), nullptr);
            worksheet_write_string(ws, lxw_row_t(row), 4, relations[m], nullptr);
            worksheet_write_string(ws, lxw_row_t(row), 5, townships[household % 4], nullptr);
            worksheet_write_string(ws, lxw_row_t(row), 6, villages[household % 4], nullptr);
            worksheet_write_string(ws, lxw_row_t(row), 7, "低保", nullptr);
            worksheet_write_number(ws, lxw_row_t(row), 8, 735, nullptr);
            worksheet_write_string(ws, lxw_row_t(row), 9, QStringLiteral("%1%2社%3号").arg(QString::fromUtf8(villages[household % 4])).arg(household % 8 + 1).arg(household % 180).toUtf8().constData(), nullptr);
        }
        ++household;
    }
    worksheet_write_string(ws, lxw_row_t(row), 0, "合计", nullptr);
    if (workbook_close(wb) != LXW_NO_ERROR)
        qFatal("ledger");
}

void writeTable(Database &db)
{
    g_table = g_dir->filePath(QStringLiteral("table.xlsx"));
    auto q = sql::exec(db.sql(), QStringLiteral("SELECT m.name, m.id_number, h.address, h.phone FROM members m JOIN households h "
                                                "ON h.id = m.household_id WHERE m.relation = 'head' ORDER BY m.rowid"));
    QList<QStringList> heads;
    while (q && q.value().next())
        heads.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(), q.value().value(3).toString()});
    if (heads.isEmpty())
        qFatal("no heads");
    if (!sn::bench::writeDepartmentTable(g_table, heads, Rows))
        qFatal("table");
}

void BM_ReadLedgerXlsx(benchmark::State &state)
{
    for (auto _ : state) {
        auto sheet = SheetReader::readFile(g_ledger);
        if (!sheet)
            state.SkipWithError("read");
        benchmark::DoNotOptimize(sheet);
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}

void BM_LedgerPreview(benchmark::State &state)
{
    auto db = Database::open(g_base).value();
    LedgerImportService service(*db, Session::system());
    for (auto _ : state) {
        auto preview = service.preview(g_ledger);
        if (!preview || !preview->ok())
            state.SkipWithError(preview ? qPrintable(preview->problems.first().reason) : qPrintable(preview.error().message));
        else
            state.counters["households"] = preview->households;
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}

void BM_LedgerImport(benchmark::State &state)
{
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = Database::open(copyOfBase(n++)).value();
        state.ResumeTiming();
        LedgerImportService service(*db, Session::system());
        auto preview = service.preview(g_ledger);
        if (!preview || !preview->ok()) {
            state.SkipWithError("preview");
            break;
        }
        auto summary = service.commit(preview.value());
        if (!summary)
            state.SkipWithError(qPrintable(summary.error().message));
        else
            state.counters["households"] = summary->households;
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}

void BM_SuspicionImport(benchmark::State &state)
{
    auto db = Database::open(copyOfBase(1000)).value();
    SuspicionService service(*db, Session::system());
    int n = 0;
    for (auto _ : state) {
        SuspicionImportRequest r;
        r.department = QStringLiteral("人社局%1").arg(n++);
        r.month = QStringLiteral("2026-11");
        r.path = g_table;
        auto result = service.importFile(r);
        if (!result) {
            state.SkipWithError(qPrintable(result.error().message));
            break;
        }
        state.counters["matched"] = result->counts.value(SuspicionStatus::Matched);
        state.counters["candidate"] = result->counts.value(SuspicionStatus::Candidate);
        state.counters["unmatched"] = result->counts.value(SuspicionStatus::Unmatched);
        state.counters["invalid"] = result->counts.value(SuspicionStatus::Invalid);
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}

} // namespace

BENCHMARK(BM_ReadLedgerXlsx)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LedgerPreview)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LedgerImport)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_SuspicionImport)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    QTemporaryDir dir;
    g_dir = &dir;
    g_base = dir.filePath(QStringLiteral("base.sqlite"));
    const int households = qEnvironmentVariableIntValue("SN_BENCH_HOUSEHOLDS") > 0 ? qEnvironmentVariableIntValue("SN_BENCH_HOUSEHOLDS") : 20000;
    {
        auto db = StationService::initialize(g_base, QStringLiteral("城北区"), QStringLiteral("bench"), RegionTree::builtIn());
        if (!db)
            qFatal("init: %s", qPrintable(db.error().message));
        DemoOptions options;
        options.households = households;
        if (auto demo = DemoGenerator::generate(*db.value(), options); !demo)
            qFatal("demo: %s", qPrintable(demo.error().message));
        writeTable(*db.value());
    }
    writeLedger();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
