#pragma once

#include "domain/Result.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace sn {

class Database;

// Accounts, sign-in and throttling. Passwords are stored only as Argon2id hashes (libsodium
// crypto_pwhash_str); after too many wrong passwords (setting, default 5) the account is locked for a while.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(sn::AccountService)
public:
    explicit AccountService(Database &db);

    bool hasUsers() const;
    // The first administrator may be created without a session (first-run wizard, `user add` on a new
    // station); afterwards only a session with ManageUsers may create accounts.
    Result<User> createUser(const Session *by, User user, const QString &password);
    Result<Session> login(const QString &username, const QString &password);
    // Unlock the idle-locked desk: the same user's password again. Counts towards throttling.
    Status verify(const Session &session, const QString &password);
    Status changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);
    Result<QList<User>> users(const Session &session) const;

    int idleLockMinutes() const;
    static constexpr int MinPasswordLength = 4;

    static QString hashPassword(const QString &password); // empty on failure (out of memory)
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    Result<User> findByUsername(const QString &username) const;
    Status recordFailure(const User &user);
    Status recordSuccess(const User &user);
    Status auditUser(const QString &action, const QString &userId, const QString &userName); // login, lockout, password

    Database &m_db;
};

} // namespace sn
