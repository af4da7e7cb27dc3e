// safetynet-cli application / applications / calendar / benefit: from a lead or the window to the written
// decision, the working-day clocks and the district's holiday calendar, and benefit amounts with their working.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "services/ApplicationService.h"
#include "services/BenefitService.h"
#include "services/documents/ApplicationDocuments.h"
#include "services/documents/Document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sn::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sn::cli", text, disambiguation, n);
}

QJsonObject toJson(const ApplicationRow &r)
{
    const Application &a = r.application;
    return { { QStringLiteral("id"), a.id }, { QStringLiteral("township"), a.townshipCode },
        { QStringLiteral("village"), Invocation::textOrNull(a.villageCode) },
        { QStringLiteral("household_id"), Invocation::textOrNull(a.householdId) },
        { QStringLiteral("lead_id"), Invocation::textOrNull(a.leadId) },
        { QStringLiteral("applicant_name"), a.applicantName },
        { QStringLiteral("assistance"), ApplicationRules::code(a.assistance) },
        { QStringLiteral("applied_on"), Invocation::dateJson(a.appliedOn) },
        { QStringLiteral("platform_case_no"), a.platformCaseNo },
        { QStringLiteral("authorisation_signed"), a.authorisationSigned },
        { QStringLiteral("materials"), QJsonArray::fromStringList(a.materials) },
        { QStringLiteral("proxy_name"), a.proxyName }, { QStringLiteral("step"), ApplicationRules::code(a.step) },
        { QStringLiteral("step_started_on"), Invocation::dateJson(a.stepStartedOn) },
        { QStringLiteral("deadline"), Invocation::dateJson(a.stepDeadline) },
        { QStringLiteral("overall_deadline"), Invocation::dateJson(a.overallDeadline) },
        { QStringLiteral("working_days_left"), r.daysLeft }, { QStringLiteral("overdue"), r.overdue },
        { QStringLiteral("countdown"), r.countdown },
        { QStringLiteral("outcome"), Invocation::textOrNull(ApplicationRules::code(a.outcome)) },
        { QStringLiteral("decided_on"), Invocation::dateJson(a.decidedOn) },
        { QStringLiteral("category"), a.category == Category::None ? QJsonValue() : CategoryNames::code(a.category) },
        { QStringLiteral("monthly_amount"), a.amount > 0 ? QJsonValue(money::toYuanString(a.amount)) : QJsonValue() },
        { QStringLiteral("start_month"), Invocation::textOrNull(a.startMonth) },
        { QStringLiteral("refusal_reasons"), Invocation::textOrNull(a.refusalReasons) },
        { QStringLiteral("survey_findings"), Invocation::textOrNull(a.surveyFindings) },
        { QStringLiteral("objections"), Invocation::textOrNull(a.objections) } };
}

QJsonObject toJson(const ApplicationStepRecord &s)
{
    return { { QStringLiteral("step"), ApplicationRules::code(s.step) },
        { QStringLiteral("to"), ApplicationRules::code(s.to) },
        { QStringLiteral("started_on"), Invocation::dateJson(s.startedOn) },
        { QStringLiteral("deadline"), Invocation::dateJson(s.deadline) },
        { QStringLiteral("completed_on"), Invocation::dateJson(s.completedOn) },
        { QStringLiteral("working_days"), s.workingDays }, { QStringLiteral("late"), s.late },
        { QStringLiteral("note"), s.note }, { QStringLiteral("by"), s.userName } };
}

void printRow(const ApplicationRow &r)
{
    const Application &a = r.application;
    Invocation::out() << a.id << '\t' << ApplicationRules::code(a.assistance) << '\t' << ApplicationRules::code(a.step)
                      << '\t' << a.stepDeadline.toString(Qt::ISODate) << '\t' << r.countdown << '\t' << a.applicantName
                      << '\n';
}

struct ApplicationCall
{
    Invocation &inv;
    ApplicationService &service;
    QString id;
    Database &db;
    const Session &session;
};

