// The desk as a whole: pages, menus and shortcuts, the status bar, and the township scope as the UI meets it.
#include "DeskFixture.h"

#include "ui/ConflictsPage.h"
#include "ui/HouseholdForm.h"
#include "ui/HouseholdTableModel.h"
#include "ui/IdleLock.h"
#include "ui/LeadsPage.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/RegistryPage.h"
#include "ui/ReviewCalendarPage.h"
#include "ui/WorkbenchPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pagesAndStatusBar();
    void townshipClerkSeesOnlyOwnTownship();
    void districtAdminSeesEveryTownship();
    void ctrlFFocusesTheSearchBox();
    void ctrlLLocksTheDesk();
    void lockFromAnOpenHouseholdForm();
    void workbenchCountsAndTodo();
    void startBuildsOnlyWhatIsShown();
    void geometryIsRemembered();
    void addPageFromLaterFeatures();
    void savedFormRefreshesTheDesk();
    void auditorCannotRegister();
    void fitsALaptopScreenWithALargeFont_data();
    void fitsALaptopScreenWithALargeFont();

private:
    QStringList listedHeads(MainWindow &window) const;

    DeskFixture m_fixture;
    Session m_clerk;
    QString m_own;
    QString m_other;
};

void TestMainWindow::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create(QStringLiteral("城北区")));
    m_clerk = m_fixture.addClerk(QStringLiteral("wang"), ChaoyangCode);
    QVERIFY(!m_clerk.userId.isEmpty());
    m_own = m_fixture.addHousehold(household()); // 张三, 朝阳街道
    m_other = m_fixture.addHousehold(
        DeskFixture::single(QStringLiteral("赵六"), 8, MafangCode, XixingyuanCode, Category::Dibao));
    QVERIFY(!m_own.isEmpty() && !m_other.isEmpty());
}

void TestMainWindow::init()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
}

void TestMainWindow::cleanup()
{
    QApplication::closeAllWindows();
}

QStringList TestMainWindow::listedHeads(MainWindow &window) const
{
    QStringList names;
    const HouseholdTableModel *model = window.registry()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, HouseholdTableModel::HeadName).data().toString());
    names.sort();
    return names;
}

void TestMainWindow::pagesAndStatusBar()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QStringLiteral("测试窗口")));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QVERIFY(nav->count() >= 6); // later features add pages after these
    QCOMPARE(nav->item(0)->text(), QStringLiteral("Workbench"));
    QCOMPARE(nav->item(1)->text(), QStringLiteral("Households"));
    QCOMPARE(nav->item(2)->text(), QStringLiteral("Reviews"));
    QCOMPARE(nav->item(3)->text(), QStringLiteral("Leads"));
    QCOMPARE(nav->item(4)->text(), QStringLiteral("Applications")); // a lead becomes an application
    QCOMPARE(nav->item(5)->text(), QStringLiteral("Changes")); // an approved household's payment changes
    QCOMPARE(nav->item(6)->text(), QStringLiteral("Service team"));
    QCOMPARE(nav->item(nav->count() - 1)->text(), QStringLiteral("Conflicts")); // added last, with sync
    auto *pages = window.findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), window.workbench());
    nav->setCurrentRow(1);
    QCOMPARE(pages->currentWidget(), window.registry());

    const auto *user = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusUser"));
    QVERIFY(user->text().contains(QStringLiteral("王窗口")));
    QVERIFY(user->text().contains(Roles::display(Role::TownshipClerk)));
    QVERIFY(window.statusBar()
                ->findChild<QLabel *>(QStringLiteral("statusStation"))
                ->text()
                .contains(QStringLiteral("测试窗口")));
    QCOMPARE(window.statusBar()->findChild<QLabel *>(QStringLiteral("statusDatabase"))->text(),
        QStringLiteral("Database: station.sqlite"));
    QCOMPARE(window.syncLabel()->text(), QStringLiteral("Sync: not set up"));

    // A clerk may register households: the action is there and enabled.
    auto *newAction = window.findChild<QAction *>(QStringLiteral("actionNewHousehold"));
    QVERIFY(newAction && newAction->isEnabled());
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
}

