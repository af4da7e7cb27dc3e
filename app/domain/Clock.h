#pragma once

#include <QDate>
#include <QDateTime>

namespace sn {

// The one source of "now" for rules and services. Tests and the CLI's --today/--now move it, so
// deadlines, ages and schedules are reproducible.
class Clock
{
public:
    static QDateTime now();
    static QDate today();

    // Fix the clock at a moment (local time). An invalid value returns to the system clock.
    static void setNow(const QDateTime &fixed);
    static bool isFixed();
};

} // namespace sn
