// Sync from the desk: "sync now" runs on a worker thread with its own connection, the other station receives
// the household, the status bar tells the last sync, pending changes and an unreachable share.
#include "DeskFixture.h"
#include "StationFixture.h"

#include "services/sync/SyncKey.h"
#include "ui/AppServices.h"
#include "ui/MachineSettings.h"
#include "ui/MainWindow.h"
#include "ui/SyncController.h"
#include "ui/SyncStatusIndicator.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {
constexpr int SyncTimeoutMs = 30000;
}

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void notSetUpByDefault();
    void syncNowReachesTheOtherStation();
    void unreachableShareIsShownWithoutBlocking();
    void labelClickAsksForSettings();

private:
    DeskFixture m_a;
    std::unique_ptr<Station> m_b; // a second station: no users of its own (user names are district-wide)
    QTemporaryDir m_dir;
    QString m_share;
    QString m_keyFile;
};

void TestSyncUi::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_a.create());
    m_b = std::make_unique<Station>();
    QVERIFY(m_a.db().stationId() != m_b->db->stationId());
    QVERIFY(m_dir.isValid());
    m_share = m_dir.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(m_share));
    m_keyFile = m_dir.filePath(QStringLiteral("district.key"));
    QVERIFY(SyncKey::generate(QStringLiteral("城北区")).save(m_keyFile));
}

void TestSyncUi::init()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
}

void TestSyncUi::cleanup()
{
    QApplication::closeAllWindows();
}

void TestSyncUi::notSetUpByDefault()
{
    AppServices controllerServices(m_a.db(), m_a.admin());
    SyncController controller(controllerServices);
    QCOMPARE(controller.state(), SyncController::State::NotSetUp);
    QVERIFY(!controller.syncNow());
    QVERIFY(controller.lastError().contains(QStringLiteral("shared folder")));
    MachineSettings::setShareFolder(m_share);
    controller.reloadSettings();
    // A district station holds its keys from the day it was made: the shared folder is all it needs.
    QCOMPARE(controller.state(), SyncController::State::Idle);
    QVERIFY(controller.isConfigured());
    // A township window made without enrolment holds no keys: it says how to get them.
    Station window(QStringLiteral("朝阳街道"));
    AppServices windowServices(*window.db, admin());
    SyncController unkeyed(windowServices);
    QCOMPARE(unkeyed.state(), SyncController::State::NotSetUp);
    QVERIFY(!unkeyed.syncNow());
    QVERIFY2(unkeyed.lastError().contains(QStringLiteral("enrolment file")), qPrintable(unkeyed.lastError()));
}

