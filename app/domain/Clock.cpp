#include "Clock.h"

namespace sn {

namespace {
QDateTime &fixedNow()
{
    static QDateTime value;
    return value;
}

bool &fixesRecords()
{
    static bool value = true;
    return value;
}
} // namespace

QDateTime Clock::now()
{
    const QDateTime &fixed = fixedNow();
    return fixed.isValid() ? fixed : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::recordedNow()
{
    return fixesRecords() ? now() : QDateTime::currentDateTime();
}

void Clock::setNow(const QDateTime &fixed, Scope scope)
{
    fixedNow() = fixed;
    fixesRecords() = scope == Scope::Everything;
}

Clock::Scope Clock::scope()
{
    return fixesRecords() ? Scope::Everything : Scope::RulesOnly;
}

bool Clock::isFixed()
{
    return fixedNow().isValid();
}

} // namespace sn