// The application of `application add`'s JSON.
Result<Application> readApplication(const QJsonObject &o)
{
    Application a;
    a.householdId = o.value(QStringLiteral("household_id")).toString();
    a.leadId = o.value(QStringLiteral("lead_id")).toString();
    bool ok = false;
    a.assistance = ApplicationRules::assistanceFromCode(o.value(QStringLiteral("assistance")).toString(), &ok);
    if (!ok)
        return Error::invalid(tr("assistance must be dibao, tekun or temporary (got \"%1\").")
                                  .arg(o.value(QStringLiteral("assistance")).toString()),
            QStringLiteral("assistance"));
    const QString applied = o.value(QStringLiteral("applied_on")).toString();
    a.appliedOn = QDate::fromString(applied, Qt::ISODate);
    if (!a.appliedOn.isValid())
        return Error::invalid(
            tr("applied_on must be a date YYYY-MM-DD (got \"%1\").").arg(applied), QStringLiteral("applied_on"));
    a.applicantName = o.value(QStringLiteral("applicant_name")).toString();
    a.platformCaseNo = o.value(QStringLiteral("platform_case_no")).toString();
    a.authorisationSigned = o.value(QStringLiteral("authorisation_signed")).toBool();
    for (const QJsonValue &m : o.value(QStringLiteral("materials")).toArray())
        a.materials.append(m.toString());
    a.proxyName = o.value(QStringLiteral("proxy_name")).toString();
    a.proxyRelation = o.value(QStringLiteral("proxy_relation")).toString();
    a.proxyPhone = o.value(QStringLiteral("proxy_phone")).toString();
    return a;
}

int printApplication(const ApplicationCall &c, const QString &id, bool withHistory)
{
    auto a = c.service.get(id);
    if (!a)
        return c.inv.fail(a.error());
    QJsonObject o = toJson(c.service.row(a.value()));
    if (withHistory) {
        QJsonArray steps;
        auto history = c.service.history(id);
        if (!history)
            return c.inv.fail(history.error());
        for (const ApplicationStepRecord &s : history.value())
            steps.append(toJson(s));
        o.insert(QStringLiteral("steps"), steps);
    }
    if (c.inv.json() || !withHistory) {
        Invocation::printJson(QJsonDocument(o));
        return Success;
    }
    printRow(c.service.row(a.value()));
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        Invocation::out() << "  " << s.value(QStringLiteral("step")).toString() << " -> "
                          << s.value(QStringLiteral("to")).toString() << '\t'
                          << s.value(QStringLiteral("completed_on")).toString() << '\t'
                          << (s.value(QStringLiteral("late")).toBool() ? tr("late") : tr("in time")) << '\t'
                          << s.value(QStringLiteral("note")).toString() << '\n';
    }
    Invocation::out().flush();
    return Success;
}

int applicationAdd(const ApplicationCall &c)
{
    if (!c.inv.isSet(QStringLiteral("file")))
        return c.inv.usageError(tr("add needs --json FILE (or - for standard input)."));
    auto json = Invocation::readJsonObject(c.inv.value(QStringLiteral("file")));
    if (!json)
        return c.inv.fail(json.error());
    auto a = readApplication(json.value());
    if (!a)
        return c.inv.fail(a.error());
    auto id = c.service.add(a.value());
    if (!id)
        return c.inv.fail(id.error());
    return printApplication(c, id.value(), false);
}

int applicationShow(const ApplicationCall &c)
{
    return printApplication(c, c.id, true);
}

Result<AdvanceRequest> readAdvance(const Invocation &inv)
{
    AdvanceRequest r;
    bool ok = false;
    r.to = ApplicationRules::stepFromCode(inv.value(QStringLiteral("to")), &ok);
    if (!ok || inv.value(QStringLiteral("to")).isEmpty())
        return Error::invalid(
            tr("--to: unknown step \"%1\".").arg(inv.value(QStringLiteral("to"))), QStringLiteral("--to"));
    if (inv.isSet(QStringLiteral("date"))) {
        r.date = QDate::fromString(inv.value(QStringLiteral("date")), Qt::ISODate);
        if (!r.date.isValid())
            return Error::invalid(tr("--date must be YYYY-MM-DD."), QStringLiteral("--date"));
    }
    r.note = inv.value(QStringLiteral("note"));
    r.householdId = inv.value(QStringLiteral("household"));
    r.authorisationSigned = inv.isSet(QStringLiteral("authorisation"));
    if (inv.isSet(QStringLiteral("outcome"))) {
        r.outcome = ApplicationRules::outcomeFromCode(inv.value(QStringLiteral("outcome")), &ok);
        if (!ok || r.outcome == ApplicationOutcome::Pending)
            return Error::invalid(tr("--outcome must be approved or refused."), QStringLiteral("--outcome"));
    }
    if (inv.isSet(QStringLiteral("amount"))) {
        const auto amount = money::parseYuan(inv.value(QStringLiteral("amount")));
        if (!amount)
            return Error::invalid(tr("--amount must be an amount in yuan."), QStringLiteral("--amount"));
        r.amount = *amount;
    }
    r.startMonth = inv.value(QStringLiteral("start-month"));
    r.reasons = inv.value(QStringLiteral("reason"));
    return r;
}

