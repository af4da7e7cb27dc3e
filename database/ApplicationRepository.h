#pragma once

#include "domain/Application.h"
#include "domain/Result.h"

namespace sn {

class Database;

struct ApplicationQuery
{
    QString townshipCode; // empty: every township
    bool openOnly = true; // not finished (refused or enrolled)
    QString householdId;
    int limit = 1000;
};

// Applications, their steps and the district's holiday calendar (migrations 25 and 26).
class ApplicationRepository
{
public:
    explicit ApplicationRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Application> load(const QString &id) const;
    Status insert(const Application &a);
    Status update(const Application &a);
    Status addStep(const QString &applicationId, const ApplicationStepRecord &record);
    Result<QList<ApplicationStepRecord>> steps(const QString &applicationId) const;
    // Ordered by step deadline, most urgent first.
    Result<QList<Application>> query(const ApplicationQuery &query) const;

    Result<QList<CalendarDay>> calendarDays() const;
    Status setCalendarDay(const CalendarDay &day);
    Status removeCalendarDay(const QDate &date);

private:
    Database &m_db;
};

} // namespace sn
