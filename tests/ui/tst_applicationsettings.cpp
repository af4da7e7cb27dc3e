// Settings › Applications (issue 22, item 3): the district changes a step's time limit and enters the year's
// holidays and make-up working days at the desk, saved together with OK; a bad limit keeps the dialog open and
// saves nothing; a township clerk reads them only.
#include "DeskFixture.h"

#include "services/ApplicationService.h"
#include "ui/AppServices.h"
#include "ui/ApplicationSettingsPage.h"
#include "ui/DateLineEdit.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

// The row of `table` for an assistance and a step (-1: the whole 审核确认).
int limitRow(QTableWidget *table, Assistance assistance, int step)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *key = table->item(row, ApplicationSettingsPage::AssistanceColumn);
        if (key->data(Qt::UserRole).toInt() == int(assistance) && key->data(Qt::UserRole + 1).toInt() == step)
            return row;
    }
    return -1;
}

// Types `days` over a limit as a clerk does: the cell, the digits (which open its editor), Enter.
void typeLimit(QTableWidget *table, int row, const QString &days)
{
    table->setFocus();
    table->setCurrentCell(row, ApplicationSettingsPage::DaysColumn);
    QTest::keyClick(table, days.at(0).toLatin1()); // opens the editor with the key in it
    QTest::keyClicks(QApplication::focusWidget(), days.mid(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits after the key
}

void addDay(ApplicationSettingsPage *page, const QString &date, bool working, const QString &name)
{
    auto *dateEdit = page->findChild<DateLineEdit *>(QStringLiteral("calendarDate"));
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("calendarKind"));
    auto *nameEdit = page->findChild<QLineEdit *>(QStringLiteral("calendarName"));
    dateEdit->setFocus();
    QTest::keyClicks(dateEdit, date);
    kind->setCurrentIndex(kind->findData(working));
    nameEdit->setFocus();
    typeText(nameEdit, name);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("calendarAdd")), Qt::LeftButton);
}

} // namespace

class TestApplicationSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void districtChangesALimitAndTheCalendar();
    void aBadLimitSavesNothing();
    void clerkReadsOnly();

private:
    DeskFixture m_fixture;
};

void TestApplicationSettings::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create(QStringLiteral("城北区")));
}

