#include "AccountService.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
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

User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString());
    u.townshipCode = q.value(4).toString();
    u.villageCode = q.value(5).toString();
    u.phone = q.value(6).toString();
    u.active = q.value(7).toBool();
    u.failedAttempts = q.value(8).toInt();
    u.lockedUntil = q.value(9).isNull() ? QDateTime() : QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    return u;
}

const char *UserColumns = "SELECT id, username, display_name, role, coalesce(township_code, ''), coalesce(village_code, ''), "
                          "phone, active, failed_attempts, locked_until, password_hash FROM users ";

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
    auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM users WHERE deleted = 0"));
    return v && v.value().toInt() > 0;
}

int AccountService::idleLockMinutes() const
{
    return SettingsRepository(m_db).value(setting::IdleLockMinutes).toInt();
}

Result<User> AccountService::findByUsername(const QString &username) const
{
    auto q = sql::exec(m_db.sql(), QString::fromLatin1(UserColumns) + QStringLiteral("WHERE username = ? AND deleted = 0"), {username.trimmed()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No such user."));
    return fromRow(q.value());
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
    auto insert = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO users (id, username, display_name, role, township_code, village_code, phone, password_hash, created_at, hlc, station_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {user.id, user.username, user.displayName, Roles::code(user.role), sql::nullIfEmpty(user.townshipCode),
         sql::nullIfEmpty(user.villageCode), user.phone, hash, Clock::now().toString(Qt::ISODate), m_db.stamp(), m_db.stationId()});
    if (!insert)
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
    QVariant lockedUntil;
    if (failures >= maxFailures)
        lockedUntil = Clock::now().addSecs(qint64(lockMinutes) * 60).toString(Qt::ISODate);
    Transaction tx(m_db);
    auto s = sql::exec(m_db.sql(), QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                       {failures >= maxFailures ? 0 : failures, lockedUntil, user.id});
    if (!s)
        return s.error();
    if (auto a = auditUser(failures >= maxFailures ? QStringLiteral("lockout") : QStringLiteral("login_failed"), user.id, user.username); !a)
        return a;
    return tx.commit();
}

Status AccountService::recordSuccess(const User &user)
{
    Transaction tx(m_db);
    auto s = sql::exec(m_db.sql(), QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {user.id});
    if (!s)
        return s.error();
    if (auto a = auditUser(QStringLiteral("login"), user.id, user.username); !a)
        return a;
    return tx.commit();
}

Result<Session> AccountService::login(const QString &username, const QString &password)
{
    auto q = sql::exec(m_db.sql(), QString::fromLatin1(UserColumns) + QStringLiteral("WHERE username = ? AND deleted = 0"), {username.trimmed()});
    if (!q)
        return q.error();
    // The same message for an unknown user and a wrong password: do not tell which names exist.
    const QString wrong = tr("Wrong user name or password.");
    if (!q.value().next()) {
        (void)hashPassword(password); // take as long as a real check
        return Error::invalid(wrong, QStringLiteral("password"));
    }
    const User user = fromRow(q.value());
    const QString hash = q.value().value(10).toString();
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
    auto q = sql::exec(m_db.sql(), QString::fromLatin1(UserColumns) + QStringLiteral("WHERE id = ? AND deleted = 0"), {session.userId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No such user."));
    auto result = login(q.value().value(1).toString(), password);
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
    auto s = sql::exec(m_db.sql(), QStringLiteral("UPDATE users SET password_hash = ?, hlc = ?, station_id = ? WHERE id = ?"),
                       {hash, m_db.stamp(), m_db.stationId(), session.userId});
    if (!s)
        return s.error();
    if (auto a = auditUser(QStringLiteral("password"), session.userId, session.userName); !a)
        return a;
    return tx.commit();
}

Result<QList<User>> AccountService::users(const Session &session) const
{
    if (!session.can(Permission::ManageUsers))
        return Error::forbidden(tr("Only a district administrator may list accounts."));
    auto q = sql::exec(m_db.sql(), QString::fromLatin1(UserColumns) + QStringLiteral("WHERE deleted = 0 ORDER BY username"));
    if (!q)
        return q.error();
    QList<User> list;
    while (q.value().next())
        list.append(fromRow(q.value()));
    return list;
}

} // namespace sn