void TestMainWindow::townshipClerkSeesOnlyOwnTownship()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QCOMPARE(listedHeads(window), QStringList { QStringLiteral("张三") });

    // Opening the other township's household by id (what a stale link or a later page would do) is refused
    // with the service's reason, and no form appears.
    HouseholdForm *refused = window.openHousehold(m_other);
    QVERIFY(!refused);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("belongs to another township")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(window.openForms().isEmpty());
    QVERIFY(!window.findChild<HouseholdForm *>());

    HouseholdForm *own = window.openHousehold(m_own);
    QVERIFY(own);
    QVERIFY(own->isVisible());
    QCOMPARE(own->householdId(), m_own);
    QCOMPARE(window.openForms().size(), 1);
    // Opening it again brings the same form forward instead of a second copy.
    QCOMPARE(window.openHousehold(m_own), own);
    QCOMPARE(window.openForms().size(), 1);
    own->close();
    QTRY_VERIFY(window.openForms().isEmpty());
}

void TestMainWindow::districtAdminSeesEveryTownship()
{
    MainWindow window(m_fixture.db(), m_fixture.admin());
    window.show();
    QCOMPARE(listedHeads(window), (QStringList { QStringLiteral("张三"), QStringLiteral("赵六") }));
    HouseholdForm *form = window.openHousehold(m_other);
    QVERIFY(form);
    QCOMPARE(form->householdId(), m_other);
    form->close();

    // The registry's Enter goes through the same path.
    window.find();
    typeText(window.registry()->searchBox(), QStringLiteral("zl"));
    QTRY_COMPARE(listedHeads(window), QStringList { QStringLiteral("赵六") });
    window.registry()->view()->setCurrentIndex(window.registry()->model()->index(0, 0));
    QTest::keyClick(window.registry()->view(), Qt::Key_Return);
    QCOMPARE(window.openForms().size(), 1);
    QCOMPARE(window.openForms().first()->householdId(), m_other);
}

void TestMainWindow::ctrlFFocusesTheSearchBox()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *pages = window.findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), window.workbench());
    QVERIFY(!window.registry()->searchBox()->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), window.registry());
    QTRY_VERIFY(window.registry()->searchBox()->hasFocus());
}

void TestMainWindow::ctrlLLocksTheDesk()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.idleLock()->isLocked());
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.idleLock()->isLocked());
    LockScreen *screen = window.idleLock()->lockScreen();
    // Ctrl+F does nothing while locked.
    QTest::keyClick(screen->passwordEdit(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.workbench());
    typeText(screen->passwordEdit(), ClerkPassword);
    QTest::keyClick(screen->passwordEdit(), Qt::Key_Return);
    QVERIFY(!window.idleLock()->isLocked());
}

