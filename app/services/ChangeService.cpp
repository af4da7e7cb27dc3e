#include "ChangeService.h"

#include "HouseholdService.h"

#include "database/ApplicationRepository.h"
#include "database/AuditLog.h"
#include "database/BenefitRepository.h"
#include "database/ChangeRepository.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/ReviewRepository.h"
#include "database/SqlUtil.h"
#include "database/StationRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

namespace sn {

ChangeService::ChangeService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
    , m_repo(std::make_unique<ChangeRepository>(db))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

ChangeService::~ChangeService() = default;

Status ChangeService::checkScope(const QString &townshipCode, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(townshipCode))
        return Error::forbidden(tr("This household belongs to another township."));
    return {};
}

QString ChangeService::scopeTownship() const
{
    return Roles::districtWide(m_session.role) ? QString() : m_session.townshipCode;
}

// A change proposed by a review: the review of this household, done, whose outcome was "change found"; its notes
// are the reasons unless others are given.
Status ChangeService::fillFromReview(BenefitChange &c) const
{
    auto task = ReviewRepository(m_db).find(c.reviewTaskId);
    if (!task)
        return task.error();
    if (!task.value() || task.value()->householdId != c.householdId)
        return Error::invalid(tr("review_task_id: no review %1 of this household.").arg(c.reviewTaskId),
            QStringLiteral("review_task_id"));
    if (task.value()->status != TaskStatus::Done || task.value()->outcome != TaskOutcome::ChangeFound)
        return Error::invalid(tr("review_task_id: the review %1 did not find a change (record its outcome as "
                                 "\"change found\" first).")
                                  .arg(c.reviewTaskId),
            QStringLiteral("review_task_id"));
    if (c.reasons.trimmed().isEmpty())
        c.reasons = task.value()->notes;
    return {};
}

Result<QString> ChangeService::propose(BenefitChange c)
{
    auto loaded = HouseholdRepository(m_db).load(c.householdId);
    if (!loaded)
        return Error::invalid(loaded.error().message, QStringLiteral("household_id"));
    const Household &h = loaded.value();
    if (auto s = checkScope(h.townshipCode, Permission::EditHouseholds); !s)
        return s.error();
    if (!c.reviewTaskId.isEmpty()) {
        if (auto s = fillFromReview(c); !s)
            return s.error();
    }
    auto paid = BenefitRepository(m_db).overrideOf(h.id);
    if (!paid)
        return paid.error();
    c.oldCategory = h.category;
    c.oldAmount = paid.value() ? paid.value()->amount : h.monthlyAmount;
    if (c.kind == ChangeKind::Stop) {
        c.newCategory = h.category;
        c.newAmount = 0;
    } else if (c.newCategory == Category::None) {
        c.newCategory = h.category;
    }
    c.reasons = c.reasons.trimmed();
    if (const QString why = ChangeRules::check(c, h); !why.isEmpty())
        return Error::invalid(why, QStringLiteral("change"));
    c.id = sql::newId();
    c.townshipCode = h.townshipCode;
    c.state = ChangeState::Proposed;
    c.proposedOn = Clock::today();
    c.confirmedOn = {};
    c.appliedOn = {};
    c.userName = m_session.userName;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->insert(c); !s)
        return s.error();
    const QString summary = QStringLiteral("%1 %2 %3→%4 %5")
                                .arg(ChangeRules::code(c.kind), c.effectiveMonth, money::toYuanString(c.oldAmount),
                                    money::toYuanString(c.newAmount), c.reasons);
    if (auto s = audit(QStringLiteral("benefit_changes"), c.id, c.householdId, QStringLiteral("state"), {},
            QStringLiteral("proposed: ") + summary);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return c.id;
}

