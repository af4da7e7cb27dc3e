// The review calendar (三色管理) as a clerk uses it: counts per day, the overdue list, recording a visit.
#include "DeskFixture.h"

#include "domain/Format.h"
#include "services/ReviewService.h"
#include "ui/AppServices.h"
#include "ui/CompleteTaskDialog.h"
#include "ui/MainWindow.h"
#include "ui/ReviewCalendarPage.h"
#include "ui/ReviewCalendarWidget.h"
#include "ui/ReviewSummaryPanel.h"
#include "ui/ReviewTaskModel.h"
#include "ui/WorkbenchPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace sn;
using namespace sn::test;

namespace {
const QString Beiyuan = QStringLiteral("630105001201");
const QString Other = QStringLiteral("630105001202");
const QDate Today(2026, 11, 28);
} // namespace

class TestReviewCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void monthViewCountsADay();
    void overdueListMostOverdueFirst();
    void completeATaskLikeAClerk();
    void changeFoundOpensTheHousehold();
    void exitNeedsNotes();
    void villageWorkerSeesOwnVillage();
    void exportCsvWithBom();
    void columnWidthsAreRemembered();
    void recordingAVisitSaysTheTierAndTheNextReview();
    void workbenchShowsReviews();
    void chineseHeaderReadsYearThenMonth();

private:
    QString add(
        const QString &name, int sequence, Category category, const QDate &start, const QString &village = Beiyuan);
    int rowOf(const ReviewTaskModel *model, const QString &householdId, TaskType type) const;
    QList<TaskRow> tasksOf(const QString &householdId, std::optional<TaskStatus> status);

    DeskFixture m_fixture;
    Session m_clerk;
    QString m_redToday; // 特困, yearly review due today
    QString m_yellow; // 低保 aged 76: economic check due today
    QString m_redLate; // review due 2026-11-20 (8 days overdue)
    QString m_redLater; // review due 2026-10-01 (58 days overdue)
    QString m_otherVillage;
};

QString TestReviewCalendar::add(
    const QString &name, int sequence, Category category, const QDate &start, const QString &village)
{
    Household h = DeskFixture::single(name, sequence, ChaoyangCode, village, category);
    h.startDate = start;
    return m_fixture.addHousehold(h);
}

void TestReviewCalendar::initTestCase()
{
    prepareDeskTest(); // 2026-11-28 10:00
    QVERIFY(m_fixture.create());
    m_clerk = m_fixture.addClerk(QStringLiteral("wang"));
    m_redToday = add(QStringLiteral("张红"), 11, Category::Tekun, QDate(2025, 11, 28));
    m_yellow = add(QStringLiteral("李黄"), 12, Category::Dibao, QDate(2026, 5, 28));
    m_redLate = add(QStringLiteral("王迟"), 13, Category::Tekun, QDate(2025, 11, 20));
    m_redLater = add(QStringLiteral("赵更迟"), 14, Category::Tekun, QDate(2025, 10, 1));
    m_otherVillage = add(QStringLiteral("孙别村"), 15, Category::Tekun, QDate(2025, 12, 1), Other);
    for (const QString &id : { m_redToday, m_yellow, m_redLate, m_redLater, m_otherVillage })
        QVERIFY(!id.isEmpty());
}

void TestReviewCalendar::init()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
    Clock::setNow(QDateTime(Today, QTime(10, 0)));
}

void TestReviewCalendar::cleanup()
{
    QApplication::closeAllWindows();
}

int TestReviewCalendar::rowOf(const ReviewTaskModel *model, const QString &householdId, TaskType type) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->row(row)->task.householdId == householdId && model->row(row)->task.type == type)
            return row;
    }
    return -1;
}

QList<TaskRow> TestReviewCalendar::tasksOf(const QString &householdId, std::optional<TaskStatus> status)
{
    TaskQuery q;
    q.householdId = householdId;
    q.status = status;
    return ReviewService(m_fixture.db(), m_fixture.admin()).tasks(q).value();
}

