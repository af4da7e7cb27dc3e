#pragma once

#include <QDateTime>
#include <QString>

namespace sn {

// One line of the tamper-evident audit log: who changed what, where and when.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString userId;
    QString userName;
    QString stationId;
    QString action; // create, update, delete, unmask, print, login, override, sync, ...
    QString table;
    QString recordId;
    QString householdId;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace sn
