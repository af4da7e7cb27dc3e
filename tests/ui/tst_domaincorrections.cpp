// The rules a township's real ledger showed wrong (issue 16), as a clerk meets them on the desk: a household
// without a start date is scheduled and listed to complete, cards only for 低保 and 特困, and the standards
// the district enters reach the classification working.
#include "DeskFixture.h"

#include "database/SqlUtil.h"
#include "database/StandardsRepository.h"
#include "services/HouseholdService.h"
#include "services/ReviewService.h"
#include "services/documents/CardSheet.h"
#include "ui/AppServices.h"
#include "ui/DateLineEdit.h"
#include "ui/DistrictRulesPage.h"
#include "ui/HouseholdFieldsWidget.h"
#include "ui/HouseholdForm.h"
#include "ui/HouseholdTableModel.h"
#include "ui/PrintPage.h"
#include "ui/RegistryPage.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {
const QString Beiyuan = QStringLiteral("630105001201");
}

class TestDomainCorrections : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskFixture> m_desk;
    DeskFixture &fixture() { return *m_desk; }

private slots:
    void init()
    {
        prepareDeskTest();
        m_desk = std::make_unique<DeskFixture>();
        QVERIFY(m_desk->create());
    }

    void householdWithoutStartDateIsScheduledAndListed();
    void cardsOnlyForDibaoAndTekun();
    void enteredStandardReachesTheWorking();
};

void TestDomainCorrections::householdWithoutStartDateIsScheduledAndListed()
{
    Household h = household();
    h.startDate = QDate(); // as a ledger has it
    h.monthlyAmount = 45000;
    const QString id = fixture().addHousehold(h);
    QVERIFY(!id.isEmpty());
    const QString complete = fixture().addHousehold(
        DeskFixture::single(QStringLiteral("赵六"), 7, ChaoyangCode, Beiyuan, Category::Dibao));
    QVERIFY(!complete.isEmpty());

    // Scheduled from the registration date (today), not left without tasks.
    ReviewService reviews(fixture().db(), fixture().admin());
    TaskQuery q;
    q.householdId = id;
    const QList<TaskRow> tasks = reviews.tasks(q).value();
    QVERIFY2(!tasks.isEmpty(), "no review task for a household without a start date");
    for (const TaskRow &t : tasks)
        QVERIFY(t.task.due > Clock::today());

    // The form says so, and keeps the start date unknown when saved unchanged.
    HouseholdService service(fixture().db(), fixture().admin());
    {
        HouseholdForm form(service, id);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        auto *unknown = form.findChild<QCheckBox *>(QStringLiteral("startDateUnknown"));
        auto *note = form.findChild<QLabel *>(QStringLiteral("startDateNote"));
        auto *date = form.findChild<DateLineEdit *>(QStringLiteral("startDate"));
        QVERIFY(unknown && note && date);
        QVERIFY(unknown->isChecked());
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("Start date unknown")), qPrintable(note->text()));
        QVERIFY(note->text().contains(QLatin1String("2026")));
        QVERIFY(!date->isEnabled());
    }

    // The registry lists it under "Records to complete", and only it.
    RegistryPage page(service, StationService::regions(fixture().db()));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("to_complete")));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->householdId(0), id);
    QVERIFY(page.model()
                ->index(0, HouseholdTableModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("start date unknown")));

    // The clerk enters the start date: the record is complete, the tasks move to the new anchor.
    {
        HouseholdForm form(service, id);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        auto *unknown = form.findChild<QCheckBox *>(QStringLiteral("startDateUnknown"));
        auto *date = form.findChild<DateLineEdit *>(QStringLiteral("startDate"));
        QTest::mouseClick(unknown, Qt::LeftButton);
        QVERIFY(date->isEnabled());
        date->setDate(QDate(2025, 3, 1));
        QVERIFY(form.save());
    }
    QCOMPARE(service.get(id)->startDate, QDate(2025, 3, 1));
    page.refresh();
    QTRY_COMPARE(page.model()->rowCount(), 0);
}