void TestReviewCalendar::monthViewCountsADay()
{
    AppServices pageServices(m_fixture.db(), m_clerk);
    ReviewCalendarPage page(pageServices.reviews(), m_clerk, RegionTree::builtIn());
    page.show();
    ReviewCalendarWidget *calendar = page.calendar();
    QCOMPARE(calendar->monthShown(), 11);
    QCOMPARE(calendar->totalOn(Today), 2);
    QCOMPARE(calendar->countsOn(Today).value(Tier::Red), 1);
    QCOMPARE(calendar->countsOn(Today).value(Tier::Yellow), 1);
    QCOMPARE(calendar->totalOn(QDate(2026, 11, 20)), 1);
    QCOMPARE(calendar->totalOn(QDate(2026, 11, 21)), 0);
    QVERIFY2(page.daySummary()->text().contains(QLatin1String("2 due")), qPrintable(page.daySummary()->text()));

    // Next month: the other village's review on 1 December (the grid shows it in November's last row too).
    calendar->setCurrentPage(2026, 12);
    QCOMPARE(calendar->countsOn(QDate(2026, 12, 1)).value(Tier::Red), 1);

    // Only the own village when a village is chosen.
    calendar->setCurrentPage(2026, 11);
    page.villageFilter()->setCurrentIndex(page.villageFilter()->findData(Other));
    QCOMPARE(calendar->totalOn(Today), 0);
    QCOMPARE(calendar->totalOn(QDate(2026, 12, 1)), 1);

    // Picking a day lists its tasks.
    page.villageFilter()->setCurrentIndex(0);
    calendar->setSelectedDate(QDate(2026, 11, 20));
    QCOMPARE(page.tabs()->currentWidget(), page.dayView());
    QCOMPARE(page.dayModel()->rowCount(), 1);
    QCOMPARE(page.dayModel()->index(0, ReviewTaskModel::HeadName).data().toString(), QStringLiteral("王迟"));
    QCOMPARE(page.dayModel()->index(0, ReviewTaskModel::DaysOverdue).data().toString(), QStringLiteral("8"));
}

void TestReviewCalendar::overdueListMostOverdueFirst()
{
    AppServices pageServices(m_fixture.db(), m_clerk);
    ReviewCalendarPage page(pageServices.reviews(), m_clerk, RegionTree::builtIn());
    page.show();
    ReviewTaskModel *model = page.overdueModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ReviewTaskModel::HeadName).data().toString(), QStringLiteral("赵更迟"));
    QCOMPARE(model->index(0, ReviewTaskModel::DaysOverdue).data().toString(), QStringLiteral("58"));
    QCOMPARE(model->index(1, ReviewTaskModel::HeadName).data().toString(), QStringLiteral("王迟"));
    QCOMPARE(model->index(1, ReviewTaskModel::DaysOverdue).data().toString(), QStringLiteral("8"));
    QCOMPARE(page.tabs()->tabText(1), QStringLiteral("Overdue (2)"));
    // The week agenda: today's two tasks and the other village's on 1 December.
    QCOMPARE(page.weekModel()->rowCount(), 3);
}

void TestReviewCalendar::completeATaskLikeAClerk()
{
    AppServices pageServices(m_fixture.db(), m_clerk);
    ReviewCalendarPage page(pageServices.reviews(), m_clerk, RegionTree::builtIn());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.calendar()->setSelectedDate(Today);
    QTableView *view = page.dayView();
    const int row = rowOf(page.dayModel(), m_redToday, TaskType::DynamicReview);
    QVERIFY(row >= 0);
    QVERIFY(!page.completeButton()->isEnabled());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(page.dayModel()->index(row, 1)).center());
    QVERIFY(page.completeButton()->isEnabled());
    QTest::mouseClick(page.completeButton(), Qt::LeftButton);

    auto *dialog = page.findChild<CompleteTaskDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->dateEdit()->date(), Today);
    QCOMPARE(dialog->outcome(), TaskOutcome::NoChange);
    // The visit was two days ago; a date in the future cannot be picked.
    QCOMPARE(dialog->dateEdit()->maximumDate(), Today);
    dialog->dateEdit()->setDate(QDate(2026, 11, 26));
    typeText(dialog->notesEdit(), QStringLiteral("生活稳定，收入无变化"));
    QSignalSpy opened(&page, &ReviewCalendarPage::householdRequested);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<CompleteTaskDialog *>());
    QCOMPARE(opened.count(), 0);

    const QList<TaskRow> done = tasksOf(m_redToday, TaskStatus::Done);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().task.completedOn, QDate(2026, 11, 26));
    QCOMPARE(done.first().task.outcome, TaskOutcome::NoChange);
    QCOMPARE(done.first().task.notes, QStringLiteral("生活稳定，收入无变化"));
    QCOMPARE(done.first().task.completedBy, QStringLiteral("王窗口"));
    const QList<TaskRow> open = tasksOf(m_redToday, TaskStatus::Open);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().task.due, QDate(2027, 11, 26)); // yearly, from the day of the visit
    // The page shows it: one task left today.
    QCOMPARE(page.calendar()->totalOn(Today), 1);
    QCOMPARE(page.dayModel()->rowCount(), 1);
}

