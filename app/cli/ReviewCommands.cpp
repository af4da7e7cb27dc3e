// safetynet-cli reviews / tier: the review calendar and three-colour tiers without the GUI.
#include "Commands.h"
#include "Invocation.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "services/ReviewService.h"
#include "services/StationService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sn::cli {

namespace {

// What every reviews action works with.
struct ReviewsCall
{
    Invocation &inv;
    Database &db;
    ReviewService &service;
};

int reviewsRegenerate(const ReviewsCall &c)
{
    auto summary = c.service.regenerateAll();
    if (!summary)
        return c.inv.fail(summary.error());
    const QJsonObject o { { QStringLiteral("households"), summary->households },
        { QStringLiteral("tiers_changed"), summary->tiersChanged }, { QStringLiteral("created"), summary->created },
        { QStringLiteral("rescheduled"), summary->rescheduled }, { QStringLiteral("cancelled"), summary->cancelled } };
    if (c.inv.json())
        Invocation::printJson(QJsonDocument(o));
    else
        Invocation::out() << QCoreApplication::translate(
            "sn::cli", "%1 households: %2 tiers changed, %3 tasks created, %4 rescheduled, %5 cancelled.")
                                 .arg(summary->households)
                                 .arg(summary->tiersChanged)
                                 .arg(summary->created)
                                 .arg(summary->rescheduled)
                                 .arg(summary->cancelled)
                          << Qt::endl;
    return Success;
}

int reviewsComplete(const ReviewsCall &c)
{
    Invocation &inv = c.inv;
    const QString task = inv.positional().value(1);
    if (task.isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "complete needs the task id."));
    bool ok = false;
    const TaskOutcome outcome = ReviewSchedule::outcomeFromCode(inv.value(QStringLiteral("outcome")), &ok);
    if (!ok)
        return inv.fail(
            Error::invalid(QCoreApplication::translate("sn::cli", "--outcome must be no_change, change_found or exit."),
                QStringLiteral("--outcome")));
    QDate date = Clock::today();
    if (inv.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(inv.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return inv.fail(Error::invalid(
                QCoreApplication::translate("sn::cli", "--date must be YYYY-MM-DD."), QStringLiteral("--date")));
    }
    if (auto s = c.service.complete(task, date, outcome, inv.value(QStringLiteral("notes"))); !s)
        return inv.fail(s.error());
    return Success;
}

// The tasks `reviews` lists: --township and --due-before as a query.
Result<TaskQuery> taskQuery(const ReviewsCall &c)
{
    TaskQuery query;
    query.limit = 1000000;
    if (c.inv.isSet(QStringLiteral("township"))) {
        const Region *t
            = StationService::regions(c.db).findByName(c.inv.value(QStringLiteral("township")), RegionLevel::Township);
        if (!t)
            return Error::invalid(QCoreApplication::translate("sn::cli", "No township named \"%1\".")
                                      .arg(c.inv.value(QStringLiteral("township"))),
                QStringLiteral("--township"));
        query.townshipCode = t->code;
    }
    if (c.inv.isSet(QStringLiteral("due-before"))) {
        const QDate before = QDate::fromString(c.inv.value(QStringLiteral("due-before")), Qt::ISODate);
        if (!before.isValid())
            return Error::invalid(QCoreApplication::translate("sn::cli", "--due-before must be YYYY-MM-DD."),
                QStringLiteral("--due-before"));
        query.dueTo = before.addDays(-1);
    }
    return query;
}

// No action: the open (or overdue) tasks, due ones refreshed first.
int reviewsList(const ReviewsCall &c)
{
    Invocation &inv = c.inv;
    if (auto refreshed = c.service.refreshDue(); !refreshed)
        return inv.fail(refreshed.error());
    auto query = taskQuery(c);
    if (!query)
        return inv.fail(query.error());
    auto rows
        = inv.isSet(QStringLiteral("overdue")) ? c.service.overdue(query.value()) : c.service.tasks(query.value());
    if (!rows)
        return inv.fail(rows.error());
    const QDate today = Clock::today();
    QJsonArray list;
    for (const TaskRow &r : rows.value()) {
        const int overdue = r.task.due < today ? int(r.task.due.daysTo(today)) : 0;
        if (inv.json()) {
            list.append(QJsonObject { { QStringLiteral("task_id"), r.task.id },
                { QStringLiteral("household_id"), r.task.householdId }, { QStringLiteral("head_name"), r.headName },
                { QStringLiteral("tier"), TierRules::code(r.task.tier) },
                { QStringLiteral("task_type"), ReviewSchedule::code(r.task.type) },
                { QStringLiteral("due_date"), r.task.due.toString(Qt::ISODate) },
                { QStringLiteral("days_overdue"), overdue } });
        } else {
            Invocation::out() << r.task.due.toString(Qt::ISODate) << '\t' << TierRules::code(r.task.tier) << '\t'
                              << ReviewSchedule::code(r.task.type) << '\t' << r.headName << '\t' << r.task.householdId
                              << (overdue > 0 ? QCoreApplication::translate("sn::cli", "\t%1 days overdue").arg(overdue)
                                              : QString())
                              << '\n';
        }
    }
    if (inv.json())
        Invocation::printJson(QJsonDocument(list));
    Invocation::out().flush();
    return Success;
}

const Action<ReviewsCall> ReviewsActions[] = {
    { "regenerate", reviewsRegenerate },
    { "complete", reviewsComplete },
    { "", reviewsList },
};

} // namespace

