#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace sn {

// One line of the workbench's "Today" list. Later features (leads, reviews, suspicion checks) each
// register a source that returns what falls due; the workbench merges and sorts them.
struct TodoItem
{
    QString text; // translated, one line: "Field check due: 张三 (北园村)"
    QDateTime due; // sorts the list; an invalid value sorts last
    QString householdId; // opens the household on double-click when set
    std::function<void()> activate; // otherwise this runs on double-click (e.g. opens a filtered list)
    bool allDay = false; // due some day, not at an hour (a review task): listed without a time
};

using TodoSource = std::function<QList<TodoItem>()>;

} // namespace sn
