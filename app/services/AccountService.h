#pragma once

#include "domain/Result.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace sn {

class Database;
struct StoredUser;

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
    // The same checks as login (unknown, disabled, locked, wrong password) without writing anything: for
    // commands that inspect a file as it is (check, audit-verify), whose own writes would change what they read.
    Result<Session> authenticate(const QString &username, const QString &password) const;
    // Unlock the idle-locked desk: the same user's password again. Counts towards throttling.
    Status verify(const Session &session, const QString &password);
    Status changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);
    Result<QList<User>> users(const Session &session) const;

    // Account management (ManageUsers), audited. A reset password must be changed at the next sign-in.
    Status setActive(const Session &by, const QString &username, bool active);
    Status resetPassword(const Session &by, const QString &username, const QString &newPassword);
    Status changeRole(
        const Session &by, const QString &username, Role role, const QString &townshipCode, const QString &villageCode);

    int idleLockMinutes() const;
    static constexpr int MinPasswordLength = 8;
    // At least MinPasswordLength characters, not the user name, not one of the most common passwords.
    static Status checkPassword(const QString &username, const QString &password);
    static bool isCommonPassword(const QString &password);

    static QString hashPassword(const QString &password); // empty on failure (out of memory)
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    static QString wrongPassword();
    // The account of `username` if it may try to sign in now: it exists, is active and is not locked out.
    Result<StoredUser> mayTrySignIn(const QString &username, const QString &password) const;
    Result<User> findByUsername(const QString &username) const;
    Result<User> manageable(const Session &by, const QString &username) const;
    Status checkArea(User &user) const; // the role's township and village exist and fit
    Status store(const Session &by, const User &before, const User &after, const QString &field,
        const QString &oldValue, const QString &newValue);
    Status recordFailure(const User &user);
    Status recordSuccess(const User &user);
    Status auditUser(const QString &action, const QString &userId, const QString &userName); // login, lockout, password

    Database &m_db;
};

} // namespace sn
