#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QList>
#include <optional>

namespace sn {

class Database;

// A user row with its stored Argon2id hash (only AccountService needs the hash).
struct StoredUser
{
    User user;
    QString passwordHash;
};

// The users table: every statement on station accounts. Who may create or list accounts is AccountService's.
class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {
    }

    Result<int> count() const; // live accounts
    // Every live account of that name, oldest first (created_at, id): names may repeat across stations once
    // accounts sync; which one a name means is AccountService's rule.
    Result<QList<StoredUser>> byUsername(const QString &username) const;
    // std::nullopt: no live account of that id.
    Result<std::optional<StoredUser>> byId(const QString &id) const;
    Result<QList<User>> all() const; // by user name

    Status insert(const User &user, const QString &passwordHash, const QDateTime &createdAt);
    // Failed sign-ins so far; `lockedUntil` invalid: not locked.
    Status setFailures(const QString &userId, int failedAttempts, const QDateTime &lockedUntil);
    Status setPasswordHash(const QString &userId, const QString &passwordHash);
    // Name, role, area, phone and whether the account may sign in.
    Status update(const User &user);
    Status setMustChangePassword(const QString &userId, bool mustChange);

private:
    Result<std::optional<StoredUser>> one(const QString &where, const QString &value) const;
    Database &m_db;
};

} // namespace sn
