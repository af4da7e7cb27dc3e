// The department data page as a clerk uses it: a table whose headers the importer does not know is mapped in
// the column dialog, then the rows are confirmed, rejected, turned into leads and verified with the buttons.
#include "DeskFixture.h"

#include "services/SuspicionService.h"
#include "ui/AppServices.h"
#include "ui/ColumnMappingDialog.h"
#include "ui/SuspicionsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace sn;
using namespace sn::test;

namespace {

void choose(QComboBox *box, int column)
{
    QVERIFY(box);
    const int index = box->findData(column);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

class TestSuspicionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        prepareDeskTest();
        QVERIFY(m_fixture.create());
        QVERIFY(m_out.isValid());
        m_zhang = m_fixture.addHousehold(household()); // 张三, 北园村3社15号, 朝阳街道
        QVERIFY(!m_zhang.isEmpty());
    }
    void init()
    {
        QSettings().clear();
        MessageBox::setTestMode(true);
    }
    void cleanup() { QApplication::closeAllWindows(); }

    void mappingDialogAlone();
    void unknownHeadersAreMappedThenWorkedThrough();
    void townshipClerkSeesOwnRowsOnly();

private:
    int rowOf(SuspicionsPage &page, const QString &name)
    {
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->row(r).headName == name)
                return r;
        }
        return -1;
    }
    int rowWith(SuspicionsPage &page, SuspicionStatus status)
    {
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->row(r).status == status)
                return r;
        }
        return -1;
    }

    DeskFixture m_fixture;
    QTemporaryDir m_out;
    QString m_zhang;
};

void TestSuspicionsPage::mappingDialogAlone()
{
    Sheet sheet;
    sheet.name = QStringLiteral("Sheet1");
    sheet.rows = { { Cell::text(QStringLiteral("医保局疑点数据")) }, {},
        { Cell::text(QStringLiteral("编号")), Cell::text(QStringLiteral("对象")), Cell::text(QStringLiteral("住址")),
            Cell::text(QStringLiteral("说明")) },
        { Cell::number(1), Cell::text(QStringLiteral("张三")), Cell::text(QStringLiteral("北园村")),
            Cell::text(QStringLiteral("大病")) } };
    ColumnMappingDialog dialog(
        sheet, SuspicionService::requiredFields(), SuspicionService::optionalFields(), QString());
    // The header row is guessed (住址 is known), 住址 already chosen, 户主姓名 not: OK waits for it.
    QCOMPARE(dialog.headerRowBox()->value(), 3);
    QCOMPARE(dialog.fieldBox(SheetField::Address)->currentData().toInt(), 2);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    choose(dialog.fieldBox(SheetField::HeadName), 1);
    QVERIFY(dialog.okButton()->isEnabled());
    // One column cannot serve two fields.
    choose(dialog.fieldBox(SheetField::Content), 2);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("C")));
    choose(dialog.fieldBox(SheetField::Content), 3);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.previewTable()->horizontalHeaderItem(1)->text(), QStringLiteral("B"));

    const ColumnMapping m = dialog.mapping();
    QCOMPARE(m.headerRow, 2);
    QCOMPARE(m.byIndex.value(SheetField::HeadName), 1);
    QCOMPARE(m.byIndex.value(SheetField::Content), 3);
    QVERIFY(m.ignored.contains(SheetField::Phone));
    auto located = TableLocator::locate(sheet, SuspicionService::requiredFields(), m);
    QVERIFY2(located, qPrintable(located ? QString() : located.error().message));
    QCOMPARE(located->dataRows, QList<int> { 3 });
    QCOMPARE(ColumnMappingDialog::columnLetter(27), QStringLiteral("AB"));
}

