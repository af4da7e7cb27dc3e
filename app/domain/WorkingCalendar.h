#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace sn {

// A day the district's calendar sets apart from the ordinary week: an official holiday (not a working day
// even on a weekday) or a make-up working day (调休上班, a working day even on a weekend). The State Council
// publishes both every year, so the district enters them (issue 22, item 3).
struct CalendarDay
{
    QDate date;
    bool working = false; // true: make-up working day; false: holiday
    QString name; // "国庆节", "春节调休"
};

// Working days over the district's holiday calendar: Monday to Friday, minus holidays, plus make-up days.
// Time limits of the application steps count in these (《最低生活保障审核确认办法》 and 《特困人员认定办法》
// fix them "个工作日"); the 7 days of 公示 are calendar days.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const QList<CalendarDay> &days);

    bool isWorkingDay(const QDate &date) const;
    // The day on which `days` working days after `start` have passed: the count starts the day after `start`
    // (the day of receipt is not counted), so a step begun on a Friday with 1 working day is due on Monday.
    // With 0 days, `start` itself.
    QDate addWorkingDays(const QDate &start, int days) const;
    // Working days in (from, to]: how many working days are left from `from` until `to`; negative (the
    // working days in (to, from]) when `to` is before `from`.
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    // A deadline in calendar or working days after `start`.
    QDate deadline(const QDate &start, int days, bool calendarDays) const
    {
        return calendarDays ? start.addDays(days) : addWorkingDays(start, days);
    }

private:
    QHash<QDate, bool> m_special; // date -> working
};

} // namespace sn
