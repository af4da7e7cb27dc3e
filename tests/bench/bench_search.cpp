// Registry search through the same service call the UI makes, on a district-sized database.
//   SN_BENCH_DB=big.sqlite bench_search      (made with: safetynet-cli demo --db big.sqlite --households 100000)
#include "database/Database.h"
#include "database/Pinyin.h"
#include "database/SearchIndex.h"
#include "database/SqlUtil.h"
#include "services/HouseholdService.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

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
        auto q = sql::exec(database()->sql(),
            QStringLiteral("SELECT m.name, m.id_number, h.phone, h.address FROM members m JOIN households h ON h.id = "
                           "m.household_id "
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

// W1 of tests/bench/run-all.sh: 20 queries a clerk types (5 name substrings, 5 pinyin initials, 5 last 6 ID
// digits, 5 phones), each as the registry runs it (HouseholdTableModel::setQuery: the first page, then the count).
QStringList registryQueries()
{
    static const QStringList queries = [] {
        QStringList list;
        auto q = sql::exec(database()->sql(),
            QStringLiteral(
                "SELECT m.name, m.id_number, h.phone FROM members m JOIN households h ON h.id = m.household_id "
                "WHERE m.relation = 'head' AND h.deleted = 0 AND length(m.name) >= 2 AND h.phone <> '' ORDER BY "
                "m.rowid"));
        QList<QStringList> heads;
        while (q && q.value().next())
            heads.append(
                { q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString() });
        if (heads.size() < 100)
            qFatal("too few households for the registry queries");
        const auto pick = [&](int i) { return heads.at(qsizetype(i) * (heads.size() / 5) + 17 * i); };
        for (int i = 0; i < 5; ++i) // a substring of a name: the given name, as a clerk often types it
            list.append(pick(i).at(0).mid(1));
        for (int i = 0; i < 5; ++i)
            // as the name is said: a surname of the table (曾 zeng) by its surname reading, the index's first key
            list.append(Pinyin::nameReadings(pick(i).at(0), 1).first().initials());
        for (int i = 0; i < 5; ++i)
            list.append(pick(i).at(1).right(6));
        for (int i = 0; i < 5; ++i)
            list.append(pick(i).at(2));
        return list;
    }();
    return queries;
}

// The same 20 queries for the sqlite3 command line: the FTS5 MATCH of each, its first page and its count.
void writeRawSql(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&f);
    out << ".timer on\n";
    for (const QString &text : registryQueries()) {
        QString match = SearchIndex::matchExpression(text);
        match.replace(QLatin1Char('\''), QStringLiteral("''"));
        out << "SELECT h.id, h.address, h.phone FROM household_search s JOIN households h ON h.rowid = s.rowid "
               "WHERE household_search MATCH '"
            << match << "' ORDER BY s.rowid DESC LIMIT 100;\n";
        out << "SELECT count(*) FROM household_search WHERE household_search MATCH '" << match << "';\n";
    }
}

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void BM_Registry20(benchmark::State &state)
{
    HouseholdService service(*database(), Session::system());
    const QStringList queries = registryQueries();
    std::vector<double> ms, cpu; // wall and CPU time of each query
    qint64 rows = 0;
    const bool verbose = qEnvironmentVariableIsSet("SN_BENCH_VERBOSE");
    // One round first, not counted: the registry is a long-running window whose connection has read these
    // pages before, and sqlite3's side of run-all.sh gets the same warm-up round. The first round otherwise
    // measures the machine's file cache (this VM evicts it between runs).
    for (const QString &text : queries) {
        HouseholdQuery query;
        query.text = text;
        query.limit = 100;
        (void)service.search(query);
        (void)service.count(query);
    }
    for (auto _ : state) {
        for (const QString &text : queries) {
            HouseholdQuery query;
            query.text = text;
            query.limit = 100;
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = cpuMs();
            auto page = service.search(query);
            auto total = service.count(query);
            cpu.push_back(cpuMs() - cpuStart);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            if (!page || !total) {
                state.SkipWithError("search failed");
                return;
            }
            rows += page->size();
            if (verbose)
                std::fprintf(
                    stderr, "%8.2f ms %6d of %6d  %s\n", ms.back(), int(page->size()), total.value(), qPrintable(text));
        }
    }
    const auto percentile = [](std::vector<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v.at(std::min(v.size() - 1, size_t(double(v.size()) * p)));
    };
    state.counters["median_ms"] = percentile(ms, 0.5);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["max_ms"] = percentile(ms, 1.0);
    // CPU time, comparable with the user + sys time sqlite3's .timer reports on a machine shared with others.
    state.counters["cpu_median_ms"] = percentile(cpu, 0.5);
    state.counters["cpu_p95_ms"] = percentile(cpu, 0.95);
    state.counters["rows_per_query"] = double(rows) / double(ms.size());
}
BENCHMARK(BM_Registry20)->Unit(benchmark::kMillisecond)->Iterations(5);

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
    if (const QString raw = qEnvironmentVariable("SN_BENCH_RAW_SQL"); !raw.isEmpty())
        writeRawSql(raw); // run-all.sh times these with the sqlite3 command
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
