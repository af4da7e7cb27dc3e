// safetynet-cli change / changes / appeal / appeals: 增发 / 减发 / 停发 of covered households with their written
// notice, and the appeals against decisions (issue 22, item 5).
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "domain/Money.h"
#include "services/ChangeService.h"
#include "services/documents/ChangeNotice.h"
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

QJsonObject toJson(const BenefitChange &c)
{
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("township"), c.townshipCode },
        { QStringLiteral("household_id"), c.householdId }, { QStringLiteral("kind"), ChangeRules::code(c.kind) },
        { QStringLiteral("effective_month"), c.effectiveMonth },
        { QStringLiteral("old_category"), CategoryNames::code(c.oldCategory) },
        { QStringLiteral("new_category"), CategoryNames::code(c.newCategory) },
        { QStringLiteral("old_amount"), money::toYuanString(c.oldAmount) },
        { QStringLiteral("new_amount"), money::toYuanString(c.newAmount) }, { QStringLiteral("reasons"), c.reasons },
        { QStringLiteral("state"), ChangeRules::code(c.state) },
        { QStringLiteral("review_task_id"), Invocation::textOrNull(c.reviewTaskId) },
        { QStringLiteral("proposed_on"), Invocation::dateJson(c.proposedOn) },
        { QStringLiteral("confirmed_on"), Invocation::dateJson(c.confirmedOn) },
        { QStringLiteral("applied_on"), Invocation::dateJson(c.appliedOn) }, { QStringLiteral("by"), c.userName } };
}

QJsonObject toJson(const Appeal &a)
{
    return { { QStringLiteral("id"), a.id }, { QStringLiteral("township"), a.townshipCode },
        { QStringLiteral("household_id"), Invocation::textOrNull(a.householdId) },
        { QStringLiteral("change_id"), Invocation::textOrNull(a.changeId) },
        { QStringLiteral("application_id"), Invocation::textOrNull(a.applicationId) },
        { QStringLiteral("kind"), ChangeRules::code(a.kind) }, { QStringLiteral("appellant"), a.appellant },
        { QStringLiteral("lodged_on"), Invocation::dateJson(a.lodgedOn) }, { QStringLiteral("grounds"), a.grounds },
        { QStringLiteral("outcome"), Invocation::textOrNull(ChangeRules::code(a.outcome)) },
        { QStringLiteral("decided_on"), Invocation::dateJson(a.decidedOn) },
        { QStringLiteral("outcome_note"), Invocation::textOrNull(a.outcomeNote) } };
}

void printRow(const BenefitChange &c)
{
    Invocation::out() << c.id << '\t' << c.householdId << '\t' << ChangeRules::code(c.kind) << '\t' << c.effectiveMonth
                      << '\t' << money::toYuanString(c.oldAmount) << " -> " << money::toYuanString(c.newAmount) << '\t'
                      << ChangeRules::code(c.state) << '\t' << c.reasons << '\n';
}

void printRow(const Appeal &a)
{
    Invocation::out() << a.id << '\t' << ChangeRules::code(a.kind) << '\t' << a.lodgedOn.toString(Qt::ISODate) << '\t'
                      << (a.outcome == AppealOutcome::Pending ? tr("pending") : ChangeRules::code(a.outcome)) << '\t'
                      << a.appellant << '\t' << a.grounds << '\n';
}

struct ChangeCall
{
    Invocation &inv;
    ChangeService &service;
    QString id;
    Database &db;
    const Session &session;
};

