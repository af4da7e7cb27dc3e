#include "AccountService.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "database/UserRepository.h"
#include "domain/Clock.h"

#include <algorithm>
#include <sodium.h>

namespace sn {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error refused(const QString &message, const QString &field)
{
    return { Error::Kind::Forbidden, message, field };
}

Session sessionFor(const User &u)
{
    return { u.id, u.displayName.isEmpty() ? u.username : u.displayName, u.role, u.townshipCode, u.villageCode,
        u.mustChangePassword };
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
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
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

QString AccountService::stationTownship() const
{
    return m_db.meta(QStringLiteral("township_code"));
}

Result<std::optional<StoredUser>> AccountService::resolve(
    const QString &username, const std::function<bool(const User &)> &in) const
{
    auto found = UserRepository(m_db).byUsername(username.trimmed());
    if (!found)
        return found.error();
    QList<StoredUser> candidates;
    for (const StoredUser &s : std::as_const(found.value())) {
        if (!in || in(s.user))
            candidates.append(s);
    }
    if (candidates.isEmpty())
        return std::optional<StoredUser>();
    // Oldest first from the repository: the first match of each preference is deterministic on every station.
    const QString township = stationTownship();
    const auto first = [&](const std::function<bool(const User &)> &pred) -> std::optional<StoredUser> {
        const auto it
            = std::find_if(candidates.cbegin(), candidates.cend(), [&](const StoredUser &s) { return pred(s.user); });
        return it == candidates.cend() ? std::optional<StoredUser>() : std::optional<StoredUser>(*it);
    };
    if (auto own = first([&](const User &u) { return u.stationId == m_db.stationId(); }))
        return own;
    if (!township.isEmpty()) {
        if (auto local = first([&](const User &u) { return u.townshipCode == township; }))
            return local;
    }
    return std::optional<StoredUser>(candidates.first());
}

bool AccountService::reaches(const Session &by, const User &user) const
{
    if (!by.can(Permission::ManageUsers))
        return false;
    if (Roles::districtWide(by.role))
        return true;
    return !Roles::districtWide(user.role) && !by.townshipCode.isEmpty() && user.townshipCode == by.townshipCode;
}

Status AccountService::mayAssign(const Session &by, Role role, const QString &townshipCode) const
{
    if (!by.can(Permission::ManageUsers))
        return Error::forbidden(tr("Only an administrator may manage accounts."));
    const QString station = stationTownship();
    if (Roles::districtWide(role) && !station.isEmpty())
        return refused(tr("A township station cannot hold a district-wide account (%1).").arg(Roles::display(role)),
            QStringLiteral("role"));
    if (!Roles::districtWide(by.role)) {
        if (Roles::districtWide(role))
            return refused(tr("A township administrator cannot give the role %1.").arg(Roles::display(role)),
                QStringLiteral("role"));
        if (townshipCode != by.townshipCode)
            return refused(tr("A township administrator manages the accounts of its own township only."),
                QStringLiteral("township"));
    }
    if (!station.isEmpty() && Roles::needsTownship(role) && townshipCode != station)
        return refused(tr("Accounts of this station belong to its own township."), QStringLiteral("township"));
    return {};
}

QList<Role> AccountService::assignableRoles(const Session &by) const
{
    QList<Role> roles;
    const QString township = Roles::districtWide(by.role) ? stationTownship() : by.townshipCode;
    for (Role r : Roles::all()) {
        if (mayAssign(by, r, Roles::districtWide(r) ? QString() : township))
            roles.append(r);
    }
    return roles;
}

Status AccountService::firstAccount(User &user) const
{
    if (user.role != Role::DistrictAdmin && user.role != Role::TownshipAdmin)
        return Error::invalid(tr("The first account must be an administrator."), QStringLiteral("role"));
    // A township station is bound to its township: its first account administers that township, never the district.
    user.townshipCode = stationTownship();
    user.role = user.townshipCode.isEmpty() ? Role::DistrictAdmin : Role::TownshipAdmin;
    user.villageCode.clear();
    return {};
}

Result<User> AccountService::createUser(const Session *by, User user, const QString &password)
{
    if (hasUsers()) {
        if (!by || !by->can(Permission::ManageUsers))
            return Error::forbidden(tr("Only an administrator may create accounts."));
        // A township administrator's accounts are of its township unless said otherwise (and then refused).
        if (!Roles::districtWide(by->role) && !Roles::districtWide(user.role) && user.townshipCode.isEmpty())
            user.townshipCode = by->townshipCode;
        if (auto s = mayAssign(*by, user.role, Roles::districtWide(user.role) ? QString() : user.townshipCode); !s)
            return s.error();
    } else if (auto s = firstAccount(user); !s) {
        return s.error();
    }
    user.username = user.username.trimmed();
    if (user.username.isEmpty())
        return Error::invalid(tr("The user name is empty."), QStringLiteral("username"));
    if (auto s = checkPassword(user.username, password); !s)
        return s.error();
    if (auto s = checkArea(user); !s)
        return s.error();
    auto same = UserRepository(m_db).byUsername(user.username);
    if (!same)
        return same.error();
    if (!same->isEmpty())
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
    if (auto a = auditUser(failures >= maxFailures ? QStringLiteral("lockout") : QStringLiteral("login_failed"),
            user.id, user.username);
        !a)
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

QString AccountService::wrongPassword()
{
    // The same message for an unknown user and a wrong password: do not tell which names exist.
    return tr("Wrong user name or password.");
}

Result<StoredUser> AccountService::mayTrySignIn(const QString &username, const QString &password) const
{
    auto found = resolve(username);
    if (!found)
        return found.error();
    return mayTrySignIn(found.value(), password);
}

Result<StoredUser> AccountService::mayTrySignIn(const std::optional<StoredUser> &account, const QString &password) const
{
    if (!account) {
        (void)hashPassword(password); // take as long as a real check
        return Error::invalid(wrongPassword(), QStringLiteral("password"));
    }
    const User &user = account->user;
    if (!user.active)
        return Error::forbidden(tr("This account is disabled."));
    if (user.lockedUntil.isValid() && Clock::now() < user.lockedUntil)
        return Error::forbidden(tr("Too many wrong passwords: the account is locked until %1.")
                                    .arg(QLocale().toString(user.lockedUntil.time(), QLocale::ShortFormat)));
    return *account;
}

Result<Session> AccountService::login(const QString &username, const QString &password)
{
    auto account = mayTrySignIn(username, password);
    if (!account)
        return account.error();
    return signIn(account.value(), password);
}

Result<Session> AccountService::signIn(const StoredUser &account, const QString &password, bool ownAccount)
{
    const User &user = account.user;
    if (!verifyPassword(account.passwordHash, password)) {
        if (auto s = recordFailure(user); !s)
            return s.error();
        const int left = SettingsRepository(m_db).value(setting::LoginMaxFailures).toInt() - user.failedAttempts - 1;
        if (left <= 0)
            return Error::forbidden(tr("Too many wrong passwords: the account is locked for %1 minutes.")
                                        .arg(SettingsRepository(m_db).value(setting::LoginLockMinutes).toInt()));
        return Error::invalid((ownAccount ? tr("Wrong password.") : wrongPassword()) + QLatin1Char(' ')
                + tr("%n attempt(s) left before the account is locked.", nullptr, left),
            QStringLiteral("password"));
    }
    if (auto s = recordSuccess(user); !s)
        return s.error();
    return sessionFor(user);
}

Result<Session> AccountService::authenticate(const QString &username, const QString &password) const
{
    auto account = mayTrySignIn(username, password);
    if (!account)
        return account.error();
    if (!verifyPassword(account->passwordHash, password))
        return Error::invalid(wrongPassword(), QStringLiteral("password"));
    return sessionFor(account->user);
}

Status AccountService::verify(const Session &session, const QString &password)
{
    // The session's own account, by id: another station's account of the same name is not this user.
    auto found = UserRepository(m_db).byId(session.userId);
    if (!found)
        return found.error();
    auto account = mayTrySignIn(found.value(), password);
    if (!account)
        return account.error();
    auto result = signIn(account.value(), password, true);
    return result ? Status() : Status(result.error());
}

Status AccountService::changePassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (auto s = verify(session, oldPassword); !s)
        return s;
    auto account = UserRepository(m_db).byId(session.userId);
    if (!account)
        return account.error();
    if (!account.value())
        return Error::notFound(tr("No such user."));
    if (auto s = checkPassword(account.value()->user.username, newPassword); !s)
        return s;
    if (verifyPassword(account.value()->passwordHash, newPassword))
        return Error::invalid(tr("Choose a password other than the old one."), QStringLiteral("password"));
    const QString hash = hashPassword(newPassword);
    Transaction tx(m_db);
    if (auto s = UserRepository(m_db).setPasswordHash(session.userId, hash); !s)
        return s;
    if (auto s = UserRepository(m_db).setMustChangePassword(session.userId, false); !s)
        return s;
    if (auto a = auditUser(QStringLiteral("password"), session.userId, session.userName); !a)
        return a;
    return tx.commit();
}

Result<QList<User>> AccountService::users(const Session &session) const
{
    if (!session.can(Permission::ManageUsers))
        return Error::forbidden(tr("Only an administrator may list accounts."));
    auto all = UserRepository(m_db).all();
    if (!all)
        return all.error();
    QList<User> reached;
    for (const User &u : std::as_const(all.value())) {
        if (reaches(session, u))
            reached.append(u);
    }
    return reached;
}

Status AccountService::checkPassword(const QString &username, const QString &password)
{
    if (password.size() < MinPasswordLength)
        return Error::invalid(
            tr("The password needs at least %1 characters.").arg(MinPasswordLength), QStringLiteral("password"));
    if (password.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
        return Error::invalid(tr("The password may not be the user name."), QStringLiteral("password"));
    if (isCommonPassword(password))
        return Error::invalid(tr("This password is one of the most common ones and is guessed first: choose another."),
            QStringLiteral("password"));
    return {};
}

Result<User> AccountService::manageable(const Session &by, const QString &username) const
{
    if (!by.can(Permission::ManageUsers))
        return Error::forbidden(tr("Only an administrator may change accounts."));
    // Only the accounts `by` manages are candidates: another township's account of the same name stays out of reach.
    auto found = resolve(username, [&](const User &u) { return reaches(by, u); });
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("No account named \"%1\" that you manage.").arg(username.trimmed()));
    return found.value()->user;
}

Status AccountService::store(const Session &by, const User &before, const User &after, const QString &field,
    const QString &oldValue, const QString &newValue)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = UserRepository(m_db).update(after); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.table = QStringLiteral("users");
    entry.recordId = before.id;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.userId = by.userId;
    entry.userName = by.userName;
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    return tx.commit();
}

Status AccountService::setActive(const Session &by, const QString &username, bool active)
{
    auto user = manageable(by, username);
    if (!user)
        return user.error();
    if (!active && user->id == by.userId)
        return Error::invalid(tr("You cannot disable your own account."), QStringLiteral("username"));
    if (!active && user->active) {
        if (auto s = lastAdministrator(user.value()); !s)
            return s;
    }
    User after = user.value();
    after.active = active;
    const auto flag = [](bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); };
    return store(by, user.value(), after, QStringLiteral("active"), flag(user->active), flag(active));
}

