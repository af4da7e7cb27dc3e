// safetynet-cli policy / referral / standards: the policy catalogue, referrals with their follow-up, and the
// yearly standards, without the GUI.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "services/LeadService.h"
#include "services/ReferralService.h"
#include "services/SettingsService.h"
#include "services/documents/Document.h"
#include "services/documents/DocumentService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sn::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sn::cli", text, disambiguation, n);
}

QJsonObject toJson(const Policy &p)
{
    return { { QStringLiteral("id"), p.id }, { QStringLiteral("department"), p.department },
        { QStringLiteral("service"), p.service }, { QStringLiteral("name"), p.title },
        { QStringLiteral("eligibility"), p.whoQualifies }, { QStringLiteral("materials"), p.materials },
        { QStringLiteral("where"), p.whereToGo }, { QStringLiteral("contact"), p.contact },
        { QStringLiteral("reviewed_on"),
            p.reviewedOn.isValid() ? QJsonValue(p.reviewedOn.toString(Qt::ISODate)) : QJsonValue() } };
}

QJsonObject toJson(const Referral &r)
{
    return { { QStringLiteral("id"), r.id }, { QStringLiteral("household_id"), r.householdId },
        { QStringLiteral("lead_id"), r.leadId.isEmpty() ? QJsonValue() : QJsonValue(r.leadId) },
        { QStringLiteral("service"), r.service }, { QStringLiteral("status"), ReferralService::statusCode(r.status) },
        { QStringLiteral("sent_on"), r.sentOn.toString(Qt::ISODate) },
        { QStringLiteral("follow_up_on"),
            r.followUpOn.isValid() ? QJsonValue(r.followUpOn.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("policies"), QJsonArray::fromStringList(r.policyIds) }, { QStringLiteral("note"), r.note } };
}

} // namespace

