// Changes of payment and appeals at the desk (issue 22, item 5), clicked and typed like the window and the bureau
// work them: the clerk opens the household's form, clicks Adjust payment…, fills the dialog (a decrease with no
// amount is refused in the dialog, which stays open) and proposes; the Changes page shows it proposed, the clerk's
// Confirm is refused by ChangeService, the bureau's takes effect at once (its month has begun); the household's
// appeal (行政复议) is recorded against it and its outcome decided; every step is read back from the service.
#include "DeskFixture.h"

#include "services/ChangeService.h"
#include "ui/AppServices.h"
#include "ui/ChangesPage.h"
#include "ui/HouseholdForm.h"
#include "ui/MainWindow.h"
#include "ui/ProposeChangeDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>

using namespace sn;
using namespace sn::test;

class TestChangesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskFixture> m_fixture;
    Session m_clerk;
    QString m_household;

    static void choose(QComboBox *box, int data)
    {
        const int index = box->findData(data);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
    }

    // The clerk's main window: open the household, click Adjust payment…, and fill the dialog that opens.
    QString proposeFromTheForm()
    {
        MainWindow window(m_fixture->db(), m_clerk);
        window.show();
        HouseholdForm *form = window.openHousehold(m_household);
        if (!form)
            return {};
        auto *button = form->findChild<QPushButton *>(QStringLiteral("changePaymentButton"));
        if (!button || !button->isVisible() || !button->isEnabled())
            return {};
        QTest::mouseClick(button, Qt::LeftButton);
        QCoreApplication::processEvents();
        auto *dialog = form->findChild<ProposeChangeDialog *>();
        if (!dialog || !dialog->isVisible())
            return {};
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(ChangeKind::Decrease)));
        typeText(dialog->reasonsEdit(), QStringLiteral("配偶在县城务工，月收入1500元"));
        // No amount: refused in the dialog, which stays open and says why.
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (!dialog->isVisible() || !dialog->messageLabel()->text().contains(QStringLiteral("amount")))
            return {};
        typeText(dialog->amountEdit(), QStringLiteral("420"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        const QString id = dialog->changeId();
        // The form (and the dialog, its child) go before the window whose services they use.
        form->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return id;
    }

private slots:
    void init()
    {
        prepareDeskTest();
        m_fixture = std::make_unique<DeskFixture>();
        QVERIFY(m_fixture->create());
        m_clerk = m_fixture->addClerk(QStringLiteral("wang"));
        Household h = household();
        h.category = Category::Dibao;
        h.monthlyAmount = 60000;
        m_household = m_fixture->addHousehold(h);
        QVERIFY(!m_household.isEmpty());
    }

    void cleanup()
    {
        m_fixture.reset();
        Clock::setNow({});
    }

    void proposeConfirmAndAppeal()
    {
        const QString id = proposeFromTheForm();
        QVERIFY(!id.isEmpty());
        BenefitChange proposed = ChangeService(m_fixture->db(), m_clerk).get(id).value();
        QCOMPARE(proposed.state, ChangeState::Proposed);
        QCOMPARE(proposed.kind, ChangeKind::Decrease);
        QCOMPARE(proposed.newAmount, Fen(42000));
        QCOMPARE(proposed.oldAmount, Fen(60000));
        QCOMPARE(proposed.effectiveMonth, QStringLiteral("2026-11"));
        QCOMPARE(proposed.reasons, QStringLiteral("配偶在县城务工，月收入1500元"));

        // The clerk sees it on the Changes page; Confirm is the bureau's and the service says so.
        {
            AppServices services(m_fixture->db(), m_clerk);
            ChangesPage page(services.changes(), services.households(), services.documents(), m_clerk);
            page.show();
            QCOMPARE(page.changesTable()->rowCount(), 1);
            QCOMPARE(page.changesTable()->item(0, 0)->text(), QStringLiteral("张三"));
            QTest::mouseClick(page.confirmButton(), Qt::LeftButton);
            QVERIFY2(page.message()->text().contains(QStringLiteral("may not")), qPrintable(page.message()->text()));
            QCOMPARE(ChangeService(m_fixture->db(), m_clerk).get(id)->state, ChangeState::Proposed);
        }

        // The bureau confirms: its month has begun, so the household is paid the new amount at once.
        AppServices services(m_fixture->db(), m_fixture->admin());
        ChangesPage page(services.changes(), services.households(), services.documents(), m_fixture->admin());
        page.show();
        QVERIFY(page.selectChange(id));
        QVERIFY(page.confirmButton()->isEnabled());
        QVERIFY(!page.recordAppealButton()->isEnabled()); // nothing decided to appeal yet
        QTest::mouseClick(page.confirmButton(), Qt::LeftButton);
        QCOMPARE(ChangeService(m_fixture->db(), m_fixture->admin()).get(id)->state, ChangeState::Applied);
        QCOMPARE(HouseholdService(m_fixture->db(), m_fixture->admin()).get(m_household)->monthlyAmount, Fen(42000));
        QVERIFY(page.selectChange(id));
        QVERIFY(!page.confirmButton()->isEnabled());
        QVERIFY(page.noticeButton()->isEnabled());

        // The household asks for 行政复议: recorded against the change, with who, when and why.
        choose(page.appealKind(), int(AppealKind::Reconsideration));
        typeText(page.appellant(), QStringLiteral("张三"));
        page.lodgedOn()->setDate(QDate(2026, 11, 28));
        typeText(page.grounds(), QStringLiteral("务工收入不稳定"));
        QTest::mouseClick(page.recordAppealButton(), Qt::LeftButton);
        QCOMPARE(page.appealsTable()->rowCount(), 1);
        const QList<Appeal> appeals = ChangeService(m_fixture->db(), m_fixture->admin()).appeals().value();
        QCOMPARE(appeals.size(), 1);
        const Appeal lodged = appeals.first();
        QCOMPARE(lodged.changeId, id);
        QCOMPARE(lodged.kind, AppealKind::Reconsideration);
        QCOMPARE(lodged.appellant, QStringLiteral("张三"));
        QCOMPARE(lodged.lodgedOn, QDate(2026, 11, 28));
        QCOMPARE(lodged.outcome, AppealOutcome::Pending);

        // "Changed" needs a note: refused without one, recorded with it.
        QVERIFY(page.selectAppeal(lodged.id));
        choose(page.outcome(), int(AppealOutcome::Changed));
        QTest::mouseClick(page.decideButton(), Qt::LeftButton);
        QCOMPARE(ChangeService(m_fixture->db(), m_fixture->admin()).appeal(lodged.id)->outcome, AppealOutcome::Pending);
        QVERIFY(!page.message()->text().isEmpty());
        typeText(page.outcomeNote(), QStringLiteral("复议决定按500元发放"));
        QTest::mouseClick(page.decideButton(), Qt::LeftButton);
        const Appeal decided = ChangeService(m_fixture->db(), m_fixture->admin()).appeal(lodged.id).value();
        QCOMPARE(decided.outcome, AppealOutcome::Changed);
        QCOMPARE(decided.decidedOn, QDate(2026, 11, 28));
        QCOMPARE(decided.outcomeNote, QStringLiteral("复议决定按500元发放"));
    }

    // A change confirmed for next month takes effect when the desk starts in that month (issue 22): no scheduled
    // job, and the status bar says so.
    void aDueChangeTakesEffectWhenTheDeskStarts()
    {
        BenefitChange c;
        c.householdId = m_household;
        c.kind = ChangeKind::Decrease;
        c.effectiveMonth = QStringLiteral("2026-12");
        c.newAmount = 50000;
        c.reasons = QStringLiteral("子女就业");
        const QString id = ChangeService(m_fixture->db(), m_clerk).propose(c).value();
        QVERIFY(ChangeService(m_fixture->db(), m_fixture->admin()).confirm(id));
        QCOMPARE(ChangeService(m_fixture->db(), m_clerk).get(id)->state, ChangeState::Confirmed);
        Clock::setNow(QDateTime(QDate(2026, 12, 1), QTime(8, 30)));
        MainWindow window(m_fixture->db(), m_clerk);
        window.show();
        QCOMPARE(ChangeService(m_fixture->db(), m_clerk).get(id)->state, ChangeState::Applied);
        QCOMPARE(HouseholdService(m_fixture->db(), m_clerk).get(m_household)->monthlyAmount, Fen(50000));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("took effect")),
            qPrintable(window.statusBar()->currentMessage()));
    }

    // A proposed change withdrawn from the page never takes effect; the reason is required by the service.
    void withdrawAProposal()
    {
        BenefitChange c;
        c.householdId = m_household;
        c.kind = ChangeKind::Stop;
        c.effectiveMonth = QStringLiteral("2026-12");
        c.reasons = QStringLiteral("户主死亡");
        const QString id = ChangeService(m_fixture->db(), m_clerk).propose(c).value();
        AppServices services(m_fixture->db(), m_clerk);
        ChangesPage page(services.changes(), services.households(), services.documents(), m_clerk);
        page.show();
        QVERIFY(page.selectChange(id));
        QTest::mouseClick(page.withdrawButton(), Qt::LeftButton);
        QCOMPARE(ChangeService(m_fixture->db(), m_clerk).get(id)->state, ChangeState::Proposed);
        typeText(page.withdrawReason(), QStringLiteral("核实户主健在"));
        QTest::mouseClick(page.withdrawButton(), Qt::LeftButton);
        QCOMPARE(ChangeService(m_fixture->db(), m_clerk).get(id)->state, ChangeState::Withdrawn);
        QVERIFY(page.selectChange(id));
        QVERIFY(!page.withdrawButton()->isEnabled());
    }
};

QTEST_MAIN(TestChangesPage)
#include "tst_changespage.moc"
