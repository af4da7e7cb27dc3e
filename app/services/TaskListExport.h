#pragma once

#include "domain/Region.h"
#include "domain/Result.h"
#include "domain/TaskRow.h"

#include <QCoreApplication>

namespace sn {

// A month's review tasks as a real Excel workbook, for workers who go out without a computer.
class TaskListExport
{
    Q_DECLARE_TR_FUNCTIONS(sn::TaskListExport)
public:
    static Status writeXlsx(
        const QList<TaskRow> &tasks, const QDate &month, const RegionTree &regions, const QString &path);
};

} // namespace sn