int applicationAdvance(const ApplicationCall &c)
{
    auto request = readAdvance(c.inv);
    if (!request)
        return c.inv.fail(request.error());
    if (auto s = c.service.advance(c.id, request.value()); !s)
        return c.inv.fail(s.error());
    return printApplication(c, c.id, false);
}

int applicationLimits(const ApplicationCall &c)
{
    QJsonArray list;
    for (Assistance a : { Assistance::Dibao, Assistance::Tekun, Assistance::Temporary }) {
        for (ApplicationStep s : ApplicationRules::sequence(a, c.service.democraticEvaluation())) {
            if (s == ApplicationStep::Enrolled)
                continue;
            const StepLimit l = c.service.limit(a, s);
            list.append(QJsonObject { { QStringLiteral("assistance"), ApplicationRules::code(a) },
                { QStringLiteral("step"), ApplicationRules::code(s) }, { QStringLiteral("days"), l.days },
                { QStringLiteral("unit"), l.calendarDays ? QStringLiteral("calendar") : QStringLiteral("working") },
                { QStringLiteral("source"), l.source } });
        }
        const StepLimit all = c.service.overallLimit(a);
        list.append(QJsonObject { { QStringLiteral("assistance"), ApplicationRules::code(a) },
            { QStringLiteral("step"), QStringLiteral("total") }, { QStringLiteral("days"), all.days },
            { QStringLiteral("unit"), QStringLiteral("working") }, { QStringLiteral("source"), all.source } });
    }
    if (c.inv.json()) {
        Invocation::printJson(QJsonDocument(list));
        return Success;
    }
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        Invocation::out() << o.value(QStringLiteral("assistance")).toString() << '\t'
                          << o.value(QStringLiteral("step")).toString() << '\t'
                          << o.value(QStringLiteral("days")).toInt() << ' '
                          << o.value(QStringLiteral("unit")).toString() << '\t'
                          << o.value(QStringLiteral("source")).toString() << '\n';
    }
    Invocation::out().flush();
    return Success;
}

int applicationSetLimit(const ApplicationCall &c)
{
    // application set-limit dibao/survey 8   |   application set-limit dibao/total 25
    const QStringList parts = c.id.split(QLatin1Char('/'));
    bool ok = false;
    const Assistance a = ApplicationRules::assistanceFromCode(parts.value(0), &ok);
    if (!ok || parts.size() != 2)
        return c.inv.usageError(tr("set-limit needs ASSISTANCE/STEP DAYS, e.g. dibao/survey 8 or dibao/total 25."));
    std::optional<ApplicationStep> step;
    if (parts.at(1) != QLatin1String("total")) {
        step = ApplicationRules::stepFromCode(parts.at(1), &ok);
        if (!ok)
            return c.inv.fail(Error::invalid(tr("Unknown step \"%1\".").arg(parts.at(1)), QStringLiteral("step")));
    }
    const int days = c.inv.positional().value(2).toInt(&ok);
    if (!ok)
        return c.inv.usageError(tr("set-limit needs the number of days."));
    if (auto s = c.service.setLimit(a, step, days); !s)
        return c.inv.fail(s.error());
    return Success;
}