void TestMainWindow::lockFromAnOpenHouseholdForm()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    HouseholdForm *form = window.openHousehold(m_own);
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowActive(form));
    // The desk's first paint activates the main window once more: make sure the clerk is in the form.
    QTest::qWait(50);
    form->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), form);
    auto *address = form->findChild<QLineEdit *>(QStringLiteral("address"));
    address->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), address);
    address->end(false);
    const QString before = address->text();

    // Ctrl+L in the form locks the desk, and the form is covered like the main window.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.idleLock()->isLocked());
    QCOMPARE(address->text(), before);
    QVERIFY(form->findChild<QWidget *>(QStringLiteral("idleLockCover")));
    LockScreen *screen = window.idleLock()->lockScreen();
    QTRY_COMPARE(QApplication::focusWidget(), screen->passwordEdit());

    // Only a password is asked, so a wrong one is called a wrong password; the logo keeps its size.
    auto *logo = screen->findChild<QLabel *>(QStringLiteral("lockLogo"));
    const int logoHeight = logo->height();
    typeText(screen->passwordEdit(), QStringLiteral("guess"));
    QTest::keyClick(screen->passwordEdit(), Qt::Key_Return);
    QVERIFY(window.idleLock()->isLocked());
    QVERIFY2(screen->errorText().startsWith(QStringLiteral("Wrong password.")), qPrintable(screen->errorText()));
    QVERIFY(!screen->errorText().contains(QStringLiteral("user name")));
    QCoreApplication::processEvents();
    QCOMPARE(logo->height(), logoHeight);

    // Unlocked, the keyboard is back in the form's address field: what is typed lands there.
    typeText(screen->passwordEdit(), ClerkPassword);
    QTest::keyClick(screen->passwordEdit(), Qt::Key_Return);
    QVERIFY(!window.idleLock()->isLocked());
    QTRY_COMPARE(QApplication::activeWindow(), form);
    QTRY_COMPARE(QApplication::focusWidget(), address);
    QVERIFY(!form->findChild<QWidget *>(QStringLiteral("idleLockCover")));
    typeText(QApplication::focusWidget(), QStringLiteral("5"));
    QCOMPARE(address->text(), before + QStringLiteral("5"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
}

void TestMainWindow::workbenchCountsAndTodo()
{
    MainWindow window(m_fixture.db(), m_fixture.admin());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableWidget *table = window.workbench()->countsTable();
    // The workbench paints first and counts right after its first frame (a district's counts take a while).
    // Categories down, the two townships with households across, totals last.
    QTRY_COMPARE(table->columnCount(), 4);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("朝阳街道"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("马坊街道"));
    const int last = table->rowCount() - 1;
    QCOMPARE(table->item(last, 0)->text(), QStringLiteral("Active households"));
    QCOMPARE(table->item(last, 1)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(last, 2)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(last, 3)->text(), QStringLiteral("2"));
    int dibaoRow = -1;
    for (int row = 0; row < last; ++row) {
        if (table->item(row, 0)->text() == CategoryNames::display(Category::Dibao))
            dibaoRow = row;
    }
    QVERIFY(dibaoRow >= 0);
    QCOMPARE(table->item(dibaoRow, 3)->text(), QStringLiteral("2"));
    // The fixture's households have review visits overdue since their start dates: the reviews' source says so.
    QCOMPARE(window.workbench()->todoList()->count(), 1);
    QVERIFY(window.workbench()->todoList()->item(0)->text().contains(QLatin1String("review task(s) overdue")));

    // Later features add their deadlines through a source; double-click opens the household.
    window.workbench()->addTodoSource([this] {
        return QList<TodoItem> { { QStringLiteral("Field check: 赵六"), QDateTime(QDate(2026, 11, 28), QTime(16, 0)),
                                     m_other },
            { QStringLiteral("Call back: 张三"), QDateTime(QDate(2026, 11, 28), QTime(11, 0)), m_own } };
    });
    window.workbench()->refresh();
    QListWidget *todo = window.workbench()->todoList();
    QCOMPARE(todo->count(), 3);
    QVERIFY(todo->item(0)->text().contains(QStringLiteral("张三"))); // sorted by time, undated last
    emit todo->itemActivated(todo->item(1));
    QCOMPARE(window.openForms().size(), 1);
    QCOMPARE(window.openForms().first()->householdId(), m_other);
}

// The start of the desk on a district's database: the pages not on screen are built when first shown, and
// the workbench counts only once it has been on screen (a clerk who goes straight to the registry does not
// wait for the district's counts).
void TestMainWindow::startBuildsOnlyWhatIsShown()
{
    MainWindow window(m_fixture.db(), m_fixture.admin());
    auto *pages = window.findChild<QStackedWidget *>();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(!window.findChild<ReviewCalendarPage *>());
    QVERIFY(!window.findChild<LeadsPage *>());
    QVERIFY(!window.findChild<ConflictsPage *>());
    QCOMPARE(pages->count(), nav->count());

    window.show();
    window.find(); // Ctrl+F at once, before the first frame
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.registry()->model()->rowCount(), 2);
    QTest::qWait(20);
    QCOMPARE(window.workbench()->countsTable()->rowCount(), 0); // never on screen: not counted
    window.showPage(window.workbench());
    QTRY_VERIFY(window.workbench()->countsTable()->rowCount() > 0);

    // Shown through the navigation: built in its place, and it loads its data.
    nav->setCurrentRow(2);
    auto *reviews = qobject_cast<ReviewCalendarPage *>(pages->currentWidget());
    QVERIFY(reviews);
    QCOMPARE(window.reviews(), reviews);
    QCOMPARE(pages->indexOf(reviews), 2);
    // Asked for: built without being shown, the page on screen stays.
    ConflictsPage *conflicts = window.conflicts();
    QVERIFY(conflicts);
    QCOMPARE(pages->indexOf(conflicts), nav->count() - 1);
    QCOMPARE(pages->currentWidget(), reviews);
    QCOMPARE(pages->count(), nav->count());
    QCOMPARE(window.findChildren<ReviewCalendarPage *>().size(), 1);
    window.showPage(conflicts);
    QCOMPARE(pages->currentWidget(), conflicts);
}

