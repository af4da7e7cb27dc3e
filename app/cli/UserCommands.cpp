// safetynet-cli user add|list|disable|enable|reset|role: accounts without the GUI (setting up a station,
// scripts, tests). Every action but the station's first `user add` signs in, and AccountService decides who may.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "services/AccountService.h"
#include "services/StationService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sn::cli {

namespace {

struct UserCall
{
    Invocation &inv;
    Database &db;
    AccountService &accounts;
    const Session &session;
    QString username; // the account acted on
};

QString tr(const char *text)
{
    return QCoreApplication::translate("sn::cli", text);
}

// The new account's password: the first line of standard input (--password-stdin), never the command line.
Result<QString> newPassword(Invocation &inv)
{
    if (!inv.isSet(QStringLiteral("password-stdin")))
        return Error::invalid(
            tr("Give the new password on standard input with --password-stdin (never on the command line)."),
            QStringLiteral("--password-stdin"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::io(tr("Cannot read standard input."));
    return QString::fromUtf8(in.readLine()).trimmed();
}

// The --township and --village of the command as region codes (empty when not given).
Status area(Invocation &inv, Database &db, QString &townshipCode, QString &villageCode)
{
    const RegionTree tree = StationService::regions(db);
    if (!inv.isSet(QStringLiteral("township")))
        return {};
    const Region *t = tree.findByName(inv.value(QStringLiteral("township")), RegionLevel::Township);
    if (!t)
        return Error::invalid(
            tr("No township named \"%1\".").arg(inv.value(QStringLiteral("township"))), QStringLiteral("--township"));
    townshipCode = t->code;
    if (inv.isSet(QStringLiteral("village"))) {
        const Region *v = tree.findByName(inv.value(QStringLiteral("village")), RegionLevel::Village, t->code);
        if (!v)
            return Error::invalid(
                tr("No village named \"%1\" in %2.").arg(inv.value(QStringLiteral("village")), t->name),
                QStringLiteral("--village"));
        villageCode = v->code;
    }
    return {};
}

Result<Role> role(Invocation &inv)
{
    bool ok = false;
    const Role r = Roles::fromCode(inv.value(QStringLiteral("role")), &ok);
    if (!ok)
        return Error::invalid(
            tr("Unknown role \"%1\".").arg(inv.value(QStringLiteral("role"))), QStringLiteral("--role"));
    return r;
}

int userList(const UserCall &c)
{
    auto users = c.accounts.users(c.session);
    if (!users)
        return c.inv.fail(users.error());
    QJsonArray list;
    for (const User &u : users.value()) {
        if (c.inv.json())
            list.append(QJsonObject { { QStringLiteral("id"), u.id }, { QStringLiteral("username"), u.username },
                { QStringLiteral("name"), u.displayName }, { QStringLiteral("role"), Roles::code(u.role) },
                { QStringLiteral("township"), u.townshipCode }, { QStringLiteral("village"), u.villageCode },
                { QStringLiteral("active"), u.active },
                { QStringLiteral("must_change_password"), u.mustChangePassword } });
        else
            Invocation::out() << u.username << '\t' << Roles::code(u.role) << '\t' << u.townshipCode << '\t'
                              << (u.active ? tr("active") : tr("disabled")) << '\t' << u.displayName << '\n';
    }
    if (c.inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
    return Success;
}

int said(const UserCall &c, const Status &done, const QString &message)
{
    if (!done)
        return c.inv.fail(done.error());
    Invocation::out() << message << Qt::endl;
    return Success;
}

int userDisable(const UserCall &c)
{
    return said(c, c.accounts.setActive(c.session, c.username, false),
        tr("%1 is disabled: the account can no longer sign in.").arg(c.username));
}

int userEnable(const UserCall &c)
{
    return said(c, c.accounts.setActive(c.session, c.username, true), tr("%1 may sign in again.").arg(c.username));
}

int userReset(const UserCall &c)
{
    auto password = newPassword(c.inv);
    if (!password)
        return c.inv.fail(password.error());
    return said(c, c.accounts.resetPassword(c.session, c.username, password.value()),
        tr("The password of %1 is reset: a new one must be chosen at the next sign-in.").arg(c.username));
}

int userRole(const UserCall &c)
{
    auto r = role(c.inv);
    if (!r)
        return c.inv.fail(r.error());
    QString township, village;
    if (auto s = area(c.inv, c.db, township, village); !s)
        return c.inv.fail(s.error());
    return said(c, c.accounts.changeRole(c.session, c.username, r.value(), township, village),
        tr("%1 is now a %2.").arg(c.username, Roles::display(r.value())));
}

// user add: the station's first account needs no sign-in (asked for as an administrator, it becomes the
// station's: district administrator at the bureau, township administrator at a township station); later ones
// are made by a signed-in administrator.
int userAdd(Invocation &inv, Database &db, AccountService &accounts)
{
    auto r = role(inv);
    if (!r)
        return inv.fail(r.error());
    User u;
    u.username = inv.value(QStringLiteral("username"));
    u.displayName = inv.value(QStringLiteral("name"));
    u.role = r.value();
    if (auto s = area(inv, db, u.townshipCode, u.villageCode); !s)
        return inv.fail(s.error());
    Session session;
    const bool first = !accounts.hasUsers();
    if (!first) {
        if (const int code = inv.signIn(db, session); code >= 0)
            return code;
    }
    auto password = newPassword(inv);
    if (!password)
        return inv.usageError(password.error().message);
    auto created = accounts.createUser(first ? nullptr : &session, u, password.value());
    if (!created)
        return inv.fail(created.error());
    Invocation::out() << tr("Created user %1 (%2).").arg(created->username, Roles::display(created->role)) << Qt::endl;
    return Success;
}

constexpr Action<UserCall> UserActions[] = {
    { "list", userList },
    { "disable", userDisable },
    { "enable", userEnable },
    { "reset", userReset },
    { "role", userRole },
};

} // namespace

int user(const QStringList &args)
{
    Invocation inv(QStringLiteral("user"),
        tr("user add --username U --role ROLE [--township NAME] [--village NAME] [--name TEXT] --password-stdin  |  "
           "user list  |  user disable NAME  |  user enable NAME  |  user reset NAME --password-stdin  |  "
           "user role NAME --role ROLE [--township NAME] [--village NAME]"),
        args);
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | list | disable | enable | reset | role"));
    inv.addPositional(
        QStringLiteral("name"), tr("The account acted on (disable, enable, reset, role)."), QStringLiteral("[NAME]"));
    inv.addValueOption(QStringLiteral("username"), tr("Login name."), QStringLiteral("U"));
    inv.addValueOption(QStringLiteral("name"), tr("Display name."), QStringLiteral("TEXT"));
    inv.addValueOption(QStringLiteral("role"),
        QStringLiteral("district_admin | township_admin | township_clerk | village_worker | auditor"),
        QStringLiteral("ROLE"));
    inv.addValueOption(QStringLiteral("township"),
        tr("Township (township administrators, clerks and village workers)."), QStringLiteral("NAME"));
    inv.addValueOption(
        QStringLiteral("village"), tr("Village or community (village workers)."), QStringLiteral("NAME"));
    inv.addFlag(QStringLiteral("password-stdin"), tr("Read the new password from the first line of standard input."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(tr("user needs add, list, disable, enable, reset or role, and --db FILE."));
    auto opened = Database::open(inv.db());
    if (!opened)
        return inv.fail(opened.error());
    Database &db = *opened.value();
    AccountService accounts(db);
    if (action == QLatin1String("add"))
        return userAdd(inv, db, accounts);
    const Action<UserCall> *run = findAction(UserActions, action);
    if (!run)
        return inv.usageError(tr("Unknown action \"%1\": use add, list, disable, enable, reset or role.").arg(action));
    const QString name = inv.positional().value(1);
    if (action != QLatin1String("list") && name.isEmpty())
        return inv.usageError(tr("user %1 needs the account's user name.").arg(action));
    Session session;
    if (const int code = inv.signIn(db, session); code >= 0)
        return code;
    return run->run({ inv, db, accounts, session, name });
}

} // namespace sn::cli
