#pragma once

#include <QDateTime>
#include <QStringList>

namespace sn {

// One line of the print log (print_log): what was printed, by whom, for which households.
struct PrintLogEntry
{
    QString id;
    QString kind; // cards, letter, slip, file_sheet, tasklist
    QString layout; // cards: a5, a4x2, a4x4
    QDateTime printedAt;
    QString userId;
    QString userName;
    QString townshipCode;
    QString scope;
    QStringList householdIds;
    int itemCount = 0;
    int pageCount = 0;
    QString reprintOf;
};

} // namespace sn
