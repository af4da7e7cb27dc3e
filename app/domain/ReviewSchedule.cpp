#include "ReviewSchedule.h"

#include <algorithm>

namespace sn {

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

QString ReviewSchedule::code(TaskType type)
{
    switch (type) {
    case TaskType::DynamicReview: return QStringLiteral("dynamic_review");
    case TaskType::EconomicCheck: return QStringLiteral("economic_check");
    case TaskType::MonthlyContact: return QStringLiteral("monthly_contact");
    case TaskType::MonitoringVisit: return QStringLiteral("monitoring_visit");
    }
    return {};
}

TaskType ReviewSchedule::typeFromCode(const QString &code, bool *ok)
{
    for (TaskType t : allTypes()) {
        if (ReviewSchedule::code(t) == code) {
            if (ok)
                *ok = true;
            return t;
        }
    }
    if (ok)
        *ok = false;
    return TaskType::DynamicReview;
}

QString ReviewSchedule::chinese(TaskType type)
{
    switch (type) {
    case TaskType::DynamicReview: return QStringLiteral("动态管理复核");
    case TaskType::EconomicCheck: return QStringLiteral("家庭经济状况核对");
    case TaskType::MonthlyContact: return QStringLiteral("每月联系");
    case TaskType::MonitoringVisit: return QStringLiteral("动态监测走访");
    }
    return {};
}

QString ReviewSchedule::display(TaskType type)
{
    switch (type) {
    case TaskType::DynamicReview: return tr("Dynamic review");
    case TaskType::EconomicCheck: return tr("Economic check");
    case TaskType::MonthlyContact: return tr("Monthly contact");
    case TaskType::MonitoringVisit: return tr("Monitoring visit");
    }
    return {};
}

QList<TaskType> ReviewSchedule::allTypes()
{
    return {TaskType::DynamicReview, TaskType::EconomicCheck, TaskType::MonthlyContact, TaskType::MonitoringVisit};
}

QString ReviewSchedule::statusCode(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open: return QStringLiteral("open");
    case TaskStatus::Done: return QStringLiteral("done");
    case TaskStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

TaskStatus ReviewSchedule::statusFromCode(const QString &code)
{
    if (code == QLatin1String("done"))
        return TaskStatus::Done;
    if (code == QLatin1String("cancelled"))
        return TaskStatus::Cancelled;
    return TaskStatus::Open;
}

QString ReviewSchedule::outcomeCode(TaskOutcome outcome)
{
    switch (outcome) {
    case TaskOutcome::None: return {};
    case TaskOutcome::NoChange: return QStringLiteral("no_change");
    case TaskOutcome::ChangeFound: return QStringLiteral("change_found");
    case TaskOutcome::Exit: return QStringLiteral("exit");
    }
    return {};
}

TaskOutcome ReviewSchedule::outcomeFromCode(const QString &code, bool *ok)
{
    const TaskOutcome all[] = {TaskOutcome::NoChange, TaskOutcome::ChangeFound, TaskOutcome::Exit};
    for (TaskOutcome o : all) {
        if (outcomeCode(o) == code) {
            if (ok)
                *ok = true;
            return o;
        }
    }
    if (ok)
        *ok = false;
    return TaskOutcome::None;
}

QString ReviewSchedule::outcomeDisplay(TaskOutcome outcome)
{
    switch (outcome) {
    case TaskOutcome::None: return {};
    case TaskOutcome::NoChange: return tr("No change");
    case TaskOutcome::ChangeFound: return tr("Change found");
    case TaskOutcome::Exit: return tr("Exit from assistance");
    }
    return {};
}

} // namespace sn
