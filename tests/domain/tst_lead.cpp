#include "domain/Lead.h"

#include <QTest>

using namespace sn;

Q_DECLARE_METATYPE(sn::LeadSource)
Q_DECLARE_METATYPE(sn::LeadState)
Q_DECLARE_METATYPE(sn::LeadDecision)

class TestLead : public QObject
{
    Q_OBJECT
private slots:
    void deadlines_data()
    {
        QTest::addColumn<LeadSource>("source");
        QTest::addColumn<bool>("emergency");
        QTest::addColumn<QDateTime>("reported");
        QTest::addColumn<QDateTime>("deadline");
        const QDate d(2026, 11, 27);
        QTest::newRow("grid worker, morning: same day") << LeadSource::GridWorker << false << QDateTime(d, QTime(9, 0))
                                                        << QDateTime(d, QTime(23, 59, 59));
        QTest::newRow("same-day report at 23:59") << LeadSource::Volunteer << false << QDateTime(d, QTime(23, 59))
                                                  << QDateTime(d, QTime(23, 59, 59));
        QTest::newRow("media within a day") << LeadSource::Media << false << QDateTime(d, QTime(15, 30))
                                            << QDateTime(d.addDays(1), QTime(15, 30));
        QTest::newRow("petition within a day") << LeadSource::Petition << false << QDateTime(d, QTime(8, 0))
                                               << QDateTime(d.addDays(1), QTime(8, 0));
        QTest::newRow("online within a day") << LeadSource::Online << false << QDateTime(d, QTime(23, 59))
                                             << QDateTime(d.addDays(1), QTime(23, 59));
        QTest::newRow("emergency 12 h across midnight") << LeadSource::Hotline << true << QDateTime(d, QTime(20, 0))
                                                        << QDateTime(d.addDays(1), QTime(8, 0));
        QTest::newRow("emergency from the media: 12 h wins") << LeadSource::Media << true << QDateTime(d, QTime(13, 0))
                                                             << QDateTime(d.addDays(1), QTime(1, 0));
        QTest::newRow("emergency at 23:59") << LeadSource::Self << true << QDateTime(d, QTime(23, 59))
                                            << QDateTime(d.addDays(1), QTime(11, 59));
    }
    void deadlines()
    {
        QFETCH(LeadSource, source);
        QFETCH(bool, emergency);
        QFETCH(QDateTime, reported);
        QFETCH(QDateTime, deadline);
        Lead l;
        l.source = source;
        l.emergency = emergency;
        l.reportedAt = reported;
        QCOMPARE(LeadRules::deadline(l, LeadDeadlines{}), deadline);
    }

    void configurableDeadlines()
    {
        Lead l;
        l.emergency = true;
        l.reportedAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0));
        LeadDeadlines d;
        d.emergencyHours = 48; // national practice for urgent cases
        QCOMPARE(LeadRules::deadline(l, d), QDateTime(QDate(2026, 1, 3), QTime(10, 0)));
    }

    void countdownAndOverdue()
    {
        Lead l;
        l.reportedAt = QDateTime(QDate(2026, 11, 27), QTime(20, 0));
        l.emergency = true;
        l.deadlineAt = LeadRules::deadline(l, {});
        const QDateTime before(QDate(2026, 11, 28), QTime(4, 40));
        QCOMPARE(LeadRules::secondsLeft(l, before), qint64(3 * 3600 + 20 * 60));
        QVERIFY(!LeadRules::isOverdue(l, before));
        QVERIFY(LeadRules::countdown(l, before).contains(QStringLiteral("3 h 20 min")));
        const QDateTime after(QDate(2026, 11, 28), QTime(9, 0));
        QVERIFY(LeadRules::isOverdue(l, after));
        QVERIFY(LeadRules::countdown(l, after).startsWith(QStringLiteral("overdue")));
        // Answered at 7:00: in time, whatever the clock says later.
        l.answeredAt = QDateTime(QDate(2026, 11, 28), QTime(7, 0));
        QVERIFY(!LeadRules::isOverdue(l, after.addDays(3)));
        QCOMPARE(LeadRules::countdown(l, after), QStringLiteral("answered in time"));
    }

    void whatStopsTheClock()
    {
        Lead normal;
        QVERIFY(!LeadRules::stopsClock(normal, LeadState::Verified));
        QVERIFY(LeadRules::stopsClock(normal, LeadState::Window));
        Lead emergency;
        emergency.emergency = true;
        QVERIFY(!LeadRules::stopsClock(emergency, LeadState::Window)); // only the first help does
    }

    void transitions_data()
    {
        QTest::addColumn<LeadState>("from");
        QTest::addColumn<LeadDecision>("current");
        QTest::addColumn<LeadState>("to");
        QTest::addColumn<LeadDecision>("decision");
        QTest::addColumn<bool>("allowed");
        using S = LeadState;
        using D = LeadDecision;
        QTest::newRow("verify") << S::Reported << D::None << S::Verified << D::None << true;
        QTest::newRow("skip verification") << S::Reported << D::None << S::Window << D::None << false;
        QTest::newRow("window") << S::Verified << D::None << S::Window << D::None << true;
        QTest::newRow("field check") << S::Window << D::None << S::FieldCheck << D::None << true;
        QTest::newRow("decide without field check") << S::Window << D::None << S::Decided << D::Granted << false;
        QTest::newRow("decide") << S::FieldCheck << D::None << S::Decided << D::Granted << true;
        QTest::newRow("decide without decision") << S::FieldCheck << D::None << S::Decided << D::None << false;
        QTest::newRow("duplicate early") << S::Reported << D::None << S::Decided << D::Duplicate << true;
        QTest::newRow("follow-up after grant") << S::Decided << D::Granted << S::FollowUp << D::None << true;
        QTest::newRow("close granted without follow-up") << S::Decided << D::Granted << S::Closed << D::None << false;
        QTest::newRow("close not eligible") << S::Decided << D::NotEligible << S::Closed << D::None << true;
        QTest::newRow("no follow-up after not eligible") << S::Decided << D::NotEligible << S::FollowUp << D::None << false;
        QTest::newRow("no follow-up after duplicate") << S::Decided << D::Duplicate << S::FollowUp << D::None << false;
        QTest::newRow("close after follow-up") << S::FollowUp << D::Referred << S::Closed << D::None << true;
        QTest::newRow("back to reported") << S::Window << D::None << S::Reported << D::None << false;
        QTest::newRow("closed stays closed") << S::Closed << D::Granted << S::FollowUp << D::None << false;
    }
    void transitions()
    {
        QFETCH(LeadState, from);
        QFETCH(LeadDecision, current);
        QFETCH(LeadState, to);
        QFETCH(LeadDecision, decision);
        QFETCH(bool, allowed);
        Lead l;
        l.state = from;
        l.decision = current;
        const QString why = LeadRules::checkTransition(l, to, decision);
        QCOMPARE(why.isEmpty(), allowed);
    }

    void codesRoundTrip()
    {
        for (LeadSource s : LeadRules::allSources()) {
            bool ok = false;
            QCOMPARE(LeadRules::sourceFromCode(LeadRules::code(s), &ok), s);
            QVERIFY(ok);
        }
        for (LeadState s : LeadRules::allStates())
            QCOMPARE(LeadRules::stateFromCode(LeadRules::code(s)), s);
    }
};

QTEST_APPLESS_MAIN(TestLead)
#include "tst_lead.moc"
