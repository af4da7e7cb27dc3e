#include "Clock.h"

namespace sn {

namespace {
QDateTime &fixedNow()
{
    static QDateTime value;
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

void Clock::setNow(const QDateTime &fixed)
{
    fixedNow() = fixed;
}

bool Clock::isFixed()
{
    return fixedNow().isValid();
}

} // namespace sn
