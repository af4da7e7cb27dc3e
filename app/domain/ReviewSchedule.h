#pragma once

#include "Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <array>

namespace sn {

enum class TaskType {
    DynamicReview, // 动态管理复核
    EconomicCheck, // 家庭经济状况核对
    MonthlyContact, // 每月联系（生活、收支情况）
    MonitoringVisit, // 动态监测走访（低保边缘、支出型）
};

enum class TaskStatus { Open, Done, Cancelled };
enum class TaskOutcome { None, NoChange, ChangeFound, Exit };

// Review rhythms in months per tier and task type; 0 means "not required". Settings, defaulting to the plan.
struct ReviewRhythms
{
    QHash<int, int> months; // key: int(tier) * 16 + int(type)

    static ReviewRhythms
    plan(); // red: review 12; yellow: review 12, check 6; green: review 6, check 6, contact 1; monitoring: visit 6
    int interval(Tier tier, TaskType type) const { return months.value(int(tier) * 16 + int(type), 0); }
    void set(Tier tier, TaskType type, int m) { months.insert(int(tier) * 16 + int(type), m); }
};

struct ReviewTask
{
    QString id;
    QString householdId;
    TaskType type = TaskType::DynamicReview;
    QDate due;
    TaskStatus status = TaskStatus::Open;
    Tier tier = Tier::None; // the tier the task was scheduled for
    QDate completedOn;
    QString completedBy;
    TaskOutcome outcome = TaskOutcome::None;
    QString notes;
};

// What the planner wants done for one household.
struct SchedulePlan
{
    QList<ReviewTask> create; // new open tasks (id empty: the caller assigns one)
    QList<ReviewTask> reschedule; // open tasks with a new due date or tier
    QList<ReviewTask> cancel; // open tasks no longer required by the tier
    bool isEmpty() const { return create.isEmpty() && reschedule.isEmpty() && cancel.isEmpty(); }
};

// The last done task of a type: when, and which task (the next task's id counts from it).
struct LastDone
{
    QDate on;
    QString taskId;
};
// One per task type, in a flat array: a district's regeneration holds one for every household (a QHash each
// cost an allocation of its own).
class LastDoneByType
{
public:
    LastDone value(TaskType type) const { return m_done.at(std::size_t(type)); }
    void insert(TaskType type, const LastDone &done) { m_done.at(std::size_t(type)) = done; }

private:
    std::array<LastDone, 4> m_done; // indexed by TaskType
    static_assert(int(TaskType::MonitoringVisit) == 3, "one entry per task type");
};

// Pure scheduling rules. Due dates count from the last completed task of the same type, else from the
// household's start date; months are added with QDate::addMonths (Jan 31 + 1 month = Feb 28/29).
// Running the planner on its own output changes nothing (idempotent).
class ReviewSchedule
{
    Q_DECLARE_TR_FUNCTIONS(sn::ReviewSchedule)
public:
    static QList<TaskType> required(Tier tier, const ReviewRhythms &rhythms);
    static QDate nextDue(const QDate &anchor, int months);
    // `lastDone`: completion date of the last done task per type; `open`: the household's open tasks.
    static SchedulePlan plan(Tier tier, const QDate &startDate, const QHash<TaskType, QDate> &lastDone,
        const QList<ReviewTask> &open, const ReviewRhythms &rhythms);

    // The completion dates of `lastDone` (of the types done at least once), as plan() takes them.
    static QHash<TaskType, QDate> dates(const LastDoneByType &lastDone);

    static QString code(TaskType type); // dynamic_review, economic_check, monthly_contact, monitoring_visit
    static TaskType typeFromCode(const QString &code, bool *ok = nullptr);
    static QString chinese(TaskType type);
    static QString display(TaskType type);
    static QList<TaskType> allTypes();
    static QString statusCode(TaskStatus status);
    static TaskStatus statusFromCode(const QString &code);
    static QString outcomeCode(TaskOutcome outcome);
    static TaskOutcome outcomeFromCode(const QString &code, bool *ok = nullptr);
    static QString outcomeDisplay(TaskOutcome outcome);
};

inline size_t qHash(TaskType t, size_t seed = 0)
{
    return ::qHash(int(t), seed);
}

} // namespace sn
