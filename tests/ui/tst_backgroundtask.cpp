// Imports run on a worker thread through BackgroundTask: the rows land and the desk's connection sees them, a
// cancel leaves nothing behind (the same file imports cleanly afterwards), and the UI's event loop keeps
// running while the work runs. The worker's progress hook holds the worker at its first report until the UI
// thread has acted, so nothing here depends on how fast the machine is.
#include "DeskFixture.h"

#include "services/HouseholdService.h"
#include "services/SuspicionService.h"
#include "ui/AppServices.h"
#include "ui/BackgroundTask.h"
#include "ui/SpreadsheetPage.h"
#include "ui/SuspicionsPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <atomic>

using namespace sn;
using namespace sn::test;

namespace {

// A department's table of `rows` rows (progress is reported every 500 rows).
QString suspicionTable(int rows, int seed)
{
    QString text = QStringLiteral("户主姓名,身份证号码,住址,疑点内容\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("测试%1,%2,北园村%3号,大额医疗支出\n")
                    .arg(i)
                    .arg(makeId(QDate(1940, 1, 1).addDays(seed * 5000 + i), 1 + i % 900))
                    .arg(i);
    return text;
}

// A ledger of `rows` one-person households, unlike those of another `seed` (progress is reported every 200 households).
QString ledger(int rows, int seed)
{
    QString text = QStringLiteral("姓名,身份证号码,乡镇,类别\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("孙%1,%2,朝阳街道,特困\n")
                    .arg(QChar(0x4E00 + 200 + seed * 1000 + i))
                    .arg(makeId(QDate(1945, 1, 1).addDays(seed * 1000 + i), 1 + i % 900));
    return text;
}

// What the worker's first progress report saw. The hook holds the worker there until the UI thread has run
// `onUi` (a queued call, so only a running event loop gets to it), and until a UI timer has ticked.
struct FirstReport
{
    std::atomic_int reports { 0 };
    std::atomic_int ticks { 0 };
    std::atomic_bool onWorkerThread { false };
    std::atomic_bool uiActed { false };
    std::atomic_bool timerTicked { false };
    bool waitForTicks = false; // set before install(): hold the worker until a UI timer has ticked
    QSemaphore acted;

    void install(const std::function<void()> &onUi)
    {
        BackgroundTask::setProgressHook([this, onUi](int, int) {
            if (reports.fetch_add(1) > 0)
                return;
            onWorkerThread = QThread::currentThread() != QCoreApplication::instance()->thread();
            if (waitForTicks) {
                const int before = ticks.load();
                QDeadlineTimer deadline(10000);
                while (ticks.load() < before + 3 && !deadline.hasExpired())
                    QThread::msleep(1);
                timerTicked = ticks.load() >= before + 3;
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [this, onUi] {
                    if (onUi)
                        onUi();
                    acted.release();
                },
                Qt::QueuedConnection);
            uiActed = acted.tryAcquire(1, 10000);
        });
    }
};

// Clicks the Cancel button of the task's dialog under `parent`.
void clickCancel(QWidget *parent)
{
    auto *cancel = parent->findChild<QPushButton *>(QStringLiteral("backgroundTaskCancel"));
    QVERIFY(cancel);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
}

int suspicionRows(Database &db, const Session &session, const QString &month)
{
    auto progress = SuspicionService(db, session).progress(month);
    if (!progress)
        return -1;
    int total = 0;
    for (const SuspicionProgress &p : progress.value())
        total += p.total;
    return total;
}

int households(Database &db, const Session &session)
{
    auto count = HouseholdService(db, session).count(HouseholdQuery());
    return count ? count.value() : -1;
}

} // namespace

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        prepareDeskTest();
        QVERIFY(m_fixture.create());
        QVERIFY(m_out.isValid());
    }
    void init()
    {
        QSettings().clear();
        MessageBox::setTestMode(true);
        BackgroundTask::setProgressHook({});
    }
    void cleanup()
    {
        BackgroundTask::setProgressHook({});
        QApplication::closeAllWindows();
    }

    void suspicionImportRunsOnAWorker();
    void cancelledSuspicionImportWritesNothing();
    void ledgerImportRunsOnAWorker();
    void cancelledLedgerImportWritesNothing();

private:
    DeskFixture m_fixture;
    QTemporaryDir m_out;
};

