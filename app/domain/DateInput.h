#pragma once

#include <QDate>
#include <QString>

namespace sn {

// A date as a clerk types it into one field: "19800101", "1980-1-1", "1980/01/01", "1980.1.1",
// "1980年1月1日" (full-width digits too). An invalid QDate when the text is empty or names no real day.
QDate parseTypedDate(const QString &text);

} // namespace sn