void TestDomainCorrections::cardsOnlyForDibaoAndTekun()
{
    QStringList paid, monitored;
    int n = 0;
    for (Category c : { Category::Dibao, Category::Tekun, Category::DibaoEdge, Category::Expenditure }) {
        ++n;
        Household h = DeskFixture::single(QStringLiteral("户%1").arg(n), n, ChaoyangCode, Beiyuan, c);
        h.monthlyAmount = CategoryNames::getsNoticeCard(c) ? 60000 : 0;
        const QString id = fixture().addHousehold(h);
        QVERIFY(!id.isEmpty());
        (CategoryNames::getsNoticeCard(c) ? paid : monitored).append(id);
    }
    AppServices pageServices(fixture().db(), fixture().admin());
    PrintPage page(pageServices.cards(), fixture().admin(), StationService::regions(fixture().db()));
    page.show();
    page.setScope(PrintPage::Scope::Township, ChaoyangCode);
    page.setCardLayout(doc::CardLayout::A5);
    const auto sheet = page.buildDocument();
    QVERIFY(sheet);
    QCOMPARE(sheet->pageCount(), 2); // 低保 and 特困; never 低保边缘 or 支出型
    QVERIFY2(page.summaryLabel()->text().startsWith(QLatin1String("2 card")), qPrintable(page.summaryLabel()->text()));
    const QString pdf
        = QDir(QDir::tempPath()).filePath(QStringLiteral("sn-cards-%1.pdf").arg(QCoreApplication::applicationPid()));
    QVERIFY(page.savePdf(pdf));
    QFile::remove(pdf);
}

void TestDomainCorrections::enteredStandardReachesTheWorking()
{
    Household h = household();
    h.startDate = QDate(2025, 1, 1);
    const QString id = fixture().addHousehold(h);
    QVERIFY(!id.isEmpty());
    HouseholdService service(fixture().db(), fixture().admin());
    {
        HouseholdForm form(service, id);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        const QString working = form.findChild<QPlainTextEdit *>(QStringLiteral("explanation"))->toPlainText();
        QVERIFY2(working.contains(QLatin1String("placeholder")), qPrintable(working));
    }

    // The district enters 2026's real rural standard on Settings › District rules.
    AppServices services(fixture().db(), fixture().admin());
    SettingsDialog dialog(services);
    dialog.show();
    DistrictRulesPage *rules = dialog.rulesPage();
    QDoubleSpinBox *dibao = rules->standardBox(2026, AreaType::Rural, DistrictRulesPage::DibaoColumn);
    QVERIFY(dibao);
    dibao->setValue(705.00);
    int row = 0;
    while (rules->standardsTable()->cellWidget(row, DistrictRulesPage::DibaoColumn) != dibao)
        ++row;
    rules->standardsTable()->item(row, DistrictRulesPage::PlaceholderColumn)->setCheckState(Qt::Unchecked);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    HouseholdForm form(service, id);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    const QString working = form.findChild<QPlainTextEdit *>(QStringLiteral("explanation"))->toPlainText();
    QVERIFY2(!working.contains(QLatin1String("placeholder")), qPrintable(working));
    QVERIFY2(working.contains(QLatin1String("standard 705.00")), qPrintable(working));

    // A year with no standard at all is an error naming the year, never a classification against 0.
    QVERIFY(sql::exec(fixture().db().sql(), QStringLiteral("UPDATE standards SET deleted = 1")));
    Household again = service.getForEdit(id).value();
    const ValidationReport report = service.validate(again);
    QVERIFY(report.classification.standardMissing);
    QVERIFY(!report.ok());
    QVERIFY(report.problems.first().message.contains(QLatin1String("2026")));
}

QTEST_MAIN(TestDomainCorrections)
#include "tst_domaincorrections.moc"
