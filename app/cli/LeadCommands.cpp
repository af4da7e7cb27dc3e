// safetynet-cli lead / leads: the lead funnel and its deadlines without the GUI.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "services/LeadService.h"
#include "services/StationService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sn::cli {

namespace {

QJsonObject toJson(const LeadRow &row)
{
    const Lead &l = row.lead;
    const double hoursOverdue = row.secondsLeft < 0 ? double(-row.secondsLeft) / 3600.0 : 0.0;
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("source"), LeadRules::code(l.source)},
            {QStringLiteral("state"), LeadRules::code(l.state)},
            {QStringLiteral("decision"), LeadRules::code(l.decision)},
            {QStringLiteral("emergency"), l.emergency},
            {QStringLiteral("person_name"), l.personName},
            {QStringLiteral("township"), l.townshipCode},
            {QStringLiteral("reported_at"), l.reportedAt.toString(Qt::ISODate)},
            {QStringLiteral("deadline"), l.deadlineAt.toString(Qt::ISODate)},
            {QStringLiteral("answered_at"), l.answeredAt.isValid() ? QJsonValue(l.answeredAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("answer"), l.answer == LeadAnswer::None ? QJsonValue() : QJsonValue(LeadRules::code(l.answer))},
            {QStringLiteral("late"), LeadRules::isLate(l, Clock::now())},
            {QStringLiteral("hours_overdue"), qRound(hoursOverdue * 100) / 100.0},
            {QStringLiteral("countdown"), row.countdown},
            {QStringLiteral("household_id"), l.householdId}};
}


} // namespace

