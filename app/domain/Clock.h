#pragma once

#include <QDate>
#include <QDateTime>

namespace sn {

// The one source of "now" for rules and services. Tests and the CLI's --today/--now move it, so
// deadlines, ages and schedules are reproducible.
class Clock
{
public:
    // What a fixed moment moves: every clock (tests), or only the rules' "now" (the CLI's --today/--now, which
    // must never change when the audit log says a change happened).
    enum class Scope { Everything, RulesOnly };

    static QDateTime now();
    static QDate today();
    // When a change is recorded (audit log): the system clock unless a test fixed every clock.
    static QDateTime recordedNow();

    // Fix the clock at a moment (local time). An invalid value returns to the system clock.
    static void setNow(const QDateTime &fixed, Scope scope = Scope::Everything);
    static bool isFixed();
    static Scope scope(); // what the fixed moment moves (Everything when not fixed)
};

} // namespace sn
