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
    return { { QStringLiteral("id"), l.id }, { QStringLiteral("source"), LeadRules::code(l.source) },
        { QStringLiteral("state"), LeadRules::code(l.state) },
        { QStringLiteral("decision"), LeadRules::code(l.decision) }, { QStringLiteral("emergency"), l.emergency },
        { QStringLiteral("person_name"), l.personName }, { QStringLiteral("township"), l.townshipCode },
        { QStringLiteral("reported_at"), l.reportedAt.toString(Qt::ISODate) },
        { QStringLiteral("deadline"), l.deadlineAt.toString(Qt::ISODate) },
        { QStringLiteral("answered_at"),
            l.answeredAt.isValid() ? QJsonValue(l.answeredAt.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("answer"),
            l.answer == LeadAnswer::None ? QJsonValue() : QJsonValue(LeadRules::code(l.answer)) },
        { QStringLiteral("late"), LeadRules::isLate(l, Clock::now()) },
        { QStringLiteral("hours_overdue"), qRound(hoursOverdue * 100) / 100.0 },
        { QStringLiteral("countdown"), row.countdown }, { QStringLiteral("household_id"), l.householdId } };
}

// A lead as `lead add` and `lead show` print it, its countdown as of now.
QJsonObject toJsonNow(const Lead &l)
{
    return toJson({ l, LeadRules::secondsLeft(l, Clock::now()), LeadRules::countdown(l, Clock::now()) });
}

// What every lead action works with.
struct LeadCall
{
    Invocation &inv;
    Database &db;
    LeadService &service;
    QString id; // empty for add
};

// The township of a new lead: "township" by code or name; without it, the station's own township's
// (LeadService::defaultTownship).
Result<const Region *> leadTownship(const QJsonObject &o, const RegionTree &tree, LeadService &service)
{
    const QString townshipText = o.value(QStringLiteral("township")).toString();
    const Region *township = tree.find(townshipText.isEmpty() ? service.defaultTownship() : townshipText);
    if (!township && !townshipText.isEmpty())
        township = tree.findByName(townshipText, RegionLevel::Township);
    if (!township && townshipText.isEmpty())
        return Error::invalid(QCoreApplication::translate(
                                  "sn::cli", "township: this is a district station; name the township of the lead."),
            QStringLiteral("township"));
    if (!township)
        return Error::invalid(
            QCoreApplication::translate("sn::cli", "township: \"%1\" is not a township.").arg(townshipText),
            QStringLiteral("township"));
    return township;
}

// The lead of `lead add`'s JSON: its place, source and reporter, the person, when it was reported.
Result<Lead> readLead(const QJsonObject &o, const RegionTree &tree, LeadService &service)
{
    Lead l;
    auto found = leadTownship(o, tree, service);
    if (!found)
        return found.error();
    const Region *township = found.value();
    l.townshipCode = township->code;
    const QString village = o.value(QStringLiteral("village")).toString();
    if (!village.isEmpty()) {
        const Region *v
            = tree.find(village) ? tree.find(village) : tree.findByName(village, RegionLevel::Village, township->code);
        if (!v)
            return Error::invalid(
                QCoreApplication::translate("sn::cli", "village: \"%1\" is not in %2.").arg(village, township->name),
                QStringLiteral("village"));
        l.villageCode = v->code;
    }
    bool ok = true;
    l.source
        = LeadRules::sourceFromCode(o.value(QStringLiteral("source")).toString(QStringLiteral("grid_worker")), &ok);
    if (!ok)
        return Error::invalid(QCoreApplication::translate("sn::cli", "source: unknown source \"%1\".")
                                  .arg(o.value(QStringLiteral("source")).toString()),
            QStringLiteral("source"));
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
            return Error::invalid(QCoreApplication::translate("sn::cli", "reported_at must be YYYY-MM-DDTHH:MM."),
                QStringLiteral("reported_at"));
    }
    return l;
}

