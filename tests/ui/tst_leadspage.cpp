// Leads (主动发现) as the window works them: report, the live countdown, first help, the allowed steps.
#include "DeskFixture.h"

#include "services/LeadService.h"
#include "services/ReferralService.h"
#include "services/ServiceTeamService.h"
#include "ui/AppServices.h"
#include "ui/GrantDialog.h"
#include "ui/LeadDetailPanel.h"
#include "ui/LeadStepDialog.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/LinkHouseholdDialog.h"
#include "ui/ProxyDialog.h"
#include "ui/ReportLeadDialog.h"
#include "ui/ServiceTeamPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QFile>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QSignalSpy>

using namespace sn;
using namespace sn::test;

namespace {
const QString Beiyuan = QStringLiteral("630105001201");
const QDateTime Morning(QDate(2026, 11, 28), QTime(10, 0));
} // namespace

class TestLeadsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emergencyFromReportToFirstHelp();
    void illegalStepIsNotOfferedOrRefused();
    void verifyingAwardsTheVolunteer();
    void overdueLeadsAreRedAndFiltered();
    void linkProxyAndDecide();
    void escalationForTheDistrictOnly();
    void workbenchTodo();
    void serviceTeamRedeemsPoints();

private:
    QString report(const QString &name, bool emergency, LeadSource source = LeadSource::GridWorker);
    Lead lead(const QString &id) { return LeadService(m_fixture.db(), m_fixture.admin()).get(id).value(); }
    int rowOf(LeadsPage &page, const QString &name) const;

    DeskFixture m_fixture;
    Session m_clerk;
    QString m_volunteer;
    QString m_household;
};

void TestLeadsPage::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create());
    m_clerk = m_fixture.addClerk(QStringLiteral("wang"));
    Volunteer v;
    v.name = QStringLiteral("志愿者小马");
    v.phone = QStringLiteral("13800000001");
    v.townshipCode = ChaoyangCode;
    v.villageCode = Beiyuan;
    auto id = ServiceTeamService(m_fixture.db(), m_clerk).addVolunteer(v);
    QVERIFY(id);
    m_volunteer = id.value();
    m_household = m_fixture.addHousehold(household()); // 张三, 北园村, 13897001234
    QVERIFY(!m_household.isEmpty());
}

void TestLeadsPage::init()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
    Clock::setNow(Morning);
}

void TestLeadsPage::cleanup()
{
    QApplication::closeAllWindows();
}

QString TestLeadsPage::report(const QString &name, bool emergency, LeadSource source)
{
    Lead l;
    l.townshipCode = ChaoyangCode;
    l.villageCode = Beiyuan;
    l.personName = name;
    l.source = source;
    l.emergency = emergency;
    l.description = QStringLiteral("测试");
    auto id = LeadService(m_fixture.db(), m_clerk).report(l);
    return id ? id.value() : QString();
}

int TestLeadsPage::rowOf(LeadsPage &page, const QString &name) const
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->row(row)->lead.personName == name)
            return row;
    }
    return -1;
}

