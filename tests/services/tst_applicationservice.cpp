// One application through every step on a fixed clock, with one step late, and one refused (issue 22, "Done
// means"). The district's calendar holds 元旦 2027 (1 January, a Friday); the county confirmation's deadline
// steps over it.
#include "StationFixture.h"

#include "database/StandardsRepository.h"
#include "services/ApplicationService.h"
#include "services/BenefitService.h"
#include "services/HouseholdService.h"
#include "services/LeadService.h"
#include "services/ReviewService.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

void at(int year, int month, int day)
{
    Clock::setNow(QDateTime(QDate(year, month, day), QTime(10, 0)));
}

AdvanceRequest to(ApplicationStep step, const QDate &date, const QString &note = {})
{
    AdvanceRequest r;
    r.to = step;
    r.date = date;
    r.note = note;
    return r;
}

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &r_ = (expr);                                                                                       \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().message));                                       \
    } while (false)

} // namespace

class TestApplicationService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;
    QString m_household;

    Database &db() { return *m_station->db; }

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
        at(2026, 11, 30);
        m_household = HouseholdService(db(), clerkOf(Chaoyang)).create(household()).value();
        YearlyStandard s;
        s.year = 2027;
        s.area = AreaType::Rural;
        s.dibaoMonthly = 73500;
        s.disposableIncomeYearly = 1680000;
        s.placeholder = false;
        QVERIFY(StandardsRepository(db()).upsert(s));
        VERIFY_OK(
            ApplicationService(db(), admin()).setCalendarDay({ QDate(2027, 1, 1), false, QStringLiteral("元旦") }));
    }

    void cleanup() { Clock::setNow({}); }

    void authorisationBeforeTheEconomicCheck()
    {
        at(2026, 12, 1); // a Tuesday
        ApplicationService clerk(db(), clerkOf(Chaoyang));
        Application a;
        a.householdId = m_household;
        a.assistance = Assistance::Dibao;
        a.appliedOn = QDate(2026, 12, 1);
        a.platformCaseNo = QStringLiteral("QH-2026-000123");
        a.materials = QStringList { QStringLiteral("户口簿"), QStringLiteral("身份证") };
        auto id = clerk.add(a);
        VERIFY_OK(id);
        Application stored = clerk.get(id.value()).value();
        QCOMPARE(stored.applicantName, QStringLiteral("张三")); // the head, from the household
        QCOMPARE(stored.townshipCode, Chaoyang);
        QCOMPARE(stored.stepDeadline, QDate(2026, 12, 4)); // 3 working days to start the survey
        QCOMPARE(stored.overallDeadline, QDate(2027, 1, 13)); // 30 working days, 元旦 not counted

        // No signed authorisation yet: the economic check cannot start.
        at(2026, 12, 3);
        auto refused = clerk.advance(id.value(), to(ApplicationStep::Survey, QDate(2026, 12, 3)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("authorisation_signed"));
        QVERIFY(clerk.get(id.value()).value().step == ApplicationStep::Accepted); // nothing half-written
        // Handed in now: recorded with the step.
        AdvanceRequest late = to(ApplicationStep::Survey, QDate(2026, 12, 3));
        late.authorisationSigned = true;
        VERIFY_OK(clerk.advance(id.value(), late));
        QVERIFY(clerk.get(id.value()).value().authorisationSigned);
    }

    void everyStepOneLateThenEnrolled()
    {
        at(2026, 12, 1);
        ApplicationService clerk(db(), clerkOf(Chaoyang));
        ApplicationService bureau(db(), admin());
        Application a;
        a.householdId = m_household;
        a.assistance = Assistance::Dibao;
        a.appliedOn = QDate(2026, 12, 1);
        a.authorisationSigned = true;
        const QString id = clerk.add(a).value();

        at(2026, 12, 3);
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::Survey, QDate(2026, 12, 3))));
        QCOMPARE(clerk.get(id).value().stepDeadline, QDate(2026, 12, 17)); // 10 working days
        // Skipping 民主评议 is refused while the district uses it; leaving the survey needs its findings.
        QVERIFY(!clerk.advance(id, to(ApplicationStep::TownshipReview, QDate(2026, 12, 3), QStringLiteral("x"))));
        QVERIFY(!clerk.advance(id, to(ApplicationStep::Evaluation, QDate(2026, 12, 3))));

        // The survey runs late: on 18 December it is overdue by one working day, on the workbench's list.
        at(2026, 12, 18);
        auto overdue = clerk.list(true);
        VERIFY_OK(overdue);
        QCOMPARE(overdue.value().size(), 1);
        QCOMPARE(overdue.value().first().daysLeft, -1);
        at(2026, 12, 21);
        VERIFY_OK(clerk.advance(
            id, to(ApplicationStep::Evaluation, QDate(2026, 12, 21), QStringLiteral("务工收入不稳定，无大额存款"))));
        QCOMPARE(clerk.get(id).value().surveyFindings, QStringLiteral("务工收入不稳定，无大额存款"));
        QCOMPARE(clerk.list(true).value().size(), 0);

        at(2026, 12, 23);
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::TownshipReview, QDate(2026, 12, 23))));
        at(2026, 12, 24);
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::Publicity, QDate(2026, 12, 24))));
        QCOMPARE(clerk.get(id).value().stepDeadline, QDate(2026, 12, 31)); // 7 calendar days
        at(2026, 12, 31);
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::CountyConfirmation, QDate(2026, 12, 31))));
        QCOMPARE(clerk.get(id).value().stepDeadline, QDate(2027, 1, 15)); // 10 working days over 元旦

        // The decision is the bureau's: a township clerk is refused.
        at(2027, 1, 5);
        AdvanceRequest decide = to(ApplicationStep::Decided, QDate(2027, 1, 5));
        decide.outcome = ApplicationOutcome::Approved;
        auto byClerk = clerk.advance(id, decide);
        QVERIFY(!byClerk);
        QCOMPARE(byClerk.error().kind, Error::Kind::Forbidden);
        VERIFY_OK(bureau.advance(id, decide));
        Application decided = clerk.get(id).value();
        // Computed: 2 persons × 735 − 600 income = 870.00, paid from the next month (57号).
        QCOMPARE(decided.amount, Fen(87000));
        QCOMPARE(decided.startMonth, QStringLiteral("2027-02"));
        QVERIFY(decided.category == Category::Dibao);

        at(2027, 1, 6);
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::Enrolled, QDate(2027, 1, 6))));
        const Household h = HouseholdService(db(), clerkOf(Chaoyang)).get(m_household).value();
        QCOMPARE(h.monthlyAmount, Fen(87000));
        QCOMPARE(h.startDate, QDate(2027, 2, 1));
        QVERIFY(h.category == Category::Dibao);
        // Its tier and review schedule follow the enrolment.
        auto tier = ReviewService(db(), clerkOf(Chaoyang)).explain(m_household);
        VERIFY_OK(tier);
        QVERIFY(tier->tier != Tier::None);

        const QList<ApplicationStepRecord> steps = clerk.history(id).value();
        QCOMPARE(steps.size(), 7);
        int late = 0;
        for (const ApplicationStepRecord &s : steps)
            late += s.late ? 1 : 0;
        QCOMPARE(late, 1);
        QVERIFY(steps.at(1).step == ApplicationStep::Survey && steps.at(1).late);
        QCOMPARE(steps.at(1).workingDays, 12);
        QVERIFY(clerk.get(id).value().finished());
        QCOMPARE(clerk.list().value().size(), 0);
        QVERIFY(!clerk.advance(id, to(ApplicationStep::Enrolled, QDate(2027, 1, 6))));
    }

    void refusedFromALead()
    {
        at(2026, 12, 1);
        ApplicationService bureau(db(), admin());
        VERIFY_OK(bureau.setDemocraticEvaluation(false));
        Lead lead;
        lead.townshipCode = Chaoyang;
        lead.personName = QStringLiteral("王五");
        lead.source = LeadSource::GridWorker;
        const QString leadId = LeadService(db(), clerkOf(Chaoyang)).report(lead).value();
        ApplicationService clerk(db(), clerkOf(Chaoyang));
        Application a;
        a.leadId = leadId;
        a.assistance = Assistance::Tekun;
        a.appliedOn = QDate(2026, 12, 1);
        a.authorisationSigned = true;
        const QString id = clerk.add(a).value();
        QCOMPARE(clerk.get(id).value().applicantName, QStringLiteral("王五"));
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::Survey, QDate(2026, 12, 1))));
        at(2026, 12, 7);
        VERIFY_OK(
            clerk.advance(id, to(ApplicationStep::TownshipReview, QDate(2026, 12, 7), QStringLiteral("有赡养人"))));
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::Publicity, QDate(2026, 12, 7))));
        // An objection sends it back to the survey.
        at(2026, 12, 10);
        QVERIFY(!clerk.advance(id, to(ApplicationStep::Survey, QDate(2026, 12, 10))));
        VERIFY_OK(
            clerk.advance(id, to(ApplicationStep::Survey, QDate(2026, 12, 10), QStringLiteral("村民反映其子有收入"))));
        QCOMPARE(clerk.get(id).value().objections, QStringLiteral("村民反映其子有收入"));
        VERIFY_OK(clerk.advance(
            id, to(ApplicationStep::TownshipReview, QDate(2026, 12, 10), QStringLiteral("其子月收入六千元"))));
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::Publicity, QDate(2026, 12, 10))));
        at(2026, 12, 17);
        VERIFY_OK(clerk.advance(id, to(ApplicationStep::CountyConfirmation, QDate(2026, 12, 17))));
        AdvanceRequest refuse = to(ApplicationStep::Decided, QDate(2026, 12, 17));
        refuse.outcome = ApplicationOutcome::Refused;
        QVERIFY(!bureau.advance(id, refuse)); // a refusal gives its reasons
        refuse.reasons = QStringLiteral("有具备赡养能力的赡养人，不符合《特困人员认定办法》第四条");
        VERIFY_OK(bureau.advance(id, refuse));
        const Application done = clerk.get(id).value();
        QVERIFY(done.finished());
        QVERIFY(done.outcome == ApplicationOutcome::Refused);
        QCOMPARE(done.refusalReasons, refuse.reasons);
        QVERIFY(!clerk.advance(id, to(ApplicationStep::Enrolled, QDate(2026, 12, 17))));
        QCOMPARE(clerk.history(id).value().size(), 8); // the objection went round once more
    }

    void scopeAndLimits()
    {
        at(2026, 12, 1);
        Application a;
        a.householdId = m_household;
        a.assistance = Assistance::Dibao;
        a.appliedOn = QDate(2026, 12, 1);
        auto other = ApplicationService(db(), clerkOf(Mafang)).add(a);
        QVERIFY(!other);
        QCOMPARE(other.error().kind, Error::Kind::Forbidden);
        const QString id = ApplicationService(db(), clerkOf(Chaoyang)).add(a).value();
        QCOMPARE(ApplicationService(db(), clerkOf(Mafang)).get(id).error().kind, Error::Kind::Forbidden);
        QCOMPARE(ApplicationService(db(), clerkOf(Mafang)).list().value().size(), 0);

        // The district shortens the survey (四(四)): the limit says it is a district setting.
        QVERIFY(!ApplicationService(db(), clerkOf(Chaoyang)).setLimit(Assistance::Dibao, ApplicationStep::Survey, 8));
        VERIFY_OK(ApplicationService(db(), admin()).setLimit(Assistance::Dibao, ApplicationStep::Survey, 8));
        const StepLimit l = ApplicationService(db(), admin()).limit(Assistance::Dibao, ApplicationStep::Survey);
        QCOMPARE(l.days, 8);
        QVERIFY(l.source.contains(QStringLiteral("10")));

        Application noOrigin;
        noOrigin.assistance = Assistance::Dibao;
        noOrigin.appliedOn = QDate(2026, 12, 1);
        auto missing = ApplicationService(db(), clerkOf(Chaoyang)).add(noOrigin);
        QVERIFY(!missing);
        QCOMPARE(missing.error().field, QStringLiteral("household_id"));
    }

    void benefitOverrideIsAudited()
    {
        at(2027, 1, 5);
        BenefitService clerk(db(), clerkOf(Chaoyang));
        auto st = clerk.statement(m_household);
        VERIFY_OK(st);
        QCOMPARE(st->computed.monthlyAmount, Fen(87000));
        QVERIFY(!BenefitService(
            db(), Session { QStringLiteral("w"), QStringLiteral("w"), Role::VillageWorker, Chaoyang, Beiyuan })
                     .setOverride(m_household, 90000, QStringLiteral("x")));
        QVERIFY(!clerk.setOverride(m_household, 90000, QString())); // a reason is needed
        VERIFY_OK(clerk.setOverride(m_household, 90000, QStringLiteral("重病住院期间临时调整")));
        QCOMPARE(clerk.statement(m_household)->monthlyAmount(), Fen(90000));
        const QList<AuditEntry> history = HouseholdService(db(), clerkOf(Chaoyang)).history(m_household).value();
        bool audited = false;
        for (const AuditEntry &e : history)
            audited = audited
                || (e.table == QLatin1String("benefit_overrides") && e.newValue.contains(QStringLiteral("90000")));
        QVERIFY(audited);
        VERIFY_OK(clerk.clearOverride(m_household, QStringLiteral("出院")));
        QCOMPARE(clerk.statement(m_household)->monthlyAmount(), Fen(87000));
    }

    void standardChangeListsTheHouseholds()
    {
        at(2027, 2, 20);
        YearlyStandard s;
        s.year = 2027;
        s.area = AreaType::Rural;
        s.dibaoMonthly = 80000; // raised from 735 to 800
        s.placeholder = false;
        QVERIFY(StandardsRepository(db()).upsert(s));
        BenefitService clerk(db(), clerkOf(Chaoyang));
        auto changes = clerk.changesFrom(QStringLiteral("2027-03"));
        VERIFY_OK(changes);
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().householdId, m_household);
        QCOMPARE(changes->first().computed, Fen(100000)); // 2 × 800 − 600
        QCOMPARE(BenefitService(db(), clerkOf(Mafang)).changesFrom(QStringLiteral("2027-03"))->size(), 0);
        QVERIFY(!clerk.changesFrom(QStringLiteral("March")));
        auto applied = clerk.applyChanges(QStringLiteral("2027-03"));
        VERIFY_OK(applied);
        QCOMPARE(applied.value(), 1);
        QCOMPARE(HouseholdService(db(), clerkOf(Chaoyang)).get(m_household)->monthlyAmount, Fen(100000));
        QCOMPARE(clerk.changesFrom(QStringLiteral("2027-03"))->size(), 0);
        // A clerk's amount is listed but kept.
        VERIFY_OK(clerk.setOverride(m_household, 90000, QStringLiteral("协商")));
        s.dibaoMonthly = 82000;
        QVERIFY(StandardsRepository(db()).upsert(s));
        QVERIFY(clerk.changesFrom(QStringLiteral("2027-04"))->first().overridden);
        QCOMPARE(clerk.applyChanges(QStringLiteral("2027-04")).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApplicationService)
#include "tst_applicationservice.moc"
