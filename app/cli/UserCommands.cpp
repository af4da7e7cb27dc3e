// safetynet-cli user add|list: accounts without the GUI (setting up a station, scripts, tests).
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

int user(const QStringList &args)
{
    Invocation inv(QStringLiteral("user"), QCoreApplication::translate("sn::cli",
                       "user add --username U --role ROLE [--township NAME] [--village NAME] [--name TEXT] --password-stdin  |  user list"),
                   args);
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | list"));
    inv.addValueOption(QStringLiteral("username"), QCoreApplication::translate("sn::cli", "Login name."), QStringLiteral("U"));
    inv.addValueOption(QStringLiteral("name"), QCoreApplication::translate("sn::cli", "Display name."), QStringLiteral("TEXT"));
    inv.addValueOption(QStringLiteral("role"), QStringLiteral("district_admin | township_clerk | village_worker | auditor"), QStringLiteral("ROLE"));
    inv.addValueOption(QStringLiteral("township"), QCoreApplication::translate("sn::cli", "Township (clerks and village workers)."), QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("village"), QCoreApplication::translate("sn::cli", "Village or community (village workers)."), QStringLiteral("NAME"));
    inv.addFlag(QStringLiteral("password-stdin"), QCoreApplication::translate("sn::cli", "Read the password from the first line of standard input."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "user needs add or list, and --db FILE."));
    auto opened = Database::open(inv.db());
    if (!opened)
        return inv.fail(opened.error());
    Database &db = *opened.value();
    AccountService accounts(db);
    const Session system = Session::system();

    if (action == QLatin1String("list")) {
        auto users = accounts.users(system);
        if (!users)
            return inv.fail(users.error());
        QJsonArray list;
        for (const User &u : users.value()) {
            if (inv.json())
                list.append(QJsonObject{{QStringLiteral("id"), u.id}, {QStringLiteral("username"), u.username},
                                        {QStringLiteral("name"), u.displayName}, {QStringLiteral("role"), Roles::code(u.role)},
                                        {QStringLiteral("township"), u.townshipCode}, {QStringLiteral("active"), u.active}});
            else
                Invocation::out() << u.username << '\t' << Roles::code(u.role) << '\t' << u.townshipCode << '\t' << u.displayName << '\n';
        }
        if (inv.json())
            Invocation::out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        Invocation::out().flush();
        return Success;
    }
    if (action != QLatin1String("add"))
        return inv.usageError(QCoreApplication::translate("sn::cli", "Unknown action \"%1\": use add or list.").arg(action));
    if (!inv.isSet(QStringLiteral("password-stdin")))
        return inv.usageError(QCoreApplication::translate("sn::cli", "Give the password on standard input with --password-stdin (never on the command line)."));
    bool ok = false;
    User u;
    u.username = inv.value(QStringLiteral("username"));
    u.displayName = inv.value(QStringLiteral("name"));
    u.role = Roles::fromCode(inv.value(QStringLiteral("role")), &ok);
    if (!ok)
        return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "Unknown role \"%1\".").arg(inv.value(QStringLiteral("role"))), QStringLiteral("--role")));
    const RegionTree tree = StationService::regions(db);
    if (inv.isSet(QStringLiteral("township"))) {
        const Region *t = tree.findByName(inv.value(QStringLiteral("township")), RegionLevel::Township);
        if (!t)
            return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "No township named \"%1\".").arg(inv.value(QStringLiteral("township"))), QStringLiteral("--township")));
        u.townshipCode = t->code;
        if (inv.isSet(QStringLiteral("village"))) {
            const Region *v = tree.findByName(inv.value(QStringLiteral("village")), RegionLevel::Village, t->code);
            if (!v)
                return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "No village named \"%1\" in %2.").arg(inv.value(QStringLiteral("village")), t->name), QStringLiteral("--village")));
            u.villageCode = v->code;
        }
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return inv.fail(Error::io(QCoreApplication::translate("sn::cli", "Cannot read standard input.")));
    const QString password = QString::fromUtf8(in.readLine()).trimmed();
    auto created = accounts.createUser(&system, u, password);
    if (!created)
        return inv.fail(created.error());
    Invocation::out() << QCoreApplication::translate("sn::cli", "Created user %1 (%2).").arg(created->username, Roles::display(created->role)) << Qt::endl;
    return Success;
}

} // namespace sn::cli