void TestMainWindow::geometryIsRemembered()
{
    {
        MainWindow window(m_fixture.db(), m_clerk);
        window.show();
        window.resize(900, 640);
        window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({ 240, 660 });
        QVERIFY(window.close());
    }
    MainWindow again(m_fixture.db(), m_clerk);
    again.show();
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), 240);
}

void TestMainWindow::addPageFromLaterFeatures()
{
    MainWindow window(m_fixture.db(), m_fixture.admin());
    auto *page = new QLabel(QStringLiteral("Leads"));
    window.addPage(page, QStringLiteral("Leads"), QIcon());
    window.showPage(page);
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), page);
    QCOMPARE(
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->currentItem()->text(), QStringLiteral("Leads"));
}

void TestMainWindow::savedFormRefreshesTheDesk()
{
    MainWindow window(m_fixture.db(), m_fixture.admin());
    window.show();
    QCOMPARE(window.registry()->model()->rowCount(), 2);
    HouseholdForm *form = window.newHousehold();
    QVERIFY(form);
    // What the form does on Save, done here through the service so the test does not depend on the form's fields.
    const QString id = m_fixture.addHousehold(
        DeskFixture::single(QStringLiteral("孙七"), 9, ChaoyangCode, QStringLiteral("630105001001"), Category::Tekun));
    QVERIFY(!id.isEmpty());
    QCOMPARE(window.registry()->model()->rowCount(), 2);
    emit form->saved(id);
    QCOMPARE(window.registry()->model()->rowCount(), 3);
    QCOMPARE(window.workbench()
                 ->countsTable()
                 ->item(window.workbench()->countsTable()->rowCount() - 1,
                     window.workbench()->countsTable()->columnCount() - 1)
                 ->text(),
        QStringLiteral("3"));
    form->close();
    QVERIFY(HouseholdService(m_fixture.db(), m_fixture.admin()).remove(id, QStringLiteral("test over")));
}

void TestMainWindow::auditorCannotRegister()
{
    User auditor;
    auditor.username = QStringLiteral("audit");
    auditor.role = Role::Auditor;
    auto created = AccountService(m_fixture.db()).createUser(&m_fixture.admin(), auditor, QStringLiteral("audit-pw"));
    QVERIFY(created);
    MainWindow window(m_fixture.db(), { created->id, created->username, Role::Auditor, {}, {} });
    window.show();
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNewHousehold"))->isEnabled());
    QVERIFY(window.registry()->findChild<QWidget *>(QStringLiteral("registryNew"))->isHidden());
    QVERIFY(!window.newHousehold());
    QVERIFY(window.openForms().isEmpty());
    // Viewing is allowed, district-wide.
    QCOMPARE(window.registry()->model()->rowCount(), 2);
}

void TestMainWindow::fitsALaptopScreenWithALargeFont_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("normal font") << 1.0;
    QTest::newRow("1.5x font") << 1.5;
}

// A 1366x768 laptop (the usual township machine) with a larger system font: no page may need more room than
// the screen has, or buttons and fields would be cut off.
void TestMainWindow::fitsALaptopScreenWithALargeFont()
{
    QFETCH(double, scale);
    const QFont before = QApplication::font();
    QFont font = before;
    font.setPointSizeF(font.pointSizeF() * scale);
    QApplication::setFont(font);
    {
        MainWindow window(m_fixture.db(), m_fixture.admin());
        window.show();
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(pages);
        for (int i = 0; i < pages->count(); ++i) {
            QWidget *page = pages->widget(i);
            window.showPage(page);
            const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(needed.width() <= 1366 && needed.height() <= 740,
                qPrintable(
                    QStringLiteral("%1 needs %2x%3").arg(page->objectName()).arg(needed.width()).arg(needed.height())));
        }
    }
    QApplication::setFont(before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
