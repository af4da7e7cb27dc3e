#pragma once

#include "domain/Result.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

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
    // The station's first account may be created without a session (first-run wizard, `init --admin`, `user add`
    // on a new station): it must be asked for as an administrator and becomes the station's administrator, a
    // district administrator at a district station, the township administrator at a township station. Afterwards
    // only a session with ManageUsers may create accounts, within its reach (see mayAssign).
    Result<User> createUser(const Session *by, User user, const QString &password);
    // A user name may be held by accounts of several stations once accounts sync: the name means the live account
    // made at this station, else one of this station's township, else the oldest.
    Result<Session> login(const QString &username, const QString &password);
    // The same checks as login (unknown, disabled, locked, wrong password) without writing anything: for
    // commands that inspect a file as it is (check, audit-verify), whose own writes would change what they read.
    Result<Session> authenticate(const QString &username, const QString &password) const;
    // Unlock the idle-locked desk: the same user's password again. Counts towards throttling.
    Status verify(const Session &session, const QString &password);
    Status changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);
    // The accounts `session` manages: everyone for a district administrator, the own township's accounts for a
    // township administrator; refused without ManageUsers.
    Result<QList<User>> users(const Session &session) const;

    // Account management (ManageUsers), audited, on the accounts `by` manages. A reset password must be changed at
    // the next sign-in.
    Status setActive(const Session &by, const QString &username, bool active);
    Status resetPassword(const Session &by, const QString &username, const QString &newPassword);
    Status changeRole(
        const Session &by, const QString &username, Role role, const QString &townshipCode, const QString &villageCode);

    // The roles `by` may give an account at this station (empty without ManageUsers). A township administrator
    // never gives a district-wide role, and no account of a township station holds one.
    QList<Role> assignableRoles(const Session &by) const;
    // Whether `by` may give `role` in `townshipCode` here; the reason when not.
    Status mayAssign(const Session &by, Role role, const QString &townshipCode) const;
    // This station's township (meta township_code); empty at a district station.
    QString stationTownship() const;

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
    Result<StoredUser> mayTrySignIn(const std::optional<StoredUser> &account, const QString &password) const;
    // `ownAccount`: the user is already known (unlocking the desk): a refusal says "wrong password" only.
    Result<Session> signIn(const StoredUser &account, const QString &password, bool ownAccount = false);
    // The account `username` means here (see login), among those `in` accepts.
    Result<std::optional<StoredUser>> resolve(
        const QString &username, const std::function<bool(const User &)> &in = {}) const;
    bool reaches(const Session &by, const User &user) const; // `by` manages `user`
    Result<User> manageable(const Session &by, const QString &username) const;
    Status firstAccount(User &user) const; // the station's administrator, whatever was asked
    Status lastAdministrator(const User &user) const; // refused when `user` is the last one who manages here
    Status checkArea(User &user) const; // the role's township and village exist and fit
    Status store(const Session &by, const User &before, const User &after, const QString &field,
        const QString &oldValue, const QString &newValue);
    Status recordFailure(const User &user);
    Status recordSuccess(const User &user);
    Status auditUser(const QString &action, const QString &userId, const QString &userName); // login, lockout, password

    Database &m_db;
};

} // namespace sn