Status ChangeService::confirm(const QString &id, const QDate &date)
{
    auto loaded = m_repo->load(id);
    if (!loaded)
        return loaded.error();
    BenefitChange c = loaded.value();
    if (auto s = checkScope(c.townshipCode, Permission::ConfirmApplications); !s)
        return s;
    if (c.state != ChangeState::Proposed)
        return Error::invalid(
            tr("The change is %1: only a proposed change is confirmed.").arg(ChangeRules::display(c.state)),
            QStringLiteral("state"));
    const QDate on = date.isValid() ? date : Clock::today();
    if (on > Clock::today() || on < c.proposedOn)
        return Error::invalid(tr("The date %1 is in the future or before the change was proposed (%2).")
                                  .arg(on.toString(Qt::ISODate), c.proposedOn.toString(Qt::ISODate)),
            QStringLiteral("date"));
    // The household may have changed since the proposal: the change must still make sense.
    auto h = HouseholdRepository(m_db).load(c.householdId);
    if (!h)
        return h.error();
    if (const QString why = ChangeRules::check(c, h.value()); !why.isEmpty())
        return Error::invalid(why, QStringLiteral("change"));
    c.state = ChangeState::Confirmed;
    c.confirmedOn = on;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->update(c); !s)
        return s;
    if (auto s = audit(QStringLiteral("benefit_changes"), c.id, c.householdId, QStringLiteral("state"),
            QStringLiteral("proposed"), QStringLiteral("confirmed"));
        !s)
        return s;
    if (c.effectiveDate() <= Clock::today()) {
        if (auto s = applyOne(c, Clock::today()); !s)
            return s;
    }
    return tx.commit();
}

Status ChangeService::withdraw(const QString &id, const QString &why)
{
    auto loaded = m_repo->load(id);
    if (!loaded)
        return loaded.error();
    BenefitChange c = loaded.value();
    if (auto s = checkScope(c.townshipCode, Permission::EditHouseholds); !s)
        return s;
    if (c.state != ChangeState::Proposed && c.state != ChangeState::Confirmed)
        return Error::invalid(tr("The change is %1 and can no longer be withdrawn.").arg(ChangeRules::display(c.state)),
            QStringLiteral("state"));
    if (c.state == ChangeState::Confirmed && !m_session.can(Permission::ConfirmApplications))
        return Error::forbidden(tr("A confirmed change is withdrawn by the district bureau."));
    if (why.trimmed().isEmpty())
        return Error::invalid(tr("Say why the change is withdrawn."), QStringLiteral("reason"));
    const QString from = ChangeRules::code(c.state);
    c.state = ChangeState::Withdrawn;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->update(c); !s)
        return s;
    if (auto s = audit(QStringLiteral("benefit_changes"), c.id, c.householdId, QStringLiteral("state"), from,
            QStringLiteral("withdrawn: ") + why.trimmed());
        !s)
        return s;
    return tx.commit();
}

// The household follows the change: category, amount, status (a 停发 exits it); a clerk's amount set before
// gives way to the decided one. HouseholdService recomputes the tier and the review schedule.
Status ChangeService::applyOne(BenefitChange c, const QDate &on)
{
    auto h = HouseholdRepository(m_db).load(c.householdId);
    if (!h)
        return h.error();
    if (const QString why = ChangeRules::check(c, h.value()); !why.isEmpty())
        return Error::invalid(
            tr("The change of %1 (%2) cannot take effect: %3").arg(c.effectiveMonth, ChangeRules::display(c.kind), why),
            QStringLiteral("change"));
    BenefitRepository benefits(m_db);
    auto paid = benefits.overrideOf(c.householdId);
    if (!paid)
        return paid.error();
    if (paid.value()) {
        if (auto s = benefits.clearOverride(c.householdId); !s)
            return s;
        if (auto s = audit(QStringLiteral("benefit_overrides"), c.householdId, c.householdId,
                QStringLiteral("amount_fen"), QString::number(paid.value()->amount), {});
            !s)
            return s;
    }
    if (auto s = HouseholdService(m_db, m_session).update(ChangeRules::applied(c, h.value())); !s)
        return s;
    c.state = ChangeState::Applied;
    c.appliedOn = on;
    if (auto s = m_repo->update(c); !s)
        return s;
    return audit(QStringLiteral("benefit_changes"), c.id, c.householdId, QStringLiteral("state"),
        QStringLiteral("confirmed"), QStringLiteral("applied"));
}

Result<int> ChangeService::applyDue()
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    return applyDueWhere([this](const QString &township) { return m_session.coversTownship(township); });
}

Result<std::function<bool(const QString &township)>> ChangeService::answeredHere() const
{
    StationRepository stations(m_db);
    auto own = stations.ownTownship();
    if (!own)
        return own.error();
    QSet<QString> withStation;
    if (own->isEmpty()) {
        auto codes = stations.townshipsWithStation();
        if (!codes)
            return codes.error();
        withStation = codes.value();
    }
    return std::function<bool(const QString &)>(
        [session = m_session, ownTownship = own.value(), withStation](const QString &township) {
            if (!session.coversTownship(township))
                return false;
            return ownTownship.isEmpty() ? !withStation.contains(township) : township == ownTownship;
        });
}

