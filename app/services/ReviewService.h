#pragma once

#include "database/HouseholdRepository.h"
#include "domain/Household.h"
#include "domain/Result.h"
#include "domain/ReviewSchedule.h"
#include "domain/Role.h"
#include "domain/TaskRow.h"
#include "domain/Tier.h"

#include <QCoreApplication>
#include <QMap>
#include <memory>

namespace sn {

class Database;
class HouseholdRepository;
class ReviewRepository;

struct RegenerateSummary
{
    int households = 0;
    int tiersChanged = 0;
    int created = 0;
    int rescheduled = 0;
    int cancelled = 0;
};

struct CompletionRate
{
    int done = 0;
    int due = 0; // done plus still open, due in the period
    double rate() const { return due == 0 ? 1.0 : double(done) / due; }
};

// 三色管理: tiers from the rule table, review schedules from the rhythms, and completing reviews.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(sn::ReviewService)
public:
    ReviewService(Database &db, Session session);
    ~ReviewService();

    ReviewRhythms rhythms() const; // settings "reviews/<tier>/<type>" (months), defaulting to the plan
    static QString rhythmKey(Tier tier, TaskType type);

    // Tier and schedule of one household, after it changed. Runs inside the caller's transaction.
    Status refreshHousehold(const QString &householdId);
    // Households never computed, or with a member crossing 18 or 60 by today: on start-up and daily.
    Result<int> refreshDue();
    // Only the derived tier columns of these households (all when empty), no schedule changes: what a station
    // does for households received from another station, whose review tasks arrive as synced rows.
    Status refreshTiers(const QStringList &householdIds);
    // Every household: tiers and schedules, in one transaction (idempotent).
    Result<RegenerateSummary> regenerateAll();
    // The same for these households only (a ledger just imported), in one pass; none when `ids` is empty.
    Result<RegenerateSummary> regenerateFor(const QStringList &householdIds);

    // A new household of a ledger stored in bulk: its tier and first review tasks, decided before it is stored
    // (`streamed` as HouseholdRepository::asStreamed gives it) as regenerateFor() would decide them after, so
    // that its row is written once, with its tier, and its tasks by plain inserts (storeNewTasks).
    struct NewSchedule
    {
        StoredTier tier;
        QList<ReviewTask> tasks;
    };
    static NewSchedule scheduleNew(const Household &streamed, const ReviewRhythms &rhythms, const QDate &today);
    Status storeNewTasks(const QList<ReviewTask> &tasks); // inside the caller's transaction

    Result<TierDecision> explain(const QString &householdId) const;
    Status setTierOverride(const QString &householdId, std::optional<Tier> tier, const QString &reason);

    // Tasks visible to the session (own township unless district-wide; a village worker's own village).
    Result<QList<TaskRow>> tasks(TaskQuery query) const;
    Result<QList<TaskRow>> overdue(TaskQuery query) const; // open, due before today, most overdue first
    // Overdue open tasks counted per township (the session's scope), without loading them.
    Result<QMap<QString, int>> overdueByTownship() const;
    Result<QHash<QDate, QHash<Tier, int>>> dueCounts(
        const QDate &from, const QDate &to, const QString &townshipCode, const QString &villageCode) const;
    Result<CompletionRate> completion(const QDate &from, const QDate &to, const QString &townshipCode = {}) const;

    // Record a visit or review. ChangeFound leaves the household to be edited; Exit ends assistance (notes
    // give the reason). The next task of the type is scheduled from `date`.
    Status complete(const QString &taskId, const QDate &date, TaskOutcome outcome, const QString &notes);

private:
    Status renewFinding(const QString &householdId, TaskOutcome outcome, const QDate &date);
    Status checkScope(const QString &townshipCode, Permission permission) const;
    Status refresh(const QString &householdId); // refreshHousehold without the permission check (callers checked)
    Status apply(const Household &household, const TierDecision &decision, const QList<ReviewTask> &open,
        const LastDoneByType &lastDone, const ReviewRhythms &rhythms, const QDate &today, RegenerateSummary *summary,
        bool tierStored = false); // tierStored: the tier columns hold the decision
    void scope(TaskQuery &query) const;
    Result<RegenerateSummary> regenerate(const QStringList &householdIds); // empty: every household

    Database &m_db;
    Session m_session;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<ReviewRepository> m_reviews;
};

} // namespace sn
