#pragma once

#include "ReviewSchedule.h"

#include <QDate>
#include <QString>
#include <optional>

namespace sn {

// A task with what the calendar and lists show about its household.
struct TaskRow
{
    ReviewTask task;
    QString headName;
    QString townshipCode;
    QString villageCode;
    QString address;
    QString phone;
    Tier householdTier = Tier::None;
};

// Which tasks a calendar, list or export asks for.
struct TaskQuery
{
    QDate dueFrom; // inclusive; invalid: open-ended
    QDate dueTo; // inclusive
    std::optional<TaskStatus> status = TaskStatus::Open;
    QString townshipCode;
    QString villageCode;
    QString householdId;
    int limit = 5000;
};

} // namespace sn
