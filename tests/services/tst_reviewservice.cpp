#include "StationFixture.h"

#include "database/AuditLog.h"
#include "database/SqlUtil.h"
#include "services/HouseholdService.h"
#include "services/ReviewService.h"
#include "services/Statistics.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestReviewService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;
    QString m_id;

    // 低保 household in 朝阳街道 with a child who turns 18 on 2027-03-01; started 2026-01-31.
    Household withChild()
    {
        Household h = household();
        h.startDate = QDate(2026, 1, 31);
        h.incomes[0].stable = false;
        h.members.append(member(QStringLiteral("张小明"), Relation::Child, QDate(2009, 3, 1), 3));
        return h;
    }

    QList<TaskRow> openTasks()
    {
        TaskQuery q;
        q.householdId = m_id;
        return ReviewService(*m_station->db, admin()).tasks(q).value();
    }

    QDate due(TaskType type)
    {
        for (const TaskRow &r : openTasks()) {
            if (r.task.type == type)
                return r.task.due;
        }
        return {};
    }

    // Every derived column and task, in a stable order (tier_checked_on aside: the day it was last written).
    QString derivedState()
    {
        QStringList rows;
        auto q = sql::exec(m_station->db->sql(),
            QStringLiteral(
                "SELECT id || ' ' || tier || ' ' || tier_reason || ' ' || coalesce(tier_next_check, '') FROM "
                "households UNION ALL SELECT id || ' ' || household_id || ' ' || type || ' ' || due_date || "
                "' ' || tier || ' ' || status FROM review_tasks ORDER BY 1"));
        while (q && q.value().next())
            rows.append(q.value().value(0).toString());
        return rows.join(QLatin1Char('\n'));
    }

    QString tierInDb()
    {
        return sql::scalar(m_station->db->sql(), QStringLiteral("SELECT tier FROM households WHERE id = ?"), { m_id })
            ->toString();
    }

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
        auto created = HouseholdService(*m_station->db, clerkOf(Chaoyang)).create(withChild());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_id = created.value();
    }

    void savingAHouseholdSetsItsTierAndSchedule()
    {
        QCOMPARE(tierInDb(), QStringLiteral("yellow")); // a minor in a 低保 household
        QCOMPARE(openTasks().size(), 2);
        QCOMPARE(due(TaskType::DynamicReview), QDate(2027, 1, 31));
        QCOMPARE(due(TaskType::EconomicCheck), QDate(2026, 7, 31));
        const QString reason = sql::scalar(
            m_station->db->sql(), QStringLiteral("SELECT tier_reason FROM households WHERE id = ?"), { m_id })
                                   ->toString();
        QVERIFY2(reason.contains(QStringLiteral("张小明")), qPrintable(reason));
    }

    void turning18ChangesTheTierOnTheDay()
    {
        ReviewService service(*m_station->db, admin());
        Clock::setNow(QDateTime(QDate(2027, 2, 28), QTime(8, 0)));
        QCOMPARE(service.refreshDue().value(), 0); // nothing crosses an age boundary yet
        Clock::setNow(QDateTime(QDate(2027, 3, 1), QTime(8, 0)));
        QCOMPARE(service.refreshDue().value(), 1);
        QCOMPARE(tierInDb(), QStringLiteral("green")); // unstable income, adults able to work
        QCOMPARE(due(TaskType::DynamicReview), QDate(2026, 7, 31)); // 6-monthly from the start now
        QCOMPARE(due(TaskType::MonthlyContact), QDate(2026, 2, 28));
        bool audited = false;
        for (const AuditEntry &e : AuditLog(*m_station->db).forHousehold(m_id).value())
            audited = audited
                || (e.action == QLatin1String("tier") && e.oldValue == QLatin1String("yellow")
                    && e.newValue == QLatin1String("green"));
        QVERIFY(audited);
    }

    void completingATaskSchedulesTheNextFromItsDate()
    {
        const Session worker { QStringLiteral("w"), QStringLiteral("网格员小王"), Role::VillageWorker, Chaoyang,
            Beiyuan };
        ReviewService service(*m_station->db, worker);
        QString taskId;
        for (const TaskRow &r : openTasks()) {
            if (r.task.type == TaskType::EconomicCheck)
                taskId = r.task.id;
        }
        QVERIFY(!taskId.isEmpty());
        QCOMPARE(service.complete(taskId, Clock::today().addDays(1), TaskOutcome::NoChange, {}).error().field,
            QStringLiteral("date"));
        QCOMPARE(
            service.complete(taskId, Clock::today(), TaskOutcome::None, {}).error().field, QStringLiteral("outcome"));
        const Session stranger { QStringLiteral("x"), QStringLiteral("x"), Role::VillageWorker, Mafang, {} };
        QCOMPARE(ReviewService(*m_station->db, stranger)
                     .complete(taskId, Clock::today(), TaskOutcome::NoChange, {})
                     .error()
                     .kind,
            Error::Kind::Forbidden);
        const Session auditor { QStringLiteral("a"), QStringLiteral("a"), Role::Auditor, {}, {} };
        QCOMPARE(ReviewService(*m_station->db, auditor)
                     .complete(taskId, Clock::today(), TaskOutcome::NoChange, {})
                     .error()
                     .kind,
            Error::Kind::Forbidden);

        QVERIFY(service.complete(taskId, QDate(2026, 11, 20), TaskOutcome::NoChange, QStringLiteral("生活稳定")));
        QCOMPARE(due(TaskType::EconomicCheck), QDate(2027, 5, 20));
        QCOMPARE(service.complete(taskId, QDate(2026, 11, 20), TaskOutcome::NoChange, {}).error().kind,
            Error::Kind::Conflict);
        TaskQuery done;
        done.status = TaskStatus::Done;
        done.householdId = m_id;
        const QList<TaskRow> history = service.tasks(done).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().task.completedBy, QStringLiteral("网格员小王"));
        QCOMPARE(history.first().task.notes, QStringLiteral("生活稳定"));
    }

    void exitEndsAssistance()
    {
        ReviewService service(*m_station->db, clerkOf(Chaoyang));
        const QString taskId = openTasks().first().task.id;
        QCOMPARE(service.complete(taskId, Clock::today(), TaskOutcome::Exit, QString()).error().field,
            QStringLiteral("notes"));
        QVERIFY(service.complete(taskId, Clock::today(), TaskOutcome::Exit, QStringLiteral("家庭收入超过标准")));
        auto h = HouseholdService(*m_station->db, admin()).get(m_id);
        QCOMPARE(h->status, HouseholdStatus::Exited);
        QCOMPARE(h->exitReason, QStringLiteral("家庭收入超过标准"));
        QCOMPARE(tierInDb(), QStringLiteral("none"));
        QCOMPARE(openTasks().size(), 0);
    }

    void overrideIsAuditedAndStays()
    {
        ReviewService service(*m_station->db, clerkOf(Chaoyang));
        QCOMPARE(service.setTierOverride(m_id, Tier::Red, QString()).error().field, QStringLiteral("reason"));
        QCOMPARE(ReviewService(*m_station->db, clerkOf(Mafang))
                     .setTierOverride(m_id, Tier::Red, QStringLiteral("x"))
                     .error()
                     .kind,
            Error::Kind::Forbidden);
        QVERIFY(service.setTierOverride(m_id, Tier::Red, QStringLiteral("户主突发重病住院")));
        QCOMPARE(tierInDb(), QStringLiteral("red"));
        QVERIFY(service.explain(m_id)->overridden);
        // Editing the household keeps the override.
        HouseholdService households(*m_station->db, clerkOf(Chaoyang));
        Household h = households.getForEdit(m_id).value();
        h.phone = QStringLiteral("13911112222");
        QVERIFY(households.update(h));
        QCOMPARE(tierInDb(), QStringLiteral("red"));
        bool audited = false;
        for (const AuditEntry &e : AuditLog(*m_station->db).forHousehold(m_id).value())
            audited = audited || (e.field == QLatin1String("tier_override") && e.newValue == QLatin1String("red"));
        QVERIFY(audited);
        QVERIFY(service.setTierOverride(m_id, std::nullopt, QString()));
        QCOMPARE(tierInDb(), QStringLiteral("yellow"));
    }

    void regenerationIsIdempotentAndCounted()
    {
        HouseholdService households(*m_station->db, admin());
        for (int i = 0; i < 5; ++i) {
            Household h = household();
            h.members[0].idNumber = makeId(QDate(1970 + i, 1, 1), 11);
            h.members[0].birthDate = QDate(1970 + i, 1, 1);
            h.members[1].idNumber = makeId(QDate(1971 + i, 1, 1), 12);
            h.members[1].birthDate = QDate(1971 + i, 1, 1);
            QVERIFY(households.create(h));
        }
        ReviewService service(*m_station->db, admin());
        auto first = service.regenerateAll();
        QVERIFY(first);
        QCOMPARE(first->households, 6);
        auto second = service.regenerateAll();
        QCOMPARE(second->created + second->rescheduled + second->cancelled + second->tiersChanged, 0);
        auto stats = Statistics::collect(*m_station->db, admin());
        const QJsonObject tiers = stats->value(QStringLiteral("tiers")).toObject();
        QCOMPARE(tiers.value(QStringLiteral("yellow")).toInt() + tiers.value(QStringLiteral("green")).toInt(), 6);
        const CompletionRate rate = service.completion(QDate(2026, 1, 1), QDate(2026, 12, 31)).value();
        QVERIFY(rate.due > 0);
        QCOMPARE(rate.done, 0);
    }

    // A visit recorded on the day the household started (at intake), or twice on one day, gave the next task
    // the id of the one just done: the upsert then left the done task alone and the household had no next task
    // of that type, while every regeneration counted it as created again.
    void aTaskDoneOnItsAnchorDayStillHasASuccessor()
    {
        ReviewService service(*m_station->db, clerkOf(Chaoyang));
        const QDate start(2026, 1, 31);
        auto economicCheck = [this] {
            for (const TaskRow &r : openTasks()) {
                if (r.task.type == TaskType::EconomicCheck)
                    return r.task.id;
            }
            return QString();
        };
        for (int visit = 0; visit < 2; ++visit) {
            const QString taskId = economicCheck();
            QVERIFY2(
                !taskId.isEmpty(), qPrintable(QStringLiteral("no open economic check before visit %1").arg(visit)));
            QVERIFY(service.complete(taskId, start, TaskOutcome::NoChange, {}));
            QCOMPARE(due(TaskType::EconomicCheck), QDate(2026, 7, 31));
            QVERIFY(economicCheck() != taskId);
        }
        auto again = service.regenerateAll();
        QVERIFY(again);
        QCOMPARE(again->created + again->rescheduled + again->cancelled, 0);
    }

    // A regeneration writes only the households whose tier, reasons or next age boundary changed, and the
    // tasks whose schedule changed; what it leaves is what recomputing and rewriting everything gives.
    void regenerationWritesWhatChangedAndEqualsAFullRecompute()
    {
        HouseholdService households(*m_station->db, admin());
        ReviewService service(*m_station->db, admin());
        QRandomGenerator rng(23);
        for (int i = 0; i < 40; ++i) {
            Household h = household();
            h.startDate = QDate(2025, 1, 1).addDays(int(rng.bounded(600)));
            for (int m = 0; m < 2; ++m) {
                // 21 to 59 years old, some turning 60 within the year
                const QDate born = QDate(1966, 12, 1).addDays(int(rng.bounded(365 * 38)));
                h.members[m].birthDate = born;
                h.members[m].idNumber = makeId(born, 100 + i * 2 + m);
            }
            if (rng.bounded(3) == 0) // a child turning 18 within the next two years
                h.members.append(member(QStringLiteral("张小%1").arg(i), Relation::Child,
                    QDate(2009, 1, 1).addDays(int(rng.bounded(700))), 300 + i));
            h.incomes[0].stable = rng.bounded(2) == 0;
            auto created = households.create(h);
            QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        }
        QVERIFY(service.regenerateAll());
        // A year later: children have come of age, the 60-year boundary was crossed, tasks fell due.
        Clock::setNow(QDateTime(QDate(2027, 11, 28), QTime(9, 0)));
        auto incremental = service.regenerateAll();
        QVERIFY(incremental);
        QVERIFY(incremental->tiersChanged > 0);
        const QString today = Clock::today().toString(Qt::ISODate);
        const int written = sql::scalar(m_station->db->sql(),
            QStringLiteral("SELECT count(*) FROM households WHERE tier_checked_on = ?"), { today })
                                ->toInt();
        QVERIFY2(written > 0 && written < 41, qPrintable(QString::number(written)));
        const QString state = derivedState();

        QVERIFY(sql::exec(m_station->db->sql(), QStringLiteral("UPDATE households SET tier_checked_on = NULL")));
        auto full = service.regenerateAll();
        QVERIFY(full);
        QCOMPARE(full->created + full->rescheduled + full->cancelled, 0);
        QCOMPARE(derivedState(), state);
    }

    void overdueIsSortedMostOverdueFirstAndScoped()
    {
        Clock::setNow(QDateTime(QDate(2027, 6, 1), QTime(8, 0)));
        const QList<TaskRow> overdue = ReviewService(*m_station->db, clerkOf(Chaoyang)).overdue({}).value();
        QVERIFY(overdue.size() >= 2);
        for (int i = 1; i < overdue.size(); ++i)
            QVERIFY(overdue.at(i - 1).task.due <= overdue.at(i).task.due);
        QVERIFY(ReviewService(*m_station->db, clerkOf(Mafang)).overdue({}).value().isEmpty());
        const auto counts
            = ReviewService(*m_station->db, admin()).dueCounts(QDate(2026, 7, 1), QDate(2026, 7, 31), {}, {}).value();
        QCOMPARE(counts.value(QDate(2026, 7, 31)).value(Tier::Yellow), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
