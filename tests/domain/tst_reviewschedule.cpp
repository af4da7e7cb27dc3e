#include "domain/ReviewSchedule.h"

#include <QTest>

using namespace sn;

Q_DECLARE_METATYPE(sn::Tier)

namespace {

// Apply a plan to a list of open tasks, as the service does (ids made up deterministically).
QList<ReviewTask> applied(QList<ReviewTask> open, const SchedulePlan &plan)
{
    for (const ReviewTask &c : plan.cancel)
        open.removeIf([&](const ReviewTask &t) { return t.id == c.id; });
    for (const ReviewTask &r : plan.reschedule) {
        for (ReviewTask &t : open) {
            if (t.id == r.id)
                t = r;
        }
    }
    for (ReviewTask c : plan.create) {
        c.id = QStringLiteral("t-%1-%2").arg(ReviewSchedule::code(c.type), c.due.toString(Qt::ISODate));
        open.append(c);
    }
    return open;
}

QDate dueOf(const QList<ReviewTask> &open, TaskType type)
{
    for (const ReviewTask &t : open) {
        if (t.type == type)
            return t.due;
    }
    return {};
}

} // namespace

class TestReviewSchedule : public QObject
{
    Q_OBJECT
private slots:
    void monthEndsAndLeapYears_data()
    {
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Jan 31 + 1, common year") << QDate(2027, 1, 31) << 1 << QDate(2027, 2, 28);
        QTest::newRow("Jan 31 + 1, leap year") << QDate(2028, 1, 31) << 1 << QDate(2028, 2, 29);
        QTest::newRow("Aug 31 + 6") << QDate(2027, 8, 31) << 6 << QDate(2028, 2, 29);
        QTest::newRow("Mar 31 + 1") << QDate(2026, 3, 31) << 1 << QDate(2026, 4, 30);
        QTest::newRow("Feb 29 + 12") << QDate(2028, 2, 29) << 12 << QDate(2029, 2, 28);
        QTest::newRow("Dec 15 + 1 crosses the year") << QDate(2026, 12, 15) << 1 << QDate(2027, 1, 15);
    }
    void monthEndsAndLeapYears()
    {
        QFETCH(QDate, anchor);
        QFETCH(int, months);
        QFETCH(QDate, due);
        QCOMPARE(ReviewSchedule::nextDue(anchor, months), due);
    }

    void rhythmsOfThePlan_data()
    {
        QTest::addColumn<Tier>("tier");
        QTest::addColumn<int>("review");
        QTest::addColumn<int>("check");
        QTest::addColumn<int>("contact");
        QTest::addColumn<int>("visit");
        QTest::newRow("red") << Tier::Red << 12 << 0 << 0 << 0;
        QTest::newRow("yellow") << Tier::Yellow << 12 << 6 << 0 << 0;
        QTest::newRow("green") << Tier::Green << 6 << 6 << 1 << 0;
        QTest::newRow("monitoring") << Tier::Monitoring << 0 << 0 << 0 << 6;
        QTest::newRow("none") << Tier::None << 0 << 0 << 0 << 0;
    }
    void rhythmsOfThePlan()
    {
        QFETCH(Tier, tier);
        QFETCH(int, review);
        QFETCH(int, check);
        QFETCH(int, contact);
        QFETCH(int, visit);
        const ReviewRhythms r = ReviewRhythms::plan();
        QCOMPARE(r.interval(tier, TaskType::DynamicReview), review);
        QCOMPARE(r.interval(tier, TaskType::EconomicCheck), check);
        QCOMPARE(r.interval(tier, TaskType::MonthlyContact), contact);
        QCOMPARE(r.interval(tier, TaskType::MonitoringVisit), visit);
        const SchedulePlan plan = ReviewSchedule::plan(tier, QDate(2026, 1, 31), {}, {}, r);
        QCOMPARE(plan.create.size(), (review > 0) + (check > 0) + (contact > 0) + (visit > 0));
        const QList<ReviewTask> open = applied({}, plan);
        if (review)
            QCOMPARE(dueOf(open, TaskType::DynamicReview), QDate(2026, 1, 31).addMonths(review));
        if (contact)
            QCOMPARE(dueOf(open, TaskType::MonthlyContact), QDate(2026, 2, 28));
    }