int policy(const QStringList &args)
{
    Invocation inv(QStringLiteral("policy"),
        tr("policy add --json FILE|-  |  policy list [--json]  |  policy reviewed ID  |  policy catalogue --out "
           "FILE.pdf"),
        Invocation::jsonInputAsFile(args));
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | list | reviewed | catalogue"));
    inv.addValueOption(QStringLiteral("out"), tr("The PDF file to write (catalogue)."), QStringLiteral("FILE"));
    inv.addPositional(QStringLiteral("id"), tr("Policy id (reviewed)."), QStringLiteral("[ID]"));
    inv.addValueOption(QStringLiteral("file"),
        tr("Policy JSON: department, name, eligibility, materials, where, contact "
           "[, service] ('-' for standard input)."),
        QStringLiteral("FILE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(tr("policy needs add, list, reviewed or catalogue, and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    ReferralService service(*opened.db, session);

    if (action == QLatin1String("add")) {
        if (!inv.isSet(QStringLiteral("file")))
            return inv.usageError(tr("add needs --json FILE (or - for standard input)."));
        auto json = Invocation::readJsonObject(inv.value(QStringLiteral("file")));
        if (!json)
            return inv.fail(json.error());
        const QJsonObject &o = json.value();
        Policy p;
        p.department = o.value(QStringLiteral("department")).toString();
        p.title = o.value(QStringLiteral("name")).toString();
        p.service = o.value(QStringLiteral("service")).toString();
        p.whoQualifies = o.value(QStringLiteral("eligibility")).toString();
        const QJsonValue materials = o.value(QStringLiteral("materials"));
        if (materials.isArray()) {
            QStringList lines;
            for (const QJsonValue &v : materials.toArray())
                lines.append(v.toString());
            p.materials = lines.join(QLatin1Char('\n'));
        } else {
            p.materials = materials.toString();
        }
        p.whereToGo = o.value(QStringLiteral("where")).toString();
        p.contact = o.value(QStringLiteral("contact")).toString();
        auto id = service.savePolicy(p);
        if (!id)
            return inv.fail(id.error());
        Invocation::printJson(QJsonDocument(toJson(service.policy(id.value()).value())));
        return Success;
    }
    if (action == QLatin1String("list")) {
        auto list = service.policies();
        if (!list)
            return inv.fail(list.error());
        QJsonArray out;
        for (const Policy &p : list.value()) {
            if (inv.json())
                out.append(toJson(p));
            else
                Invocation::out() << p.id << '\t' << p.department << '\t' << p.title << '\t'
                                  << (p.reviewedOn.isValid() ? p.reviewedOn.toString(Qt::ISODate) : QStringLiteral("-"))
                                  << '\n';
        }
        if (inv.json())
            Invocation::printJson(QJsonDocument(out));
        Invocation::out().flush();
        return Success;
    }
    if (action == QLatin1String("reviewed")) {
        if (auto s = service.markReviewed(inv.positional().value(1)); !s)
            return inv.fail(s.error());
        return Success;
    }
    if (action == QLatin1String("catalogue")) {
        if (inv.value(QStringLiteral("out")).isEmpty())
            return inv.usageError(tr("catalogue needs --out FILE.pdf."));
        auto document = DocumentService(*opened.db, session).policyCatalogue();
        if (!document)
            return inv.fail(document.error());
        if (auto s = doc::Rendering::writePdf(*document.value(), inv.value(QStringLiteral("out"))); !s)
            return inv.fail(s.error());
        Invocation::out() << tr("Policy catalogue: %n page(s) written to %1.", nullptr, document.value()->pageCount())
                                 .arg(inv.value(QStringLiteral("out")))
                          << Qt::endl;
        return Success;
    }
    return inv.usageError(tr("Unknown action \"%1\": use add, list, reviewed or catalogue.").arg(action));
}

namespace {

// What every referral action works with.
struct ReferralCall
{
    Invocation &inv;
    Database &db;
    ReferralService &service;
    const Session &session;
};

// A referral of a lead: at the field check, deciding "referred" makes it (LeadService::advance); a lead
// already decided "referred" gets one more; any other lead is refused. Returns the new referral's id.
Result<QString> referLead(const ReferralCall &c, const QString &leadId, const QStringList &policies)
{
    LeadService leads(c.db, c.session);
    auto lead = leads.get(leadId);
    if (!lead)
        return lead.error();
    if (lead->state == LeadState::FieldCheck) {
        // Deciding "referred" makes the referral (LeadService::advance).
        QString made;
        if (auto s = leads.advance(leadId, LeadState::Decided, c.inv.value(QStringLiteral("note")),
                LeadDecision::Referred, policies, &made);
            !s)
            return s.error();
        return made;
    }
    if (lead->decision == LeadDecision::Referred) {
        Referral r;
        r.householdId = lead->householdId;
        r.leadId = leadId;
        r.policyIds = policies;
        r.note = c.inv.value(QStringLiteral("note"));
        return c.service.refer(r);
    }
    return Error::invalid(tr("The lead is \"%1\": a referral is made at the decision after the field check.")
                              .arg(LeadRules::display(lead->state)),
        QStringLiteral("--lead"));
}

int referralAdd(const ReferralCall &c)
{
    Invocation &inv = c.inv;
    const QStringList policies = inv.parser().values(QStringLiteral("policy"));
    const QString household = inv.value(QStringLiteral("household"));
    const QString leadId = inv.value(QStringLiteral("lead"));
    if (household.isEmpty() == leadId.isEmpty())
        return inv.usageError(tr("add needs either --household ID or --lead ID."));
    if (policies.isEmpty())
        return inv.usageError(tr("add needs at least one --policy ID."));
    Result<QString> id = QString();
    if (!leadId.isEmpty()) {
        id = referLead(c, leadId, policies);
    } else {
        Referral r;
        r.householdId = household;
        r.policyIds = policies;
        r.note = inv.value(QStringLiteral("note"));
        id = c.service.refer(r);
    }
    if (!id)
        return inv.fail(id.error());
    auto made = c.service.referral(id.value());
    if (!made)
        return inv.fail(made.error());
    if (inv.json())
        Invocation::printJson(QJsonDocument(toJson(made.value())));
    else
        Invocation::out() << made->id << Qt::endl;
    return Success;
}

int referralList(const ReferralCall &c)
{
    Invocation &inv = c.inv;
    auto rows = c.service.list(inv.isSet(QStringLiteral("due")) ? Clock::today() : QDate());
    if (!rows)
        return inv.fail(rows.error());
    QJsonArray out;
    for (const ReferralRow &row : rows.value()) {
        if (inv.json()) {
            QJsonObject o = toJson(row.referral);
            o.insert(QStringLiteral("head_name"), row.headName);
            o.insert(QStringLiteral("policy_names"), QJsonArray::fromStringList(row.policyTitles));
            out.append(o);
        } else {
            Invocation::out() << row.referral.id << '\t' << ReferralService::statusCode(row.referral.status) << '\t'
                              << row.referral.followUpOn.toString(Qt::ISODate) << '\t' << row.headName << '\t'
                              << row.policyTitles.join(QStringLiteral("; ")) << '\n';
        }
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(out));
    Invocation::out().flush();
    return Success;
}

int referralStatus(const ReferralCall &c)
{
    Invocation &inv = c.inv;
    const QString id = inv.positional().value(1);
    if (id.isEmpty() || !inv.isSet(QStringLiteral("to")))
        return inv.usageError(tr("status needs the referral id and --to STATE."));
    bool ok = false;
    const ReferralStatus to = ReferralService::statusFromCode(inv.value(QStringLiteral("to")), &ok);
    if (!ok)
        return inv.fail(Error::invalid(
            tr("--to: \"%1\" is not sent, accepted, done or declined.").arg(inv.value(QStringLiteral("to"))),
            QStringLiteral("--to")));
    QDate followUp;
    if (inv.isSet(QStringLiteral("follow-up"))) {
        followUp = QDate::fromString(inv.value(QStringLiteral("follow-up")), Qt::ISODate);
        if (!followUp.isValid())
            return inv.fail(Error::invalid(tr("--follow-up must be YYYY-MM-DD."), QStringLiteral("--follow-up")));
    }
    if (auto s = c.service.setStatus(id, to, inv.value(QStringLiteral("note")), followUp); !s)
        return inv.fail(s.error());
    return Success;
}

const Action<ReferralCall> ReferralActions[] = {
    { "add", referralAdd },
    { "list", referralList },
    { "status", referralStatus },
};

} // namespace

int referral(const QStringList &args)
{
    Invocation inv(QStringLiteral("referral"),
        tr("referral add --household ID|--lead ID --policy ID... [--note TEXT]  |  referral list [--due] [--json]  |  "
           "referral status ID --to sent|accepted|done|declined [--follow-up DATE] [--note TEXT]"),
        args);
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | list | status"));
    inv.addPositional(QStringLiteral("id"), tr("Referral id (status)."), QStringLiteral("[ID]"));
    inv.addValueOption(QStringLiteral("household"), tr("The household referred."), QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("lead"),
        tr("The lead referred (decides it \"referred\" when it is at the field check)."), QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("policy"), tr("A policy referred to (repeat for each)."), QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("note"), tr("Note."), QStringLiteral("TEXT"));
    inv.addValueOption(
        QStringLiteral("to"), QStringLiteral("sent | accepted | done | declined"), QStringLiteral("STATE"));
    inv.addValueOption(QStringLiteral("follow-up"), tr("Next follow-up date."), QStringLiteral("DATE"));
    inv.addFlag(QStringLiteral("due"), tr("Only referrals whose follow-up is due (today or earlier)."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(tr("referral needs add, list or status, and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    ReferralService service(db, session);
    const Action<ReferralCall> *run = findAction(ReferralActions, action);
    if (!run)
        return inv.usageError(tr("Unknown action \"%1\": use add, list or status.").arg(action));
    return run->run({ inv, db, service, session });
}

int standards(const QStringList &args)
{
    Invocation inv(QStringLiteral("standards"),
        tr("standards list [--json]  |  standards set --year YYYY --area urban|rural --dibao YUAN [--income YUAN]"),
        args);
    inv.addPositional(QStringLiteral("action"), QStringLiteral("list | set"));
    inv.addValueOption(QStringLiteral("year"), tr("The year of the standard."), QStringLiteral("YYYY"));
    inv.addValueOption(QStringLiteral("area"), QStringLiteral("urban | rural"), QStringLiteral("AREA"));
    inv.addValueOption(
        QStringLiteral("dibao"), tr("The 低保 standard, yuan per person per month."), QStringLiteral("YUAN"));
    inv.addValueOption(QStringLiteral("income"),
        tr("Last year's per-capita disposable income, yuan a year (the 支出型 test)."), QStringLiteral("YUAN"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(tr("standards needs list or set, and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    SettingsService service(*opened.db, session);

    if (action == QLatin1String("list")) {
        QJsonArray out;
        for (const YearlyStandard &s : service.standards()) {
            if (inv.json())
                out.append(
                    QJsonObject { { QStringLiteral("year"), s.year }, { QStringLiteral("area"), areaTypeCode(s.area) },
                        { QStringLiteral("dibao"), money::toYuanString(s.dibaoMonthly) },
                        { QStringLiteral("income"), money::toYuanString(s.disposableIncomeYearly) },
                        { QStringLiteral("placeholder"), s.placeholder } });
            else
                Invocation::out() << s.year << '\t' << areaTypeCode(s.area) << '\t'
                                  << money::toYuanString(s.dibaoMonthly) << '\t'
                                  << money::toYuanString(s.disposableIncomeYearly) << '\t'
                                  << (s.placeholder ? tr("placeholder") : tr("entered")) << '\n';
        }
        if (inv.json())
            Invocation::printJson(QJsonDocument(out));
        Invocation::out().flush();
        return Success;
    }
    if (action != QLatin1String("set"))
        return inv.usageError(tr("Unknown action \"%1\": use list or set.").arg(action));
    bool ok = false;
    const int year = inv.value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        return inv.fail(Error::invalid(tr("--year must be a year such as 2026."), QStringLiteral("--year")));
    const AreaType area = areaTypeFromCode(inv.value(QStringLiteral("area")), &ok);
    if (!ok)
        return inv.fail(Error::invalid(tr("--area must be urban or rural."), QStringLiteral("--area")));
    const auto dibao = money::parseYuan(inv.value(QStringLiteral("dibao")));
    if (!dibao)
        return inv.fail(
            Error::invalid(tr("--dibao must be an amount in yuan, such as 780 or 780.50."), QStringLiteral("--dibao")));
    std::optional<Fen> income;
    if (inv.isSet(QStringLiteral("income"))) {
        income = money::parseYuan(inv.value(QStringLiteral("income")));
        if (!income)
            return inv.fail(Error::invalid(tr("--income must be an amount in yuan."), QStringLiteral("--income")));
    }
    auto changed = service.setStandard(year, area, *dibao, income);
    if (!changed)
        return inv.fail(changed.error());
    Invocation::out() << tr("%1 %2: 低保 standard %3 yuan a month, disposable income %4 yuan a year.")
                             .arg(year)
                             .arg(areaTypeCode(area), money::toYuanString(changed->dibaoMonthly),
                                 money::toYuanString(changed->disposableIncomeYearly))
                      << Qt::endl;
    return Success;
}

} // namespace sn::cli
