// safetynet-cli household add|update|remove|show: the clerk's form as JSON, through the same service.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "services/ClassificationText.h"
#include "services/HouseholdJson.h"
#include "services/HouseholdService.h"
#include "services/StationService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace sn::cli {

namespace {

void print(const QJsonObject &object)
{
    Invocation::out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    Invocation::out().flush();
}

// household add: the JSON of one household, classified unless it names its category.
int addHousehold(Invocation &parsed, HouseholdService &service, const RegionTree &tree)
{
    if (!parsed.isSet(QStringLiteral("file")))
        return parsed.usageError(
            QCoreApplication::translate("sn::cli", "add needs --json FILE (or - for standard input)."));
    auto json = Invocation::readJsonObject(parsed.value(QStringLiteral("file")));
    if (!json)
        return parsed.fail(json.error());
    auto household = HouseholdJson::fromJson(json.value(), tree);
    if (!household)
        return parsed.fail(household.error());
    Household h = household.value();
    if (parsed.isSet(QStringLiteral("classify")) || !json.value().contains(QLatin1String("category")))
        h.category = service.classify(h).category;
    auto created = service.create(h);
    if (!created)
        return parsed.fail(created.error());
    auto stored = service.get(created.value());
    if (!stored)
        return parsed.fail(stored.error());
    QJsonObject out = HouseholdJson::toJson(stored.value(), tree);
    out.insert(QStringLiteral("classification"), ClassificationText::explanation(service.classify(stored.value())));
    print(out);
    return Success;
}

// household show ID: one line, or the whole household with --json (masked unless --unmask).
int showHousehold(Invocation &parsed, HouseholdService &service, const RegionTree &tree, const QString &id)
{
    auto h = parsed.isSet(QStringLiteral("unmask")) ? service.getForEdit(id) : service.get(id);
    if (!h)
        return parsed.fail(h.error());
    QJsonObject out = HouseholdJson::toJson(h.value(), tree);
    if (!parsed.json()) {
        Invocation::out() << h.value().headName() << '\t'
                          << tree.path(h.value().villageCode.isEmpty() ? h.value().townshipCode : h.value().villageCode)
                          << '\t' << CategoryNames::chinese(h.value().category) << '\t'
                          << QCoreApplication::translate(
                                 "sn::cli", "%n member(s)", nullptr, int(h.value().members.size()))
                          << Qt::endl;
        return Success;
    }
    print(out);
    return Success;
}

// household update ID --set field=value...
int updateHousehold(Invocation &parsed, HouseholdService &service, const RegionTree &tree, const QString &id)
{
    auto h = service.getForEdit(id);
    if (!h)
        return parsed.fail(h.error());
    Household household = h.value();
    const QStringList assignments = parsed.parser().values(QStringLiteral("set"));
    if (assignments.isEmpty())
        return parsed.usageError(
            QCoreApplication::translate("sn::cli", "update needs at least one --set field=value."));
    for (const QString &a : assignments) {
        if (auto s = HouseholdJson::set(household, a, tree); !s)
            return parsed.fail(s.error());
    }
    if (auto s = service.update(household); !s)
        return parsed.fail(s.error());
    auto stored = service.get(id);
    if (!stored)
        return parsed.fail(stored.error());
    if (parsed.json())
        print(HouseholdJson::toJson(stored.value(), tree));
    return Success;
}

} // namespace