int lead(const QStringList &args)
{
    Invocation inv(QStringLiteral("lead"), QCoreApplication::translate("sn::cli",
                       "lead add --json FILE|-  |  lead advance ID --to STATE [--decision D [--policy ID]...] [--note TEXT]  |  lead link ID --household ID  |  lead show ID  |  "
                       "lead help ID --amount YUAN --reason TEXT [--small-first]"),
                   Invocation::jsonInputAsFile(args));
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | advance | link | show | help"));
    inv.addPositional(QStringLiteral("id"), QCoreApplication::translate("sn::cli", "Lead id."), QStringLiteral("[ID]"));
    inv.addValueOption(QStringLiteral("file"), QCoreApplication::translate("sn::cli", "Lead JSON ('-' for standard input)."), QStringLiteral("FILE"));
    inv.addValueOption(QStringLiteral("to"), QStringLiteral("verified | window | field_check | decided | follow_up | closed"), QStringLiteral("STATE"));
    inv.addValueOption(QStringLiteral("decision"), QStringLiteral("granted | referred | not_eligible | duplicate"), QStringLiteral("D"));
    inv.addValueOption(QStringLiteral("note"), QCoreApplication::translate("sn::cli", "Note for the step."), QStringLiteral("TEXT"));
    inv.addValueOption(QStringLiteral("policy"), QCoreApplication::translate("sn::cli", "With --decision referred: a policy referred to (repeat for each)."), QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("amount"), QCoreApplication::translate("sn::cli", "Temporary assistance in yuan."), QStringLiteral("YUAN"));
    inv.addValueOption(QStringLiteral("reason"), QCoreApplication::translate("sn::cli", "Reason for the assistance."), QStringLiteral("TEXT"));
    inv.addValueOption(QStringLiteral("household"), QCoreApplication::translate("sn::cli", "The registry household the lead is about (link)."), QStringLiteral("ID"));
    inv.addFlag(QStringLiteral("small-first"), QCoreApplication::translate("sn::cli", "Small amount paid first (green channel)."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    const QString id = inv.positional().value(1);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "lead needs an action and --db FILE."));
    auto opened = Database::open(inv.db());
    if (!opened)
        return inv.fail(opened.error());
    Database &db = *opened.value();
    LeadService service(db, Session::system());

    if (action == QLatin1String("add")) {
        if (!inv.isSet(QStringLiteral("file")))
            return inv.usageError(QCoreApplication::translate("sn::cli", "add needs --json FILE (or - for standard input)."));
        auto json = Invocation::readJsonObject(inv.value(QStringLiteral("file")));
        if (!json)
            return inv.fail(json.error());
        const QJsonObject &o = json.value();
        const RegionTree tree = StationService::regions(db);
        Lead l;
        // Without "township" the lead is the station's own township's (LeadService::defaultTownship).
        const QString townshipText = o.value(QStringLiteral("township")).toString();
        const Region *township = tree.find(townshipText.isEmpty() ? service.defaultTownship() : townshipText);
        if (!township && !townshipText.isEmpty())
            township = tree.findByName(townshipText, RegionLevel::Township);
        if (!township && townshipText.isEmpty())
            return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "township: this is a district station; name the township of the lead."), QStringLiteral("township")));
        if (!township)
            return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "township: \"%1\" is not a township.").arg(townshipText), QStringLiteral("township")));
        l.townshipCode = township->code;
        const QString village = o.value(QStringLiteral("village")).toString();
        if (!village.isEmpty()) {
            const Region *v = tree.find(village) ? tree.find(village) : tree.findByName(village, RegionLevel::Village, township->code);
            if (!v)
                return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "village: \"%1\" is not in %2.").arg(village, township->name), QStringLiteral("village")));
            l.villageCode = v->code;
        }
        bool ok = true;
        l.source = LeadRules::sourceFromCode(o.value(QStringLiteral("source")).toString(QStringLiteral("grid_worker")), &ok);
        if (!ok)
            return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "source: unknown source \"%1\".").arg(o.value(QStringLiteral("source")).toString()), QStringLiteral("source")));
        l.reporterName = o.value(QStringLiteral("reporter_name")).toString();
        l.reporterPhone = o.value(QStringLiteral("reporter_phone")).toString();
        l.volunteerId = o.value(QStringLiteral("volunteer_id")).toString();
        l.personName = o.value(QStringLiteral("person_name")).toString();
        l.personIdNumber = o.value(QStringLiteral("person_id_number")).toString();
        l.address = o.value(QStringLiteral("address")).toString();
        l.phone = o.value(QStringLiteral("phone")).toString();
        l.description = o.value(QStringLiteral("description")).toString();
        l.emergency = o.value(QStringLiteral("emergency")).toBool();
        if (o.contains(QStringLiteral("reported_at"))) {
            l.reportedAt = QDateTime::fromString(o.value(QStringLiteral("reported_at")).toString(), Qt::ISODate);
            if (!l.reportedAt.isValid())
                return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "reported_at must be YYYY-MM-DDTHH:MM."), QStringLiteral("reported_at")));
        }
        auto created = service.report(l);
        if (!created)
            return inv.fail(created.error());
        auto stored = service.get(created.value());
        if (!stored)
            return inv.fail(stored.error());
        Invocation::printJson(QJsonDocument(toJson({stored.value(), LeadRules::secondsLeft(stored.value(), Clock::now()),
                                        LeadRules::countdown(stored.value(), Clock::now())})));
        return Success;
    }
    if (id.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "%1 needs the lead id.").arg(action));
    if (action == QLatin1String("advance")) {
        bool ok = false;
        const LeadState to = LeadRules::stateFromCode(inv.value(QStringLiteral("to")), &ok);
        if (!ok)
            return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "--to: unknown state \"%1\".").arg(inv.value(QStringLiteral("to"))), QStringLiteral("--to")));
        LeadDecision decision = LeadDecision::None;
        if (inv.isSet(QStringLiteral("decision"))) {
            decision = LeadRules::decisionFromCode(inv.value(QStringLiteral("decision")), &ok);
            if (!ok || decision == LeadDecision::None)
                return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "--decision: unknown decision \"%1\".").arg(inv.value(QStringLiteral("decision"))), QStringLiteral("--decision")));
        }
        if (auto s = service.advance(id, to, inv.value(QStringLiteral("note")), decision, inv.parser().values(QStringLiteral("policy"))); !s)
            return inv.fail(s.error());
        return Success;
    }
    if (action == QLatin1String("help")) {
        const auto amount = money::parseYuan(inv.value(QStringLiteral("amount")));
        if (!amount)
            return inv.fail(Error::invalid(QCoreApplication::translate("sn::cli", "--amount must be an amount in yuan."), QStringLiteral("--amount")));
        TemporaryGrant grant;
        grant.leadId = id;
        grant.amount = *amount;
        grant.reason = inv.value(QStringLiteral("reason"));
        grant.smallAmountFirst = inv.isSet(QStringLiteral("small-first"));
        auto recorded = service.recordGrant(grant);
        if (!recorded)
            return inv.fail(recorded.error());
        Invocation::out() << recorded.value() << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("link")) {
        // The registry household the lead is about (LeadService::candidates lists the likely ones).
        if (!inv.isSet(QStringLiteral("household")))
            return inv.usageError(QCoreApplication::translate("sn::cli", "link needs --household ID."));
        if (auto s = service.linkHousehold(id, inv.value(QStringLiteral("household"))); !s)
            return inv.fail(s.error());
        return Success;
    }
    if (action == QLatin1String("show")) {
        auto l = service.get(id);
        if (!l)
            return inv.fail(l.error());
        QJsonObject o = toJson({l.value(), LeadRules::secondsLeft(l.value(), Clock::now()), LeadRules::countdown(l.value(), Clock::now())});
        QJsonArray events;
        for (const LeadEvent &e : service.history(id).value())
            events.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)}, {QStringLiteral("from"), LeadRules::code(e.from)},
                                      {QStringLiteral("to"), LeadRules::code(e.to)}, {QStringLiteral("by"), e.userName},
                                      {QStringLiteral("note"), e.note}});
        o.insert(QStringLiteral("events"), events);
        Invocation::printJson(QJsonDocument(o));
        return Success;
    }
    return inv.usageError(QCoreApplication::translate("sn::cli", "Unknown action \"%1\".").arg(action));
}

int leads(const QStringList &args)
{
    Invocation inv(QStringLiteral("leads"), QCoreApplication::translate("sn::cli", "leads [--overdue] [--json]: open leads, most urgent first."), args);
    inv.addFlag(QStringLiteral("overdue"), QCoreApplication::translate("sn::cli", "Only leads past their deadline and not answered."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "leads needs --db FILE."));
    auto opened = Database::open(inv.db());
    if (!opened)
        return inv.fail(opened.error());
    auto rows = LeadService(*opened.value(), Session::system()).list(inv.isSet(QStringLiteral("overdue")));
    if (!rows)
        return inv.fail(rows.error());
    QJsonArray list;
    for (const LeadRow &r : rows.value()) {
        if (inv.json())
            list.append(toJson(r));
        else
            Invocation::out() << r.lead.id << '\t' << LeadRules::code(r.lead.source) << '\t' << LeadRules::code(r.lead.state) << '\t'
                              << r.lead.deadlineAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t' << r.countdown << '\t'
                              << r.lead.personName << '\n';
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
    return Success;
}

} // namespace sn::cli
