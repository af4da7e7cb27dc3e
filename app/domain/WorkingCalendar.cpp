#include "WorkingCalendar.h"

namespace sn {

WorkingCalendar::WorkingCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &d : days)
        m_special.insert(d.date, d.working);
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (auto it = m_special.constFind(date); it != m_special.constEnd())
        return *it;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate &start, int days) const
{
    QDate d = start;
    for (int left = days; left > 0;) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const bool forward = from <= to;
    const QDate first = forward ? from : to;
    const QDate last = forward ? to : from;
    int n = 0;
    for (QDate d = first.addDays(1); d <= last; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++n;
    }
    return forward ? n : -n;
}

} // namespace sn