void TestSuspicionsPage::unknownHeadersAreMappedThenWorkedThrough()
{
    // 对象 and 情况 are not headers the importer knows; 住址 is.
    const QString path = m_out.filePath(QStringLiteral("yibao.csv"));
    QVERIFY(writeUtf8(path,
        QStringLiteral("医保局困难群众疑点信息\n"
                       "编号,对象,住址,情况\n"
                       "1,张三,北园村3社15号,大额医疗支出\n"
                       "2,张三,北园村3社18号,住院\n"
                       "3,陈十,马坊街道幸福社区8号,重病\n"
                       "4,李四,马坊街道幸福社区9号,重病\n")));
    AppServices pageServices(m_fixture.db(), m_fixture.admin());
    SuspicionsPage page(pageServices, RegionTree::builtIn());
    page.show();
    QCOMPARE(page.model()->rowCount(), 0);

    bool asked = false;
    whenModalShows<ColumnMappingDialog>([&asked](ColumnMappingDialog *dialog) {
        asked = true;
        QCOMPARE(dialog->headerRowBox()->value(), 2);
        choose(dialog->fieldBox(SheetField::HeadName), 1);
        choose(dialog->fieldBox(SheetField::Content), 3);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QVERIFY2(page.importTable(QStringLiteral("医保局"), QStringLiteral("2026-11"), path),
        qPrintable(page.summary()->text()));
    QVERIFY(asked);
    QCOMPARE(page.model()->rowCount(), 4);
    QCOMPARE(page.departmentBox()->currentText(), QStringLiteral("医保局"));
    QCOMPARE(page.progressTable()->rowCount(), 1);
    QCOMPARE(page.progressTable()->item(0, 1)->data(Qt::DisplayRole).toInt(), 4);
    QCOMPARE(page.model()->row(rowOf(page, QStringLiteral("陈十"))).content, QStringLiteral("重病"));

    // The same layout next month: the dialog starts from last month's choices.
    const QString next = m_out.filePath(QStringLiteral("yibao-12.csv"));
    QVERIFY(writeUtf8(next, QStringLiteral("医保局困难群众疑点信息\n编号,对象,住址,情况\n1,王五,北园村1号,低收入\n")));
    whenModalShows<ColumnMappingDialog>([](ColumnMappingDialog *dialog) {
        QCOMPARE(dialog->fieldBox(SheetField::HeadName)->currentData().toInt(), 1);
        QCOMPARE(dialog->fieldBox(SheetField::Content)->currentData().toInt(), 3);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QVERIFY2(page.importTable(QStringLiteral("医保局"), QStringLiteral("2026-12"), next),
        qPrintable(page.summary()->text()));
    QCOMPARE(page.month(), QStringLiteral("2026-12"));
    QCOMPARE(page.model()->rowCount(), 1);
    page.setMonth(QDate(2026, 11, 1));
    QCOMPARE(page.model()->rowCount(), 4);

    // The doubtful match (another house number): confirm is offered, leads are not.
    const int doubtful = rowWith(page, SuspicionStatus::Candidate);
    QVERIFY(doubtful >= 0);
    QCOMPARE(page.model()->row(doubtful).headName, QStringLiteral("张三"));
    page.view()->selectRow(doubtful);
    QVERIFY(page.confirmButton()->isEnabled());
    QVERIFY(!page.leadsButton()->isEnabled());
    const QString doubtfulId = page.model()->row(doubtful).id;
    QTest::mouseClick(page.rejectButton(), Qt::LeftButton);
    QCOMPARE(SuspicionService(m_fixture.db(), m_fixture.admin()).row(doubtfulId)->status, SuspicionStatus::Unmatched);

    // The two unregistered people become leads in one action.
    page.view()->clearSelection();
    const int chen = rowOf(page, QStringLiteral("陈十"));
    const int li = rowOf(page, QStringLiteral("李四"));
    page.view()->selectionModel()->select(
        page.model()->index(chen, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.view()->selectionModel()->select(
        page.model()->index(li, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(page.leadsButton()->isEnabled());
    QSignalSpy made(&page, &SuspicionsPage::leadsMade);
    QTest::mouseClick(page.leadsButton(), Qt::LeftButton);
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.first().first().toStringList().size(), 2);
    QVERIFY(!page.model()->row(rowOf(page, QStringLiteral("陈十"))).leadId.isEmpty());
    QVERIFY(!page.leadsButton()->isEnabled()); // already leads

    // Verify the matched row through the dialog, typing the notes.
    const int matchedRow = rowWith(page, SuspicionStatus::Matched);
    QVERIFY(matchedRow >= 0);
    page.view()->clearSelection();
    page.view()->selectRow(matchedRow);
    const SuspicionRow matched = page.model()->row(matchedRow);
    QCOMPARE(matched.headName, QStringLiteral("张三"));
    QVERIFY(page.openButton()->isEnabled());
    QSignalSpy opened(&page, &SuspicionsPage::householdRequested);
    QTest::mouseClick(page.openButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), m_zhang);
    whenModalShows<VerifySuspicionDialog>([](VerifySuspicionDialog *dialog) {
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->resultBox()->setCurrentIndex(dialog->resultBox()->findData(QStringLiteral("adjusted")));
        typeText(dialog->notesEdit(), QStringLiteral("入户核实，调整保障金"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(page.verifyButton(), Qt::LeftButton);
    const SuspicionRow verified = SuspicionService(m_fixture.db(), m_fixture.admin()).row(matched.id).value();
    QCOMPARE(verified.verification, Verification::Adjusted);
    QCOMPARE(verified.verificationNotes, QStringLiteral("入户核实，调整保障金"));
    QCOMPARE(verified.verifiedOn, Clock::today());
    QCOMPARE(page.progressTable()->item(0, 6)->data(Qt::DisplayRole).toInt(), 1); // verified
    // The district sends a row to the township that must verify it.
    const int chenRow = rowOf(page, QStringLiteral("陈十"));
    page.view()->clearSelection();
    page.view()->selectRow(chenRow);
    const QString chenId = page.model()->row(chenRow).id;
    QVERIFY(page.routeButton()->isEnabled());
    QVERIFY(page.routeSelected(ChaoyangCode));
    QCOMPARE(SuspicionService(m_fixture.db(), m_fixture.admin()).row(chenId)->townshipCode, ChaoyangCode);
    QVERIFY(page.routeSelected(MafangCode));

    page.unverifiedOnlyBox()->setChecked(true);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->indexOf(matched.id), -1);
}

void TestSuspicionsPage::townshipClerkSeesOwnRowsOnly()
{
    // Column widths set by a clerk come back with the next start.
    {
        AppServices pageServices(m_fixture.db(), m_fixture.admin());
        SuspicionsPage page(pageServices, RegionTree::builtIn());
        page.view()->horizontalHeader()->resizeSection(SuspicionTableModel::Address, 333);
        page.saveSettings();
    }
    {
        AppServices pageServices(m_fixture.db(), m_fixture.admin());
        SuspicionsPage page(pageServices, RegionTree::builtIn());
        page.setMonth(QDate(2026, 11, 1));
        QCOMPARE(page.view()->horizontalHeader()->sectionSize(SuspicionTableModel::Address), 333);
    }

    const Session mafang = m_fixture.addClerk(QStringLiteral("mafang-clerk"), MafangCode);
    AppServices pageServices(m_fixture.db(), mafang);
    SuspicionsPage page(pageServices, RegionTree::builtIn());
    QVERIFY(page.routeButton()->isHidden());
    page.setMonth(QDate(2026, 11, 1));
    QVERIFY(page.model()->rowCount() >= 1);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QCOMPARE(page.model()->row(r).townshipCode, MafangCode);
}

QTEST_MAIN(TestSuspicionsPage)
#include "tst_suspicionspage.moc"