Result<int> ChangeService::applyDueHere()
{
    if (!m_session.can(Permission::EditHouseholds))
        return 0;
    auto here = answeredHere();
    if (!here)
        return here.error();
    return applyDueWhere(here.value());
}

Result<int> ChangeService::lapseFindingsHere()
{
    if (!m_session.can(Permission::EditHouseholds))
        return 0;
    auto here = answeredHere();
    if (!here)
        return here.error();
    const QDate today = Clock::today();
    const Category lapsing = Category::Expenditure;
    auto found = HouseholdRepository(m_db).findingsBy(
        CategoryNames::code(lapsing), today.addMonths(-CategoryNames::validityMonths(lapsing)));
    if (!found)
        return found.error();
    int lapsed = 0;
    for (const CategoryFinding &f : std::as_const(found.value())) {
        if (!here.value()(f.townshipCode))
            continue;
        auto loaded = HouseholdRepository(m_db).load(f.householdId);
        if (!loaded)
            return loaded.error();
        Household h = loaded.value();
        const QDate lapsedOn = CategoryNames::lapsesOn(lapsing, f.foundOn);
        h.category = Category::None;
        h.categoryOverrideReason = tr("The %1 finding of %2 was not renewed within %3 months and lapsed on %4.")
                                       .arg(CategoryNames::chinese(lapsing), f.foundOn.toString(Qt::ISODate))
                                       .arg(CategoryNames::validityMonths(lapsing))
                                       .arg(lapsedOn.toString(Qt::ISODate));
        // One household at a time, each in its own transaction: a household that no longer validates (its
        // data was changed elsewhere) is left for a clerk and does not hold back the others.
        if (auto s = HouseholdService(m_db, m_session).update(h); !s)
            continue;
        ++lapsed;
    }
    return lapsed;
}

Result<QList<CategoryFinding>> ChangeService::renewalsDue() const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    const Category lapsing = Category::Expenditure;
    const QDate today = Clock::today();
    // Due from one month before it lapses: found on or before today + 1 month - 12 months.
    return HouseholdRepository(m_db).findingsBy(
        CategoryNames::code(lapsing), today.addMonths(1 - CategoryNames::validityMonths(lapsing)), scopeTownship());
}

