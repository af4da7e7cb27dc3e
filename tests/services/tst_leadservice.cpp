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
        const Session worker{QStringLiteral("w"), QStringLiteral("小王"), Role::VillageWorker, Chaoyang, Beiyuan};
        QVERIFY(LeadService(*m_station->db, worker).advance(id, LeadState::Verified, QStringLiteral("入户核实属实")));
        QCOMPARE(LeadService(*m_station->db, worker).advance(id, LeadState::Window, {}).error().kind, Error::Kind::Forbidden);
        ServiceTeamService team(*m_station->db, clerkOf(Chaoyang));
        QCOMPARE(team.balance(m_volunteer).value(), 10);
        QVERIFY(clerk.advance(id, LeadState::Window, {}));
        QVERIFY(clerk.get(id)->answeredAt.isValid());
        QVERIFY(clerk.advance(id, LeadState::FieldCheck, {}));
        QCOMPARE(clerk.advance(id, LeadState::Decided, {}, LeadDecision::Referred).error().field, QStringLiteral("household"));
        QVERIFY(clerk.linkHousehold(id, m_household));
        QVERIFY(clerk.advance(id, LeadState::Decided, QStringLiteral("转介住房保障"), LeadDecision::Referred));
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
        QCOMPARE(clerk.setStatus(id, ReferralStatus::Returned, {}).error().field, QStringLiteral("note"));
        QVERIFY(clerk.setStatus(id, ReferralStatus::Accepted, {}));
        QCOMPARE(clerk.referrals(m_household).value().first().status, ReferralStatus::Accepted);
        QCOMPARE(ReferralService(*m_station->db, clerkOf(Mafang)).refer(r).error().kind, Error::Kind::Forbidden);

        // Reviewed this year: nothing due; next year it is due again by 30 April.
        QVERIFY(district.policiesDueForReview().value().isEmpty());
        Clock::setNow(QDateTime(QDate(2027, 2, 1), QTime(9, 0)));
        QCOMPARE(district.policiesDueForReview().value().size(), 1);
        QCOMPARE(district.reviewDeadline(), QDate(2027, 4, 30));
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
        const QStringList without = ServiceTeamService(*m_station->db, admin()).townshipsWithoutEvent(QDate(2026, 11, 27)).value();
        QCOMPARE(without.size(), 5);
        QVERIFY(!without.contains(Chaoyang));
        QVERIFY(ServiceTeamService(*m_station->db, admin()).townshipsWithoutEvent(QDate(2026, 7, 1)).value().contains(Chaoyang));

        QVERIFY(clerk.setLiaison({QStringLiteral("township"), Chaoyang, QStringLiteral("李联络"), QStringLiteral("0971-1234567")}));
        QVERIFY(clerk.setLiaison({QStringLiteral("township"), Chaoyang, QStringLiteral("王联络"), QStringLiteral("0971-7654321")}));
        QVERIFY(!clerk.setLiaison({QStringLiteral("department"), QStringLiteral("医保局"), QStringLiteral("x"), {}}));
        QCOMPARE(clerk.liaisons().value().size(), 1);
        QCOMPARE(clerk.liaisons().value().first().name, QStringLiteral("王联络"));

        LeadService leads(*m_station->db, clerkOf(Chaoyang));
        Lead l = emergency();
        l.emergency = false;
        const QString id = leads.report(l).value();
        const Session worker{QStringLiteral("w"), QStringLiteral("小王"), Role::VillageWorker, Chaoyang, Beiyuan};
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
