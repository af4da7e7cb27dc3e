#include "Format.h"

namespace sn::format {

namespace {

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

} // namespace

QString date(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // Qt's Chinese long format carries the weekday and its short one slashes; forms and lists use 2026年10月31日.
    if (isChinese(locale))
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(date, QLocale::ShortFormat);
}

QString dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return date(dateTime.date(), locale) + QLatin1Char(' ') + locale.toString(dateTime.time(), QStringLiteral("HH:mm"));
}

QString money(Fen fen, const QLocale &locale)
{
    // Exact: fen as an integer split into yuan and fen, never through a double.
    const Fen magnitude = fen < 0 ? -fen : fen;
    const QString yuan = locale.toString(magnitude / 100);
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString amount = QStringLiteral("¥") + yuan + locale.decimalPoint() + cents;
    return fen < 0 ? locale.negativeSign() + amount : amount;
}

QString number(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

} // namespace sn::format
