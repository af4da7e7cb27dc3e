// Public-notice cards to PDF: 1000 cards in each layout, through the same CardSheet and QPdfWriter the CLI uses.
// Reports pages/second and cards/second. Also the CardService query over a demo database when SN_BENCH_DB is set
//   SN_BENCH_DB=big.sqlite bench_cards      (made with: safetynet-cli demo --db big.sqlite --households 100000)
#include "database/Database.h"
#include "services/documents/CardService.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace sn;
using namespace sn::doc;

namespace {

const QStringList Surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
                              QStringLiteral("马"), QStringLiteral("韩"), QStringLiteral("祁"), QStringLiteral("欧阳")};
const QStringList Given = {QStringLiteral("秀英"), QStringLiteral("建国"), QStringLiteral("海"), QStringLiteral("玉兰"), QStringLiteral("德明"),
                           QStringLiteral("买买提·艾力")};
const QStringList Villages = {QStringLiteral("北园村"), QStringLiteral("朝阳村"), QStringLiteral("祁家城村"), QStringLiteral("寺台子村"),
                              QStringLiteral("新民村"), QStringLiteral("北川河东路社区")};

QList<PublicCard> cards(int n)
{
    QList<PublicCard> list;
    for (int i = 0; i < n; ++i) {
        PublicCard c;
        c.householdId = QStringLiteral("household-%1").arg(i);
        c.townshipCode = QStringLiteral("630105001");
        c.cardNumber = CardService::cardNumber(c.townshipCode, c.householdId);
        c.title = QStringLiteral("民政兜底保障对象公示卡");
        c.headName = Surnames.at(i % Surnames.size()) + Given.at((i / 3) % Given.size());
        c.category = i % 4 ? QStringLiteral("低保") : QStringLiteral("特困供养");
        c.persons = 1 + i % 6;
        c.monthlyAmount = 50000 + (i * 3719) % 150000;
        c.startDate = QDate(2020 + i % 6, 1 + i % 12, 1);
        c.districtName = QStringLiteral("城北区");
        c.townshipName = QStringLiteral("朝阳街道");
        c.villageName = Villages.at(i % Villages.size());
        c.officialName = QStringLiteral("李明");
        c.officialPhone = QStringLiteral("0971-5551234");
        c.hotline = QStringLiteral("12345");
        c.printDate = QDate(2026, 11, 28);
        list.append(c);
    }
    return list;
}

void BM_CardsToPdf(benchmark::State &state)
{
    const auto layout = CardLayout(state.range(0));
    const QList<PublicCard> batch = cards(int(state.range(1)));
    const CardSheet sheet(batch, layout);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cards.pdf"));
    qint64 bytes = 0;
    for (auto _ : state) {
        if (auto s = Rendering::writePdf(sheet, file); !s)
            state.SkipWithError(s.error().message.toUtf8().constData());
        bytes = QFileInfo(file).size();
    }
    state.SetLabel(cardLayoutCode(layout).toStdString());
    state.counters["pages/s"] = benchmark::Counter(double(sheet.pageCount()), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["cards/s"] = benchmark::Counter(double(batch.size()), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["pages"] = sheet.pageCount();
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_CardsToPdf)
    ->Args({int(CardLayout::A5), 1000})
    ->Args({int(CardLayout::A4x2), 1000})
    ->Args({int(CardLayout::A4x4), 1000})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

std::unique_ptr<Database> g_db;

void BM_CardQuery(benchmark::State &state)
{
    if (!g_db) {
        state.SkipWithError("set SN_BENCH_DB to a demo database");
        return;
    }
    CardService service(*g_db, Session::system());
    qsizetype n = 0;
    for (auto _ : state) {
        auto batch = service.cards({});
        if (!batch)
            state.SkipWithError(batch.error().message.toUtf8().constData());
        else
            n = batch->cards.size();
    }
    state.counters["cards"] = double(n);
}
BENCHMARK(BM_CardQuery)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("SN_BENCH_DB"); !path.isEmpty()) {
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        g_db = std::move(db).value();
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