int reviews(const QStringList &args)
{
    Invocation inv(QStringLiteral("reviews"),
        QCoreApplication::translate("sn::cli",
            "reviews [--due-before DATE] [--overdue] [--township NAME] [--json]  |  reviews regenerate  |  "
            "reviews complete TASK --outcome no_change|change_found|exit [--date DATE] [--notes TEXT]"),
        args);
    inv.addPositional(QStringLiteral("action"), QStringLiteral("[regenerate | complete]"));
    inv.addValueOption(QStringLiteral("due-before"),
        QCoreApplication::translate("sn::cli", "Open tasks due before this date."), QStringLiteral("DATE"));
    inv.addFlag(QStringLiteral("overdue"), QCoreApplication::translate("sn::cli", "Only tasks past their due date."));
    inv.addValueOption(QStringLiteral("township"), QCoreApplication::translate("sn::cli", "Only this township."),
        QStringLiteral("NAME"));
    inv.addValueOption(
        QStringLiteral("outcome"), QStringLiteral("no_change | change_found | exit"), QStringLiteral("OUTCOME"));
    inv.addValueOption(QStringLiteral("date"),
        QCoreApplication::translate("sn::cli", "Date of the visit (default today)."), QStringLiteral("DATE"));
    inv.addValueOption(
        QStringLiteral("notes"), QCoreApplication::translate("sn::cli", "Notes of the visit."), QStringLiteral("TEXT"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    if (inv.db().isEmpty())
        return inv.usageError(QCoreApplication::translate("sn::cli", "reviews needs --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    Database &db = *opened.db;
    ReviewService service(db, session);
    const QString action = inv.positional().value(0);
    const Action<ReviewsCall> *run = findAction(ReviewsActions, action); // "" (no action): the list
    if (!run)
        return inv.usageError(QCoreApplication::translate("sn::cli", "Unknown action \"%1\".").arg(action));
    return run->run({ inv, db, service });
}

int tier(const QStringList &args)
{
    Invocation inv(QStringLiteral("tier"),
        QCoreApplication::translate("sn::cli",
            "tier explain HOUSEHOLD  |  tier override HOUSEHOLD --tier red|yellow|green|monitoring|none --reason TEXT  "
            "|  tier clear HOUSEHOLD"),
        args);
    inv.addPositional(QStringLiteral("action"), QStringLiteral("explain | override | clear"));
    inv.addPositional(QStringLiteral("household"), QCoreApplication::translate("sn::cli", "Household id."));
    inv.addValueOption(
        QStringLiteral("tier"), QStringLiteral("red | yellow | green | monitoring | none"), QStringLiteral("TIER"));
    inv.addValueOption(QStringLiteral("reason"),
        QCoreApplication::translate("sn::cli", "Why the tier differs from the rules."), QStringLiteral("TEXT"));
    if (const int code = inv.parse(); code >= 0)
        return code;
    const QString action = inv.positional().value(0);
    const QString household = inv.positional().value(1);
    if (inv.db().isEmpty() || household.isEmpty())
        return inv.usageError(
            QCoreApplication::translate("sn::cli", "tier needs an action, a household id and --db FILE."));
    SignedIn opened;
    if (const int code = inv.openSignedIn(opened); code >= 0)
        return code;
    const Session &session = opened.session;
    ReviewService service(*opened.db, session);
    if (action == QLatin1String("override")) {
        bool ok = false;
        const Tier t = TierRules::fromCode(inv.value(QStringLiteral("tier")), &ok);
        if (!ok)
            return inv.fail(Error::invalid(
                QCoreApplication::translate("sn::cli", "--tier must be red, yellow, green, monitoring or none."),
                QStringLiteral("--tier")));
        if (auto s = service.setTierOverride(household, t, inv.value(QStringLiteral("reason"))); !s)
            return inv.fail(s.error());
    } else if (action == QLatin1String("clear")) {
        if (auto s = service.setTierOverride(household, std::nullopt, QString()); !s)
            return inv.fail(s.error());
    } else if (action != QLatin1String("explain")) {
        return inv.usageError(QCoreApplication::translate("sn::cli", "Unknown action \"%1\".").arg(action));
    }
    auto decision = service.explain(household);
    if (!decision)
        return inv.fail(decision.error());
    if (inv.json()) {
        Invocation::printJson(QJsonDocument(QJsonObject { { QStringLiteral("tier"), TierRules::code(decision->tier) },
            { QStringLiteral("rule"), decision->rule }, { QStringLiteral("overridden"), decision->overridden },
            { QStringLiteral("reasons"), QJsonArray::fromStringList(decision->reasonsZh) },
            { QStringLiteral("reasons_en"), QJsonArray::fromStringList(decision->reasonsEn) } }));
    } else {
        Invocation::out() << TierRules::code(decision->tier) << '\t' << decision->reasonsZh.join(QStringLiteral("；"))
                          << Qt::endl;
    }
    return Success;
}

} // namespace sn::cli