Result<int> ChangeService::applyDueWhere(const std::function<bool(const QString &township)> &answersFor)
{
    const QDate today = Clock::today();
    auto due = m_repo->due(today.toString(QStringLiteral("yyyy-MM")));
    if (!due)
        return due.error();
    QList<BenefitChange> mine;
    for (const BenefitChange &c : std::as_const(due.value())) {
        if (answersFor(c.townshipCode))
            mine.append(c);
    }
    if (mine.isEmpty())
        return 0; // no write transaction at all: desk start and sync stay read-only when nothing is due
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (const BenefitChange &c : std::as_const(mine)) {
        if (auto s = applyOne(c, today); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(mine.size());
}

Result<BenefitChange> ChangeService::get(const QString &id) const
{
    auto c = m_repo->load(id);
    if (!c)
        return c.error();
    if (auto s = checkScope(c->townshipCode, Permission::ViewHouseholds); !s)
        return s.error();
    return c;
}

Result<QList<BenefitChange>> ChangeService::list(const QString &householdId) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    return m_repo->query({ scopeTownship(), householdId });
}

// What an appeal is against: an application that was decided, or a change that was confirmed (or is in effect).
Status ChangeService::fillAppealOrigin(Appeal &a) const
{
    if (a.changeId.isEmpty() == a.applicationId.isEmpty())
        return Error::invalid(
            tr("Name what is appealed: a change (change_id) or an application's decision (application_id), one of "
               "them."),
            QStringLiteral("change_id"));
    if (!a.changeId.isEmpty()) {
        auto c = m_repo->load(a.changeId);
        if (!c)
            return Error::invalid(c.error().message, QStringLiteral("change_id"));
        if (c->state != ChangeState::Confirmed && c->state != ChangeState::Applied)
            return Error::invalid(tr("change_id: the change is %1; only a decided change is appealed.")
                                      .arg(ChangeRules::display(c->state)),
                QStringLiteral("change_id"));
        a.townshipCode = c->townshipCode;
        a.householdId = c->householdId;
        return {};
    }
    auto app = ApplicationRepository(m_db).load(a.applicationId);
    if (!app)
        return Error::invalid(app.error().message, QStringLiteral("application_id"));
    if (app->outcome == ApplicationOutcome::Pending)
        return Error::invalid(
            tr("application_id: the application is not decided yet."), QStringLiteral("application_id"));
    a.townshipCode = app->townshipCode;
    a.householdId = app->householdId;
    if (a.appellant.trimmed().isEmpty())
        a.appellant = app->applicantName;
    return {};
}

Result<QString> ChangeService::addAppeal(Appeal a)
{
    if (auto s = fillAppealOrigin(a); !s)
        return s.error();
    if (auto s = checkScope(a.townshipCode, Permission::EditHouseholds); !s)
        return s.error();
    a.appellant = a.appellant.trimmed();
    a.grounds = a.grounds.trimmed();
    if (a.appellant.isEmpty())
        return Error::invalid(tr("appellant: who appeals?"), QStringLiteral("appellant"));
    if (a.grounds.isEmpty())
        return Error::invalid(tr("grounds: what the appellant says is wrong."), QStringLiteral("grounds"));
    if (!a.lodgedOn.isValid() || a.lodgedOn > Clock::today())
        return Error::invalid(tr("lodged_on: the date the appeal was lodged (YYYY-MM-DD, not in the future)."),
            QStringLiteral("lodged_on"));
    a.id = sql::newId();
    a.outcome = AppealOutcome::Pending;
    a.decidedOn = {};
    a.outcomeNote.clear();
    a.userName = m_session.userName;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->insertAppeal(a); !s)
        return s.error();
    if (auto s = audit(QStringLiteral("appeals"), a.id, a.householdId, QStringLiteral("outcome"), {},
            QStringLiteral("%1: %2").arg(ChangeRules::code(a.kind), a.grounds));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return a.id;
}

Status ChangeService::decideAppeal(const QString &id, AppealOutcome outcome, const QDate &date, const QString &note)
{
    auto loaded = m_repo->loadAppeal(id);
    if (!loaded)
        return loaded.error();
    Appeal a = loaded.value();
    if (auto s = checkScope(a.townshipCode, Permission::EditHouseholds); !s)
        return s;
    if (a.outcome != AppealOutcome::Pending)
        return Error::invalid(
            tr("The appeal was already decided (%1).").arg(ChangeRules::display(a.outcome)), QStringLiteral("outcome"));
    if (outcome == AppealOutcome::Pending)
        return Error::invalid(tr("outcome: upheld, changed or withdrawn."), QStringLiteral("outcome"));
    const QDate on = date.isValid() ? date : Clock::today();
    if (on > Clock::today() || on < a.lodgedOn)
        return Error::invalid(tr("The date %1 is in the future or before the appeal was lodged (%2).")
                                  .arg(on.toString(Qt::ISODate), a.lodgedOn.toString(Qt::ISODate)),
            QStringLiteral("date"));
    if (outcome == AppealOutcome::Changed && note.trimmed().isEmpty())
        return Error::invalid(tr("note: say how the decision was changed."), QStringLiteral("note"));
    a.outcome = outcome;
    a.decidedOn = on;
    a.outcomeNote = note.trimmed();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->updateAppeal(a); !s)
        return s;
    if (auto s
        = audit(QStringLiteral("appeals"), a.id, a.householdId, QStringLiteral("outcome"), QStringLiteral("pending"),
            QStringLiteral("%1 %2 %3").arg(ChangeRules::code(outcome), on.toString(Qt::ISODate), a.outcomeNote));
        !s)
        return s;
    return tx.commit();
}

Result<Appeal> ChangeService::appeal(const QString &id) const
{
    auto a = m_repo->loadAppeal(id);
    if (!a)
        return a.error();
    if (auto s = checkScope(a->townshipCode, Permission::ViewHouseholds); !s)
        return s.error();
    return a;
}

Result<QList<Appeal>> ChangeService::appeals(const QString &householdId) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    return m_repo->appeals({ scopeTownship(), householdId });
}

Status ChangeService::audit(const QString &table, const QString &id, const QString &householdId, const QString &field,
    const QString &oldValue, const QString &newValue)
{
    AuditEntry entry;
    entry.action = oldValue.isEmpty() && table != QLatin1String("benefit_overrides") ? QStringLiteral("create")
                                                                                     : QStringLiteral("update");
    entry.table = table;
    entry.recordId = id;
    entry.householdId = householdId;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return AuditLog(m_db).append(entry);
}

} // namespace sn
