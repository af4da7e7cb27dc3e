#include "ReviewService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/ReviewRepository.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QHash>
#include <QMutex>
#include <algorithm>

namespace sn {

ReviewService::ReviewService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
    , m_households(std::make_unique<HouseholdRepository>(db))
    , m_reviews(std::make_unique<ReviewRepository>(db))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

ReviewService::~ReviewService() = default;

QString ReviewService::rhythmKey(Tier tier, TaskType type)
{
    return QStringLiteral("reviews/%1/%2").arg(TierRules::code(tier), ReviewSchedule::code(type));
}

ReviewRhythms ReviewService::rhythms() const
{
    ReviewRhythms r = ReviewRhythms::plan();
    const SettingsRepository settings(m_db);
    for (Tier tier : TierRules::all()) {
        for (TaskType type : ReviewSchedule::allTypes()) {
            const QVariant v = settings.value(rhythmKey(tier, type));
            if (v.isValid())
                r.set(tier, type, v.toInt());
        }
    }
    return r;
}

Status ReviewService::checkScope(const QString &townshipCode, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(townshipCode))
        return Error::forbidden(
            tr("This household belongs to another township; you may only work on your own township's records."));
    return {};
}

Status ReviewService::apply(const Household &h, const TierDecision &decision, const QList<ReviewTask> &open,
    const LastDoneByType &lastDone, const ReviewRhythms &rhythms, const QDate &today, RegenerateSummary *summary,
    bool tierStored)
{
    if (!tierStored) {
        const QString reason = decision.reasonsZh.join(QStringLiteral("；"));
        const QDate next = TierRules::nextAgeBoundary(h, today);
        if (auto s = m_households->storeTier(h.id, decision.tier, reason, today, next); !s)
            return s;
    }
    // Without a start date (a ledger rarely has one) the rhythm counts from the registration date, so that an
    // imported household is scheduled at once; the form and the records-to-complete list say it is unknown.
    const QDate anchor = h.reviewAnchor().isValid() ? h.reviewAnchor() : today;
    const SchedulePlan plan
        = ReviewSchedule::plan(decision.tier, anchor, ReviewSchedule::dates(lastDone), open, rhythms);
    for (ReviewTask task : plan.create) {
        task.householdId = h.id;
        task.id = ReviewRepository::taskId(h.id, task.type, anchor, lastDone.value(task.type).taskId);
        if (auto s = m_reviews->insert(task); !s)
            return s;
    }
    for (const ReviewTask &task : plan.reschedule) {
        if (auto s = m_reviews->update(task); !s)
            return s;
    }
    for (ReviewTask task : plan.cancel) {
        task.status = TaskStatus::Cancelled;
        if (auto s = m_reviews->update(task); !s)
            return s;
    }
    if (summary) {
        summary->created += int(plan.create.size());
        summary->rescheduled += int(plan.reschedule.size());
        summary->cancelled += int(plan.cancel.size());
    }
    return {};
}

Status ReviewService::refreshHousehold(const QString &householdId)
{
    // It writes the tier and the schedule: whoever may record reviews of the household, never a read-only role.
    auto township = m_households->townshipOf(householdId);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::CompleteReviews); !s)
        return s;
    return refresh(householdId);
}

Status ReviewService::refresh(const QString &householdId)
{
    Household household;
    bool found = false;
    auto streamed = m_households->forEachOf({ householdId }, [&](const Household &h) {
        household = h;
        found = true;
        return false;
    });
    if (!streamed)
        return streamed;
    if (!found)
        return Error::notFound(tr("No household with the id %1.").arg(householdId));
    auto tasks = m_reviews->tasksOf(householdId);
    if (!tasks)
        return tasks.error();
    QList<ReviewTask> open;
    for (const ReviewTask &t : tasks.value()) {
        if (t.status == TaskStatus::Open)
            open.append(t);
    }
    auto lastDone = m_reviews->lastDoneOf(householdId);
    if (!lastDone)
        return lastDone.error();
    auto before = m_households->storedTier(householdId);
    const QDate today = Clock::today();
    const TierDecision decision = TierRules::decide(household, today);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = apply(household, decision, open, lastDone.value(), rhythms(), today, nullptr); !s)
        return s;
    if (before && before.value().toString() != TierRules::code(decision.tier)) {
        AuditEntry entry;
        entry.action = QStringLiteral("tier");
        entry.table = QStringLiteral("households");
        entry.recordId = householdId;
        entry.householdId = householdId;
        entry.field = QStringLiteral("tier");
        entry.oldValue = before.value().toString();
        entry.newValue = TierRules::code(decision.tier);
        if (auto s = AuditLog(m_db).append(entry); !s)
            return s;
    }
    return tx.commit();
}

