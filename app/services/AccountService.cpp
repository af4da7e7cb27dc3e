#include "AccountService.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/UserRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <sodium.h>

namespace sn {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Session sessionFor(const User &u)
{
    return {u.id, u.displayName.isEmpty() ? u.username : u.displayName, u.role, u.townshipCode, u.villageCode};
}

} // namespace

AccountService::AccountService(Database &db)
    : m_db(db)
{
}

QString AccountService::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    // Interactive limits: about 0.1 s and 64 MiB on a desk PC; enough against offline guessing of a stolen file.
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool AccountService::verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool AccountService::hasUsers() const
{
    auto n = UserRepository(m_db).count();
    return n && n.value() > 0;
}

int AccountService::idleLockMinutes() const
{
    return SettingsRepository(m_db).value(setting::IdleLockMinutes).toInt();
}

Result<User> AccountService::findByUsername(const QString &username) const
{
    auto found = UserRepository(m_db).byUsername(username.trimmed());
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("No such user."));
    return found.value()->user;
}

Result<User> AccountService::createUser(const Session *by, User user, const QString &password)
{
    if (hasUsers()) {
        if (!by || !by->can(Permission::ManageUsers))
            return Error::forbidden(tr("Only a district administrator may create accounts."));
    } else if (user.role != Role::DistrictAdmin) {
        return Error::invalid(tr("The first account must be a district administrator."), QStringLiteral("role"));
    }
    user.username = user.username.trimmed();
    if (user.username.isEmpty())
        return Error::invalid(tr("The user name is empty."), QStringLiteral("username"));
    if (password.size() < MinPasswordLength)
        return Error::invalid(tr("The password needs at least %1 characters.").arg(MinPasswordLength), QStringLiteral("password"));
    const RegionTree tree = StationService::regions(m_db);
    if (user.role == Role::TownshipClerk || user.role == Role::VillageWorker) {
        const Region *t = tree.find(user.townshipCode);
        if (!t || t->level != RegionLevel::Township)
            return Error::invalid(tr("A %1 needs a township.").arg(Roles::display(user.role)), QStringLiteral("township"));
    } else {
        user.townshipCode.clear();
    }
    if (user.role == Role::VillageWorker && !user.villageCode.isEmpty()) {
        const Region *v = tree.find(user.villageCode);
        if (!v || v->parentCode != user.townshipCode)
            return Error::invalid(tr("The village is not in the user's township."), QStringLiteral("village"));
    }
    if (findByUsername(user.username))
        return Error::conflict(tr("The user name \"%1\" is taken.").arg(user.username));
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return Error::internal(tr("The password could not be hashed."));
    user.id = sql::newId();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto insert = UserRepository(m_db).insert(user, hash, Clock::now()); !insert)
        return insert.error();
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.table = QStringLiteral("users");
    entry.recordId = user.id;
    entry.field = QStringLiteral("role");
    entry.newValue = QStringLiteral("%1 %2 %3").arg(user.username, Roles::code(user.role), user.townshipCode);
    if (by) {
        entry.userId = by->userId;
        entry.userName = by->userName;
    }
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return user;
}

Status AccountService::auditUser(const QString &action, const QString &userId, const QString &userName)
{
    AuditEntry entry;
    entry.action = action;
    entry.table = QStringLiteral("users");
    entry.recordId = userId;
    entry.userId = userId;
    entry.userName = userName;
    return AuditLog(m_db).append(entry);
}

Status AccountService::recordFailure(const User &user)
{
    const SettingsRepository settings(m_db);
    const int maxFailures = settings.value(setting::LoginMaxFailures).toInt();
    const int lockMinutes = settings.value(setting::LoginLockMinutes).toInt();
    const int failures = user.failedAttempts + 1;
    QDateTime lockedUntil;
    if (failures >= maxFailures)
        lockedUntil = Clock::now().addSecs(qint64(lockMinutes) * 60);
    Transaction tx(m_db);
    if (auto s = UserRepository(m_db).setFailures(user.id, failures >= maxFailures ? 0 : failures, lockedUntil); !s)
        return s;
    if (auto a = auditUser(failures >= maxFailures ? QStringLiteral("lockout") : QStringLiteral("login_failed"), user.id, user.username); !a)
        return a;
    return tx.commit();
}

Status AccountService::recordSuccess(const User &user)
{
    Transaction tx(m_db);
    if (auto s = UserRepository(m_db).setFailures(user.id, 0, {}); !s)
        return s;
    if (auto a = auditUser(QStringLiteral("login"), user.id, user.username); !a)
        return a;
    return tx.commit();
}

Result<Session> AccountService::login(const QString &username, const QString &password)
{
    auto found = UserRepository(m_db).byUsername(username.trimmed());
    if (!found)
        return found.error();
    // The same message for an unknown user and a wrong password: do not tell which names exist.
    const QString wrong = tr("Wrong user name or password.");
    if (!found.value()) {
        (void)hashPassword(password); // take as long as a real check
        return Error::invalid(wrong, QStringLiteral("password"));
    }
    const User user = found.value()->user;
    const QString hash = found.value()->passwordHash;
    if (!user.active)
        return Error::forbidden(tr("This account is disabled."));
    if (user.lockedUntil.isValid() && Clock::now() < user.lockedUntil)
        return Error::forbidden(tr("Too many wrong passwords: the account is locked until %1.")
                                    .arg(QLocale().toString(user.lockedUntil.time(), QLocale::ShortFormat)));
    if (!verifyPassword(hash, password)) {
        if (auto s = recordFailure(user); !s)
            return s.error();
        const int left = SettingsRepository(m_db).value(setting::LoginMaxFailures).toInt() - user.failedAttempts - 1;
        if (left <= 0)
            return Error::forbidden(tr("Too many wrong passwords: the account is locked for %1 minutes.")
                                        .arg(SettingsRepository(m_db).value(setting::LoginLockMinutes).toInt()));
        return Error::invalid(wrong + QLatin1Char(' ') + tr("%n attempt(s) left before the account is locked.", nullptr, left),
                              QStringLiteral("password"));
    }
    if (auto s = recordSuccess(user); !s)
        return s.error();
    return sessionFor(user);
}

Status AccountService::verify(const Session &session, const QString &password)
{
    auto found = UserRepository(m_db).byId(session.userId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("No such user."));
    auto result = login(found.value()->user.username, password);
    return result ? Status() : Status(result.error());
}

Status AccountService::changePassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (auto s = verify(session, oldPassword); !s)
        return s;
    if (newPassword.size() < MinPasswordLength)
        return Error::invalid(tr("The password needs at least %1 characters.").arg(MinPasswordLength), QStringLiteral("password"));
    const QString hash = hashPassword(newPassword);
    Transaction tx(m_db);
    if (auto s = UserRepository(m_db).setPasswordHash(session.userId, hash); !s)
        return s;
    if (auto a = auditUser(QStringLiteral("password"), session.userId, session.userName); !a)
        return a;
    return tx.commit();
}

Result<QList<User>> AccountService::users(const Session &session) const
{
    if (!session.can(Permission::ManageUsers))
        return Error::forbidden(tr("Only a district administrator may list accounts."));
    return UserRepository(m_db).all();
}

} // namespace sn