void TestLeadsPage::emergencyFromReportToFirstHelp()
{
    AppServices pageServices(m_fixture.db(), m_clerk);
    LeadsPage page(pageServices.leads(), pageServices.serviceTeam(), m_clerk, RegionTree::builtIn());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(page.reportButton(), Qt::LeftButton);
    auto *dialog = page.findChild<ReportLeadDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // A clerk's own township, fixed.
    QCOMPARE(dialog->townshipCombo()->currentData().toString(), ChaoyangCode);
    QVERIFY(!dialog->townshipCombo()->isEnabled());
    dialog->sourceCombo()->setCurrentIndex(dialog->sourceCombo()->findData(int(LeadSource::Volunteer)));
    typeText(dialog->reporterEdit(), QStringLiteral("马志愿"));
    dialog->volunteerCombo()->setCurrentIndex(dialog->volunteerCombo()->findData(m_volunteer));
    QCOMPARE(dialog->volunteerCombo()->currentText(), QStringLiteral("志愿者小马 (13800000001)"));
    dialog->villageCombo()->setCurrentIndex(dialog->villageCombo()->findData(Beiyuan));
    typeText(dialog->personEdit(), QStringLiteral("刘奶奶"));
    // The ID number is checked while typing: 17 characters are not enough, the 18th completes it.
    typeText(dialog->idNumberEdit(), QStringLiteral("63010519800101001"));
    QVERIFY(dialog->idNumberError()->isVisible());
    QVERIFY(!dialog->idNumberError()->text().isEmpty());
    typeText(dialog->idNumberEdit(), QStringLiteral("8"));
    QVERIFY(!dialog->idNumberError()->isVisible());
    typeText(dialog->addressEdit(), QStringLiteral("北园村5社2号"));
    typeText(dialog->phoneEdit(), QStringLiteral("13997001111"));
    typeText(dialog->descriptionEdit(), QStringLiteral("独居老人，家中失火，无处居住"));
    dialog->emergencyBox()->setFocus();
    QTest::keyClick(dialog->emergencyBox(), Qt::Key_Space);
    QVERIFY(dialog->emergencyBox()->isChecked());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<ReportLeadDialog *>());

    // In the list, selected, with a 12-hour countdown.
    QCOMPARE(page.model()->rowCount(), 1);
    const LeadRow *row = page.model()->row(0);
    QCOMPARE(row->lead.personName, QStringLiteral("刘奶奶"));
    QCOMPARE(row->lead.personIdNumber, QStringLiteral("630105198001010018"));
    QVERIFY(row->lead.emergency);
    QCOMPARE(row->lead.volunteerId, m_volunteer);
    const QString leadId = row->lead.id;
    QCOMPARE(page.model()->index(0, LeadTableModel::Countdown).data().toString(), QStringLiteral("12 h 0 min left"));
    QCOMPARE(page.model()->index(0, LeadTableModel::Emergency).data().toString(), QStringLiteral("Emergency"));
    QCOMPARE(page.detail()->leadId(), leadId);
    QVERIFY(page.detail()->countdownLabel()->text().contains(QLatin1String("12 h 0 min left")));

    // Two and a half hours later the countdown has moved on (the page ticks every 30 seconds).
    QCOMPARE(page.countdownTimer()->interval(), 30 * 1000);
    QVERIFY(page.countdownTimer()->isActive());
    Clock::setNow(Morning.addSecs(150 * 60));
    page.tick();
    QCOMPARE(page.model()->index(0, LeadTableModel::Countdown).data().toString(), QStringLiteral("9 h 30 min left"));

    // First help through the green channel.
    QVERIFY(page.detail()->grantButton()->isEnabled());
    QTest::mouseClick(page.detail()->grantButton(), Qt::LeftButton);
    auto *grant = page.findChild<GrantDialog *>();
    QVERIFY(grant);
    QVERIFY(grant->smallAmountFirstBox()->isChecked()); // emergencies: small amount first
    typeText(grant->amountEdit(), QStringLiteral("500"));
    typeText(grant->reasonEdit(), QStringLiteral("火灾应急"));
    QTest::mouseClick(grant->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<GrantDialog *>());

    const Lead answered = lead(leadId);
    QCOMPARE(answered.answeredAt, Morning.addSecs(150 * 60));
    QCOMPARE(page.model()->index(page.model()->rowOf(leadId), LeadTableModel::Countdown).data().toString(), QStringLiteral("answered in time"));
    QVERIFY(page.detail()->countdownLabel()->text().contains(QLatin1String("answered in time")));
    QTableWidget *history = page.detail()->historyTable();
    QCOMPARE(history->rowCount(), 2);
    QVERIFY(history->item(1, 3)->text().contains(QLatin1String("500.00")));
    // Later ticks keep it answered, never overdue.
    Clock::setNow(Morning.addDays(1));
    page.tick();
    QCOMPARE(page.model()->index(page.model()->rowOf(leadId), LeadTableModel::Countdown).data().toString(), QStringLiteral("answered in time"));
    QVERIFY(!page.model()->index(page.model()->rowOf(leadId), 0).data(LeadTableModel::OverdueRole).toBool());
}