Result<int> ReviewService::refreshDue()
{
    auto due = m_households->tierCheckDue(Clock::today());
    if (!due)
        return due.error();
    const QStringList list = due.value();
    if (list.size() > 200) { // the first start after an upgrade or an import: do it in bulk
        auto all = regenerateAll();
        if (!all)
            return all.error();
        return all->households;
    }
    for (const QString &id : std::as_const(list)) {
        if (auto s = refresh(id); !s)
            return s.error();
    }
    return int(list.size());
}

Status ReviewService::refreshTiers(const QStringList &householdIds)
{
    const QDate today = Clock::today();
    Status failure;
    auto streamed = m_households->forEachOf(householdIds, [&](const Household &h) {
        const TierDecision d = TierRules::decide(h, today);
        failure = m_households->storeTier(
            h.id, d.tier, d.reasonsZh.join(QStringLiteral("；")), today, TierRules::nextAgeBoundary(h, today));
        return failure.ok();
    });
    if (!streamed)
        return streamed;
    return failure;
}

Result<RegenerateSummary> ReviewService::regenerateAll()
{
    return regenerate({});
}

Result<RegenerateSummary> ReviewService::regenerateFor(const QStringList &householdIds)
{
    if (householdIds.isEmpty())
        return RegenerateSummary {};
    return regenerate(householdIds);
}

// What apply() does for a household with no task yet, without writing anything.
ReviewService::NewSchedule ReviewService::scheduleNew(
    const Household &h, const ReviewRhythms &rhythms, const QDate &today)
{
    const TierDecision decision = TierRules::decide(h, today);
    NewSchedule out;
    out.tier = { TierRules::code(decision.tier), decision.reasonsZh.join(QStringLiteral("；")), today,
        TierRules::nextAgeBoundary(h, today) };
    const QDate anchor = h.reviewAnchor().isValid() ? h.reviewAnchor() : today;
    const SchedulePlan plan = ReviewSchedule::plan(decision.tier, anchor, {}, {}, rhythms);
    for (ReviewTask task : plan.create) {
        task.householdId = h.id;
        task.id = ReviewRepository::taskId(h.id, task.type, anchor, QString());
        out.tasks.append(task);
    }
    return out;
}

Status ReviewService::storeNewTasks(const QList<ReviewTask> &tasks)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role may not regenerate schedules."));
    for (const ReviewTask &task : tasks) {
        if (auto s = m_reviews->insertNew(task); !s)
            return s;
    }
    return {};
}

Result<RegenerateSummary> ReviewService::regenerate(const QStringList &householdIds)
{
    // A write over every household: the roles that edit households (an auditor is district-wide but read-only).
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role may not regenerate schedules."));
    auto open = m_reviews->allOpen();
    if (!open)
        return open.error();
    auto done = m_reviews->allLastDone();
    if (!done)
        return done.error();
    auto tiers = m_households->storedTiers();
    if (!tiers)
        return tiers.error();
    const QHash<QString, StoredTier> &stored = tiers.value();

    const ReviewRhythms r = rhythms();
    const QDate today = Clock::today();
    RegenerateSummary summary;
    // Inside a ledger import's transaction: join it (every error below is returned as is).
    Transaction tx(m_db, Transaction::Nesting::JoinOuter);
    if (!tx.isActive())
        return tx.error();
    Status failure;
    auto streamed = m_households->forEachOf(householdIds, [&](const Household &h) {
        const TierDecision decision = TierRules::decide(h, today);
        const StoredTier before = stored.value(h.id);
        const QString tier = TierRules::code(decision.tier);
        if (before.tier != tier)
            ++summary.tiersChanged;
        ++summary.households;
        // Nothing to write when the stored tier, its reasons and the next age boundary are what was decided:
        // a district's regeneration then writes only what changed (issue 23, W5).
        const bool unchanged = before.tier == tier && before.reason == decision.reasonsZh.join(QStringLiteral("；"))
            && before.nextCheck == TierRules::nextAgeBoundary(h, today);
        failure = apply(h, decision, open->value(h.id), done->value(h.id), r, today, &summary, unchanged);
        return failure.ok();
    });
    if (!streamed)
        return streamed.error();
    if (!failure)
        return failure.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<TierDecision> ReviewService::explain(const QString &householdId) const
{
    auto h = m_households->load(householdId);
    if (!h)
        return h.error();
    if (auto s = checkScope(h->townshipCode, Permission::ViewHouseholds); !s)
        return s.error();
    return TierRules::decide(h.value(), Clock::today());
}

Status ReviewService::setTierOverride(const QString &householdId, std::optional<Tier> tier, const QString &reason)
{
    auto h = m_households->load(householdId);
    if (!h)
        return h.error();
    if (auto s = checkScope(h->townshipCode, Permission::OverrideTier); !s)
        return s;
    if (tier && reason.trimmed().isEmpty())
        return Error::invalid(tr("Write the reason for choosing the tier over the rules."), QStringLiteral("reason"));
    Household changed = h.value();
    changed.tierOverride = tier;
    changed.tierOverrideReason = tier ? reason.trimmed() : QString();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_households->save(changed); !s) // audited field by field (tier_override, tier_override_reason)
        return s;
    if (auto s = refresh(householdId); !s)
        return s;
    return tx.commit();
}