void TestReviewCalendar::changeFoundOpensTheHousehold()
{
    AppServices pageServices(m_fixture.db(), m_clerk);
    ReviewCalendarPage page(pageServices.reviews(), m_clerk, RegionTree::builtIn());
    page.show();
    page.tabs()->setCurrentWidget(page.overdueView());
    const int row = rowOf(page.overdueModel(), m_redLate, TaskType::DynamicReview);
    QVERIFY(row >= 0);
    page.overdueView()->setCurrentIndex(page.overdueModel()->index(row, 0));
    QTest::keyClick(page.overdueView(), Qt::Key_Return); // Enter records the visit too
    auto *dialog = page.findChild<CompleteTaskDialog *>();
    QVERIFY(dialog);
    dialog->outcomeCombo()->setCurrentIndex(dialog->outcomeCombo()->findData(int(TaskOutcome::ChangeFound)));
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("completeHint"))->text().contains(QLatin1String("household form")));
    QSignalSpy opened(&page, &ReviewCalendarPage::householdRequested);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), m_redLate);
    QCOMPARE(tasksOf(m_redLate, TaskStatus::Done).first().task.outcome, TaskOutcome::ChangeFound);
    QCOMPARE(page.overdueModel()->rowCount(), 1);
}

void TestReviewCalendar::exitNeedsNotes()
{
    AppServices pageServices(m_fixture.db(), m_clerk);
    ReviewCalendarPage page(pageServices.reviews(), m_clerk, RegionTree::builtIn());
    page.show();
    page.tabs()->setCurrentWidget(page.overdueView());
    page.overdueView()->setCurrentIndex(page.overdueModel()->index(0, 0));
    QTest::mouseClick(page.completeButton(), Qt::LeftButton);
    auto *dialog = page.findChild<CompleteTaskDialog *>();
    QVERIFY(dialog);
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    dialog->outcomeCombo()->setCurrentIndex(dialog->outcomeCombo()->findData(int(TaskOutcome::Exit)));
    QVERIFY(!ok->isEnabled());
    // Accepting anyway (Enter in a field) is refused by the service, and the dialog stays.
    dialog->accept();
    QVERIFY2(
        MessageBox::lastText().contains(QLatin1String("why the household leaves")), qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
    typeText(dialog->notesEdit(), QStringLiteral("迁出"));
    QVERIFY(ok->isEnabled());
    dialog->reject();
    QCOMPARE(tasksOf(m_redLater, TaskStatus::Done).size(), 0); // nothing recorded
}

void TestReviewCalendar::villageWorkerSeesOwnVillage()
{
    const Session worker { QStringLiteral("w"), QStringLiteral("网格员"), Role::VillageWorker, ChaoyangCode, Other };
    AppServices pageServices(m_fixture.db(), worker);
    ReviewCalendarPage page(pageServices.reviews(), worker, RegionTree::builtIn());
    page.show();
    QVERIFY(page.townshipFilter()->isHidden());
    QVERIFY(page.villageFilter()->isHidden());
    QCOMPARE(page.weekModel()->rowCount(), 1);
    QCOMPARE(page.weekModel()->index(0, ReviewTaskModel::HeadName).data().toString(), QStringLiteral("孙别村"));
    QCOMPARE(page.calendar()->totalOn(Today), 0);
    QVERIFY(page.completeButton()->isVisibleTo(&page)); // village workers record visits
}

void TestReviewCalendar::exportCsvWithBom()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    ReviewCalendarPage page(pageServices.reviews(), m_fixture.admin(), RegionTree::builtIn());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tasks.csv"));
    QVERIFY(page.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(data.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QLatin1String("Head of household,Township")));
    QVERIFY(text.contains(QStringLiteral("张红,朝阳街道")));
    QVERIFY(text.contains(QStringLiteral("王迟"))); // done or open, every task due in November
    QVERIFY(!text.contains(QStringLiteral("赵更迟"))); // due in October
    QVERIFY(!text.contains(QStringLiteral("孙别村"))); // due in December
}