int leadAdd(const LeadCall &c)
{
    if (!c.inv.isSet(QStringLiteral("file")))
        return c.inv.usageError(
            QCoreApplication::translate("sn::cli", "add needs --json FILE (or - for standard input)."));
    auto json = Invocation::readJsonObject(c.inv.value(QStringLiteral("file")));
    if (!json)
        return c.inv.fail(json.error());
    auto lead = readLead(json.value(), StationService::regions(c.db), c.service);
    if (!lead)
        return c.inv.fail(lead.error());
    auto created = c.service.report(lead.value());
    if (!created)
        return c.inv.fail(created.error());
    auto stored = c.service.get(created.value());
    if (!stored)
        return c.inv.fail(stored.error());
    Invocation::printJson(QJsonDocument(toJsonNow(stored.value())));
    return Success;
}

int leadAdvance(const LeadCall &c)
{
    Invocation &inv = c.inv;
    bool ok = false;
    const LeadState to = LeadRules::stateFromCode(inv.value(QStringLiteral("to")), &ok);
    if (!ok)
        return inv.fail(Error::invalid(
            QCoreApplication::translate("sn::cli", "--to: unknown state \"%1\".").arg(inv.value(QStringLiteral("to"))),
            QStringLiteral("--to")));
    LeadDecision decision = LeadDecision::None;
    if (inv.isSet(QStringLiteral("decision"))) {
        decision = LeadRules::decisionFromCode(inv.value(QStringLiteral("decision")), &ok);
        if (!ok || decision == LeadDecision::None)
            return inv.fail(
                Error::invalid(QCoreApplication::translate("sn::cli", "--decision: unknown decision \"%1\".")
                                   .arg(inv.value(QStringLiteral("decision"))),
                    QStringLiteral("--decision")));
    }
    if (auto s = c.service.advance(
            c.id, to, inv.value(QStringLiteral("note")), decision, inv.parser().values(QStringLiteral("policy")));
        !s)
        return inv.fail(s.error());
    return Success;
}

int leadHelp(const LeadCall &c)
{
    const auto amount = money::parseYuan(c.inv.value(QStringLiteral("amount")));
    if (!amount)
        return c.inv.fail(Error::invalid(
            QCoreApplication::translate("sn::cli", "--amount must be an amount in yuan."), QStringLiteral("--amount")));
    TemporaryGrant grant;
    grant.leadId = c.id;
    grant.amount = *amount;
    grant.reason = c.inv.value(QStringLiteral("reason"));
    grant.smallAmountFirst = c.inv.isSet(QStringLiteral("small-first"));
    auto recorded = c.service.recordGrant(grant);
    if (!recorded)
        return c.inv.fail(recorded.error());
    Invocation::out() << recorded.value() << Qt::endl;
    return Success;
}

int leadLink(const LeadCall &c)
{
    // The registry household the lead is about (LeadService::candidates lists the likely ones).
    if (!c.inv.isSet(QStringLiteral("household")))
        return c.inv.usageError(QCoreApplication::translate("sn::cli", "link needs --household ID."));
    if (auto s = c.service.linkHousehold(c.id, c.inv.value(QStringLiteral("household"))); !s)
        return c.inv.fail(s.error());
    return Success;
}

int leadShow(const LeadCall &c)
{
    auto l = c.service.get(c.id);
    if (!l)
        return c.inv.fail(l.error());
    QJsonObject o = toJsonNow(l.value());
    QJsonArray events;
    for (const LeadEvent &e : c.service.history(c.id).value())
        events.append(QJsonObject { { QStringLiteral("at"), e.at.toString(Qt::ISODate) },
            { QStringLiteral("from"), LeadRules::code(e.from) }, { QStringLiteral("to"), LeadRules::code(e.to) },
            { QStringLiteral("by"), e.userName }, { QStringLiteral("note"), e.note } });
    o.insert(QStringLiteral("events"), events);
    Invocation::printJson(QJsonDocument(o));
    return Success;
}