void TestSyncUi::syncNowReachesTheOtherStation()
{
    MachineSettings::setShareFolder(m_share);
    MachineSettings::setKeyFile(m_keyFile);
    const QString id = m_a.addHousehold(DeskFixture::single(
        QStringLiteral("孙同步"), 31, ChaoyangCode, QStringLiteral("630105001201"), Category::Dibao));
    QVERIFY(!id.isEmpty());

    MainWindow window(m_a.db(), m_a.admin());
    window.show();
    SyncController *controller = window.syncController();
    QVERIFY(controller);
    QVERIFY(controller->pendingChanges() > 0);
    QVERIFY(window.syncLabel()->text().contains(QStringLiteral("pending")));
    QSignalSpy finished(controller, &SyncController::finished);
    QSignalSpy failed(controller, &SyncController::failed);
    QVERIFY(controller->syncNow());
    QVERIFY(controller->isRunning());
    QCOMPARE(window.syncLabel()->text(), QStringLiteral("Sync: running…"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, SyncTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(controller->lastError()));
    QVERIFY(controller->lastReport().exportedChanges > 0);
    QCOMPARE(controller->pendingChanges(), qint64(0));
    const QString label = window.syncLabel()->text();
    QVERIFY2(label.contains(controller->lastSync().toString(QStringLiteral("HH:mm"))), qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral("0 pending")), qPrintable(label));
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("syncProgress"))->isVisible());

    // Station B, with its own controller, receives the household and reports progress on the way.
    AppServices otherServices(*m_b->db, admin());
    SyncController other(otherServices);
    QSignalSpy otherFinished(&other, &SyncController::finished);
    QSignalSpy otherFailed(&other, &SyncController::failed);
    QSignalSpy progress(&other, &SyncController::progress);
    QVERIFY(other.syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(otherFinished.count() + otherFailed.count(), 1, SyncTimeoutMs);
    QVERIFY2(otherFailed.isEmpty(), qPrintable(other.lastError()));
    QVERIFY(other.lastReport().appliedChanges > 0);
    QVERIFY(!progress.isEmpty());
    auto received = HouseholdService(*m_b->db, admin()).get(id);
    QVERIFY2(received, qPrintable(received.error().message));
    QCOMPARE(received->headName(), QStringLiteral("孙同步"));

    // The desk's clock has seen what the worker received: B's edit comes after A's version, so it travels
    // back to A as a plain update, not as a conflict.
    Household edit = HouseholdService(*m_b->db, admin()).getForEdit(id).value();
    edit.phone = QStringLiteral("13955556666");
    QVERIFY(HouseholdService(*m_b->db, admin()).update(edit));
    QVERIFY(other.syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(otherFinished.count() + otherFailed.count(), 2, SyncTimeoutMs);
    QVERIFY(controller->syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 2, SyncTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(controller->lastError()));
    QCOMPARE(HouseholdService(m_a.db(), m_a.admin()).get(id)->phone, QStringLiteral("13955556666"));
    QCOMPARE(controller->openConflicts(), 0);
    QVERIFY(!window.syncLabel()->text().contains(QStringLiteral("conflict")));
}

void TestSyncUi::unreachableShareIsShownWithoutBlocking()
{
    MachineSettings::setShareFolder(m_dir.filePath(QStringLiteral("no-such-server/share")));
    MachineSettings::setKeyFile(m_keyFile);
    MainWindow window(m_a.db(), m_a.admin());
    SyncController *controller = window.syncController();
    QSignalSpy failed(controller, &SyncController::failed);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(controller->syncNow());
    QVERIFY(clock.elapsed() < 1000); // the attempt runs on the worker thread
    QVERIFY(controller->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, SyncTimeoutMs);
    QCOMPARE(controller->state(), SyncController::State::Unreachable);
    QVERIFY2(window.syncLabel()->text().contains(QStringLiteral("Shared folder unreachable")),
        qPrintable(window.syncLabel()->text()));
    QVERIFY(window.syncLabel()->toolTip().contains(QStringLiteral("cannot be reached")));
    // Not red text alone: the warning mark beside it, named for screen readers.
    auto *mark = window.findChild<QLabel *>(QStringLiteral("syncStateIcon"));
    QVERIFY(mark && !mark->isHidden() && !mark->pixmap().isNull());
    QCOMPARE(mark->accessibleName(), QStringLiteral("Sync needs attention"));
    if (const QString folder = qEnvironmentVariable("SN_SCREENSHOT_DIR"); !folder.isEmpty()) {
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("desk-sync-unreachable.png"))));
    }
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("cannot be reached"))); // a "sync now" says why
    // Nothing is lost meanwhile: the change waits.
    QVERIFY(m_a.addHousehold(DeskFixture::single(
                QStringLiteral("钱等待"), 32, ChaoyangCode, QStringLiteral("630105001201"), Category::Dibao))
        != QString());
    controller->refreshCounts();
    QVERIFY(controller->pendingChanges() > 0);
    QVERIFY(window.syncLabel()->text().contains(QStringLiteral("%1 pending").arg(controller->pendingChanges())));
}

void TestSyncUi::labelClickAsksForSettings()
{
    AppServices controllerServices(m_a.db(), m_a.admin());
    SyncController controller(controllerServices);
    QLabel label;
    QStatusBar bar;
    SyncStatusIndicator indicator(&controller, &label, &bar);
    QCOMPARE(label.text(), QStringLiteral("Sync: not set up"));
    QVERIFY(indicator.stateIcon()->isHidden()); // nothing wrong: no mark
    QSignalSpy asked(&indicator, &SyncStatusIndicator::settingsRequested);
    QTest::mouseClick(&label, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
