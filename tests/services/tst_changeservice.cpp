// 增发 / 减发 / 停发 and appeals (issue 22, item 5) on a fixed clock: the township proposes, the bureau confirms,
// and the household's category, amount, status, tier and review schedule follow from the effective month, not
// before; a review's "change found" proposes one; appeals are recorded against a change or a decision.
#include "StationFixture.h"

#include "database/AuditLog.h"
#include "database/HouseholdRepository.h"
#include "database/ReviewRepository.h"
#include "database/SqlUtil.h"
#include "services/ApplicationService.h"
#include "services/BenefitService.h"
#include "services/ChangeService.h"
#include "services/HouseholdService.h"
#include "services/ReviewService.h"
#include "services/sync/SyncService.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

Q_DECLARE_METATYPE(sn::ChangeKind)
Q_DECLARE_METATYPE(sn::Category)
Q_DECLARE_METATYPE(sn::HouseholdStatus)
Q_DECLARE_METATYPE(sn::Tier)
Q_DECLARE_METATYPE(sn::AppealOutcome)

namespace {

void at(int year, int month, int day)
{
    Clock::setNow(QDateTime(QDate(year, month, day), QTime(10, 0)));
}

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &r_ = (expr);                                                                                       \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().message));                                       \
    } while (false)

BenefitChange change(const QString &household, ChangeKind kind, const QString &month, Fen amount = 0,
    Category category = Category::None, const QString &reasons = QStringLiteral("家庭成员务工收入增加"))
{
    BenefitChange c;
    c.householdId = household;
    c.kind = kind;
    c.effectiveMonth = month;
    c.newAmount = amount;
    c.newCategory = category;
    c.reasons = reasons;
    return c;
}

} // namespace