void TestApplicationSettings::districtChangesALimitAndTheCalendar()
{
    AppServices services(m_fixture.db(), m_fixture.admin());
    SettingsDialog dialog(services);
    dialog.showPage(SettingsDialog::ApplicationSettings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    ApplicationSettingsPage *page = dialog.applicationsPage();
    QTableWidget *limits = page->limitsTable();
    const int survey = limitRow(limits, Assistance::Dibao, int(ApplicationStep::Survey));
    QVERIFY(survey >= 0);
    QCOMPARE(limits->item(survey, ApplicationSettingsPage::DaysColumn)->text(), QStringLiteral("10"));
    QVERIFY(limits->item(survey, ApplicationSettingsPage::SourceColumn)->text().contains(QStringLiteral("57号")));
    QVERIFY(limitRow(limits, Assistance::Temporary, -1) >= 0); // the whole of each assistance too

    typeLimit(limits, survey, QStringLiteral("8"));
    QCOMPARE(limits->item(survey, ApplicationSettingsPage::DaysColumn)->text(), QStringLiteral("8"));
    addDay(page, QStringLiteral("2027-10-01"), false, QStringLiteral("国庆节"));
    addDay(page, QStringLiteral("20270926"), true, QStringLiteral("国庆节调休"));
    addDay(page, QStringLiteral("2027-10-01"), false, QStringLiteral("国庆节（一）")); // the same day again: renamed
    QCOMPARE(page->calendarTable()->rowCount(), 2);
    QCOMPARE(
        page->calendarTable()->item(1, ApplicationSettingsPage::NameColumn)->text(), QStringLiteral("国庆节（一）"));
    page->findChild<QCheckBox *>(QStringLiteral("democraticEvaluation"))->click();

    ApplicationService &service = services.applications();
    QCOMPARE(service.limit(Assistance::Dibao, ApplicationStep::Survey).days, 10); // nothing before OK
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const StepLimit saved = service.limit(Assistance::Dibao, ApplicationStep::Survey);
    QCOMPARE(saved.days, 8);
    QVERIFY2(saved.source.contains(QStringLiteral("district setting")), qPrintable(saved.source));
    QCOMPARE(service.limit(Assistance::Tekun, ApplicationStep::Survey).days, 10); // only the one changed
    const bool evaluation = service.democraticEvaluation();
    auto days = service.calendarDays();
    QVERIFY(days);
    QCOMPARE(days->size(), 2);
    // The clock counts over them: Thursday 30 September + 1 working day skips the holiday to Monday 4 October...
    const WorkingCalendar calendar = service.calendar();
    QCOMPARE(calendar.addWorkingDays(QDate(2027, 9, 30), 1), QDate(2027, 10, 4));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 9, 26))); // ...and the Sunday of 调休 is a working day

    // Opened again: what was saved, and removing a day is saved too.
    SettingsDialog again(services);
    again.showPage(SettingsDialog::ApplicationSettings);
    again.show();
    QCOMPARE(again.applicationsPage()->findChild<QCheckBox *>(QStringLiteral("democraticEvaluation"))->isChecked(),
        evaluation);
    QTableWidget *table = again.applicationsPage()->calendarTable();
    table->setCurrentCell(0, 0);
    QTest::mouseClick(
        again.applicationsPage()->findChild<QPushButton *>(QStringLiteral("calendarRemove")), Qt::LeftButton);
    again.accept();
    days = service.calendarDays();
    QCOMPARE(days->size(), 1);
    QCOMPARE(days->first().date, QDate(2027, 10, 1));
}

void TestApplicationSettings::aBadLimitSavesNothing()
{
    AppServices services(m_fixture.db(), m_fixture.admin());
    SettingsDialog dialog(services);
    dialog.showPage(SettingsDialog::ApplicationSettings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    ApplicationSettingsPage *page = dialog.applicationsPage();
    const int before = int(services.applications().calendarDays()->size());
    addDay(page, QStringLiteral("2028-01-01"), false, QStringLiteral("元旦"));
    const int total = limitRow(page->limitsTable(), Assistance::Tekun, -1);
    typeLimit(page->limitsTable(), total, QStringLiteral("120"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    QVERIFY(dialog.isVisible()); // kept open on the bad limit
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("0 to 90")), qPrintable(MessageBox::lastText()));
    QCOMPARE(page->limitsTable()->currentRow(), total);
    QCOMPARE(int(services.applications().calendarDays()->size()), before);
    QCOMPARE(services.applications().overallLimit(Assistance::Tekun).days,
        ApplicationRules::defaultOverall(Assistance::Tekun).days);
}

void TestApplicationSettings::clerkReadsOnly()
{
    const Session clerk = m_fixture.addClerk(QStringLiteral("wang"));
    AppServices services(m_fixture.db(), clerk);
    SettingsDialog dialog(services);
    ApplicationSettingsPage *page = dialog.applicationsPage();
    QVERIFY(!page->isEditable());
    const int survey = limitRow(page->limitsTable(), Assistance::Dibao, int(ApplicationStep::Survey));
    QVERIFY(!(page->limitsTable()->item(survey, ApplicationSettingsPage::DaysColumn)->flags() & Qt::ItemIsEditable));
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("calendarAdd"))->isEnabled());
    QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("democraticEvaluation"))->isEnabled());
    // And the service refuses a clerk's batch whatever the page shows.
    ApplicationSettingsChange change;
    change.limits << ApplicationSettingsChange::Limit { Assistance::Dibao, ApplicationStep::Survey, 5 };
    QVERIFY(!services.applications().saveSettings(change));
}

QTEST_MAIN(TestApplicationSettings)
#include "tst_applicationsettings.moc"
