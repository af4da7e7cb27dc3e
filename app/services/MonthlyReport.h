#pragma once

#include "spreadsheet/Sheet.h"

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sn {

class Database;

// The monthly report workbook of a station (or the district): households by township and category, tiers,
// reviews done and overdue, leads and their deadlines, and how far the department suspicion tables have been
// verified. Sheet names and headings in Chinese (official documents); numbers as numbers, dates as dates.
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(sn::MonthlyReport)
public:
    static Status write(Database &db, const Session &session, const QString &month, const QString &path,
                        const Progress &progress = {});

    static QStringList sheetNames(); // 分类统计, 三色管理, 复核情况, 救助线索, 疑点核查
};

} // namespace sn