    void generationIsIdempotent()
    {
        const ReviewRhythms r = ReviewRhythms::plan();
        const QList<ReviewTask> open = applied({}, ReviewSchedule::plan(Tier::Green, QDate(2026, 1, 31), {}, {}, r));
        QCOMPARE(open.size(), 3);
        QVERIFY(ReviewSchedule::plan(Tier::Green, QDate(2026, 1, 31), {}, open, r).isEmpty());
    }

    void dueCountsFromTheLastCompletion()
    {
        const ReviewRhythms r = ReviewRhythms::plan();
        QHash<TaskType, QDate> done{{TaskType::DynamicReview, QDate(2026, 8, 31)}};
        const QList<ReviewTask> open = applied({}, ReviewSchedule::plan(Tier::Yellow, QDate(2025, 1, 1), done, {}, r));
        QCOMPARE(dueOf(open, TaskType::DynamicReview), QDate(2027, 8, 31));
        QCOMPARE(dueOf(open, TaskType::EconomicCheck), QDate(2025, 7, 1)); // never done: from the start date
    }

    void tierChangeReschedulesOpenTasks()
    {
        const ReviewRhythms r = ReviewRhythms::plan();
        const QDate start(2026, 3, 31);
        QList<ReviewTask> open = applied({}, ReviewSchedule::plan(Tier::Yellow, start, {}, {}, r));
        QCOMPARE(dueOf(open, TaskType::DynamicReview), QDate(2027, 3, 31));
        // The child turned 18: yellow -> green. Review every 6 months now, and monthly contact begins.
        SchedulePlan plan = ReviewSchedule::plan(Tier::Green, start, {}, open, r);
        QCOMPARE(plan.reschedule.size(), 2); // review (new date) and economic check (new tier, same date)
        QCOMPARE(plan.create.size(), 1);     // monthly contact
        QVERIFY(plan.cancel.isEmpty());
        open = applied(open, plan);
        QCOMPARE(dueOf(open, TaskType::DynamicReview), QDate(2026, 9, 30));
        QCOMPARE(dueOf(open, TaskType::EconomicCheck), QDate(2026, 9, 30));
        QCOMPARE(dueOf(open, TaskType::MonthlyContact), QDate(2026, 4, 30));
        // Then the household became 特困: only the yearly review stays.
        plan = ReviewSchedule::plan(Tier::Red, start, {}, open, r);
        QCOMPARE(plan.cancel.size(), 2);
        open = applied(open, plan);
        QCOMPARE(open.size(), 1);
        QCOMPARE(dueOf(open, TaskType::DynamicReview), QDate(2027, 3, 31));
        // No tier: every open task is cancelled.
        QCOMPARE(ReviewSchedule::plan(Tier::None, start, {}, open, r).cancel.size(), 1);
    }

    void duplicatesAreCancelledTheSameWayEverywhere()
    {
        const ReviewRhythms r = ReviewRhythms::plan();
        ReviewTask a;
        a.id = QStringLiteral("b-second");
        a.type = TaskType::DynamicReview;
        a.due = QDate(2027, 1, 1);
        a.tier = Tier::Red;
        ReviewTask b = a;
        b.id = QStringLiteral("a-first");
        const SchedulePlan one = ReviewSchedule::plan(Tier::Red, QDate(2026, 1, 1), {}, {a, b}, r);
        const SchedulePlan two = ReviewSchedule::plan(Tier::Red, QDate(2026, 1, 1), {}, {b, a}, r);
        QCOMPARE(one.cancel.size(), 1);
        QCOMPARE(one.cancel.first().id, QStringLiteral("b-second"));
        QCOMPARE(two.cancel.first().id, QStringLiteral("b-second"));
    }

    void customRhythms()
    {
        ReviewRhythms r = ReviewRhythms::plan();
        r.set(Tier::Monitoring, TaskType::MonitoringVisit, 3);
        const QList<ReviewTask> open = applied({}, ReviewSchedule::plan(Tier::Monitoring, QDate(2026, 11, 30), {}, {}, r));
        QCOMPARE(dueOf(open, TaskType::MonitoringVisit), QDate(2027, 2, 28));
    }

    void noStartDateNoTask()
    {
        QVERIFY(ReviewSchedule::plan(Tier::Red, QDate(), {}, {}, ReviewRhythms::plan()).create.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
