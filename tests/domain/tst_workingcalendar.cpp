// Working days over the district's holiday calendar and the steps of an application (issue 22, items 1-3).
// The calendar is the State Council's 2024 National Day arrangement (国务院办公厅关于2024年部分节假日安排的通知):
// 1-7 October off, Sunday 29 September and Saturday 12 October working days.
#include "domain/Application.h"
#include "domain/WorkingCalendar.h"

#include <QTest>

using namespace sn;

namespace {

WorkingCalendar nationalDay2024()
{
    QList<CalendarDay> days;
    for (int d = 1; d <= 7; ++d)
        days.append({ QDate(2024, 10, d), false, QStringLiteral("国庆节") });
    days.append({ QDate(2024, 9, 29), true, QStringLiteral("国庆节调休") });
    days.append({ QDate(2024, 10, 12), true, QStringLiteral("国庆节调休") });
    return WorkingCalendar(days);
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void workingDays()
    {
        const WorkingCalendar cal = nationalDay2024();
        QVERIFY(cal.isWorkingDay(QDate(2024, 9, 29))); // a Sunday made a working day
        QVERIFY(!cal.isWorkingDay(QDate(2024, 10, 2))); // a Wednesday off
        QVERIFY(!cal.isWorkingDay(QDate(2024, 9, 28))); // an ordinary Saturday
        QVERIFY(WorkingCalendar().isWorkingDay(QDate(2024, 10, 2))); // without the calendar: a Wednesday
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::newRow("0 days: the same day") << QDate(2024, 9, 27) << 0 << QDate(2024, 9, 27);
        QTest::newRow("Friday + 1: the make-up Sunday") << QDate(2024, 9, 27) << 1 << QDate(2024, 9, 29);
        QTest::newRow("Friday + 3: over the holiday") << QDate(2024, 9, 27) << 3 << QDate(2024, 10, 8);
        QTest::newRow("Friday + 10: both make-up days") << QDate(2024, 9, 27) << 10 << QDate(2024, 10, 16);
        QTest::newRow("ordinary week: Friday + 1 is Monday") << QDate(2024, 11, 1) << 1 << QDate(2024, 11, 4);
        QTest::newRow("started on a holiday") << QDate(2024, 10, 3) << 1 << QDate(2024, 10, 8);
    }

    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, due);
        QCOMPARE(nationalDay2024().addWorkingDays(start, days), due);
    }

    void daysBetween()
    {
        const WorkingCalendar cal = nationalDay2024();
        QCOMPARE(cal.workingDaysBetween(QDate(2024, 9, 30), QDate(2024, 10, 8)), 1);
        QCOMPARE(cal.workingDaysBetween(QDate(2024, 10, 10), QDate(2024, 10, 8)), -2);
        QCOMPARE(cal.workingDaysBetween(QDate(2024, 10, 8), QDate(2024, 10, 8)), 0);
        // 公示 counts calendar days.
        QCOMPARE(cal.deadline(QDate(2024, 9, 27), 7, true), QDate(2024, 10, 4));
    }

    void stepsFollowTheRules()
    {
        QCOMPARE(ApplicationRules::sequence(Assistance::Dibao, true).size(), 8);
        QVERIFY(!ApplicationRules::sequence(Assistance::Dibao, false).contains(ApplicationStep::Evaluation));
        const QList<ApplicationStep> temporary = ApplicationRules::sequence(Assistance::Temporary, true);
        QVERIFY(!temporary.contains(ApplicationStep::Publicity));
        QVERIFY(!temporary.contains(ApplicationStep::Evaluation));

        Application a;
        a.assistance = Assistance::Dibao;
        a.step = ApplicationStep::Survey;
        QVERIFY(ApplicationRules::checkTransition(a, ApplicationStep::Evaluation, true).isEmpty());
        QVERIFY(!ApplicationRules::checkTransition(a, ApplicationStep::Evaluation, false).isEmpty());
        QVERIFY(ApplicationRules::checkTransition(a, ApplicationStep::TownshipReview, false).isEmpty());
        QVERIFY(!ApplicationRules::checkTransition(a, ApplicationStep::Publicity, false).isEmpty()); // no skipping
        a.step = ApplicationStep::Publicity;
        QVERIFY(ApplicationRules::checkTransition(a, ApplicationStep::Survey, true).isEmpty()); // an objection
        a.step = ApplicationStep::Decided;
        a.outcome = ApplicationOutcome::Refused;
        QVERIFY(a.finished());
        QVERIFY(!ApplicationRules::checkTransition(a, ApplicationStep::Enrolled, true).isEmpty());
    }

    void defaultsNameTheirSource()
    {
        // 《最低生活保障审核确认办法》: 公示 7 days, the whole within 30 working days.
        const StepLimit notice = ApplicationRules::defaultLimit(Assistance::Dibao, ApplicationStep::Publicity);
        QCOMPARE(notice.days, 7);
        QVERIFY(notice.calendarDays);
        QVERIFY(notice.source.contains(QStringLiteral("民发〔2021〕57号")));
        QCOMPARE(ApplicationRules::defaultOverall(Assistance::Dibao).days, 30);
        QVERIFY(ApplicationRules::defaultLimit(Assistance::Tekun, ApplicationStep::Survey)
                    .source.contains(QStringLiteral("民发〔2021〕43号")));
        for (Assistance a : { Assistance::Dibao, Assistance::Tekun, Assistance::Temporary })
            for (ApplicationStep s : ApplicationRules::sequence(a, true))
                QVERIFY2(s == ApplicationStep::Enrolled || ApplicationRules::defaultLimit(a, s).days > 0,
                    qPrintable(ApplicationRules::code(a) + QLatin1Char('/') + ApplicationRules::code(s)));
    }

    void overdue()
    {
        Application a;
        a.step = ApplicationStep::Survey;
        a.stepStartedOn = QDate(2024, 9, 27);
        a.stepDeadline = QDate(2024, 10, 8);
        a.overallDeadline = QDate(2024, 11, 8);
        const WorkingCalendar cal = nationalDay2024();
        QCOMPARE(ApplicationRules::daysLeft(a, QDate(2024, 9, 30), cal), 1);
        QVERIFY(!ApplicationRules::overdue(a, QDate(2024, 10, 8)));
        QVERIFY(ApplicationRules::overdue(a, QDate(2024, 10, 9)));
        QCOMPARE(ApplicationRules::daysLeft(a, QDate(2024, 10, 9), cal), -1);
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
