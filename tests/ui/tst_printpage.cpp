// The print page: public-notice cards for a township in a chosen layout, saved as PDF and logged.
#include "DeskFixture.h"

#include "services/documents/CardService.h"
#include "services/documents/CardSheet.h"
#include "ui/AppServices.h"
#include "ui/PrintPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace sn;
using namespace sn::test;

namespace {
const QString Beiyuan = QStringLiteral("630105001201");
constexpr int Households = 5;
} // namespace

class TestPrintPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void a4x2PageCount();
    void layoutsAndScopes();
    void savePdfWritesAndLogs();
    void reprintFromTheLog();
    void missingOfficialIsAskedAboutAndCanBeEntered();

private:
    DeskFixture m_fixture;
    QTemporaryDir m_out;
};

void TestPrintPage::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create());
    QVERIFY(m_out.isValid());
    for (int i = 0; i < Households; ++i) {
        const QString id = m_fixture.addHousehold(
            DeskFixture::single(QStringLiteral("户主%1").arg(i), 10 + i, ChaoyangCode, Beiyuan, Category::Dibao));
        QVERIFY(!id.isEmpty());
    }
    // Not covered (category none): no card.
    QVERIFY(!m_fixture
                 .addHousehold(DeskFixture::single(QStringLiteral("未保障"), 90, ChaoyangCode, Beiyuan, Category::None))
                 .isEmpty());
}

void TestPrintPage::init()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
}

void TestPrintPage::cleanup()
{
    QApplication::closeAllWindows();
}

void TestPrintPage::a4x2PageCount()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    PrintPage page(pageServices.cards(), m_fixture.admin(), StationService::regions(m_fixture.db()));
    page.setScope(PrintPage::Scope::Township, ChaoyangCode);
    QCOMPARE(page.regionBox()->currentData().toString(), ChaoyangCode);
    page.setCardLayout(doc::CardLayout::A4x2);
    const auto sheet = page.buildDocument();
    QVERIFY2(sheet, qPrintable(MessageBox::lastText()));
    QCOMPARE(sheet->cards().size(), Households);
    QCOMPARE(sheet->pageCount(), (Households + 1) / 2);
    QCOMPARE(sheet->layout(), doc::CardLayout::A4x2);
}

void TestPrintPage::layoutsAndScopes()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    PrintPage page(pageServices.cards(), m_fixture.admin(), StationService::regions(m_fixture.db()));
    page.setScope(PrintPage::Scope::Village, Beiyuan);
    QCOMPARE(page.regionBox()->currentData().toString(), Beiyuan);
    page.setCardLayout(doc::CardLayout::A4x4);
    auto sheet = page.buildDocument();
    QVERIFY(sheet);
    QCOMPARE(sheet->pageCount(), (Households + 3) / 4);
    page.setScope(PrintPage::Scope::All);
    QVERIFY(!page.regionBox()->isEnabled());
    page.setCardLayout(doc::CardLayout::A5);
    sheet = page.buildDocument();
    QVERIFY(sheet);
    QCOMPARE(sheet->pageCount(), Households);
    // A village with no covered household: nothing to print, and the clerk is told.
    page.setScope(PrintPage::Scope::Township, MafangCode);
    QVERIFY(!page.buildDocument());
    QVERIFY(!MessageBox::lastText().isEmpty());
}

void TestPrintPage::savePdfWritesAndLogs()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    PrintPage page(pageServices.cards(), m_fixture.admin(), StationService::regions(m_fixture.db()));
    page.show(); // the print log is read when the page is first shown
    const int logged = page.logTable()->rowCount();
    // An empty log says what to do first; it goes once something is printed.
    auto *hint = page.logTable()->findChild<QLabel *>(QStringLiteral("emptyStateHint"));
    QVERIFY(hint);
    QCOMPARE(hint->isVisible(), logged == 0);
    page.setScope(PrintPage::Scope::Township, ChaoyangCode);
    page.setCardLayout(doc::CardLayout::A4x2);
    const QString path = m_out.filePath(QStringLiteral("cards.pdf"));
    QVERIFY2(page.savePdf(path), qPrintable(MessageBox::lastText()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.size() > 1000);
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QCOMPARE(page.logTable()->rowCount(), logged + 1);
    QVERIFY(!hint->isVisible());
    QCOMPARE(page.logTable()->item(0, 0)->text(), m_fixture.admin().userName);
    QVERIFY(page.logTable()->item(0, 2)->text().contains(QStringLiteral("a4x2")));
    const auto log = CardService(m_fixture.db(), m_fixture.admin()).printLog().value();
    QCOMPARE(log.first().itemCount, Households);
    QCOMPARE(log.first().pageCount, (Households + 1) / 2);
    QCOMPARE(log.first().scope, ChaoyangCode);
}

void TestPrintPage::reprintFromTheLog()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    PrintPage page(pageServices.cards(), m_fixture.admin(), StationService::regions(m_fixture.db()));
    page.show(); // the print log is read when the page is first shown
    QVERIFY(page.logTable()->rowCount() > 0);
    QVERIFY(!page.reprintButton()->isEnabled());
    page.logTable()->selectRow(0);
    QVERIFY(page.reprintButton()->isEnabled());
    const QString logId = page.logTable()->item(0, 0)->data(Qt::UserRole).toString();
    const QString path = m_out.filePath(QStringLiteral("again.pdf"));
    QVERIFY2(page.reprintToPdf(logId, path), qPrintable(MessageBox::lastText()));
    QVERIFY(QFile::exists(path));
    const auto log = CardService(m_fixture.db(), m_fixture.admin()).printLog().value();
    QCOMPARE(log.first().reprintOf, logId);
    QCOMPARE(log.first().layout, QStringLiteral("a4x2"));
}

// A card without its responsible official is not printed blank unnoticed: the clerk is asked, and can enter the
// official from the page, after which the cards carry the name and no question is asked.
void TestPrintPage::missingOfficialIsAskedAboutAndCanBeEntered()
{
    CardService service(m_fixture.db(), m_fixture.admin());
    QVERIFY(service.setOfficial(ChaoyangCode, QString(), QString()));
    QVERIFY(service.official(ChaoyangCode).first.isEmpty());
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    PrintPage page(pageServices.cards(), m_fixture.admin(), StationService::regions(m_fixture.db()));
    page.show();
    page.setScope(PrintPage::Scope::Township, ChaoyangCode);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!page.buildDocument());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("包保责任人")), qPrintable(MessageBox::lastText()));

    // The clerk clicks the button and types the official's name and phone into the dialog.
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog && dialog->objectName() == QStringLiteral("officialDialog"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("officialName"));
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("officialPhone"));
        QVERIFY(name && phone);
        name->setFocus();
        name->insert(QStringLiteral("李主任")); // what an input method commits
        QTest::keyClicks(phone, QStringLiteral("0971-8123456"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    QTest::mouseClick(page.officialButton(), Qt::LeftButton);
    QCOMPARE(service.official(ChaoyangCode), qMakePair(QStringLiteral("李主任"), QStringLiteral("0971-8123456")));

    MessageBox::setNextAnswer(QMessageBox::No); // would refuse, were it asked
    const auto sheet = page.buildDocument();
    QVERIFY2(sheet, qPrintable(MessageBox::lastText()));
    for (const doc::PublicCard &card : sheet->cards())
        QCOMPARE(card.officialName, QStringLiteral("李主任"));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestPrintPage)
#include "tst_printpage.moc"
