#include "StationFixture.h"

#include "database/SqlUtil.h"
#include "services/HouseholdService.h"
#include "services/LeadService.h"
#include "services/ReferralService.h"
#include "services/ServiceTeamService.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

class TestLeadService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;
    QString m_volunteer;
    QString m_household;

    Lead emergency()
    {
        Lead l;
        l.townshipCode = Chaoyang;
        l.villageCode = Beiyuan;
        l.source = LeadSource::GridWorker;
        l.volunteerId = m_volunteer;
        l.reporterName = QStringLiteral("网格员小王");
        l.personName = QStringLiteral("张三");
        l.phone = QStringLiteral("13897001234");
        l.address = QStringLiteral("北园村3社15号");
        l.description = QStringLiteral("户主突发重病住院，家中无人照料");
        l.emergency = true;
        return l;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
        Clock::setNow(QDateTime(QDate(2026, 11, 27), QTime(20, 0)));
        Volunteer v;
        v.townshipCode = Chaoyang;
        v.villageCode = Beiyuan;
        v.name = QStringLiteral("网格员小王");
        v.kind = QStringLiteral("grid_worker");
        m_volunteer = ServiceTeamService(*m_station->db, clerkOf(Chaoyang)).addVolunteer(v).value();
        m_household = HouseholdService(*m_station->db, clerkOf(Chaoyang)).create(household()).value();
    }

    void emergencyFromReportToFirstHelp()
    {
        LeadService service(*m_station->db, clerkOf(Chaoyang));
        auto id = service.report(emergency());
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        Lead lead = service.get(id.value()).value();
        QCOMPARE(lead.deadlineAt, QDateTime(QDate(2026, 11, 28), QTime(8, 0)));
        QCOMPARE(service.dueToday().value().size(), 0); // due tomorrow morning
        // Found among the registry's households by phone and name.
        const QList<HouseholdSummary> candidates = service.candidates(id.value()).value();
        QVERIFY(!candidates.isEmpty());
        QCOMPARE(candidates.first().id, m_household);
        QVERIFY(service.linkHousehold(id.value(), m_household));

        Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(2, 30)));
        QCOMPARE(service.dueToday().value().size(), 1);
        TemporaryGrant grant;
        grant.leadId = id.value();
        grant.amount = 50000;
        grant.reason = QStringLiteral("先行小额救助");
        grant.smallAmountFirst = true;
        QVERIFY(service.recordGrant(grant));
        lead = service.get(id.value()).value();
        QCOMPARE(lead.answeredAt, QDateTime(QDate(2026, 11, 28), QTime(2, 30)));
        Clock::setNow(QDateTime(QDate(2026, 11, 29), QTime(12, 0)));
        QVERIFY(service.list(true).value().isEmpty()); // answered in time: never overdue
        QCOMPARE(service.yearlyTotal(m_household, 2026).value(), Fen(50000));
        QVERIFY(service.history(id.value()).value().size() >= 3);
    }

    // 四.(三): the 12 hours stop at the first reply of any kind, and the reply is recorded.
    void emergencyClockStopsAtFirstReply_data()
    {
        QTest::addColumn<int>("decision");
        QTest::addColumn<int>("answer");
        QTest::newRow("not eligible") << int(LeadDecision::NotEligible) << int(LeadAnswer::NotEligible);
        QTest::newRow("duplicate") << int(LeadDecision::Duplicate) << int(LeadAnswer::Duplicate);
        QTest::newRow("granted without a grant record") << int(LeadDecision::Granted) << int(LeadAnswer::Granted);
    }
    void emergencyClockStopsAtFirstReply()
    {
        QFETCH(int, decision);
        QFETCH(int, answer);
        LeadService service(*m_station->db, clerkOf(Chaoyang));
        const QString id = service.report(emergency()).value(); // 20:00, deadline 08:00 next day
        const Session worker { QStringLiteral("w"), QStringLiteral("小王"), Role::VillageWorker, Chaoyang, Beiyuan };
        if (LeadDecision(decision) != LeadDecision::Duplicate) {
            QVERIFY(LeadService(*m_station->db, worker).advance(id, LeadState::Verified, {}));
            QVERIFY(service.advance(id, LeadState::Window, {}));
            QVERIFY(service.advance(id, LeadState::FieldCheck, {}));
            QVERIFY(!service.get(id)->answeredAt.isValid()); // reaching the window is no reply to an emergency
        }
        Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(6, 15)));
        QVERIFY(service.advance(id, LeadState::Decided, QStringLiteral("已电话告知"), LeadDecision(decision)));
        const Lead lead = service.get(id).value();
        QCOMPARE(lead.answeredAt, QDateTime(QDate(2026, 11, 28), QTime(6, 15)));
        QCOMPARE(int(lead.answer), answer);
        // Long after the deadline it is not late, and it counts as in time in the assessment.
        Clock::setNow(QDateTime(QDate(2026, 12, 2), QTime(9, 0)));
        QVERIFY(!LeadRules::isLate(lead, Clock::now()));
        QVERIFY(service.list(true).value().isEmpty());
        for (const VillageAssessment &v :
            ServiceTeamService(*m_station->db, clerkOf(Chaoyang)).assessment(2026).value()) {
            if (v.villageCode == Beiyuan)
                QCOMPARE(v.leadsInTime, v.leadsFound);
        }
    }

    void unansweredEmergencyIsLate()
    {
        LeadService service(*m_station->db, clerkOf(Chaoyang));
        const QString id = service.report(emergency()).value();
        Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(8, 1)));
        const Lead lead = service.get(id).value();
        QVERIFY(LeadRules::isLate(lead, Clock::now()));
        QCOMPARE(int(lead.answer), int(LeadAnswer::None));
        QCOMPARE(service.list(true).value().size(), 1);
        // Answered late: recorded as such, no longer late.
        QVERIFY(service.advance(id, LeadState::Decided, {}, LeadDecision::Duplicate));
        const Lead answered = service.get(id).value();
        QVERIFY(!LeadRules::isLate(answered, Clock::now()));
        QVERIFY(LeadRules::isOverdue(answered, Clock::now())); // measured to the reply: 1 minute late
        QCOMPARE(int(answered.answer), int(LeadAnswer::Duplicate));
        QVERIFY(service.list(true).value().isEmpty());
    }

    // A lead reported at a township's own station without a township belongs to that township.
    void stationTownshipIsTheDefault()
    {
        Station township(QStringLiteral("朝阳街道"));
        LeadService service(*township.db, Session::system());
        QCOMPARE(service.defaultTownship(), Chaoyang);
        Lead l = emergency();
        l.townshipCode.clear();
        l.villageCode.clear();
        l.volunteerId.clear();
        auto id = service.report(l);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(service.get(id.value())->townshipCode, Chaoyang);
        // At the district's station there is no default: the township must be named.
        LeadService district(*m_station->db, admin());
        QVERIFY(district.defaultTownship().isEmpty());
        auto refused = district.report(l);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("township"));
    }

    void overdueAndEscalation()
    {
        Lead l = emergency();
        l.emergency = false;
        l.source = LeadSource::Media;
        auto id = LeadService(*m_station->db, clerkOf(Chaoyang)).report(l);
        QVERIFY(id);
        Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(21, 0)));
        const QList<LeadRow> overdue = LeadService(*m_station->db, clerkOf(Chaoyang)).list(true).value();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().secondsLeft, qint64(-3600));
        QCOMPARE(LeadService(*m_station->db, admin()).escalations().value().size(), 1);
        QCOMPARE(LeadService(*m_station->db, clerkOf(Chaoyang)).escalations().error().kind, Error::Kind::Forbidden);
        QVERIFY(LeadService(*m_station->db, clerkOf(Mafang)).list(true).value().isEmpty());
        QCOMPARE(LeadService(*m_station->db, clerkOf(Mafang)).get(id.value()).error().kind, Error::Kind::Forbidden);
    }

    void funnelPointsAndIllegalJumps()
    {
        LeadService clerk(*m_station->db, clerkOf(Chaoyang));
        Lead l = emergency();
        l.emergency = false;
        const QString id = clerk.report(l).value();
        const Status jump = clerk.advance(id, LeadState::Window, {});
        QVERIFY(!jump);
        QVERIFY(jump.error().message.contains(QStringLiteral("Verified")));
        const Session worker { QStringLiteral("w"), QStringLiteral("小王"), Role::VillageWorker, Chaoyang, Beiyuan };
        QVERIFY(LeadService(*m_station->db, worker).advance(id, LeadState::Verified, QStringLiteral("入户核实属实")));
        QCOMPARE(LeadService(*m_station->db, worker).advance(id, LeadState::Window, {}).error().kind,
            Error::Kind::Forbidden);
        ServiceTeamService team(*m_station->db, clerkOf(Chaoyang));
        QCOMPARE(team.balance(m_volunteer).value(), 10);
        QVERIFY(clerk.advance(id, LeadState::Window, {}));
        QVERIFY(clerk.get(id)->answeredAt.isValid());
        QVERIFY(clerk.advance(id, LeadState::FieldCheck, {}));
        QCOMPARE(clerk.advance(id, LeadState::Decided, {}, LeadDecision::Referred).error().field,
            QStringLiteral("household"));
        QVERIFY(clerk.linkHousehold(id, m_household));
        Policy housing;
        housing.department = QStringLiteral("区住建局");
        housing.title = QStringLiteral("公共租赁住房保障");
        const QString policy = ReferralService(*m_station->db, admin()).savePolicy(housing).value();
        QVERIFY(
            clerk.advance(id, LeadState::Decided, QStringLiteral("转介住房保障"), LeadDecision::Referred, { policy }));
        QVERIFY(!clerk.advance(id, LeadState::Closed, {}));
        QVERIFY(clerk.advance(id, LeadState::FollowUp, {}));
        QVERIFY(clerk.advance(id, LeadState::Closed, {}));
        QCOMPARE(team.balance(m_volunteer).value(), 10); // points once per lead
        QVERIFY(!team.redeem(m_volunteer, 11, QStringLiteral("米面油")));
        QVERIFY(team.redeem(m_volunteer, 8, QStringLiteral("米面油")));
        QCOMPARE(team.balance(m_volunteer).value(), 2);
        QCOMPARE(team.volunteers().value().first().balance, 2);
    }

    void proxyAndIntakeDraft()
    {
        LeadService clerk(*m_station->db, clerkOf(Chaoyang));
        Lead l = emergency();
        l.personName = QStringLiteral("赵六");
        l.personIdNumber = makeId(QDate(1950, 6, 6), 7);
        const QString id = clerk.report(l).value();
        QCOMPARE(clerk.setProxy(id, QString(), {}, {}).error().field, QStringLiteral("proxy_name"));
        QVERIFY(clerk.setProxy(id, QStringLiteral("赵小六"), QStringLiteral("儿子"), QStringLiteral("13800000000")));
        QCOMPARE(clerk.get(id)->proxyName, QStringLiteral("赵小六"));
        const Household draft = clerk.intakeDraft(id).value();
        QCOMPARE(draft.members.size(), 1);
        QCOMPARE(draft.members.first().name, QStringLiteral("赵六"));
        QCOMPARE(draft.members.first().birthDate, QDate(1950, 6, 6));
        QCOMPARE(draft.villageCode, Beiyuan);
        QCOMPARE(draft.area, AreaType::Rural);
        Lead bad = emergency();
        bad.personIdNumber = QStringLiteral("630105198001010019");
        QCOMPARE(clerk.report(bad).error().field, QStringLiteral("person_id_number"));
    }

    // The person's ID number leaves the service masked for a role without full numbers (issue 18, item 6): in
    // get, the lists and the intake draft; a clerk gets it whole.
    void idNumberMaskedForRolesWithoutFullNumbers()
    {
        LeadService clerk(*m_station->db, clerkOf(Chaoyang));
        Lead l = emergency();
        const QString full = makeId(QDate(1950, 6, 6), 7);
        l.personIdNumber = full;
        const QString id = clerk.report(l).value();
        QCOMPARE(clerk.get(id)->personIdNumber, full);
        const Session worker { QStringLiteral("w"), QStringLiteral("小王"), Role::VillageWorker, Chaoyang, Beiyuan };
        const Session auditor { QStringLiteral("a"), QStringLiteral("审计"), Role::Auditor, {}, {} };
        for (const Session &session : { worker, auditor }) {
            LeadService service(*m_station->db, session);
            QCOMPARE(service.get(id)->personIdNumber, IdNumber::mask(full));
            auto rows = service.list();
            QVERIFY(rows);
            QVERIFY(!rows->isEmpty());
            for (const LeadRow &r : rows.value())
                QVERIFY(!r.lead.personIdNumber.contains(full));
        }
        LeadService escalations(*m_station->db, auditor);
        for (const LeadRow &r : escalations.escalations().value())
            QVERIFY(!r.lead.personIdNumber.contains(full));
        auto draft = LeadService(*m_station->db, worker).intakeDraft(id);
        if (draft)
            QCOMPARE(draft->members.first().idNumber, IdNumber::mask(full));
    }

    void referralWithOneTimeNotification()
    {
        ReferralService district(*m_station->db, admin());
        Policy p;
        p.department = QStringLiteral("区住建局");
        p.service = QStringLiteral("housing");
        p.title = QStringLiteral("公共租赁住房保障");
        p.whoQualifies = QStringLiteral("城镇低保、低保边缘住房困难家庭");
        p.materials = QStringLiteral("户口簿\n身份证\n低保证");
        p.whereToGo = QStringLiteral("区政务服务中心2楼");
        const QString policy = district.savePolicy(p).value();
        QCOMPARE(ReferralService(*m_station->db, clerkOf(Chaoyang)).savePolicy(p).error().kind, Error::Kind::Forbidden);

        ReferralService clerk(*m_station->db, clerkOf(Chaoyang));
        Referral r;
        r.householdId = m_household;
        r.service = QStringLiteral("housing");
        const QString id = clerk.refer(r).value();
        const NotificationLetter letter = clerk.letter(id).value();
        QCOMPARE(letter.headName, QStringLiteral("张三"));
        QCOMPARE(letter.policies.size(), 1);
        QCOMPARE(letter.policies.first().id, policy);
        QVERIFY(letter.policies.first().materials.contains(QStringLiteral("低保证")));
        QCOMPARE(clerk.followUpsDue(Clock::today().addDays(14)).value().size(), 1);
        QCOMPARE(clerk.setStatus(id, ReferralStatus::Declined, {}).error().field, QStringLiteral("note"));
        QVERIFY(clerk.setStatus(id, ReferralStatus::Accepted, {}));
        QCOMPARE(clerk.referrals(m_household).value().first().status, ReferralStatus::Accepted);
        QCOMPARE(ReferralService(*m_station->db, clerkOf(Mafang)).refer(r).error().kind, Error::Kind::Forbidden);

        // Reviewed this year: nothing due; next year it is due again by 30 April.
        QVERIFY(district.policiesDueForReview().value().isEmpty());
        Clock::setNow(QDateTime(QDate(2027, 2, 1), QTime(9, 0)));
        QCOMPARE(district.policiesDueForReview().value().size(), 1);
        QCOMPARE(district.reviewDeadline(), QDate(2027, 4, 30));
        QVERIFY(!district.departmentReviews().value().first().reviewedThisYear);
        Clock::setNow(QDateTime(QDate(2027, 4, 12), QTime(9, 0)));
        QVERIFY(district.markReviewed(policy));
        const DepartmentReview review = district.departmentReviews().value().first();
        QCOMPARE(review.department, QStringLiteral("区住建局"));
        QVERIFY(review.reviewedThisYear);
        QVERIFY(review.onTime);
        QCOMPARE(clerk.markReviewed(policy).error().kind, Error::Kind::Forbidden);
    }

    // 四.(四): a lead decided "referred" always makes a referral to the chosen policies, and the letter works.
    void leadReferredMakesTheReferral()
    {
        ReferralService district(*m_station->db, admin());
        Policy housing;
        housing.department = QStringLiteral("区住建局");
        housing.title = QStringLiteral("公共租赁住房保障");
        housing.materials = QStringLiteral("户口簿\n身份证");
        Policy disability;
        disability.department = QStringLiteral("区残联");
        disability.title = QStringLiteral("困难残疾人生活补贴");
        const QString h = district.savePolicy(housing).value();
        const QString d = district.savePolicy(disability).value();

        LeadService leads(*m_station->db, clerkOf(Chaoyang));
        Lead l = emergency();
        const QString id = leads.report(l).value();
        const Session worker { QStringLiteral("w"), QStringLiteral("小王"), Role::VillageWorker, Chaoyang, Beiyuan };
        QVERIFY(LeadService(*m_station->db, worker).advance(id, LeadState::Verified, {}));
        QVERIFY(leads.advance(id, LeadState::Window, {}));
        QVERIFY(leads.advance(id, LeadState::FieldCheck, {}));
        QVERIFY(leads.linkHousehold(id, m_household));
        // No policy chosen: refused, nothing decided.
        QCOMPARE(leads.advance(id, LeadState::Decided, {}, LeadDecision::Referred).error().field,
            QStringLiteral("policies"));
        QCOMPARE(leads.get(id)->state, LeadState::FieldCheck);
        QString referralId;
        QVERIFY(leads.advance(
            id, LeadState::Decided, QStringLiteral("转介住房与残联"), LeadDecision::Referred, { h, d }, &referralId));
        QVERIFY(!referralId.isEmpty());
        QCOMPARE(
            int(leads.get(id)->answer), int(LeadAnswer::Referred)); // the emergency's clock stopped with the referral

        ReferralService clerk(*m_station->db, clerkOf(Chaoyang));
        const Referral made = clerk.referral(referralId).value();
        QCOMPARE(made.leadId, id);
        QCOMPARE(made.householdId, m_household);
        QCOMPARE(made.policyIds, QStringList({ h, d }));
        QCOMPARE(made.service, QStringLiteral("other"));
        const NotificationLetter letter = clerk.letter(referralId).value();
        QCOMPARE(letter.policies.size(), 2); // across departments
        QCOMPARE(clerk.list().value().size(), 1);
        QCOMPARE(clerk.list().value().first().policyTitles,
            QStringList({ QStringLiteral("公共租赁住房保障"), QStringLiteral("困难残疾人生活补贴") }));
        // Follow-up in 14 days: due then, not before; done is no longer due.
        QVERIFY(clerk.list(Clock::today().addDays(13)).value().isEmpty());
        QCOMPARE(clerk.list(Clock::today().addDays(14)).value().size(), 1);
        QVERIFY(clerk.setStatus(
            referralId, ReferralStatus::Accepted, QStringLiteral("住建局已受理"), Clock::today().addDays(30)));
        QVERIFY(clerk.list(Clock::today().addDays(14)).value().isEmpty());
        QVERIFY(clerk.setStatus(referralId, ReferralStatus::Declined, QStringLiteral("不符合公租房条件")));
        QCOMPARE(clerk.referral(referralId)->status, ReferralStatus::Declined);
        QVERIFY(clerk.list(Clock::today().addDays(60)).value().isEmpty());
        // Stored as the code every station's schema accepts.
        QCOMPARE(sql::scalar(
                     m_station->db->sql(), QStringLiteral("SELECT status FROM referrals WHERE id = ?"), { referralId })
                     .value()
                     .toString(),
            QStringLiteral("returned"));
    }

    void publicityLiaisonsAssessment()
    {
        ServiceTeamService clerk(*m_station->db, clerkOf(Chaoyang));
        PublicityEvent e;
        e.townshipCode = Chaoyang;
        e.heldOn = QDate(2026, 10, 15);
        e.place = QStringLiteral("朝阳社区广场");
        e.participants = 120;
        QVERIFY(clerk.addPublicityEvent(e));
        const QStringList without
            = ServiceTeamService(*m_station->db, admin()).townshipsWithoutEvent(QDate(2026, 11, 27)).value();
        QCOMPARE(without.size(), 5);
        QVERIFY(!without.contains(Chaoyang));
        QVERIFY(ServiceTeamService(*m_station->db, admin())
                    .townshipsWithoutEvent(QDate(2026, 7, 1))
                    .value()
                    .contains(Chaoyang));

        QVERIFY(clerk.setLiaison(
            { QStringLiteral("township"), Chaoyang, QStringLiteral("李联络"), QStringLiteral("0971-1234567") }));
        QVERIFY(clerk.setLiaison(
            { QStringLiteral("township"), Chaoyang, QStringLiteral("王联络"), QStringLiteral("0971-7654321") }));
        QVERIFY(!clerk.setLiaison({ QStringLiteral("department"), QStringLiteral("医保局"), QStringLiteral("x"), {} }));
        QCOMPARE(clerk.liaisons().value().size(), 1);
        QCOMPARE(clerk.liaisons().value().first().name, QStringLiteral("王联络"));

        LeadService leads(*m_station->db, clerkOf(Chaoyang));
        Lead l = emergency();
        l.emergency = false;
        const QString id = leads.report(l).value();
        const Session worker { QStringLiteral("w"), QStringLiteral("小王"), Role::VillageWorker, Chaoyang, Beiyuan };
        QVERIFY(LeadService(*m_station->db, worker).advance(id, LeadState::Verified, {}));
        QVERIFY(leads.advance(id, LeadState::Window, {}));
        const QList<VillageAssessment> year = clerk.assessment(2026).value();
        bool found = false;
        for (const VillageAssessment &v : year) {
            if (v.villageCode == Beiyuan) {
                found = true;
                QCOMPARE(v.leadsFound, 1);
                QCOMPARE(v.leadsInTime, 1);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestLeadService)
#include "tst_leadservice.moc"