// The change of `change add`'s JSON: household_id, kind, effective_month, reasons; amount (yuan) and category for
// an increase or a decrease; review_task_id when a review's findings propose it.
Result<BenefitChange> readChange(const QJsonObject &o)
{
    BenefitChange c;
    c.householdId = o.value(QStringLiteral("household_id")).toString();
    if (c.householdId.isEmpty())
        return Error::invalid(tr("household_id: which household changes?"), QStringLiteral("household_id"));
    bool ok = false;
    c.kind = ChangeRules::kindFromCode(o.value(QStringLiteral("kind")).toString(), &ok);
    if (!ok)
        return Error::invalid(
            tr("kind must be increase, decrease or stop (got \"%1\").").arg(o.value(QStringLiteral("kind")).toString()),
            QStringLiteral("kind"));
    c.effectiveMonth = o.value(QStringLiteral("effective_month")).toString();
    if (!ChangeRules::validMonth(c.effectiveMonth))
        return Error::invalid(tr("effective_month must be a month YYYY-MM (got \"%1\").").arg(c.effectiveMonth),
            QStringLiteral("effective_month"));
    const QJsonValue reasons = o.value(QStringLiteral("reasons"));
    if (reasons.isArray()) {
        QStringList lines;
        for (const QJsonValue &r : reasons.toArray())
            lines.append(r.toString());
        c.reasons = lines.join(QLatin1Char('\n'));
    } else {
        c.reasons = reasons.toString();
    }
    if (o.contains(QStringLiteral("amount"))) {
        const QJsonValue v = o.value(QStringLiteral("amount"));
        const auto amount = money::parseYuan(v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : v.toString());
        if (!amount)
            return Error::invalid(tr("amount must be yuan, e.g. 520.50."), QStringLiteral("amount"));
        c.newAmount = *amount;
    }
    if (o.contains(QStringLiteral("category"))) {
        c.newCategory = CategoryNames::fromCode(o.value(QStringLiteral("category")).toString(), &ok);
        if (!ok)
            return Error::invalid(
                tr("category must be dibao or tekun (got \"%1\").").arg(o.value(QStringLiteral("category")).toString()),
                QStringLiteral("category"));
    }
    c.reviewTaskId = o.value(QStringLiteral("review_task_id")).toString();
    return c;
}

int printChange(const ChangeCall &c, const QString &id)
{
    auto change = c.service.get(id);
    if (!change)
        return c.inv.fail(change.error());
    if (c.inv.json() || c.inv.isSet(QStringLiteral("file"))) {
        Invocation::printJson(QJsonDocument(toJson(change.value())));
        return Success;
    }
    printRow(change.value());
    Invocation::out().flush();
    return Success;
}

int changeAdd(const ChangeCall &c)
{
    if (!c.inv.isSet(QStringLiteral("file")))
        return c.inv.usageError(tr("add needs --json FILE (or - for standard input)."));
    auto json = Invocation::readJsonObject(c.inv.value(QStringLiteral("file")));
    if (!json)
        return c.inv.fail(json.error());
    auto change = readChange(json.value());
    if (!change)
        return c.inv.fail(change.error());
    auto id = c.service.propose(change.value());
    if (!id)
        return c.inv.fail(id.error());
    return printChange(c, id.value());
}

QDate dateOption(const Invocation &inv, bool *ok)
{
    *ok = true;
    if (!inv.isSet(QStringLiteral("date")))
        return {};
    const QDate d = QDate::fromString(inv.value(QStringLiteral("date")), Qt::ISODate);
    *ok = d.isValid();
    return d;
}

int changeConfirm(const ChangeCall &c)
{
    bool ok = false;
    const QDate on = dateOption(c.inv, &ok);
    if (!ok)
        return c.inv.usageError(tr("--date must be YYYY-MM-DD."));
    if (auto s = c.service.confirm(c.id, on); !s)
        return c.inv.fail(s.error());
    return printChange(c, c.id);
}

int changeWithdraw(const ChangeCall &c)
{
    if (auto s = c.service.withdraw(c.id, c.inv.value(QStringLiteral("reason"))); !s)
        return c.inv.fail(s.error());
    return printChange(c, c.id);
}

int changeShow(const ChangeCall &c)
{
    return printChange(c, c.id);
}

int changeApplyDue(const ChangeCall &c)
{
    auto applied = c.service.applyDue();
    if (!applied)
        return c.inv.fail(applied.error());
    if (c.inv.json())
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("applied"), applied.value() } }));
    else
        Invocation::out() << tr("%n change(s) took effect.", nullptr, applied.value()) << '\n';
    Invocation::out().flush();
    return Success;
}

// change notice ID --out F.pdf: the 变更/停发告知书, PDF/A for the file.
int changeNotice(const ChangeCall &c)
{
    const QString out = c.inv.value(QStringLiteral("out"));
    if (out.isEmpty())
        return c.inv.usageError(tr("notice needs --out FILE.pdf."));
    auto document = ChangeNotice(c.db, c.session).build(c.id);
    if (!document)
        return c.inv.fail(document.error());
    const Status written = doc::Rendering::writePdf(*document.value(), out);
    return written ? Success : c.inv.fail(written.error());
}

const Action<ChangeCall> ChangeActions[] = {
    { "add", changeAdd },
    { "show", changeShow },
    { "confirm", changeConfirm },
    { "withdraw", changeWithdraw },
    { "apply-due", changeApplyDue },
    { "notice", changeNotice },
};

