#include "ReviewSchedule.h"

#include "EnumTable.h"

#include <algorithm>

namespace sn {

namespace {

constexpr EnumEntry<TaskType> kTaskTypeEntries[] = {
    { TaskType::DynamicReview, "dynamic_review", QT_TRANSLATE_NOOP("sn::ReviewSchedule", "Dynamic review"),
        u"动态管理复核" },
    { TaskType::EconomicCheck, "economic_check", QT_TRANSLATE_NOOP("sn::ReviewSchedule", "Economic check"),
        u"家庭经济状况核对" },
    { TaskType::MonthlyContact, "monthly_contact", QT_TRANSLATE_NOOP("sn::ReviewSchedule", "Monthly contact"),
        u"每月联系" },
    { TaskType::MonitoringVisit, "monitoring_visit", QT_TRANSLATE_NOOP("sn::ReviewSchedule", "Monitoring visit"),
        u"动态监测走访" },
};
constexpr EnumTable<TaskType> kTaskTypes("sn::ReviewSchedule", kTaskTypeEntries);

constexpr EnumEntry<TaskStatus> kTaskStatusEntries[] = {
    { TaskStatus::Open, "open" },
    { TaskStatus::Done, "done" },
    { TaskStatus::Cancelled, "cancelled" },
};
constexpr EnumTable<TaskStatus> kTaskStatuses("sn::ReviewSchedule", kTaskStatusEntries);

constexpr EnumEntry<TaskOutcome> kOutcomeEntries[] = {
    { TaskOutcome::None, "" },
    { TaskOutcome::NoChange, "no_change", QT_TRANSLATE_NOOP("sn::ReviewSchedule", "No change") },
    { TaskOutcome::ChangeFound, "change_found", QT_TRANSLATE_NOOP("sn::ReviewSchedule", "Change found") },
    { TaskOutcome::Exit, "exit", QT_TRANSLATE_NOOP("sn::ReviewSchedule", "Exit from assistance") },
};
constexpr EnumTable<TaskOutcome> kOutcomes("sn::ReviewSchedule", kOutcomeEntries);

} // namespace

ReviewRhythms ReviewRhythms::plan()
{
    ReviewRhythms r;
    r.set(Tier::Red, TaskType::DynamicReview, 12);
    r.set(Tier::Yellow, TaskType::DynamicReview, 12);
    r.set(Tier::Yellow, TaskType::EconomicCheck, 6);
    r.set(Tier::Green, TaskType::DynamicReview, 6);
    r.set(Tier::Green, TaskType::EconomicCheck, 6);
    r.set(Tier::Green, TaskType::MonthlyContact, 1);
    r.set(Tier::Monitoring, TaskType::MonitoringVisit, 6);
    return r;
}

QList<TaskType> ReviewSchedule::required(Tier tier, const ReviewRhythms &rhythms)
{
    QList<TaskType> types;
    for (TaskType t : allTypes()) {
        if (rhythms.interval(tier, t) > 0)
            types.append(t);
    }
    return types;
}

QDate ReviewSchedule::nextDue(const QDate &anchor, int months)
{
    return anchor.addMonths(months);
}

SchedulePlan ReviewSchedule::plan(Tier tier, const QDate &startDate, const QHash<TaskType, QDate> &lastDone,
    const QList<ReviewTask> &open, const ReviewRhythms &rhythms)
{
    SchedulePlan plan;
    const QList<TaskType> wanted = required(tier, rhythms);
    QHash<TaskType, const ReviewTask *> openByType;
    // Sorted by id so that every station keeps the same task when two were generated for one type.
    QList<ReviewTask> sorted = open;
    std::sort(sorted.begin(), sorted.end(), [](const ReviewTask &a, const ReviewTask &b) { return a.id < b.id; });
    for (const ReviewTask &t : sorted) {
        if (t.status != TaskStatus::Open)
            continue;
        if (!wanted.contains(t.type) || openByType.contains(t.type)) {
            plan.cancel.append(t); // not required any more, or a duplicate
            continue;
        }
        openByType.insert(t.type, &t);
    }
    for (TaskType type : wanted) {
        const QDate anchor = lastDone.value(type, startDate);
        if (!anchor.isValid())
            continue; // no start date and nothing done yet: nothing to count from
        const QDate due = nextDue(anchor, rhythms.interval(tier, type));
        if (const ReviewTask *existing = openByType.value(type, nullptr)) {
            if (existing->due != due || existing->tier != tier) {
                ReviewTask moved = *existing;
                moved.due = due;
                moved.tier = tier;
                plan.reschedule.append(moved);
            }
            continue;
        }
        ReviewTask task;
        task.type = type;
        task.due = due;
        task.tier = tier;
        plan.create.append(task);
    }
    return plan;
}

QHash<TaskType, QDate> ReviewSchedule::dates(const LastDoneByType &lastDone)
{
    QHash<TaskType, QDate> on;
    for (TaskType type : allTypes()) {
        if (const QDate date = lastDone.value(type).on; date.isValid())
            on.insert(type, date);
    }
    return on;
}

QString ReviewSchedule::code(TaskType type)
{
    return kTaskTypes.code(type);
}

TaskType ReviewSchedule::typeFromCode(const QString &code, bool *ok)
{
    return kTaskTypes.fromCode(code, ok);
}

QString ReviewSchedule::chinese(TaskType type)
{
    return kTaskTypes.chinese(type);
}

QString ReviewSchedule::display(TaskType type)
{
    return kTaskTypes.label(type);
}

QList<TaskType> ReviewSchedule::allTypes()
{
    return kTaskTypes.values();
}

QString ReviewSchedule::statusCode(TaskStatus status)
{
    return kTaskStatuses.code(status);
}

TaskStatus ReviewSchedule::statusFromCode(const QString &code)
{
    return kTaskStatuses.fromCode(code);
}

QString ReviewSchedule::outcomeCode(TaskOutcome outcome)
{
    return outcome == TaskOutcome::None ? QString() : kOutcomes.code(outcome);
}

// "No outcome" is not a code a visit can be recorded with: an empty code is refused (`ok` false).
TaskOutcome ReviewSchedule::outcomeFromCode(const QString &code, bool *ok)
{
    const std::optional<TaskOutcome> found = kOutcomes.find(code);
    const bool known = found && *found != TaskOutcome::None;
    if (ok)
        *ok = known;
    return known ? *found : TaskOutcome::None;
}

QString ReviewSchedule::outcomeDisplay(TaskOutcome outcome)
{
    return kOutcomes.label(outcome);
}

} // namespace sn