// application document ID --kind survey|notice|decision --out F.pdf (the decision as PDF/A, for the file).
int applicationDocument(const ApplicationCall &c)
{
    bool ok = false;
    const auto kind = ApplicationDocuments::kindFromCode(c.inv.value(QStringLiteral("kind")), &ok);
    if (!ok)
        return c.inv.usageError(tr("--kind must be survey, notice or decision."));
    const QString out = c.inv.value(QStringLiteral("out"));
    if (out.isEmpty())
        return c.inv.usageError(tr("document needs --out FILE.pdf."));
    auto document = ApplicationDocuments(c.db, c.session).build(c.id, kind);
    if (!document)
        return c.inv.fail(document.error());
    // The decision is archival (PDF/A-1b); every kind gets the text layer that reads back as printed.
    const Status written = doc::Rendering::writePdf(*document.value(), out);
    return written ? Success : c.inv.fail(written.error());
}

const Action<ApplicationCall> ApplicationActions[] = {
    { "add", applicationAdd },
    { "show", applicationShow },
    { "advance", applicationAdvance },
    { "limits", applicationLimits },
    { "set-limit", applicationSetLimit },
    { "document", applicationDocument },
};

} // namespace

int application(const QStringList &args)
{
    Invocation inv(QStringLiteral("application"),
        tr("application add --json FILE|-  |  application show ID [--json]  |  application advance ID --to STEP "
           "[--date D] [--note T] [--household ID] [--authorisation] [--outcome approved|refused --amount YUAN "
           "--start-month YYYY-MM "
           "--reason T]  |  application limits [--json]  |  application set-limit ASSISTANCE/STEP DAYS  |  "
           "application document ID --kind survey|notice|decision --out F.pdf"),
        Invocation::jsonInputAsFile(args));
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | show | advance | limits | set-limit | document"));
    inv.addPositional(QStringLiteral("id"), tr("Application id."), QStringLiteral("[ID]"));
    inv.addValueOption(
        QStringLiteral("file"), tr("Application JSON ('-' for standard input)."), QStringLiteral("FILE"));
    inv.addValueOption(QStringLiteral("to"),
        QStringLiteral("survey | evaluation | township_review | publicity | county_confirmation | decided | enrolled"),
        QStringLiteral("STEP"));
    inv.addValueOption(
        QStringLiteral("date"), tr("The day the step was reached (default today)."), QStringLiteral("D"));
    inv.addValueOption(QStringLiteral("note"), tr("Findings, objections or a note for the step."), QStringLiteral("T"));
    inv.addValueOption(QStringLiteral("household"), tr("Link the household (needed to enrol)."), QStringLiteral("ID"));
    inv.addValueOption(QStringLiteral("outcome"), QStringLiteral("approved | refused"), QStringLiteral("O"));
    inv.addValueOption(
        QStringLiteral("amount"), tr("Approved monthly amount in yuan (default: computed)."), QStringLiteral("YUAN"));
    inv.addValueOption(QStringLiteral("start-month"), tr("First month paid (default: the next)."), QStringLiteral("M"));
    inv.addValueOption(QStringLiteral("reason"), tr("Reasons of a refusal."), QStringLiteral("T"));
    inv.addFlag(QStringLiteral("authorisation"),
        tr("The signed authorisation for the economic check (家庭经济状况核对授权书) is handed in."));
    inv.addValueOption(QStringLiteral("kind"), QStringLiteral("survey | notice | decision"), QStringLiteral("K"));
    inv.addValueOption(QStringLiteral("out"), tr("The PDF file to write (document)."), QStringLiteral("FILE"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    const QString id = inv.positional().value(1);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(tr("application needs an action and --db FILE."));
    const Action<ApplicationCall> *run = findAction(ApplicationActions, action);
    if (!run)
        return inv.usageError(tr("Unknown action \"%1\".").arg(action));
    if (action != QLatin1String("add") && action != QLatin1String("limits") && id.isEmpty())
        return inv.usageError(tr("%1 needs the application id.").arg(action));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    ApplicationService service(*opened.db, opened.session);
    return run->run({ inv, service, id, *opened.db, opened.session });
}

int applications(const QStringList &args)
{
    Invocation inv(QStringLiteral("applications"),
        tr("applications [--overdue] [--township T] [--json]: open applications, most urgent first."), args);
    inv.addFlag(QStringLiteral("overdue"), tr("Only applications past a step's deadline or the overall limit."));
    inv.addValueOption(QStringLiteral("township"), tr("Only this township (code)."), QStringLiteral("T"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(tr("applications needs --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    auto rows = ApplicationService(*opened.db, opened.session)
                    .list(inv.isSet(QStringLiteral("overdue")), inv.value(QStringLiteral("township")));
    if (!rows)
        return inv.fail(rows.error());
    QJsonArray list;
    for (const ApplicationRow &r : rows.value()) {
        if (inv.json())
            list.append(toJson(r));
        else
            printRow(r);
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
    return Success;
}

int calendar(const QStringList &args)
{
    Invocation inv(QStringLiteral("calendar"),
        tr("calendar list [--json]  |  calendar holiday DATE [--name T]  |  calendar workday DATE [--name T]  |  "
           "calendar remove DATE: the district's holidays and make-up working days."),
        args);
    inv.addPositional(QStringLiteral("action"), QStringLiteral("list | holiday | workday | remove"));
    inv.addPositional(QStringLiteral("date"), tr("The day, YYYY-MM-DD."), QStringLiteral("[DATE]"));
    inv.addValueOption(QStringLiteral("name"), tr("What the day is (国庆节, 春节调休)."), QStringLiteral("T"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(tr("calendar needs an action and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    ApplicationService service(*opened.db, opened.session);
    if (action == QLatin1String("list")) {
        auto days = service.calendarDays();
        if (!days)
            return inv.fail(days.error());
        QJsonArray list;
        for (const CalendarDay &d : days.value()) {
            list.append(QJsonObject { { QStringLiteral("date"), d.date.toString(Qt::ISODate) },
                { QStringLiteral("working"), d.working }, { QStringLiteral("name"), d.name } });
            if (!inv.json())
                Invocation::out() << d.date.toString(Qt::ISODate) << '\t'
                                  << (d.working ? QStringLiteral("workday") : QStringLiteral("holiday")) << '\t'
                                  << d.name << '\n';
        }
        if (inv.json())
            Invocation::printJson(QJsonDocument(list));
        Invocation::out().flush();
        return Success;
    }
    const QDate date = QDate::fromString(inv.positional().value(1), Qt::ISODate);
    if (!date.isValid())
        return inv.fail(Error::invalid(tr("DATE must be YYYY-MM-DD."), QStringLiteral("date")));
    Status s = action == QLatin1String("remove") ? service.removeCalendarDay(date)
        : (action == QLatin1String("holiday") || action == QLatin1String("workday"))
        ? service.setCalendarDay({ date, action == QLatin1String("workday"), inv.value(QStringLiteral("name")) })
        : Status(Error::invalid(tr("Unknown action \"%1\".").arg(action), QStringLiteral("action")));
    return s ? Success : inv.fail(s.error());
}

// benefit --changes-from YYYY-MM [--apply] [--json]: the households whose amount the month's standard changes.
int benefitChanges(Invocation &inv, BenefitService &service)
{
    const QString month = inv.value(QStringLiteral("changes-from"));
    auto changes = service.changesFrom(month);
    if (!changes)
        return inv.fail(changes.error());
    QJsonArray list;
    for (const AmountChange &c : changes.value()) {
        list.append(QJsonObject { { QStringLiteral("household_id"), c.householdId },
            { QStringLiteral("head_name"), c.headName },
            { QStringLiteral("category"), CategoryNames::code(c.category) },
            { QStringLiteral("current_amount"), money::toYuanString(c.current) },
            { QStringLiteral("new_amount"), money::toYuanString(c.computed) },
            { QStringLiteral("override_kept"), c.overridden } });
        if (!inv.json())
            Invocation::out() << c.householdId << '\t' << c.headName << '\t' << money::toYuanString(c.current) << " -> "
                              << money::toYuanString(c.computed) << (c.overridden ? tr("\t(override kept)") : QString())
                              << '\n';
    }
    if (inv.isSet(QStringLiteral("apply"))) {
        auto applied = service.applyChanges(month);
        if (!applied)
            return inv.fail(applied.error());
        if (!inv.json())
            Invocation::out() << tr("%1 household(s) changed from %2.").arg(applied.value()).arg(month) << '\n';
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
    return Success;
}

int benefit(const QStringList &args)
{
    Invocation inv(QStringLiteral("benefit"),
        tr("benefit HOUSEHOLD [--json]  |  benefit HOUSEHOLD --set YUAN --reason T  |  benefit HOUSEHOLD --clear "
           "--reason T  |  benefit --changes-from YYYY-MM [--apply]: the monthly amount the rules give, with its "
           "working."),
        args);
    inv.addPositional(QStringLiteral("household"), tr("Household id."), QStringLiteral("HOUSEHOLD"));
    inv.addValueOption(
        QStringLiteral("set"), tr("Pay this amount instead (yuan); needs --reason."), QStringLiteral("YUAN"));
    inv.addFlag(QStringLiteral("clear"), tr("Return to the computed amount."));
    inv.addValueOption(QStringLiteral("reason"), tr("Why the amount differs (audited)."), QStringLiteral("T"));
    inv.addValueOption(QStringLiteral("changes-from"),
        tr("List the households whose amount the standard of this month changes."), QStringLiteral("YYYY-MM"));
    inv.addFlag(QStringLiteral("apply"), tr("With --changes-from: apply the new amounts (audited)."));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString id = inv.positional().value(0);
    if (inv.db().isEmpty() || (id.isEmpty() && !inv.isSet(QStringLiteral("changes-from"))))
        return inv.usageError(tr("benefit needs the household id (or --changes-from) and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    BenefitService service(*opened.db, opened.session);
    if (inv.isSet(QStringLiteral("changes-from")))
        return benefitChanges(inv, service);
    if (inv.isSet(QStringLiteral("set"))) {
        const auto amount = money::parseYuan(inv.value(QStringLiteral("set")));
        if (!amount)
            return inv.fail(Error::invalid(tr("--set must be an amount in yuan."), QStringLiteral("--set")));
        if (auto s = service.setOverride(id, *amount, inv.value(QStringLiteral("reason"))); !s)
            return inv.fail(s.error());
    } else if (inv.isSet(QStringLiteral("clear"))) {
        if (auto s = service.clearOverride(id, inv.value(QStringLiteral("reason"))); !s)
            return inv.fail(s.error());
    }
    auto st = service.statement(id);
    if (!st)
        return inv.fail(st.error());
    const BenefitStatement &b = st.value();
    QJsonArray working;
    for (const BenefitLine &l : b.computed.lines)
        working.append(QJsonObject { { QStringLiteral("text"), l.text },
            { QStringLiteral("amount"), l.amount ? QJsonValue(money::toYuanString(l.amount)) : QJsonValue() } });
    QJsonObject o { { QStringLiteral("household_id"), id },
        { QStringLiteral("category"), CategoryNames::code(b.computed.category) },
        { QStringLiteral("monthly_amount"), money::toYuanString(b.monthlyAmount()) },
        { QStringLiteral("computed_amount"), money::toYuanString(b.computed.monthlyAmount) },
        { QStringLiteral("persons_counted"), b.computed.countedMembers },
        { QStringLiteral("per_capita_income"), money::toYuanString(b.computed.perCapitaIncome) },
        { QStringLiteral("eligible"), b.computed.eligible }, { QStringLiteral("working"), working } };
    if (b.override)
        o.insert(QStringLiteral("override"),
            QJsonObject { { QStringLiteral("amount"), money::toYuanString(b.override->amount) },
                { QStringLiteral("reason"), b.override->reason },
                { QStringLiteral("set_on"), Invocation::dateJson(b.override->setOn) },
                { QStringLiteral("by"), b.override->userName } });
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(o));
        return Success;
    }
    for (const BenefitLine &l : b.computed.lines)
        Invocation::out() << l.text << '\n';
    if (b.override)
        Invocation::out() << tr("Set by %1 on %2: %3 yuan (%4)")
                                 .arg(b.override->userName, b.override->setOn.toString(Qt::ISODate),
                                     money::toYuanString(b.override->amount), b.override->reason)
                          << '\n';
    Invocation::out() << "monthly_amount\t" << money::toYuanString(b.monthlyAmount()) << Qt::endl;
    return Success;
}

} // namespace sn::cli
