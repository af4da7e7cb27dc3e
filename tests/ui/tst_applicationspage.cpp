// The applications page as the window works it (issue 22): the list with its countdowns, an overdue one in
// red and on the workbench, the steps taken one by one with the next-step box, a refusal without reasons
// refused, the bureau's decision, and enrolment.
#include "DeskFixture.h"

#include "services/ApplicationService.h"
#include "ui/AppServices.h"
#include "ui/ApplicationsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace sn;
using namespace sn::test;

class TestApplicationsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskFixture> m_fixture;
    Session m_clerk;
    QString m_household;
    QString m_application;

    void at(const QDate &day) { Clock::setNow(QDateTime(day, QTime(10, 0))); }

    // Chooses `step` in the next-step box, types the note and clicks Advance.
    static void step(ApplicationsPage &page, ApplicationStep step, const QString &note = {})
    {
        QComboBox *next = page.nextStep();
        const int index = next->findData(int(step));
        QVERIFY2(index >= 0, qPrintable(ApplicationRules::code(step) + QStringLiteral(" not offered")));
        next->setCurrentIndex(index);
        page.date()->setDate(Clock::today());
        if (!note.isEmpty())
            typeText(page.note(), note);
        QTest::mouseClick(page.advanceButton(), Qt::LeftButton);
    }

private slots:
    void init()
    {
        prepareDeskTest();
        m_fixture = std::make_unique<DeskFixture>();
        QVERIFY(m_fixture->create());
        m_clerk = m_fixture->addClerk(QStringLiteral("wang"));
        m_household = m_fixture->addHousehold(household());
        at(QDate(2026, 12, 1));
        Application a;
        a.householdId = m_household;
        a.assistance = Assistance::Dibao;
        a.appliedOn = QDate(2026, 12, 1);
        a.authorisationSigned = true;
        auto id = ApplicationService(m_fixture->db(), m_clerk).add(a);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        m_application = id.value();
    }

    void cleanup()
    {
        m_fixture.reset();
        Clock::setNow({});
    }

    void clickThroughToTheDecision()
    {
        AppServices services(m_fixture->db(), m_clerk);
        ApplicationsPage page(services.applications(), m_clerk, RegionTree::builtIn());
        page.show();
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("张三"));
        QVERIFY(page.table()->item(0, 4)->text().contains(QLatin1String("3 working day")));

        // Only the next step is offered.
        QCOMPARE(page.nextStep()->count(), 1);
        step(page, ApplicationStep::Survey);
        QCOMPARE(page.history()->count(), 1);
        QVERIFY(page.summary()->text().contains(QLatin1String("Home survey")));

        // The survey runs late: red in the list, on the overdue filter and on the workbench.
        at(QDate(2026, 12, 18));
        page.refresh();
        // The survey began on 1 December: due the 15th, three working days late on the 18th.
        QVERIFY(page.table()->item(0, 4)->text().contains(QLatin1String("overdue by 3")));
        QCOMPARE(page.table()->item(0, 0)->foreground().color(), QColor(0xb0, 0x1c, 0x1c));
        page.overdueOnlyBox()->click();
        QCOMPARE(page.table()->rowCount(), 1);
        bool onWorkbench = false;
        for (const TodoItem &t : ApplicationsPage::todoSource(services.applications(), {})())
            onWorkbench = onWorkbench || t.text.contains(QStringLiteral("张三"));
        QVERIFY(onWorkbench);
        page.overdueOnlyBox()->click(); // all open applications again

        // Leaving the survey needs its findings: the service says so and nothing moves.
        step(page, ApplicationStep::Evaluation);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("findings")));
        QCOMPARE(page.history()->count(), 1);
        step(page, ApplicationStep::Evaluation, QStringLiteral("收入不稳定"));
        QVERIFY(page.history()->item(1)->text().contains(QLatin1String("(late)")));
        QVERIFY(page.table()->item(0, 0)->foreground().color() != QColor(0xb0, 0x1c, 0x1c)); // in time again
        step(page, ApplicationStep::TownshipReview);
        step(page, ApplicationStep::Publicity);
        at(QDate(2026, 12, 31));
        step(page, ApplicationStep::CountyConfirmation);
        QCOMPARE(page.history()->count(), 5);

        // The clerk cannot decide: that is the bureau's.
        page.nextStep()->setCurrentIndex(page.nextStep()->findData(int(ApplicationStep::Decided)));
        QVERIFY(page.outcome()->isEnabled());
        QTest::mouseClick(page.advanceButton(), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("may not")));
    }

    void bureauRefusesWithReasons()
    {
        ApplicationService clerk(m_fixture->db(), m_clerk);
        for (auto [s, note] : { std::pair { ApplicationStep::Survey, QString() },
                 std::pair { ApplicationStep::Evaluation, QStringLiteral("有稳定工资收入") },
                 std::pair { ApplicationStep::TownshipReview, QString() },
                 std::pair { ApplicationStep::Publicity, QString() },
                 std::pair { ApplicationStep::CountyConfirmation, QString() } }) {
            AdvanceRequest r;
            r.to = s;
            r.note = note;
            QVERIFY(clerk.advance(m_application, r));
        }
        AppServices services(m_fixture->db(), m_fixture->admin());
        ApplicationsPage page(services.applications(), m_fixture->admin(), RegionTree::builtIn());
        page.show();
        page.nextStep()->setCurrentIndex(page.nextStep()->findData(int(ApplicationStep::Decided)));
        page.outcome()->setCurrentIndex(page.outcome()->findData(int(ApplicationOutcome::Refused)));
        QVERIFY(page.reason()->isEnabled());
        QVERIFY(!page.amount()->isEnabled());
        QTest::mouseClick(page.advanceButton(), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("reasons")));
        typeText(page.reason(), QStringLiteral("人均收入高于低保标准"));
        QTest::mouseClick(page.advanceButton(), Qt::LeftButton);
        QCOMPARE(page.table()->rowCount(), 0); // finished: no longer open
        const Application done = clerk.get(m_application).value();
        QVERIFY(done.outcome == ApplicationOutcome::Refused);
        QCOMPARE(done.refusalReasons, QStringLiteral("人均收入高于低保标准"));
    }
};

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
