// The handbook inside the desk: F1 lands on the page about where the clerk is, and the index and the full-text
// search find a term, all read from the safetynet-handbook.qch that resources/handbook builds.
#include "DeskFixture.h"

#include "ui/ApplicationsPage.h"
#include "ui/ConflictsPage.h"
#include "ui/HandbookBrowser.h"
#include "ui/HandbookTopics.h"
#include "ui/HandbookWindow.h"
#include "ui/HouseholdForm.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/PoliciesPage.h"
#include "ui/RegistryPage.h"
#include "ui/ReviewCalendarPage.h"
#include "ui/ServiceTeamPage.h"
#include "ui/SuspicionsPage.h"
#include "ui/WorkbenchPage.h"

#include <QHelpEngine>
#include <QHelpIndexModel>
#include <QHelpSearchEngine>
#include <QHelpSearchResult>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestHandbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void f1InTheIntakeFormOpensTheIntakePage();
    void f1OnTheRegistryOpensTheRegistryPage();
    void indexFindsATerm();
    void searchFindsATerm();
    void everyTopicIsAPageOfTheHandbook();

private:
    static QString pageText(const HandbookWindow &handbook) { return handbook.browser()->toPlainText(); }

    DeskFixture m_fixture;
    Session m_clerk;
};

void TestHandbook::initTestCase()
{
    prepareDeskTest();
    QVERIFY2(!HandbookWindow::handbookFile().isEmpty(), "the handbook (target sn_handbook) is not built");
    QVERIFY(m_fixture.create(QStringLiteral("城北区")));
    m_clerk = m_fixture.addClerk(QStringLiteral("wang"), ChaoyangCode);
    QVERIFY(!m_clerk.userId.isEmpty());
}

void TestHandbook::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::Discard); // a form with typing in it closes without asking
    QApplication::closeAllWindows();
}

void TestHandbook::f1InTheIntakeFormOpensTheIntakePage()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Ctrl+N opens the intake form, a window of its own; the clerk is in its address field.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(window.openForms().size(), 1);
    HouseholdForm *form = window.openForms().constFirst();
    QVERIFY(QTest::qWaitForWindowActive(form));
    QTest::qWait(50);
    form->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), form);
    auto *address = form->findChild<QLineEdit *>(QStringLiteral("address"));
    QVERIFY(address);
    address->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), address);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    auto *handbook = window.findChild<HandbookWindow *>();
    QVERIFY2(handbook, "F1 opened no handbook");
    QVERIFY2(handbook->problem().isEmpty(), qPrintable(handbook->problem()));
    QTRY_VERIFY(handbook->isVisible());
    QCOMPARE(handbook->currentUrl(), HandbookWindow::pageUrl(QStringLiteral("intake.html")));
    QCOMPARE(handbook->currentUrl().scheme(), QStringLiteral("qthelp"));
    QCOMPARE(handbook->currentTitle(), QStringLiteral("登记家庭（家庭信息表）"));
    QVERIFY(pageText(*handbook).contains(QStringLiteral("按 Ctrl+S 保存")));
    QVERIFY(pageText(*handbook).contains(QStringLiteral("校验码为 3，应为 X")));
    QVERIFY(handbook->windowTitle().contains(QStringLiteral("登记家庭")));
    // The screenshot on the page comes out of the help file too.
    QVERIFY(!handbook->browser()
                 ->loadResource(
                     QTextDocument::ImageResource, HandbookWindow::pageUrl(QStringLiteral("images/household-form.png")))
                 .toByteArray()
                 .isEmpty());
}

void TestHandbook::f1OnTheRegistryOpensTheRegistryPage()
{
    MainWindow window(m_fixture.db(), m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // into the registry's search box
    QTRY_VERIFY(QApplication::focusWidget() && window.registry()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    auto *handbook = window.findChild<HandbookWindow *>();
    QVERIFY(handbook);
    QTRY_VERIFY(handbook->isVisible());
    QCOMPARE(handbook->currentUrl().fileName(), QStringLiteral("registry.html"));
    QVERIFY(pageText(*handbook).contains(QStringLiteral("拼音全拼")));
}

void TestHandbook::indexFindsATerm()
{
    HandbookWindow handbook;
    QVERIFY2(handbook.problem().isEmpty(), qPrintable(handbook.problem()));
    handbook.showPage(HandbookTopics::defaultPage());
    QVERIFY(QTest::qWaitForWindowExposed(&handbook));
    QHelpIndexModel *index = handbook.engine().indexModel();
    QTRY_VERIFY(!index->isCreatingIndex() && index->rowCount() > 0);

    auto *filter = handbook.findChild<QLineEdit *>(QStringLiteral("handbookIndexFilter"));
    QVERIFY(filter);
    filter->setFocus(Qt::OtherFocusReason);
    typeText(filter, QStringLiteral("公示卡"));
    QTRY_VERIFY(index->rowCount() >= 1);
    QCOMPARE(index->index(0, 0).data().toString(), QStringLiteral("公示卡"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(handbook.currentUrl().fileName(), QStringLiteral("print.html"));
    QCOMPARE(handbook.currentUrl().fragment(), QStringLiteral("cards"));
    QVERIFY(pageText(handbook).contains(QStringLiteral("民政兜底保障对象公示卡")));
}

void TestHandbook::searchFindsATerm()
{
    HandbookWindow handbook;
    QVERIFY2(handbook.problem().isEmpty(), qPrintable(handbook.problem()));
    QHelpSearchEngine *search = handbook.engine().searchEngine();
    QTRY_VERIFY_WITH_TIMEOUT(handbook.isSearchReady(), 30000);

    QSignalSpy searched(search, &QHelpSearchEngine::searchingFinished);
    search->search(QStringLiteral("公示卡"));
    QVERIFY(searched.wait(30000));
    const int hits = searched.constFirst().constFirst().toInt();
    QVERIFY2(hits > 0, "公示卡 found nowhere");
    QStringList pages;
    for (const QHelpSearchResult &result : search->searchResults(0, hits))
        pages.append(result.url().fileName());
    QVERIFY2(pages.contains(QStringLiteral("print.html")), qPrintable(pages.join(QLatin1Char(' '))));
}

// Every page the topics name is in the help file, with the anchor it points at; every page of the desk has one.
void TestHandbook::everyTopicIsAPageOfTheHandbook()
{
    HandbookWindow handbook;
    QVERIFY2(handbook.problem().isEmpty(), qPrintable(handbook.problem()));
    const QStringList pages = HandbookTopics::pages();
    QVERIFY(pages.size() > 15);
    for (const QString &page : pages) {
        const QUrl url = HandbookWindow::pageUrl(page);
        QUrl file = url;
        file.setFragment(QString());
        const QByteArray html = handbook.engine().fileData(file);
        QVERIFY2(!html.isEmpty(), qPrintable(page));
        if (!url.fragment().isEmpty())
            QVERIFY2(html.contains("id=\"" + url.fragment().toUtf8() + '"'), qPrintable(page));
    }
    MainWindow window(m_fixture.db(), m_clerk);
    const QList<QWidget *> desk { window.registry(), window.workbench(), window.reviews(), window.leads(),
        window.applications(), window.policies(), window.suspicions(), window.conflicts(), window.serviceTeam() };
    for (QWidget *page : desk)
        QVERIFY2(!HandbookTopics::pageFor(page).isEmpty(), page->metaObject()->className());
}

QTEST_MAIN(TestHandbook)
#include "tst_handbook.moc"