template <typename T> void printList(const Invocation &inv, const QList<T> &rows)
{
    QJsonArray list;
    for (const T &r : rows) {
        if (inv.json())
            list.append(toJson(r));
        else
            printRow(r);
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
}

// The appeal of `appeal add`'s JSON: change_id or application_id, kind, appellant, lodged_on, grounds.
Result<Appeal> readAppeal(const QJsonObject &o)
{
    Appeal a;
    a.changeId = o.value(QStringLiteral("change_id")).toString();
    a.applicationId = o.value(QStringLiteral("application_id")).toString();
    bool ok = true;
    if (o.contains(QStringLiteral("kind")))
        a.kind = ChangeRules::appealKindFromCode(o.value(QStringLiteral("kind")).toString(), &ok);
    if (!ok)
        return Error::invalid(tr("kind must be complaint or reconsideration (got \"%1\").")
                                  .arg(o.value(QStringLiteral("kind")).toString()),
            QStringLiteral("kind"));
    a.appellant = o.value(QStringLiteral("appellant")).toString();
    const QString lodged = o.value(QStringLiteral("lodged_on")).toString();
    a.lodgedOn = QDate::fromString(lodged, Qt::ISODate);
    if (!a.lodgedOn.isValid())
        return Error::invalid(
            tr("lodged_on must be a date YYYY-MM-DD (got \"%1\").").arg(lodged), QStringLiteral("lodged_on"));
    a.grounds = o.value(QStringLiteral("grounds")).toString();
    return a;
}

int printAppeal(const ChangeCall &c, const QString &id)
{
    auto a = c.service.appeal(id);
    if (!a)
        return c.inv.fail(a.error());
    Invocation::printJson(QJsonDocument(toJson(a.value())));
    return Success;
}

int appealAdd(const ChangeCall &c)
{
    if (!c.inv.isSet(QStringLiteral("file")))
        return c.inv.usageError(tr("add needs --json FILE (or - for standard input)."));
    auto json = Invocation::readJsonObject(c.inv.value(QStringLiteral("file")));
    if (!json)
        return c.inv.fail(json.error());
    auto appeal = readAppeal(json.value());
    if (!appeal)
        return c.inv.fail(appeal.error());
    auto id = c.service.addAppeal(appeal.value());
    if (!id)
        return c.inv.fail(id.error());
    return printAppeal(c, id.value());
}

int appealDecide(const ChangeCall &c)
{
    bool ok = false;
    const QString code = c.inv.value(QStringLiteral("outcome"));
    const AppealOutcome outcome = ChangeRules::outcomeFromCode(code, &ok);
    if (!ok || code.trimmed().isEmpty())
        return c.inv.usageError(tr("--outcome must be upheld, changed or withdrawn."));
    const QDate on = dateOption(c.inv, &ok);
    if (!ok)
        return c.inv.usageError(tr("--date must be YYYY-MM-DD."));
    if (auto s = c.service.decideAppeal(c.id, outcome, on, c.inv.value(QStringLiteral("note"))); !s)
        return c.inv.fail(s.error());
    return printAppeal(c, c.id);
}

int appealShow(const ChangeCall &c)
{
    return printAppeal(c, c.id);
}

const Action<ChangeCall> AppealActions[] = {
    { "add", appealAdd },
    { "decide", appealDecide },
    { "show", appealShow },
};

// The shared frame of `change` and `appeal`: parse, find the action, open and sign in, run.
template <std::size_t N>
int runAction(Invocation &inv, const Action<ChangeCall> (&actions)[N], const QStringList &withoutId)
{
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    const QString id = inv.positional().value(1);
    if (inv.db().isEmpty() || action.isEmpty())
        return inv.usageError(tr("An action and --db FILE are needed."));
    const Action<ChangeCall> *run = findAction(actions, action);
    if (!run)
        return inv.usageError(tr("Unknown action \"%1\".").arg(action));
    if (!withoutId.contains(action) && id.isEmpty())
        return inv.usageError(tr("%1 needs the id.").arg(action));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    ChangeService service(*opened.db, opened.session);
    return run->run({ inv, service, id, *opened.db, opened.session });
}

template <typename T> int listCommand(const QString &name, const QString &summary, const QStringList &args)
{
    Invocation inv(name, summary, args);
    inv.addValueOption(QStringLiteral("household"), tr("Only this household."), QStringLiteral("ID"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(tr("%1 needs --db FILE.").arg(name));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    ChangeService service(*opened.db, opened.session);
    const QString household = inv.value(QStringLiteral("household"));
    Result<QList<T>> rows = [&]() -> Result<QList<T>> {
        if constexpr (std::is_same_v<T, Appeal>)
            return service.appeals(household);
        else
            return service.list(household);
    }();
    if (!rows)
        return inv.fail(rows.error());
    printList(inv, rows.value());
    return Success;
}

} // namespace

int change(const QStringList &args)
{
    Invocation inv(QStringLiteral("change"),
        tr("change add --json FILE|-  |  change show ID [--json]  |  change confirm ID [--date D]  |  change "
           "withdraw ID --reason T  |  change apply-due  |  change notice ID --out F.pdf"),
        Invocation::jsonInputAsFile(args));
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | show | confirm | withdraw | apply-due | notice"));
    inv.addPositional(QStringLiteral("id"), tr("Change id."), QStringLiteral("[ID]"));
    inv.addValueOption(QStringLiteral("file"), tr("Change JSON ('-' for standard input)."), QStringLiteral("FILE"));
    inv.addValueOption(QStringLiteral("date"), tr("The day of the decision (default today)."), QStringLiteral("D"));
    inv.addValueOption(QStringLiteral("reason"), tr("Why the change is withdrawn."), QStringLiteral("T"));
    inv.addValueOption(QStringLiteral("out"), tr("The PDF file to write (notice)."), QStringLiteral("FILE"));
    return runAction(inv, ChangeActions, { QStringLiteral("add"), QStringLiteral("apply-due") });
}

int changes(const QStringList &args)
{
    return listCommand<BenefitChange>(QStringLiteral("changes"),
        tr("changes [--household ID] [--json]: changes of payment, newest effective month first."), args);
}

int appeal(const QStringList &args)
{
    Invocation inv(QStringLiteral("appeal"),
        tr("appeal add --json FILE|-  |  appeal show ID  |  appeal decide ID --outcome upheld|changed|withdrawn "
           "[--date D] [--note T]"),
        Invocation::jsonInputAsFile(args));
    inv.addPositional(QStringLiteral("action"), QStringLiteral("add | show | decide"));
    inv.addPositional(QStringLiteral("id"), tr("Appeal id."), QStringLiteral("[ID]"));
    inv.addValueOption(QStringLiteral("file"), tr("Appeal JSON ('-' for standard input)."), QStringLiteral("FILE"));
    inv.addValueOption(QStringLiteral("outcome"), QStringLiteral("upheld | changed | withdrawn"), QStringLiteral("O"));
    inv.addValueOption(QStringLiteral("date"), tr("The day of the outcome (default today)."), QStringLiteral("D"));
    inv.addValueOption(
        QStringLiteral("note"), tr("The outcome in a sentence (needed for changed)."), QStringLiteral("T"));
    return runAction(inv, AppealActions, { QStringLiteral("add") });
}

// renewals [--json]: the 刚性支出困难 findings due for renewal (from a month before they lapse), oldest first.
int renewals(const QStringList &args)
{
    Invocation inv(QStringLiteral("renewals"),
        tr("renewals [--json]: expenditure-type findings due for renewal within a month, or lapsed unrenewed."), args);
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(tr("%1 needs --db FILE.").arg(QStringLiteral("renewals")));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    auto due = ChangeService(*opened.db, opened.session).renewalsDue();
    if (!due)
        return inv.fail(due.error());
    QJsonArray rows;
    for (const CategoryFinding &f : std::as_const(due.value())) {
        const QDate lapses = CategoryNames::lapsesOn(Category::Expenditure, f.foundOn);
        if (inv.json())
            rows.append(QJsonObject { { QStringLiteral("household_id"), f.householdId },
                { QStringLiteral("township"), f.townshipCode }, { QStringLiteral("head"), f.headName },
                { QStringLiteral("category"), CategoryNames::code(Category::Expenditure) },
                { QStringLiteral("found_on"), Invocation::dateJson(f.foundOn) },
                { QStringLiteral("lapses_on"), Invocation::dateJson(lapses) } });
        else
            Invocation::out() << f.householdId << '\t' << f.headName << '\t' << f.foundOn.toString(Qt::ISODate) << '\t'
                              << tr("lapses on %1").arg(lapses.toString(Qt::ISODate)) << '\n';
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(rows));
    Invocation::out().flush();
    return Success;
}

int appeals(const QStringList &args)
{
    return listCommand<Appeal>(
        QStringLiteral("appeals"), tr("appeals [--household ID] [--json]: appeals, newest first."), args);
}

} // namespace sn::cli
