// The spreadsheet page: a ledger preview lists problems by row and refuses to import them; the monthly
// report and annex 1 are written where the clerk says.
#include "DeskFixture.h"

#include "ui/AppServices.h"
#include "ui/ColumnMappingDialog.h"
#include "ui/SpreadsheetPage.h"

#include <QComboBox>
#include <QTimer>

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace sn;
using namespace sn::test;

namespace {
const QString Beiyuan = QStringLiteral("630105001201");

bool isZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() > 100 && file.read(2) == QByteArray("PK");
}
} // namespace

class TestSpreadsheetPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void monthlyReport();
    void annexOne();
    void paymentRoll();
    void ledgerWithABadIdStaysDisabled();
    void cleanLedgerImports();
    void validHouseholdsImportAndRejectsAreSaved();
    void unreadableLedger();
    void unknownIdHeaderIsMapped();

private:
    DeskFixture m_fixture;
    QTemporaryDir m_out;
};

void TestSpreadsheetPage::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create());
    QVERIFY(m_out.isValid());
    QVERIFY(!m_fixture.addHousehold(household()).isEmpty());
}

void TestSpreadsheetPage::init()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
}

void TestSpreadsheetPage::cleanup()
{
    QApplication::closeAllWindows();
}

void TestSpreadsheetPage::monthlyReport()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(pageServices);
    QCOMPARE(page.month(), QStringLiteral("2026-11")); // the fixed clock's month
    const QString path = m_out.filePath(QStringLiteral("report.xlsx"));
    QVERIFY2(page.exportReport(page.month(), path), qPrintable(MessageBox::lastText()));
    QVERIFY(QFile::exists(path));
    QVERIFY(isZip(path));
    QVERIFY(page.exportStatus()->text().contains(QStringLiteral("report.xlsx")));
}

void TestSpreadsheetPage::paymentRoll()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(pageServices);
    const QString path = m_out.filePath(QStringLiteral("roll.xlsx"));
    QVERIFY2(page.exportPayroll(page.month(), path), qPrintable(MessageBox::lastText()));
    QVERIFY(isZip(path));
    QVERIFY(page.exportStatus()->text().contains(QStringLiteral("roll.xlsx")));
    QVERIFY(!page.exportPayroll(QStringLiteral("2026-13"), path)); // no such month: said, nothing written
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("YYYY-MM")));
}

void TestSpreadsheetPage::annexOne()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(pageServices);
    const QString path = m_out.filePath(QStringLiteral("annex1.xlsx"));
    QVERIFY2(page.exportAnnex(QStringLiteral("2026-11"), QStringLiteral("人社局"), path),
        qPrintable(MessageBox::lastText()));
    QVERIFY(isZip(path));
}

void TestSpreadsheetPage::ledgerWithABadIdStaysDisabled()
{
    const QString good = makeId(QDate(1950, 1, 1), 5);
    QString bad = makeId(QDate(1951, 2, 3), 7);
    bad[17] = bad.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // wrong check character
    const QString path = m_out.filePath(QStringLiteral("ledger.csv"));
    QVERIFY(writeUtf8(path,
        QStringLiteral("姓名,身份证号码,乡镇,类别\n赵德明,%1,朝阳街道,特困\n钱多多,%2,朝阳街道,低保\n")
            .arg(good, bad)));

    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(pageServices);
    QVERIFY(!page.importLedgerButton()->isEnabled());
    QVERIFY2(page.previewLedger(path), qPrintable(MessageBox::lastText()));
    QVERIFY(page.ledgerPreview().has_value());
    QVERIFY(!page.ledgerPreview()->ok());
    QTableWidget *problems = page.problemTable();
    QVERIFY(problems->rowCount() >= 1);
    bool badRowShown = false;
    for (int r = 0; r < problems->rowCount(); ++r) {
        if (problems->item(r, 0)->data(Qt::DisplayRole).toInt() == 3) {
            badRowShown = true;
            QCOMPARE(problems->item(r, 1)->text(), QStringLiteral("id_number"));
            QVERIFY(!problems->item(r, 2)->text().isEmpty());
        }
    }
    QVERIFY(badRowShown);
    QVERIFY(!page.importLedgerButton()->isEnabled());
    QVERIFY(!page.importLedger());
}

