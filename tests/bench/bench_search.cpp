// Registry search through the same service call the UI makes, on a district-sized database.
//   SN_BENCH_DB=big.sqlite bench_search      (made with: safetynet-cli demo --db big.sqlite --households 100000)
#include "database/Database.h"
#include "database/SqlUtil.h"
#include "services/HouseholdService.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace sn;

namespace {

std::unique_ptr<Database> g_db;

Database *database()
{
    return g_db.get();
}

// Real values from the database, so every query has answers: a head's name, its ID and phone.
struct Samples
{
    QString name, surnameAndFirst, initials, idTail6, phone, address;
};

Samples samples()
{
    static Samples s = [] {
        Samples x;
        auto q = sql::exec(database()->sql(), QStringLiteral(
            "SELECT m.name, m.id_number, h.phone, h.address FROM members m JOIN households h ON h.id = m.household_id "
            "WHERE m.relation = 'head' AND h.deleted = 0 AND length(m.name) = 3 LIMIT 1 OFFSET 5000"));
        if (!q || !q.value().next())
            qFatal("no sample household");
        x.name = q.value().value(0).toString();
        x.surnameAndFirst = x.name.left(2);
        x.idTail6 = q.value().value(1).toString().right(6);
        x.phone = q.value().value(2).toString();
        x.address = q.value().value(3).toString().left(4);
        x.initials = QStringLiteral("zxy");
        return x;
    }();
    return s;
}

void count(benchmark::State &state, QString (*text)())
{
    HouseholdService service(*database(), Session::system());
    HouseholdQuery query;
    query.text = text();
    int total = 0;
    for (auto _ : state) {
        auto result = service.count(query);
        total = result ? result.value() : -1;
        benchmark::DoNotOptimize(total);
    }
    state.counters["households"] = double(total);
}

void search(benchmark::State &state, QString (*text)())
{
    HouseholdService service(*database(), Session::system());
    HouseholdQuery query;
    query.text = text();
    qint64 rows = 0;
    for (auto _ : state) {
        auto result = service.search(query);
        if (!result)
            state.SkipWithError(qPrintable(result.error().message));
        rows = result ? result->size() : 0;
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}

} // namespace

BENCHMARK_CAPTURE(search, name_full, [] { return samples().name; })->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, name_two_chars, [] { return samples().surnameAndFirst; })->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, pinyin_initials, [] { return samples().initials; })->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, id_last6, [] { return samples().idTail6; })->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, phone, [] { return samples().phone; })->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, address, [] { return samples().address; })->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, first_page_no_text, [] { return QString(); })->Unit(benchmark::kMillisecond);
// The registry also shows "N households": the count behind the first page.
BENCHMARK_CAPTURE(count, pinyin_initials, [] { return samples().initials; })->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(count, name_two_chars, [] { return samples().surnameAndFirst; })->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(count, no_text, [] { return QString(); })->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariable("SN_BENCH_DB");
    if (path.isEmpty())
        qFatal("Set SN_BENCH_DB to a database made with: safetynet-cli demo --db FILE --households 100000");
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    g_db = std::move(opened).value();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