Status AccountService::resetPassword(const Session &by, const QString &username, const QString &newPassword)
{
    auto user = manageable(by, username);
    if (!user)
        return user.error();
    if (auto s = checkPassword(user->username, newPassword); !s)
        return s;
    const QString hash = hashPassword(newPassword);
    if (hash.isEmpty())
        return Error::internal(tr("The password could not be hashed."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    UserRepository users(m_db);
    if (auto s = users.setPasswordHash(user->id, hash); !s)
        return s;
    if (auto s = users.setMustChangePassword(user->id, user->id != by.userId); !s)
        return s;
    if (auto s = users.setFailures(user->id, 0, {}); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("password_reset");
    entry.table = QStringLiteral("users");
    entry.recordId = user->id;
    entry.userId = by.userId;
    entry.userName = by.userName;
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    return tx.commit();
}

Status AccountService::changeRole(
    const Session &by, const QString &username, Role role, const QString &townshipCode, const QString &villageCode)
{
    auto user = manageable(by, username);
    if (!user)
        return user.error();
    User after = user.value();
    after.role = role;
    // Without a township given, a township role keeps the account's township (or the administrator's own).
    const QString township = !townshipCode.isEmpty() ? townshipCode
        : !user->townshipCode.isEmpty()              ? user->townshipCode
                                                     : by.townshipCode;
    after.townshipCode = Roles::districtWide(role) ? QString() : township;
    after.villageCode = role == Role::VillageWorker ? villageCode : QString();
    if (auto s = mayAssign(by, role, after.townshipCode); !s)
        return s;
    if (auto s = checkArea(after); !s)
        return s;
    if (user->id == by.userId && (role != by.role || after.townshipCode != by.townshipCode))
        return Error::invalid(tr("You cannot change your own role or area."), QStringLiteral("role"));
    if (user->active && (role != user->role || after.townshipCode != user->townshipCode)) {
        if (auto s = lastAdministrator(user.value()); !s)
            return s;
    }
    const auto describe = [](const User &u) {
        return QStringLiteral("%1 %2 %3").arg(Roles::code(u.role), u.townshipCode, u.villageCode).trimmed();
    };
    return store(by, user.value(), after, QStringLiteral("role"), describe(user.value()), describe(after));
}

Status AccountService::lastAdministrator(const User &user) const
{
    // The last district administrator, or at a township station its township's last administrator: nobody
    // could manage the accounts here any more.
    const QString township = stationTownship();
    const bool guarded = user.role == Role::DistrictAdmin
        || (user.role == Role::TownshipAdmin && !township.isEmpty() && user.townshipCode == township);
    if (!guarded)
        return {};
    auto all = UserRepository(m_db).all();
    if (!all)
        return all.error();
    const auto admins = std::count_if(all->cbegin(), all->cend(),
        [&](const User &u) { return u.active && u.role == user.role && u.townshipCode == user.townshipCode; });
    if (admins > 1)
        return {};
    return Error::invalid(user.role == Role::DistrictAdmin
            ? tr("%1 is the last active district administrator.").arg(user.username)
            : tr("%1 is the last active administrator of this station.").arg(user.username),
        QStringLiteral("username"));
}

Status AccountService::checkArea(User &user) const
{
    const RegionTree tree = StationService::regions(m_db);
    if (Roles::needsTownship(user.role)) {
        const Region *t = tree.find(user.townshipCode);
        if (!t || t->level != RegionLevel::Township)
            return Error::invalid(
                tr("A %1 needs a township.").arg(Roles::display(user.role)), QStringLiteral("township"));
    } else {
        user.townshipCode.clear();
    }
    if (user.role != Role::VillageWorker)
        user.villageCode.clear();
    if (user.role == Role::VillageWorker && !user.villageCode.isEmpty()) {
        const Region *v = tree.find(user.villageCode);
        if (!v || v->parentCode != user.townshipCode)
            return Error::invalid(tr("The village is not in the user's township."), QStringLiteral("village"));
    }
    return {};
}

// The passwords guessed first: the most common ones of the public lists of leaked passwords (NordPass and
// SplashData yearly top lists, and the CSDN leak for Chinese users' habits: 5201314, woaini1314, …), at least
// MinPasswordLength long, compared without case.
bool AccountService::isCommonPassword(const QString &password)
{
    static const char *const common[] = { "12345678", "123456789", "1234567890", "11111111", "00000000", "88888888",
        "66666666", "12341234", "11223344", "87654321", "password", "password1", "password123", "passw0rd",
        "qwertyuiop", "qwerty123", "1q2w3e4r", "1qaz2wsx", "zaq12wsx", "abc12345", "abcd1234", "a1234567", "a12345678",
        "aa123456", "iloveyou", "woaini1314", "woaini520", "5201314520", "1314520520", "admin123", "admin1234",
        "administrator", "welcome1", "sunshine", "princess", "football", "baseball", "superman", "starwars", "trustno1",
        "letmein1", "qazwsxedc", "asdfghjkl", "zxcvbnm123", "147258369", "123123123", "123321123", "112233445566",
        "safetynet", "anquanwang", "minzheng", "dibao123" };
    const QString p = password.trimmed().toLower();
    for (const char *c : common) {
        if (p == QLatin1String(c))
            return true;
    }
    return false;
}

} // namespace sn