void TestReviewCalendar::columnWidthsAreRemembered()
{
    {
        AppServices pageServices(m_fixture.db(), m_clerk);
        ReviewCalendarPage page(pageServices.reviews(), m_clerk, RegionTree::builtIn());
        page.overdueView()->horizontalHeader()->resizeSection(ReviewTaskModel::HeadName, 211);
    }
    AppServices againServices(m_fixture.db(), m_clerk);
    ReviewCalendarPage again(againServices.reviews(), m_clerk, RegionTree::builtIn());
    QCOMPARE(again.overdueView()->horizontalHeader()->sectionSize(ReviewTaskModel::HeadName), 211);
}

void TestReviewCalendar::recordingAVisitSaysTheTierAndTheNextReview()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReviewCalendarPage *page = window.reviews();
    window.findChild<QStackedWidget *>()->setCurrentWidget(page);
    page->calendar()->setSelectedDate(Today);
    QTableView *view = page->dayView();
    const int row = rowOf(page->dayModel(), m_yellow, TaskType::EconomicCheck);
    QVERIFY(row >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(page->dayModel()->index(row, 1)).center());
    QTest::mouseClick(page->completeButton(), Qt::LeftButton);
    auto *dialog = page->findChild<CompleteTaskDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page->findChild<CompleteTaskDialog *>());
    // What the clerk tells the household: its tier and when it is seen next.
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(
        said.startsWith(QStringLiteral("Visit recorded: tier ") + TierRules::display(Tier::Yellow)), qPrintable(said));
    const QList<TaskRow> open = tasksOf(m_yellow, TaskStatus::Open);
    QVERIFY(!open.isEmpty());
    QDate next = open.first().task.due;
    for (const TaskRow &t : open)
        next = std::min(next, t.task.due);
    QVERIFY2(said.contains(format::date(next)), qPrintable(said));
}

void TestReviewCalendar::workbenchShowsReviews()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *summary = window.workbench()->findChild<ReviewSummaryPanel *>();
    QVERIFY(summary);
    // Filled in right after the workbench's first frame.
    QTRY_VERIFY2(summary->dueThisWeek()->text().contains(QLatin1String("next 7 days")),
        qPrintable(summary->dueThisWeek()->text()));
    QVERIFY(summary->completionLabel()->text().contains(QLatin1String("this month")));
    QVERIFY(summary->tiersLabel()->text().contains(TierRules::display(Tier::Red)));
    QCOMPARE(summary->overdueTable()->item(0, 0)->text(), QStringLiteral("朝阳街道"));
    QStringList todo;
    for (int i = 0; i < window.workbench()->todoList()->count(); ++i)
        todo.append(window.workbench()->todoList()->item(i)->text());
    QVERIFY2(todo.join(QLatin1Char('\n')).contains(QLatin1String("overdue")), qPrintable(todo.join(QLatin1Char('\n'))));
    QTest::mouseClick(summary->findChild<QPushButton *>(QStringLiteral("reviewOpenCalendar")), Qt::LeftButton);
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.reviews());
}

void TestReviewCalendar::chineseHeaderReadsYearThenMonth()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    ReviewCalendarWidget calendar;
    QLocale::setDefault(before);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    calendar.setCurrentPage(2026, 12);
    auto *year = calendar.findChild<QToolButton *>(QStringLiteral("qt_calendar_yearbutton"));
    auto *month = calendar.findChild<QToolButton *>(QStringLiteral("qt_calendar_monthbutton"));
    QVERIFY(year && month);
    QTRY_COMPARE(year->text(), QStringLiteral("2026年"));
    QCOMPARE(month->text(), QStringLiteral("12月"));
    QTRY_VERIFY(year->x() < month->x()); // 2026年12月
    calendar.setCurrentPage(2027, 1);
    QCOMPARE(year->text() + month->text(), QStringLiteral("2027年1月"));
}

QTEST_MAIN(TestReviewCalendar)
#include "tst_reviewcalendar.moc"