const Action<LeadCall> LeadActions[] = {
    { "add", leadAdd },
    { "advance", leadAdvance },
    { "help", leadHelp },
    { "link", leadLink },
    { "show", leadShow },
};

} // namespace

int lead(const QStringList &args)
{
    Invocation inv(QStringLiteral("lead"),
        QCoreApplication::translate("sn::cli",
            "lead add --json FILE|-  |  lead advance ID --to STATE [--decision D [--policy ID]...] [--note TEXT]  |  "
            "lead link ID --household ID  |  lead show ID  |  "
            "lead help ID --amount YUAN --reason TEXT [--small-first]"),
        Invocation::jsonInputAsFile(args));
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | advance | link | show | help"));
    inv.addPositional(QStringLiteral("id"), QCoreApplication::translate("sn::cli", "Lead id."), QStringLiteral("[ID]"));
    inv.addValueOption(QStringLiteral("file"),
        QCoreApplication::translate("sn::cli", "Lead JSON ('-' for standard input)."), QStringLiteral("FILE"));
    inv.addValueOption(QStringLiteral("to"),
        QStringLiteral("verified | window | field_check | decided | follow_up | closed"), QStringLiteral("STATE"));
    inv.addValueOption(QStringLiteral("decision"), QStringLiteral("granted | referred | not_eligible | duplicate"),
        QStringLiteral("D"));
    inv.addValueOption(
        QStringLiteral("note"), QCoreApplication::translate("sn::cli", "Note for the step."), QStringLiteral("TEXT"));
    inv.addValueOption(QStringLiteral("policy"),
        QCoreApplication::translate("sn::cli", "With --decision referred: a policy referred to (repeat for each)."),
        QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("amount"),
        QCoreApplication::translate("sn::cli", "Temporary assistance in yuan."), QStringLiteral("YUAN"));
    inv.addValueOption(QStringLiteral("reason"), QCoreApplication::translate("sn::cli", "Reason for the assistance."),
        QStringLiteral("TEXT"));
    inv.addValueOption(QStringLiteral("household"),
        QCoreApplication::translate("sn::cli", "The registry household the lead is about (link)."),
        QStringLiteral("ID"));
    inv.addFlag(QStringLiteral("small-first"),
        QCoreApplication::translate("sn::cli", "Small amount paid first (green channel)."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    const QString id = inv.positional().value(1);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "lead needs an action and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    LeadService service(db, session);
    // Every action but add names the lead (asked before the action itself is looked at).
    if (action != QLatin1String("add") && id.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "%1 needs the lead id.").arg(action));
    const Action<LeadCall> *run = findAction(LeadActions, action);
    if (!run)
        return inv.usageError(QCoreApplication::translate("sn::cli", "Unknown action \"%1\".").arg(action));
    return run->run({ inv, db, service, id });
}

int leads(const QStringList &args)
{
    Invocation inv(QStringLiteral("leads"),
        QCoreApplication::translate("sn::cli", "leads [--overdue] [--json]: open leads, most urgent first."), args);
    inv.addFlag(QStringLiteral("overdue"),
        QCoreApplication::translate("sn::cli", "Only leads past their deadline and not answered."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "leads needs --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    auto rows = LeadService(*opened.db, session).list(inv.isSet(QStringLiteral("overdue")));
    if (!rows)
        return inv.fail(rows.error());
    QJsonArray list;
    for (const LeadRow &r : rows.value()) {
        if (inv.json())
            list.append(toJson(r));
        else
            Invocation::out() << r.lead.id << '\t' << LeadRules::code(r.lead.source) << '\t'
                              << LeadRules::code(r.lead.state) << '\t'
                              << r.lead.deadlineAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t' << r.countdown
                              << '\t' << r.lead.personName << '\n';
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
    return Success;
}

} // namespace sn::cli