void TestBackgroundTask::suspicionImportRunsOnAWorker()
{
    const QString path = m_out.filePath(QStringLiteral("renshe.csv"));
    QVERIFY(writeUtf8(path, suspicionTable(1200, 1)));
    AppServices services(m_fixture.db(), m_fixture.admin());
    SuspicionsPage page(services, RegionTree::builtIn());
    page.show();

    FirstReport first;
    QTimer timer;
    timer.setInterval(1);
    connect(&timer, &QTimer::timeout, this, [&first] { ++first.ticks; });
    timer.start();
    first.waitForTicks = true;
    bool dialogShown = false;
    first.install([&page, &dialogShown] {
        auto *dialog = page.findChild<QDialog *>(QStringLiteral("backgroundTaskDialog"));
        dialogShown = dialog && dialog->isVisible() && QApplication::activeModalWidget() == dialog;
    });
    const QString stampBefore = services.clock().last().toString();
    QVERIFY2(page.importTable(QStringLiteral("人社局"), QStringLiteral("2026-10"), path),
        qPrintable(page.summary()->text()));
    timer.stop();

    QVERIFY(first.reports.load() >= 3); // 500, 1000, 1200
    QVERIFY(first.onWorkerThread);
    QVERIFY2(first.timerTicked, "the UI's timer did not tick while the worker ran");
    QVERIFY(first.uiActed);
    QVERIFY(dialogShown);
    QVERIFY(!page.findChild<QDialog *>(QStringLiteral("backgroundTaskDialog")));
    // The desk's own connection sees what the worker committed, and the desk's clock moved past its stamps.
    QCOMPARE(suspicionRows(m_fixture.db(), m_fixture.admin(), QStringLiteral("2026-10")), 1200);
    QCOMPARE(page.model()->rowCount(), 1200);
    QVERIFY(services.clock().last().toString() > stampBefore);
}

void TestBackgroundTask::cancelledSuspicionImportWritesNothing()
{
    const QString path = m_out.filePath(QStringLiteral("yibao.csv"));
    QVERIFY(writeUtf8(path, suspicionTable(3000, 2)));
    AppServices services(m_fixture.db(), m_fixture.admin());
    SuspicionsPage page(services, RegionTree::builtIn());
    page.show();

    FirstReport first;
    first.install([&page] { clickCancel(&page); });
    QVERIFY(!page.importTable(QStringLiteral("医保局"), QStringLiteral("2026-09"), path));
    QVERIFY(first.uiActed);
    QCOMPARE(first.reports.load(), 1); // stopped at the first report
    QVERIFY2(page.summary()->text().contains(QStringLiteral("Cancelled")), qPrintable(page.summary()->text()));
    QCOMPARE(suspicionRows(m_fixture.db(), m_fixture.admin(), QStringLiteral("2026-09")), 0);

    // Nothing half written: not even the import's header row, so the same file imports afterwards.
    BackgroundTask::setProgressHook({});
    QVERIFY2(page.importTable(QStringLiteral("医保局"), QStringLiteral("2026-09"), path),
        qPrintable(page.summary()->text()));
    QCOMPARE(suspicionRows(m_fixture.db(), m_fixture.admin(), QStringLiteral("2026-09")), 3000);
}

void TestBackgroundTask::ledgerImportRunsOnAWorker()
{
    const QString path = m_out.filePath(QStringLiteral("ledger-small.csv"));
    QVERIFY(writeUtf8(path, ledger(3, 0)));
    AppServices services(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(services);
    const int before = households(m_fixture.db(), m_fixture.admin());

    FirstReport first;
    first.install({});
    QVERIFY2(page.previewLedger(path), qPrintable(MessageBox::lastText()));
    QVERIFY2(page.ledgerPreview()->ok(), qPrintable(page.ledgerSummary()->text()));
    QVERIFY2(page.importLedger(), qPrintable(MessageBox::lastText()));
    QVERIFY(first.onWorkerThread);
    QCOMPARE(households(m_fixture.db(), m_fixture.admin()), before + 3);
}

void TestBackgroundTask::cancelledLedgerImportWritesNothing()
{
    const QString path = m_out.filePath(QStringLiteral("ledger-big.csv"));
    QVERIFY(writeUtf8(path, ledger(450, 1)));
    AppServices services(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(services);
    page.show();
    QVERIFY2(page.previewLedger(path), qPrintable(MessageBox::lastText()));
    QVERIFY2(page.ledgerPreview()->ok(), qPrintable(page.ledgerSummary()->text()));
    const int before = households(m_fixture.db(), m_fixture.admin());

    FirstReport first;
    first.install([&page] { clickCancel(&page); });
    QVERIFY(!page.importLedger());
    QVERIFY(first.uiActed);
    QVERIFY2(
        page.ledgerSummary()->text().contains(QStringLiteral("Cancelled")), qPrintable(page.ledgerSummary()->text()));
    QCOMPARE(households(m_fixture.db(), m_fixture.admin()), before);

    // The preview still stands; imported without a cancel, every household lands.
    BackgroundTask::setProgressHook({});
    QVERIFY2(page.importLedger(), qPrintable(MessageBox::lastText()));
    QCOMPARE(households(m_fixture.db(), m_fixture.admin()), before + 450);
}

QTEST_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
