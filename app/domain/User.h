#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

namespace sn {

// A station account as stored in users (the password hash stays in the repository and AccountService).
struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Auditor;
    QString townshipCode; // required for township clerks and village workers
    QString villageCode; // village workers
    QString phone;
    bool active = true;
    bool mustChangePassword = false; // reset by an administrator: a new password at the next sign-in
    int failedAttempts = 0;
    QDateTime lockedUntil;
    QString stationId; // the station where the account was made (or last changed)
    QDateTime createdAt;
};

} // namespace sn
