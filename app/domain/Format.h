#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sn::format {

// What a clerk reads on screen, in the UI language (Translations::install sets the default QLocale):
// zh_CN "2026年10月31日", "¥1,234.50"; en "31/10/2026" style short dates, "¥1,234.50".
// Files and documents use fixed forms instead (ISO dates, toGroupedYuanString).
QString date(const QDate &date, const QLocale &locale = QLocale());
QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
QString money(Fen fen, const QLocale &locale = QLocale());
// 1234 -> "1,234" (zh_CN and en alike)
QString number(qint64 n, const QLocale &locale = QLocale());

} // namespace sn::format