void ReviewService::scope(TaskQuery &query) const
{
    if (!Roles::districtWide(m_session.role))
        query.townshipCode = m_session.townshipCode;
    if (m_session.role == Role::VillageWorker && !m_session.villageCode.isEmpty())
        query.villageCode = m_session.villageCode;
}

Result<QList<TaskRow>> ReviewService::tasks(TaskQuery query) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view households."));
    scope(query);
    return m_reviews->query(query);
}

Result<QList<TaskRow>> ReviewService::overdue(TaskQuery query) const
{
    query.status = TaskStatus::Open;
    query.dueFrom = {};
    query.dueTo = Clock::today().addDays(-1);
    auto rows = tasks(query);
    return rows; // ordered by due date: the most overdue first
}

Result<QMap<QString, int>> ReviewService::overdueByTownship() const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view households."));
    TaskQuery q;
    scope(q);
    return m_reviews->overdueByTownship(Clock::today(), q.townshipCode, q.villageCode);
}

Result<QHash<QDate, QHash<Tier, int>>> ReviewService::dueCounts(
    const QDate &from, const QDate &to, const QString &townshipCode, const QString &villageCode) const
{
    TaskQuery q;
    q.townshipCode = townshipCode;
    q.villageCode = villageCode;
    scope(q);
    return m_reviews->dueCounts(from, to, q.townshipCode, q.villageCode);
}

Result<CompletionRate> ReviewService::completion(const QDate &from, const QDate &to, const QString &townshipCode) const
{
    TaskQuery q;
    q.townshipCode = townshipCode;
    scope(q);
    auto counts = m_reviews->doneAndOpenDue(from, to, q.townshipCode, q.villageCode);
    if (!counts)
        return counts.error();
    CompletionRate rate;
    rate.done = counts->first;
    rate.due = rate.done + counts->second;
    return rate;
}

// A visit that finds no change renews a finding that has a validity period (刚性支出困难, 12 months): it counts
// again from the visit's date. Saved through the repository, so the new date is audited and synced.
Status ReviewService::renewFinding(const QString &householdId, TaskOutcome outcome, const QDate &date)
{
    if (outcome != TaskOutcome::NoChange)
        return {};
    auto h = m_households->load(householdId);
    if (!h)
        return h.error();
    if (CategoryNames::validityMonths(h->category) == 0 || h->status != HouseholdStatus::Active
        || h->categoryFoundOn >= date)
        return {};
    Household renewed = h.value();
    renewed.categoryFoundOn = date;
    return m_households->save(renewed);
}

Status ReviewService::complete(const QString &taskId, const QDate &date, TaskOutcome outcome, const QString &notes)
{
    auto found = m_reviews->find(taskId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("No review task with the id %1.").arg(taskId));
    ReviewTask task = *found.value();
    auto township = m_households->townshipOf(task.householdId);
    if (!township)
        return township.error();
    if (auto s = checkScope(township.value(), Permission::CompleteReviews); !s)
        return s;
    if (task.status != TaskStatus::Open)
        return Error::conflict(
            tr("This task is already %1.").arg(task.status == TaskStatus::Done ? tr("done") : tr("cancelled")));
    if (!date.isValid() || date > Clock::today())
        return Error::invalid(tr("The date of the visit cannot be in the future."), QStringLiteral("date"));
    if (outcome == TaskOutcome::None)
        return Error::invalid(tr("Choose the outcome of the visit."), QStringLiteral("outcome"));
    if (outcome == TaskOutcome::Exit && notes.trimmed().isEmpty())
        return Error::invalid(tr("Write why the household leaves assistance."), QStringLiteral("notes"));
    task.status = TaskStatus::Done;
    task.completedOn = date;
    task.completedBy = m_session.userName;
    task.outcome = outcome;
    task.notes = notes.trimmed();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_reviews->update(task); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("review");
    entry.table = QStringLiteral("review_tasks");
    entry.recordId = task.id;
    entry.householdId = task.householdId;
    entry.field = ReviewSchedule::code(task.type);
    entry.newValue
        = QStringLiteral("%1 %2 %3").arg(date.toString(Qt::ISODate), ReviewSchedule::outcomeCode(outcome), task.notes);
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    if (outcome == TaskOutcome::Exit) {
        auto h = m_households->load(task.householdId);
        if (!h)
            return h.error();
        Household exited = h.value();
        exited.status = HouseholdStatus::Exited;
        exited.exitReason = task.notes;
        if (auto s = m_households->save(exited); !s)
            return s;
    }
    if (auto s = renewFinding(task.householdId, outcome, date); !s)
        return s;
    if (auto s = refresh(task.householdId); !s)
        return s;
    return tx.commit();
}

} // namespace sn