class TestChangeService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;
    QString m_household;

    Database &db() { return *m_station->db; }

    // The fixture's household, covered as `category` with `amount` a month.
    void cover(Category category, Fen amount)
    {
        Household h = HouseholdRepository(db()).load(m_household).value();
        h.category = category;
        h.monthlyAmount = amount;
        if (category == Category::Tekun)
            h.categoryOverrideReason = QStringLiteral("县级确认为特困供养");
        const Status s = HouseholdService(db(), clerkOf(Chaoyang)).update(h);
        if (!s)
            qFatal("household: %s", qPrintable(s.error().message));
    }

    int openTasks(const QString &household)
    {
        return sql::scalar(db().sql(),
            QStringLiteral("SELECT count(*) FROM review_tasks WHERE household_id = ? AND status = 'open' AND "
                           "deleted = 0"),
            { household })
            ->toInt();
    }

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
        at(2027, 3, 10);
        Household h = household();
        h.monthlyAmount = 60000;
        m_household = HouseholdService(db(), clerkOf(Chaoyang)).create(h).value();
    }

    void cleanup() { Clock::setNow({}); }

    // What the household is once a change of this month is proposed and confirmed.
    void effects_data()
    {
        QTest::addColumn<Category>("category");
        QTest::addColumn<ChangeKind>("kind");
        QTest::addColumn<Fen>("amount");
        QTest::addColumn<Category>("newCategory");
        QTest::addColumn<Category>("afterCategory");
        QTest::addColumn<Fen>("afterAmount");
        QTest::addColumn<HouseholdStatus>("afterStatus");
        QTest::addColumn<Tier>("afterTier");

        QTest::newRow("减发 低保 600 → 420") << Category::Dibao << ChangeKind::Decrease << Fen(42000) << Category::None
                                             << Category::Dibao << Fen(42000) << HouseholdStatus::Active << Tier::Green;
        QTest::newRow("增发 低保 600 → 735") << Category::Dibao << ChangeKind::Increase << Fen(73500) << Category::None
                                             << Category::Dibao << Fen(73500) << HouseholdStatus::Active << Tier::Green;
        QTest::newRow("减发 特困 1200 → 低保 600")
            << Category::Tekun << ChangeKind::Decrease << Fen(60000) << Category::Dibao << Category::Dibao << Fen(60000)
            << HouseholdStatus::Active << Tier::Green;
        QTest::newRow("增发 低保 600 → 特困 1100")
            << Category::Dibao << ChangeKind::Increase << Fen(110000) << Category::Tekun << Category::Tekun
            << Fen(110000) << HouseholdStatus::Active << Tier::Red;
        QTest::newRow("停发 低保") << Category::Dibao << ChangeKind::Stop << Fen(0) << Category::None << Category::Dibao
                                   << Fen(0) << HouseholdStatus::Exited << Tier::None;
        QTest::newRow("停发 特困") << Category::Tekun << ChangeKind::Stop << Fen(0) << Category::None << Category::Tekun
                                   << Fen(0) << HouseholdStatus::Exited << Tier::None;
    }

    void effects()
    {
        QFETCH(Category, category);
        QFETCH(ChangeKind, kind);
        QFETCH(Fen, amount);
        QFETCH(Category, newCategory);
        const QString id = m_household;
        cover(category, category == Category::Tekun ? 120000 : 60000);
        QVERIFY(openTasks(id) > 0);
        ChangeService clerk(db(), clerkOf(Chaoyang));
        auto proposed = clerk.propose(change(id, kind, QStringLiteral("2027-03"), amount, newCategory));
        VERIFY_OK(proposed);
        // Proposed is not decided: the household is as it was.
        QCOMPARE(
            HouseholdService(db(), admin()).get(id)->monthlyAmount, Fen(category == Category::Tekun ? 120000 : 60000));
        VERIFY_OK(ChangeService(db(), admin()).confirm(proposed.value()));
        const Household h = HouseholdService(db(), admin()).get(id).value();
        QTEST(h.category, "afterCategory");
        QTEST(h.monthlyAmount, "afterAmount");
        QTEST(h.status, "afterStatus");
        QTEST(HouseholdService(db(), admin()).standing(id)->tier, "afterTier");
        const BenefitChange c = clerk.get(proposed.value()).value();
        QCOMPARE(c.state, ChangeState::Applied);
        QCOMPARE(c.oldAmount, Fen(category == Category::Tekun ? 120000 : 60000));
        QCOMPARE(c.appliedOn, QDate(2027, 3, 10));
        if (kind == ChangeKind::Stop)
            QCOMPARE(openTasks(id), 0); // coverage ended: no review scheduled
        else
            QVERIFY(openTasks(id) > 0);
    }

    // A change from a later month waits: the household is paid as before until that month begins.
    void aLaterMonthWaitsForItsMonth()
    {
        ChangeService clerk(db(), clerkOf(Chaoyang));
        auto id = clerk.propose(change(m_household, ChangeKind::Decrease, QStringLiteral("2027-05"), 30000));
        VERIFY_OK(id);
        VERIFY_OK(ChangeService(db(), admin()).confirm(id.value()));
        QCOMPARE(clerk.get(id.value())->state, ChangeState::Confirmed);
        QCOMPARE(HouseholdService(db(), admin()).get(m_household)->monthlyAmount, Fen(60000));
        at(2027, 4, 30);
        QCOMPARE(clerk.applyDue().value(), 0);
        QCOMPARE(HouseholdService(db(), admin()).get(m_household)->monthlyAmount, Fen(60000));
        at(2027, 5, 1);
        QCOMPARE(clerk.applyDue().value(), 1);
        QCOMPARE(HouseholdService(db(), admin()).get(m_household)->monthlyAmount, Fen(30000));
        QCOMPARE(clerk.get(id.value())->state, ChangeState::Applied);
        QCOMPARE(clerk.applyDue().value(), 0); // applied once
    }

    // At desk start and at sync a confirmed change applies itself once its month has begun (issue 22): at the
    // district bureau's station for a township without a station of its own, never for one that has a station
    // (which applies it there: two stations applying one change would make their household rows conflict);
    // idempotent, audited, and nothing at all for a session that may not edit households.
    void dueChangesApplyThemselvesAtTheStationThatAnswersForThem()
    {
        auto id = ChangeService(db(), clerkOf(Chaoyang))
                      .propose(change(m_household, ChangeKind::Decrease, QStringLiteral("2027-05"), 30000));
        VERIFY_OK(id);
        VERIFY_OK(ChangeService(db(), admin()).confirm(id.value()));
        at(2027, 4, 30);
        QCOMPARE(ChangeService(db(), admin()).applyDueHere().value(), 0);
        at(2027, 5, 1);
        const Session viewer { QStringLiteral("v"), QStringLiteral("viewer"), Role::VillageWorker, Chaoyang, {} };
        QCOMPARE(ChangeService(db(), viewer).applyDueHere().value(), 0);
        QCOMPARE(ChangeService(db(), admin()).get(id.value())->state, ChangeState::Confirmed);
        // 朝阳街道 gets a station of its own: the bureau's station leaves the change to it.
        VERIFY_OK(sql::exec(db().sql(),
            QStringLiteral("INSERT INTO stations (id, name, township_code, created_at, hlc, station_id) VALUES "
                           "('chaoyang-station', '朝阳街道工作站', ?, '2027-01-01T00:00:00', '0', 'chaoyang-station')"),
            { Chaoyang }));
        QCOMPARE(ChangeService(db(), admin()).applyDueHere().value(), 0);
        VERIFY_OK(
            sql::exec(db().sql(), QStringLiteral("UPDATE stations SET deleted = 1 WHERE id = 'chaoyang-station'")));
        // The next sync applies it before it exports, so the other stations get the household as it now is.
        QTemporaryDir share;
        auto synced = SyncService(db(), admin()).sync(share.path());
        QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
        QCOMPARE(synced->dueChangesApplied, 1);
        QVERIFY(synced->exportedChanges > 0);
        QCOMPARE(ChangeService(db(), admin()).applyDueHere().value(), 0); // once
        QCOMPARE(HouseholdService(db(), admin()).get(m_household)->monthlyAmount, Fen(30000));
        const BenefitChange applied = ChangeService(db(), admin()).get(id.value()).value();
        QCOMPARE(applied.state, ChangeState::Applied);
        QCOMPARE(applied.appliedOn, QDate(2027, 5, 1));
        int auditedApplied = 0;
        for (const AuditEntry &e : AuditLog(db()).forHousehold(m_household).value())
            auditedApplied += e.recordId == id.value() && e.newValue == QLatin1String("applied");
        QCOMPARE(auditedApplied, 1);
    }

    // A township's own station applies its township's due changes, and only those.
    void aTownshipStationAppliesItsOwnTownshipsChanges()
    {
        Station township(QStringLiteral("朝阳街道"));
        at(2027, 3, 10);
        Household mine = household();
        mine.monthlyAmount = 60000;
        const QString id = HouseholdService(*township.db, clerkOf(Chaoyang)).create(mine).value();
        auto changeId = ChangeService(*township.db, clerkOf(Chaoyang))
                            .propose(change(id, ChangeKind::Stop, QStringLiteral("2027-06")));
        VERIFY_OK(changeId);
        VERIFY_OK(ChangeService(*township.db, admin()).confirm(changeId.value()));
        at(2027, 6, 3);
        QCOMPARE(ChangeService(*township.db, clerkOf(Chaoyang)).applyDueHere().value(), 1);
        QCOMPARE(HouseholdService(*township.db, admin()).get(id)->status, HouseholdStatus::Exited);
        QCOMPARE(ChangeService(*township.db, clerkOf(Chaoyang)).applyDueHere().value(), 0);
    }

    // A 刚性支出困难 finding (issue 22, item 7) is dated when it is made, listed for renewal from a month before it
    // lapses, renewed by a monitoring visit that finds no change, and lapses 12 months after its last renewal:
    // the household then stays registered with no category, no tier and no open review, the lapse its reason.
    void anExpenditureFindingLapsesUnlessRenewed()
    {
        Household h = HouseholdRepository(db()).load(m_household).value();
        h.category = Category::Expenditure;
        h.categoryOverrideReason = QStringLiteral("医疗自付费用超过家庭收入的50%");
        VERIFY_OK(HouseholdService(db(), clerkOf(Chaoyang)).update(h));
        QCOMPARE(HouseholdRepository(db()).load(m_household)->categoryFoundOn, QDate(2027, 3, 10));
        QCOMPARE(HouseholdService(db(), admin()).standing(m_household)->tier, Tier::Monitoring);
        ChangeService bureau(db(), admin());
        at(2028, 2, 9);
        QCOMPARE(bureau.renewalsDue()->size(), 0);
        at(2028, 2, 10);
        QCOMPARE(bureau.renewalsDue()->size(), 1);
        QCOMPARE(bureau.renewalsDue()->first().householdId, m_household);
        QCOMPARE(ChangeService(db(), clerkOf(Mafang)).renewalsDue()->size(), 0); // another township's
        QCOMPARE(bureau.lapseFindingsHere().value(), 0);
        // The monitoring visit finds no change: the finding counts again from the visit.
        const QString task = sql::scalar(db().sql(),
            QStringLiteral("SELECT id FROM review_tasks WHERE household_id = ? AND status = 'open' AND deleted = 0 "
                           "ORDER BY due_date LIMIT 1"),
            { m_household })
                                 ->toString();
        QVERIFY(!task.isEmpty());
        VERIFY_OK(ReviewService(db(), clerkOf(Chaoyang))
                      .complete(task, QDate(2028, 2, 10), TaskOutcome::NoChange, QStringLiteral("仍需长期透析")));
        QCOMPARE(HouseholdRepository(db()).load(m_household)->categoryFoundOn, QDate(2028, 2, 10));
        QCOMPARE(bureau.renewalsDue()->size(), 0);
        at(2029, 2, 9);
        QCOMPARE(bureau.lapseFindingsHere().value(), 0);
        at(2029, 2, 10);
        QCOMPARE(bureau.lapseFindingsHere().value(), 1);
        QCOMPARE(bureau.lapseFindingsHere().value(), 0);
        const Household lapsed = HouseholdRepository(db()).load(m_household).value();
        QCOMPARE(lapsed.category, Category::None);
        QCOMPARE(lapsed.status, HouseholdStatus::Active);
        QVERIFY2(lapsed.categoryOverrideReason.contains(QStringLiteral("2029-02-10")),
            qPrintable(lapsed.categoryOverrideReason));
        QCOMPARE(HouseholdService(db(), admin()).standing(m_household)->tier, Tier::None);
        QCOMPARE(openTasks(m_household), 0);
        bool audited = false;
        for (const AuditEntry &e : AuditLog(db()).forHousehold(m_household).value())
            audited = audited || (e.field == QLatin1String("category") && e.newValue == QLatin1String("none"));
        QVERIFY(audited);
    }

    // 防止返贫监测对象 and 其他困难人员 are monitored like 低保边缘: the monitoring tier and its visits, no lapse.
    void theNewCategoriesAreMonitored()
    {
        for (Category c : { Category::Monitored, Category::OtherHardship }) {
            Household h = HouseholdRepository(db()).load(m_household).value();
            h.category = c;
            h.categoryOverrideReason = QStringLiteral("区乡村振兴局认定");
            VERIFY_OK(HouseholdService(db(), clerkOf(Chaoyang)).update(h));
            QCOMPARE(HouseholdRepository(db()).load(m_household)->category, c);
            QCOMPARE(HouseholdService(db(), admin()).standing(m_household)->tier, Tier::Monitoring);
            QVERIFY(openTasks(m_household) > 0);
        }
        at(2030, 1, 1);
        QCOMPARE(ChangeService(db(), admin()).lapseFindingsHere().value(), 0);
    }

    // A clerk's amount (benefit --set) gives way to the decided one, and both steps are in the audit log.
    void theDecidedAmountReplacesAClerksAmount()
    {
        VERIFY_OK(BenefitService(db(), clerkOf(Chaoyang)).setOverride(m_household, 65000, QStringLiteral("临时调整")));
        ChangeService clerk(db(), clerkOf(Chaoyang));
        auto id = clerk.propose(change(m_household, ChangeKind::Decrease, QStringLiteral("2027-03"), 50000));
        VERIFY_OK(id);
        QCOMPARE(clerk.get(id.value())->oldAmount, Fen(65000)); // the amount paid now
        VERIFY_OK(ChangeService(db(), admin()).confirm(id.value()));
        QVERIFY(!BenefitService(db(), admin()).statement(m_household)->override);
        QCOMPARE(HouseholdService(db(), admin()).get(m_household)->monthlyAmount, Fen(50000));
        QList<AuditEntry> entries = AuditLog(db()).forHousehold(m_household).value();
        std::sort(
            entries.begin(), entries.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.seq < b.seq; });
        QStringList states;
        for (const AuditEntry &e : std::as_const(entries)) {
            if (e.recordId == id.value())
                states.append(e.newValue.section(QLatin1Char(':'), 0, 0));
        }
        QCOMPARE(states,
            (QStringList { QStringLiteral("proposed"), QStringLiteral("confirmed"), QStringLiteral("applied") }));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<Fen>("amount");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("reasons");
        QTest::addColumn<QString>("message");
        QTest::newRow("increase paying less") << int(ChangeKind::Increase) << Fen(50000) << QStringLiteral("2027-03")
                                              << QStringLiteral("收入减少") << QStringLiteral("an increase pays more");
        QTest::newRow("decrease paying more") << int(ChangeKind::Decrease) << Fen(70000) << QStringLiteral("2027-03")
                                              << QStringLiteral("收入增加") << QStringLiteral("a decrease pays less");
        QTest::newRow("decrease to nothing") << int(ChangeKind::Decrease) << Fen(0) << QStringLiteral("2027-03")
                                             << QStringLiteral("收入增加") << QStringLiteral("stop the payment");
        QTest::newRow("no reasons") << int(ChangeKind::Stop) << Fen(0) << QStringLiteral("2027-03") << QString()
                                    << QStringLiteral("reasons");
        QTest::newRow("bad month") << int(ChangeKind::Stop) << Fen(0) << QStringLiteral("2027-13")
                                   << QStringLiteral("死亡") << QStringLiteral("effective_month");
    }

    void refusals()
    {
        QFETCH(int, kind);
        QFETCH(Fen, amount);
        QFETCH(QString, month);
        QFETCH(QString, reasons);
        QFETCH(QString, message);
        auto id = ChangeService(db(), clerkOf(Chaoyang))
                      .propose(change(m_household, ChangeKind(kind), month, amount, Category::None, reasons));
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(sql::scalar(db().sql(), QStringLiteral("SELECT count(*) FROM benefit_changes"))->toInt(), 0);
    }

    void whoMayDoWhat()
    {
        // Another township's clerk may not propose; the township's clerk may not confirm; the bureau may.
        auto other = ChangeService(db(), clerkOf(Mafang))
                         .propose(change(m_household, ChangeKind::Stop, QStringLiteral("2027-04")));
        QCOMPARE(other.error().kind, Error::Kind::Forbidden);
        auto id = ChangeService(db(), clerkOf(Chaoyang))
                      .propose(change(m_household, ChangeKind::Stop, QStringLiteral("2027-04")));
        VERIFY_OK(id);
        QCOMPARE(ChangeService(db(), clerkOf(Chaoyang)).confirm(id.value()).error().kind, Error::Kind::Forbidden);
        QVERIFY(!ChangeService(db(), clerkOf(Mafang)).get(id.value()));
        QCOMPARE(ChangeService(db(), clerkOf(Mafang)).list().value().size(), 0);
        VERIFY_OK(ChangeService(db(), admin()).confirm(id.value()));
        // A household that has exited has nothing left to stop.
        at(2027, 4, 2);
        QCOMPARE(ChangeService(db(), clerkOf(Chaoyang)).applyDue().value(), 1);
        auto again = ChangeService(db(), clerkOf(Chaoyang))
                         .propose(change(m_household, ChangeKind::Stop, QStringLiteral("2027-05")));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("exited")));
    }

    void aWithdrawnChangeNeverTakesEffect()
    {
        auto id = ChangeService(db(), clerkOf(Chaoyang))
                      .propose(change(m_household, ChangeKind::Decrease, QStringLiteral("2027-04"), 40000));
        VERIFY_OK(id);
        QVERIFY(!ChangeService(db(), clerkOf(Chaoyang)).withdraw(id.value(), QString()));
        VERIFY_OK(ChangeService(db(), clerkOf(Chaoyang)).withdraw(id.value(), QStringLiteral("复核后收入未变")));
        QVERIFY(!ChangeService(db(), admin()).confirm(id.value()));
        at(2027, 4, 5);
        QCOMPARE(ChangeService(db(), admin()).applyDue().value(), 0);
        QCOMPARE(HouseholdService(db(), admin()).get(m_household)->monthlyAmount, Fen(60000));
    }

    // The yearly review finds a change: the clerk records the outcome, the change is proposed from it with the
    // review's findings as its reasons, and the bureau confirms it.
    void aReviewsFindingsProposeAChange()
    {
        auto tasks = ReviewRepository(db()).tasksOf(m_household);
        QVERIFY(!tasks->isEmpty());
        const QString task = tasks->first().id;
        BenefitChange c = change(m_household, ChangeKind::Decrease, QStringLiteral("2027-04"), 45000);
        c.reviewTaskId = task;
        c.reasons.clear();
        auto early = ChangeService(db(), clerkOf(Chaoyang)).propose(c);
        QVERIFY(!early); // the review has no outcome yet
        QCOMPARE(early.error().field, QStringLiteral("review_task_id"));
        VERIFY_OK(ReviewService(db(), clerkOf(Chaoyang))
                      .complete(task, QDate(2027, 3, 9), TaskOutcome::ChangeFound,
                          QStringLiteral("配偶在县城务工，月收入1500元")));
        auto id = ChangeService(db(), clerkOf(Chaoyang)).propose(c);
        VERIFY_OK(id);
        const BenefitChange stored = ChangeService(db(), admin()).get(id.value()).value();
        QCOMPARE(stored.reviewTaskId, task);
        QCOMPARE(stored.reasons, QStringLiteral("配偶在县城务工，月收入1500元"));
        QCOMPARE(stored.state, ChangeState::Proposed);
    }

    void appeals_data()
    {
        QTest::addColumn<AppealOutcome>("outcome");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("upheld") << AppealOutcome::Upheld << QString() << true;
        QTest::newRow("changed") << AppealOutcome::Changed << QStringLiteral("复议后改为减发至500元") << true;
        QTest::newRow("changed without saying how") << AppealOutcome::Changed << QString() << false;
        QTest::newRow("withdrawn") << AppealOutcome::Withdrawn << QString() << true;
        QTest::newRow("pending is no outcome") << AppealOutcome::Pending << QString() << false;
    }

    void appeals()
    {
        QFETCH(AppealOutcome, outcome);
        QFETCH(QString, note);
        QFETCH(bool, accepted);
        ChangeService clerk(db(), clerkOf(Chaoyang));
        auto changeId = clerk.propose(change(m_household, ChangeKind::Stop, QStringLiteral("2027-03")));
        VERIFY_OK(changeId);
        Appeal a;
        a.changeId = changeId.value();
        a.kind = AppealKind::Reconsideration;
        a.appellant = QStringLiteral("张三");
        a.lodgedOn = QDate(2027, 3, 10);
        a.grounds = QStringLiteral("务工收入不稳定，仅两个月");
        QVERIFY(!clerk.addAppeal(a)); // a proposal is not yet a decision
        VERIFY_OK(ChangeService(db(), admin()).confirm(changeId.value()));
        auto id = clerk.addAppeal(a);
        VERIFY_OK(id);
        QCOMPARE(clerk.appeal(id.value())->householdId, m_household);
        at(2027, 4, 20);
        const Status decided = clerk.decideAppeal(id.value(), outcome, QDate(2027, 4, 18), note);
        QCOMPARE(decided.ok(), accepted);
        const Appeal stored = clerk.appeal(id.value()).value();
        QCOMPARE(stored.outcome, accepted ? outcome : AppealOutcome::Pending);
        QCOMPARE(stored.decidedOn, accepted ? QDate(2027, 4, 18) : QDate());
        if (accepted) // decided once
            QVERIFY(!clerk.decideAppeal(id.value(), AppealOutcome::Upheld, QDate(2027, 4, 19), QString()));
        QCOMPARE(clerk.appeals(m_household).value().size(), 1);
    }

    // An appeal against an application's refusal names the applicant by default; one against nothing is refused.
    void anAppealAgainstARefusal()
    {
        at(2026, 12, 1);
        ApplicationService applications(db(), admin());
        Application app;
        app.householdId = m_household;
        app.assistance = Assistance::Tekun;
        app.appliedOn = QDate(2026, 12, 1);
        app.authorisationSigned = true;
        auto appId = applications.add(app);
        VERIFY_OK(appId);
        Appeal a;
        a.applicationId = appId.value();
        a.lodgedOn = QDate(2026, 12, 1);
        a.grounds = QStringLiteral("不服不予确认");
        QVERIFY(!ChangeService(db(), clerkOf(Chaoyang)).addAppeal(a)); // not decided yet
        const QList<ApplicationStep> steps { ApplicationStep::Survey, ApplicationStep::Evaluation,
            ApplicationStep::TownshipReview, ApplicationStep::Publicity, ApplicationStep::CountyConfirmation };
        for (ApplicationStep step : steps) {
            AdvanceRequest r;
            r.to = step;
            r.note = QStringLiteral("有劳动能力");
            VERIFY_OK(applications.advance(appId.value(), r));
        }
        AdvanceRequest refuse;
        refuse.to = ApplicationStep::Decided;
        refuse.outcome = ApplicationOutcome::Refused;
        refuse.reasons = QStringLiteral("家庭成员有劳动能力");
        VERIFY_OK(applications.advance(appId.value(), refuse));
        auto id = ChangeService(db(), clerkOf(Chaoyang)).addAppeal(a);
        VERIFY_OK(id);
        QCOMPARE(ChangeService(db(), admin()).appeal(id.value())->appellant, QStringLiteral("张三"));
        Appeal neither;
        neither.lodgedOn = QDate(2026, 12, 1);
        neither.grounds = QStringLiteral("无");
        neither.appellant = QStringLiteral("张三");
        auto refused = ChangeService(db(), clerkOf(Chaoyang)).addAppeal(neither);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("change_id"));
    }
};

QTEST_GUILESS_MAIN(TestChangeService)
#include "tst_changeservice.moc"