void TestLeadsPage::illegalStepIsNotOfferedOrRefused()
{
    const QString id = report(QStringLiteral("钱步骤"), false);
    AppServices pageServices(m_fixture.db(), m_clerk);
    LeadsPage page(pageServices.leads(), pageServices.serviceTeam(), m_clerk, RegionTree::builtIn());
    page.show();
    QVERIFY(page.selectLead(id));
    LeadDetailPanel *detail = page.detail();
    // Reported: verifying is next; the window and the field check are not offered yet.
    QVERIFY(detail->stepButton(LeadState::Verified));
    QVERIFY(!detail->stepButton(LeadState::Window));
    QVERIFY(!detail->stepButton(LeadState::FieldCheck));
    QVERIFY(!detail->stepButton(LeadState::FollowUp));
    // Asked anyway (a stale screen): refused with the reason, no dialog.
    detail->askStep(LeadState::FieldCheck);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("must come before")), qPrintable(MessageBox::lastText()));
    QVERIFY(!page.findChild<LeadStepDialog *>());

    // "Decided" is offered (a duplicate may be recognised at any step), but granting needs the field check.
    QPushButton *decide = detail->stepButton(LeadState::Decided);
    QVERIFY(decide);
    QTest::mouseClick(decide, Qt::LeftButton);
    auto *dialog = page.findChild<LeadStepDialog *>();
    QVERIFY(dialog && dialog->decisionCombo());
    dialog->decisionCombo()->setCurrentIndex(dialog->decisionCombo()->findData(int(LeadDecision::Granted)));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("field check first")), qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible()); // nothing typed is lost
    QCOMPARE(lead(id).state, LeadState::Reported);
    dialog->decisionCombo()->setCurrentIndex(dialog->decisionCombo()->findData(int(LeadDecision::Duplicate)));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<LeadStepDialog *>());
    QCOMPARE(lead(id).state, LeadState::Decided);
    QCOMPARE(lead(id).decision, LeadDecision::Duplicate);
    // A duplicate may be closed at once; going back to the field check is not offered.
    QVERIFY(detail->stepButton(LeadState::Closed));
    QVERIFY(!detail->stepButton(LeadState::FieldCheck));
}