int household(const QStringList &args)
{
    // "add --json FILE" reads naturally but --json is also the global "print JSON" flag: accept both forms.
    Invocation parsed(QStringLiteral("household"),
        QCoreApplication::translate("sn::cli",
            "household add --json FILE|-  |  update ID --set field=value...  |  remove ID --reason TEXT  |  show ID "
            "[--json] [--unmask]"),
        Invocation::jsonInputAsFile(args));
    parsed.addPositional(QStringLiteral("action"), QStringLiteral("add | update | remove | show"));
    parsed.addPositional(QStringLiteral("id"),
        QCoreApplication::translate("sn::cli", "Household id (update, remove, show)."), QStringLiteral("[ID]"));
    parsed.addValueOption(QStringLiteral("file"),
        QCoreApplication::translate("sn::cli", "JSON file to add ('-' for standard input); same as --json FILE."),
        QStringLiteral("FILE"));
    parsed.addValueOption(QStringLiteral("set"),
        QCoreApplication::translate("sn::cli", "field=value to change (repeatable)."), QStringLiteral("FIELD=VALUE"));
    parsed.addValueOption(QStringLiteral("reason"),
        QCoreApplication::translate("sn::cli", "Why the household is removed."), QStringLiteral("TEXT"));
    parsed.addFlag(
        QStringLiteral("classify"), QCoreApplication::translate("sn::cli", "add: take the category the rules give."));
    parsed.addFlag(
        QStringLiteral("unmask"), QCoreApplication::translate("sn::cli", "show: full ID numbers (audited)."));
    if (const int code = parsed.parse(); code >= 0)
        return code;
    const QStringList positional = parsed.positional();
    if (positional.isEmpty())
        return parsed.usageError(
            QCoreApplication::translate("sn::cli", "Say what to do: add, update, remove or show."));
    if (parsed.db().isEmpty())
        return parsed.usageError(QCoreApplication::translate("sn::cli", "household needs --db FILE."));
    const QString action = positional.first();
    const QString id = positional.value(1);

    SignedIn opened;
    if (const int code = parsed.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    HouseholdService service(db, session);
    const RegionTree tree = StationService::regions(db);

    if (action == QLatin1String("add"))
        return addHousehold(parsed, service, tree);
    if (id.isEmpty())
        return parsed.usageError(QCoreApplication::translate("sn::cli", "%1 needs the household id.").arg(action));
    if (action == QLatin1String("show"))
        return showHousehold(parsed, service, tree, id);
    if (action == QLatin1String("update"))
        return updateHousehold(parsed, service, tree, id);
    if (action == QLatin1String("remove")) {
        if (auto s = service.remove(id, parsed.value(QStringLiteral("reason"))); !s)
            return parsed.fail(s.error());
        return Success;
    }
    return parsed.usageError(
        QCoreApplication::translate("sn::cli", "Unknown action \"%1\": use add, update, remove or show.").arg(action));
}

} // namespace sn::cli

namespace sn::cli {

int search(const QStringList &args)
{
    Invocation inv(QStringLiteral("search"),
        QCoreApplication::translate("sn::cli",
            "search TEXT... [--township NAME] [--limit N] [--json]: households as the "
            "registry finds them (name, pinyin, initials, ID number or its last digits, "
            "phone, address)"),
        args);
    inv.addPositional(QStringLiteral("text"), QCoreApplication::translate("sn::cli", "What the clerk would type."),
        QStringLiteral("TEXT..."));
    inv.addValueOption(QStringLiteral("township"), QCoreApplication::translate("sn::cli", "Only this township."),
        QStringLiteral("NAME"));
    inv.addValueOption(QStringLiteral("limit"),
        QCoreApplication::translate("sn::cli", "At most this many households (100)."), QStringLiteral("N"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty() || inv.positional().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "search needs the text and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    HouseholdService service(db, session);
    const RegionTree tree = StationService::regions(db);
    HouseholdQuery query;
    query.text = inv.positional().join(QLatin1Char(' '));
    query.limit
        = inv.isSet(QStringLiteral("limit")) ? std::clamp(inv.value(QStringLiteral("limit")).toInt(), 1, 10000) : 100;
    if (inv.isSet(QStringLiteral("township"))) {
        const QString name = inv.value(QStringLiteral("township"));
        const Region *t = tree.resolve(name, RegionLevel::Township);
        if (!t)
            return inv.fail(Error::invalid(
                QCoreApplication::translate("sn::cli", "--township: \"%1\" is not a township.").arg(name),
                QStringLiteral("--township")));
        query.townshipCode = t->code;
    }
    auto found = service.search(query);
    if (!found)
        return inv.fail(found.error());
    QJsonArray list;
    for (const HouseholdSummary &h : found.value()) {
        const auto reason = service.matchReason(query.text, h.id);
        const QString matched = reason ? reason.value() : QString();
        const Region *township = tree.find(h.townshipCode);
        const QString townshipName = township ? township->name : h.townshipCode;
        if (inv.json())
            list.append(QJsonObject { { QStringLiteral("id"), h.id }, { QStringLiteral("head_name"), h.headName },
                { QStringLiteral("township"), townshipName }, { QStringLiteral("township_code"), h.townshipCode },
                { QStringLiteral("id_number"), h.headIdNumber }, // masked, as in the registry
                { QStringLiteral("address"), h.address },
                { QStringLiteral("category"), CategoryNames::code(h.category) },
                { QStringLiteral("matched"), matched } }); // as the registry's Matched column
        else
            Invocation::out() << h.id << '\t' << h.headName << '\t' << townshipName << '\t' << h.headIdNumber << '\t'
                              << h.address << '\t' << matched << '\n';
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
    return Success;
}

} // namespace sn::cli