// The clerk imports the valid households of a ledger with a bad row; the bad row comes back in a workbook.
void TestSpreadsheetPage::validHouseholdsImportAndRejectsAreSaved()
{
    const QString good = makeId(QDate(1950, 1, 1), 5);
    QString bad = makeId(QDate(1951, 2, 3), 7);
    bad[17] = bad.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QString path = m_out.filePath(QStringLiteral("mixed.csv"));
    QVERIFY(writeUtf8(path,
        QStringLiteral("姓名,身份证号码,乡镇,类别\n赵德明,%1,朝阳街道,特困\n钱多多,%2,朝阳街道,低保\n")
            .arg(good, bad)));
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(pageServices);
    QVERIFY(!page.importValidButton()->isEnabled());
    QVERIFY2(page.previewLedger(path), qPrintable(MessageBox::lastText()));
    QVERIFY(!page.importLedgerButton()->isEnabled());
    QVERIFY(page.importValidButton()->isEnabled());
    const QString rejects = m_out.filePath(QStringLiteral("mixed-not-imported.xlsx"));
    QVERIFY2(page.importValidHouseholds(rejects), qPrintable(page.ledgerSummary()->text()));
    QVERIFY(page.ledgerSummary()->text().contains(QStringLiteral("mixed-not-imported.xlsx")));
    QVERIFY(!page.importValidButton()->isEnabled());
    auto sheet = SheetReader::readFile(rejects);
    QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
    QCOMPARE(sheet->rows.size(), 2);
    QCOMPARE(sheet->cell(1, 0).display(), QStringLiteral("钱多多"));
    QCOMPARE(sheet->cell(1, 1).display(), bad);
    QVERIFY(!sheet->cell(1, 4).display().isEmpty()); // the reason
}

void TestSpreadsheetPage::cleanLedgerImports()
{
    const QString path = m_out.filePath(QStringLiteral("clean.csv"));
    QVERIFY(writeUtf8(path,
        QStringLiteral("姓名,身份证号码,乡镇,类别\n孙有福,%1,朝阳街道,特困\n").arg(makeId(QDate(1948, 4, 4), 9))));
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(pageServices);
    QVERIFY2(page.previewLedger(path), qPrintable(MessageBox::lastText()));
    QVERIFY2(page.ledgerPreview()->ok(), qPrintable(page.ledgerSummary()->text()));
    QCOMPARE(page.problemTable()->rowCount(), 0);
    QVERIFY(page.importLedgerButton()->isEnabled());
    QVERIFY2(page.importLedger(), qPrintable(MessageBox::lastText()));
    QVERIFY(!page.importLedgerButton()->isEnabled());
}

void TestSpreadsheetPage::unreadableLedger()
{
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(pageServices);
    QVERIFY(!page.previewLedger(m_out.filePath(QStringLiteral("missing.xlsx"))));
    QVERIFY(!MessageBox::lastText().isEmpty());
    QVERIFY(!page.importLedgerButton()->isEnabled());
}

void TestSpreadsheetPage::unknownIdHeaderIsMapped()
{
    // "身份号" is not a header the importer knows: the clerk picks column B for the ID number.
    const QString path = m_out.filePath(QStringLiteral("odd.csv"));
    QVERIFY(writeUtf8(
        path, QStringLiteral("姓名,身份号,乡镇,类别\n周大年,%1,朝阳街道,特困\n").arg(makeId(QDate(1947, 7, 7), 11))));
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SpreadsheetPage page(pageServices);
    bool asked = false;
    whenModalShows<ColumnMappingDialog>([&asked](ColumnMappingDialog *dialog) {
        asked = true;
        QComboBox *id = dialog->fieldBox(SheetField::IdNumber);
        QVERIFY(id);
        QVERIFY(!dialog->okButton()->isEnabled());
        id->setCurrentIndex(id->findData(1));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QVERIFY2(page.previewLedger(path), qPrintable(page.ledgerSummary()->text()));
    QVERIFY(asked);
    QVERIFY2(page.ledgerPreview()->ok(), qPrintable(page.ledgerSummary()->text()));
    QCOMPARE(page.ledgerPreview()->households, 1);

    // Cancelling the dialog leaves the page as it was, with the reason shown.
    whenModalShows<ColumnMappingDialog>([](ColumnMappingDialog *dialog) { dialog->reject(); });
    QVERIFY(!page.previewLedger(path));
    QVERIFY(!page.importLedgerButton()->isEnabled());
    QVERIFY(page.ledgerSummary()->text().contains(QStringLiteral("身份号")));
}

QTEST_MAIN(TestSpreadsheetPage)
#include "tst_spreadsheetpage.moc"