void TestLeadsPage::verifyingAwardsTheVolunteer()
{
    Lead l;
    l.townshipCode = ChaoyangCode;
    l.personName = QStringLiteral("周核实");
    l.volunteerId = m_volunteer;
    const QString id = LeadService(m_fixture.db(), m_clerk).report(l).value();
    const int before = ServiceTeamService(m_fixture.db(), m_clerk).balance(m_volunteer).value();
    AppServices pageServices(m_fixture.db(), m_clerk);
    LeadsPage page(pageServices.leads(), pageServices.serviceTeam(), m_clerk, RegionTree::builtIn());
    page.show();
    QVERIFY(page.selectLead(id));
    QTest::mouseClick(page.detail()->stepButton(LeadState::Verified), Qt::LeftButton);
    auto *dialog = page.findChild<LeadStepDialog *>();
    QVERIFY(dialog && !dialog->decisionCombo());
    typeText(dialog->noteEdit(), QStringLiteral("服务队当日核实"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(lead(id).state, LeadState::Verified);
    QCOMPARE(ServiceTeamService(m_fixture.db(), m_clerk).balance(m_volunteer).value(), before + 10);
    QCOMPARE(page.detail()->leadId(), id);
    QVERIFY(page.detail()->stepButton(LeadState::Window));
    QCOMPARE(page.model()->index(page.model()->rowOf(id), LeadTableModel::State).data().toString(), LeadRules::display(LeadState::Verified));
}

void TestLeadsPage::overdueLeadsAreRedAndFiltered()
{
    const QString late = report(QStringLiteral("吴逾期"), false); // due at 23:59:59 today
    AppServices pageServices(m_fixture.db(), m_clerk);
    LeadsPage page(pageServices.leads(), pageServices.serviceTeam(), m_clerk, RegionTree::builtIn());
    page.show();
    int row = page.model()->rowOf(late);
    QVERIFY(row >= 0);
    QVERIFY(!page.model()->index(row, 0).data(LeadTableModel::OverdueRole).toBool());
    Clock::setNow(QDateTime(QDate(2026, 11, 29), QTime(9, 0)));
    page.tick();
    row = page.model()->rowOf(late);
    QVERIFY(page.model()->index(row, 0).data(LeadTableModel::OverdueRole).toBool());
    QCOMPARE(page.model()->index(row, LeadTableModel::Person).data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    QCOMPARE(page.model()->index(row, LeadTableModel::Countdown).data().toString(), QStringLiteral("overdue by 9 h 1 min"));

    page.overdueOnlyBox()->setChecked(true);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QVERIFY(page.model()->index(r, 0).data(LeadTableModel::OverdueRole).toBool());
    QVERIFY(page.model()->rowOf(late) >= 0);
    page.overdueOnlyBox()->setChecked(false);
    page.emergencyOnlyBox()->setChecked(true);
    QCOMPARE(page.model()->rowOf(late), -1);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QVERIFY(page.model()->row(r)->lead.emergency);
    page.emergencyOnlyBox()->setChecked(false);
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(int(LeadState::Verified)));
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QCOMPARE(page.model()->row(r)->lead.state, LeadState::Verified);
}

void TestLeadsPage::linkProxyAndDecide()
{
    Lead l;
    l.townshipCode = ChaoyangCode;
    l.villageCode = Beiyuan;
    l.personName = QStringLiteral("张三");
    l.phone = QStringLiteral("13897001234");
    const QString id = LeadService(m_fixture.db(), m_clerk).report(l).value();
    AppServices pageServices(m_fixture.db(), m_clerk);
    LeadsPage page(pageServices.leads(), pageServices.serviceTeam(), m_clerk, RegionTree::builtIn());
    page.show();
    QVERIFY(page.selectLead(id));
    LeadDetailPanel *detail = page.detail();
    QVERIFY(!detail->openHouseholdButton()->isEnabled());

    QTest::mouseClick(detail->linkButton(), Qt::LeftButton);
    auto *link = page.findChild<LinkHouseholdDialog *>();
    QVERIFY(link && link->hasCandidates());
    QVERIFY(link->candidateList()->item(0)->text().contains(QStringLiteral("张三")));
    link->candidateList()->setCurrentRow(0);
    QTest::mouseClick(link->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(lead(id).householdId, m_household);
    QVERIFY(detail->openHouseholdButton()->isEnabled());
    QSignalSpy open(&page, &LeadsPage::householdRequested);
    QTest::mouseClick(detail->openHouseholdButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 1);

    QTest::mouseClick(detail->proxyButton(), Qt::LeftButton);
    auto *proxy = page.findChild<ProxyDialog *>();
    QVERIFY(proxy);
    QTest::mouseClick(proxy->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton); // no name: refused
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Name the person")));
    typeText(proxy->nameEdit(), QStringLiteral("张小妹"));
    typeText(proxy->relationEdit(), QStringLiteral("女儿"));
    QTest::mouseClick(proxy->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(lead(id).proxyName, QStringLiteral("张小妹"));
    QVERIFY(detail->findChild<QLabel *>(QStringLiteral("leadDetails"))->text().contains(QStringLiteral("张小妹")));

    // Through the funnel to a referral (which needs the household, linked above, and the policies ticked).
    Policy housing;
    housing.department = QStringLiteral("区住建局");
    housing.title = QStringLiteral("公共租赁住房保障");
    const QString policy = ReferralService(m_fixture.db(), m_fixture.admin()).savePolicy(housing).value();
    for (LeadState s : {LeadState::Verified, LeadState::Window, LeadState::FieldCheck, LeadState::Decided}) {
        QPushButton *step = detail->stepButton(s);
        QVERIFY2(step, qPrintable(LeadRules::display(s)));
        QTest::mouseClick(step, Qt::LeftButton);
        auto *dialog = page.findChild<LeadStepDialog *>();
        QVERIFY(dialog);
        if (dialog->decisionCombo()) {
            QVERIFY(!dialog->policyList()->isVisibleTo(dialog)); // granted is the first choice: no policies asked
            dialog->decisionCombo()->setCurrentIndex(dialog->decisionCombo()->findData(int(LeadDecision::Referred)));
            QVERIFY(dialog->policyList()->isVisibleTo(dialog));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton); // none ticked: refused
            QVERIFY(MessageBox::lastText().contains(QLatin1String("Choose the policies")));
            QVERIFY(dialog->choosePolicy(policy));
        }
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<LeadStepDialog *>());
    }
    QCOMPARE(lead(id).state, LeadState::Decided);
    QCOMPARE(lead(id).decision, LeadDecision::Referred);
    QVERIFY(lead(id).answeredAt.isValid()); // reaching the window answered it
    const QList<ReferralRow> referrals = ReferralService(m_fixture.db(), m_fixture.admin()).list().value();
    QCOMPARE(referrals.size(), 1);
    QCOMPARE(referrals.first().referral.leadId, id);
    QCOMPARE(referrals.first().referral.policyIds, QStringList{policy});
}

void TestLeadsPage::escalationForTheDistrictOnly()
{
    const QString late = report(QStringLiteral("郑升级"), true);
    Clock::setNow(Morning.addDays(1));
    AppServices clerkPageServices(m_fixture.db(), m_clerk);
    LeadsPage clerkPage(clerkPageServices.leads(), clerkPageServices.serviceTeam(), m_clerk, RegionTree::builtIn());
    QVERIFY(!clerkPage.escalationView());
    QCOMPARE(clerkPage.tabs()->count(), 1);
    AppServices districtPageServices(m_fixture.db(), m_fixture.admin());
    LeadsPage districtPage(districtPageServices.leads(), districtPageServices.serviceTeam(), m_fixture.admin(), RegionTree::builtIn());
    districtPage.show();
    QTableView *escalation = districtPage.escalationView();
    QVERIFY(escalation);
    bool found = false;
    for (int r = 0; r < escalation->model()->rowCount(); ++r)
        found = found || escalation->model()->index(r, 0).data(LeadTableModel::LeadIdRole).toString() == late;
    QVERIFY(found);
    QVERIFY(districtPage.tabs()->tabText(1).startsWith(QLatin1String("Escalation (")));
}

void TestLeadsPage::workbenchTodo()
{
    const QString id = report(QStringLiteral("冯待办"), true);
    AppServices services(m_fixture.db(), m_clerk);
    const QList<TodoItem> items = LeadsPage::todoSource(services.leads())();
    bool found = false;
    for (const TodoItem &t : items)
        found = found || (t.text.contains(QStringLiteral("冯待办")) && t.text.startsWith(QLatin1String("Emergency lead")) && t.due == lead(id).deadlineAt);
    QVERIFY(found);
}

void TestLeadsPage::serviceTeamRedeemsPoints()
{
    AppServices pageServices(m_fixture.db(), m_clerk);
    ServiceTeamPage page(pageServices.serviceTeam(), m_clerk, RegionTree::builtIn());
    page.show();
    QTableWidget *table = page.volunteerTable();
    QCOMPARE(table->rowCount(), 1);
    const int balance = table->item(0, 5)->text().toInt();
    QVERIFY(balance >= 10); // verified leads earned them
    table->selectRow(0);
    page.redeemPoints()->setValue(5);
    QTest::mouseClick(page.redeemButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("exchanged for"))); // a reason is needed
    typeText(page.redeemReason(), QStringLiteral("米面油"));
    QTest::mouseClick(page.redeemButton(), Qt::LeftButton);
    QCOMPARE(table->item(0, 5)->text().toInt(), balance - 5);
    QCOMPARE(ServiceTeamService(m_fixture.db(), m_clerk).balance(m_volunteer).value(), balance - 5);
    QVERIFY(page.withoutEventLabel()->text().contains(QStringLiteral("朝阳街道")));
    QVERIFY(page.assessmentTable()->rowCount() > 0);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("assessment.csv"));
    QVERIFY(page.exportAssessment(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("北园村")));
    QCOMPARE(text.count(QLatin1Char('\n')), page.assessmentTable()->rowCount() + 1); // header and one line a village
}

QTEST_MAIN(TestLeadsPage)
#include "tst_leadspage.moc"
