#include "ApplicationService.h"

#include "BenefitService.h"
#include "HouseholdService.h"
#include "StationService.h"

#include "database/ApplicationRepository.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/LeadRepository.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QRegularExpression>

namespace sn {

namespace {

const QString EvaluationKey = QStringLiteral("applications/democratic_evaluation");

} // namespace

ApplicationService::ApplicationService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
    , m_repo(std::make_unique<ApplicationRepository>(db))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

ApplicationService::~ApplicationService() = default;

Status ApplicationService::checkScope(const QString &townshipCode, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(townshipCode))
        return Error::forbidden(tr("This application belongs to another township."));
    return {};
}

StepLimit ApplicationService::limit(Assistance assistance, ApplicationStep step) const
{
    StepLimit l = ApplicationRules::defaultLimit(assistance, step);
    if (const QVariant v = SettingsRepository(m_db).value(ApplicationRules::limitKey(assistance, step)); v.isValid()) {
        if (v.toInt() != l.days)
            l.source = tr("district setting (national default %1: %2)").arg(l.days).arg(l.source);
        l.days = v.toInt();
    }
    return l;
}

StepLimit ApplicationService::overallLimit(Assistance assistance) const
{
    StepLimit l = ApplicationRules::defaultOverall(assistance);
    if (const QVariant v = SettingsRepository(m_db).value(ApplicationRules::overallKey(assistance)); v.isValid()) {
        if (v.toInt() != l.days)
            l.source = tr("district setting (national default %1: %2)").arg(l.days).arg(l.source);
        l.days = v.toInt();
    }
    return l;
}

bool ApplicationService::democraticEvaluation() const
{
    const QVariant v = SettingsRepository(m_db).value(EvaluationKey);
    return !v.isValid() || v.toString() == QLatin1String("1") || v.toString() == QLatin1String("true");
}

Status ApplicationService::setLimit(Assistance assistance, std::optional<ApplicationStep> step, int days)
{
    if (!m_session.can(Permission::EditStandards))
        return Error::forbidden(tr("Only the district sets the time limits."));
    if (days < 0 || days > 90)
        return Error::invalid(tr("A time limit is 0 to 90 days."), QStringLiteral("days"));
    if (step && ApplicationRules::defaultLimit(assistance, *step).days == 0)
        return Error::invalid(
            tr("%1 has no step %2.").arg(ApplicationRules::display(assistance), ApplicationRules::display(*step)),
            QStringLiteral("step"));
    const QString key = step ? ApplicationRules::limitKey(assistance, *step) : ApplicationRules::overallKey(assistance);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = SettingsRepository(m_db).setValue(key, days); !s)
        return s;
    return tx.commit();
}

Status ApplicationService::setDemocraticEvaluation(bool used)
{
    if (!m_session.can(Permission::EditStandards))
        return Error::forbidden(tr("Only the district decides whether 民主评议 is used."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = SettingsRepository(m_db).setValue(EvaluationKey, used ? 1 : 0); !s)
        return s;
    return tx.commit();
}

Status ApplicationService::saveSettings(const ApplicationSettingsChange &change)
{
    if (!m_session.can(Permission::EditStandards))
        return Error::forbidden(tr("Only the district sets the time limits and the holiday calendar."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (const ApplicationSettingsChange::Limit &l : change.limits) {
        if (auto s = setLimit(l.assistance, l.step, l.days); !s)
            return s;
    }
    if (change.democraticEvaluation) {
        if (auto s = setDemocraticEvaluation(*change.democraticEvaluation); !s)
            return s;
    }
    for (const QDate &date : change.removedDays) {
        if (auto s = removeCalendarDay(date); !s)
            return s;
    }
    for (const CalendarDay &day : change.calendarDays) {
        if (auto s = setCalendarDay(day); !s)
            return s;
    }
    return tx.commit();
}

WorkingCalendar ApplicationService::calendar() const
{
    auto days = m_repo->calendarDays();
    return WorkingCalendar(days ? days.value() : QList<CalendarDay>());
}

Result<QList<CalendarDay>> ApplicationService::calendarDays() const
{
    return m_repo->calendarDays();
}

Status ApplicationService::setCalendarDay(const CalendarDay &day)
{
    if (!m_session.can(Permission::EditStandards))
        return Error::forbidden(tr("Only the district maintains the holiday calendar."));
    if (!day.date.isValid())
        return Error::invalid(tr("The date is not valid (YYYY-MM-DD)."), QStringLiteral("date"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->setCalendarDay(day); !s)
        return s;
    return tx.commit();
}

Status ApplicationService::removeCalendarDay(const QDate &date)
{
    if (!m_session.can(Permission::EditStandards))
        return Error::forbidden(tr("Only the district maintains the holiday calendar."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->removeCalendarDay(date); !s)
        return s;
    return tx.commit();
}

// The household and lead an application names: both must exist, and they give its township and applicant.
Status ApplicationService::fillFromOrigin(Application &a) const
{
    if (!a.leadId.isEmpty()) {
        auto lead = LeadRepository(m_db).load(a.leadId);
        if (!lead)
            return Error::invalid(lead.error().message, QStringLiteral("lead_id"));
        if (lead->decision != LeadDecision::None && lead->decision != LeadDecision::Granted)
            return Error::invalid(tr("The lead was decided \"%1\": only a lead decided granted (or still open) "
                                     "becomes an application.")
                                      .arg(LeadRules::display(lead->decision)),
                QStringLiteral("lead_id"));
        a.townshipCode = lead->townshipCode;
        a.villageCode = a.villageCode.isEmpty() ? lead->villageCode : a.villageCode;
        if (a.householdId.isEmpty())
            a.householdId = lead->householdId;
        if (a.applicantName.isEmpty())
            a.applicantName = lead->personName;
        if (a.proxyName.isEmpty()) {
            a.proxyName = lead->proxyName;
            a.proxyRelation = lead->proxyRelation;
            a.proxyPhone = lead->proxyPhone;
        }
    }
    if (!a.householdId.isEmpty()) {
        auto h = HouseholdRepository(m_db).load(a.householdId);
        if (!h)
            return Error::invalid(h.error().message, QStringLiteral("household_id"));
        if (!a.leadId.isEmpty() && h->townshipCode != a.townshipCode)
            return Error::invalid(
                tr("The household and the lead are in different townships."), QStringLiteral("household_id"));
        a.townshipCode = h->townshipCode;
        a.villageCode = h->villageCode;
        if (a.applicantName.isEmpty())
            a.applicantName = h->headName();
    }
    return {};
}

Result<QString> ApplicationService::add(Application a)
{
    if (a.householdId.isEmpty() && a.leadId.isEmpty())
        return Error::invalid(tr("Name the household (household_id) or the lead (lead_id) that applies."),
            QStringLiteral("household_id"));
    if (!a.appliedOn.isValid())
        return Error::invalid(
            tr("applied_on: the date of the application (YYYY-MM-DD) is missing."), QStringLiteral("applied_on"));
    if (a.appliedOn > Clock::today())
        return Error::invalid(tr("applied_on: %1 is in the future.").arg(a.appliedOn.toString(Qt::ISODate)),
            QStringLiteral("applied_on"));
    if (auto s = fillFromOrigin(a); !s)
        return s.error();
    if (auto s = checkScope(a.townshipCode, Permission::EditHouseholds); !s)
        return s.error();
    a.applicantName = a.applicantName.trimmed();
    if (a.applicantName.isEmpty())
        return Error::invalid(tr("Who applies? The applicant's name is empty."), QStringLiteral("applicant_name"));
    const WorkingCalendar cal = calendar();
    const StepLimit first = limit(a.assistance, ApplicationStep::Accepted);
    a.id = sql::newId();
    a.step = ApplicationStep::Accepted;
    a.stepStartedOn = a.appliedOn;
    a.stepDeadline = cal.deadline(a.appliedOn, first.days, first.calendarDays);
    a.overallDeadline = cal.addWorkingDays(a.appliedOn, overallLimit(a.assistance).days);
    a.outcome = ApplicationOutcome::Pending;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->insert(a); !s)
        return s.error();
    if (auto s = audit(a, QStringLiteral("step"), {}, ApplicationRules::code(a.step)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return a.id;
}

Result<Application> ApplicationService::get(const QString &id) const
{
    auto a = m_repo->load(id);
    if (!a)
        return a.error();
    if (auto s = checkScope(a->townshipCode, Permission::ViewHouseholds); !s)
        return s.error();
    return a;
}

Result<QList<ApplicationStepRecord>> ApplicationService::history(const QString &id) const
{
    if (auto a = get(id); !a)
        return a.error();
    return m_repo->steps(id);
}

ApplicationRow ApplicationService::row(const Application &a) const
{
    return row(a, calendar());
}

ApplicationRow ApplicationService::row(const Application &a, const WorkingCalendar &calendar) const
{
    const QDate today = Clock::today();
    ApplicationRow r;
    r.application = a;
    r.daysLeft = ApplicationRules::daysLeft(a, today, calendar);
    r.overdue = ApplicationRules::overdue(a, today);
    if (a.finished())
        r.countdown = a.outcome == ApplicationOutcome::Refused ? tr("refused") : tr("enrolled");
    else if (r.overdue && today > a.stepDeadline)
        r.countdown = tr("overdue by %n working day(s)", nullptr, -r.daysLeft);
    else if (r.overdue)
        r.countdown = tr("past the overall limit (%1)").arg(a.overallDeadline.toString(Qt::ISODate));
    else
        r.countdown = tr("%n working day(s) left", nullptr, r.daysLeft);
    return r;
}

QList<ApplicationStep> ApplicationService::nextSteps(const Application &a) const
{
    QList<ApplicationStep> steps;
    const bool evaluation = democraticEvaluation();
    for (ApplicationStep s : ApplicationRules::sequence(a.assistance, evaluation)) {
        if (ApplicationRules::checkTransition(a, s, evaluation).isEmpty())
            steps.append(s);
    }
    return steps;
}

Result<QList<ApplicationRow>> ApplicationService::list(bool overdueOnly, const QString &township) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    ApplicationQuery q;
    q.townshipCode = Roles::districtWide(m_session.role) ? township : m_session.townshipCode;
    if (!township.isEmpty() && township != q.townshipCode)
        return QList<ApplicationRow>(); // a township clerk asking for another township sees nothing of it
    auto found = m_repo->query(q);
    if (!found)
        return found.error();
    QList<ApplicationRow> rows;
    const WorkingCalendar cal = calendar(); // read once for the whole list
    for (const Application &a : found.value()) {
        ApplicationRow r = row(a, cal);
        if (!overdueOnly || r.overdue)
            rows.append(r);
    }
    return rows;
}

// What leaving the current step needs and records: the authorisation before the economic check, the survey's
// findings, the notice's objections (going back to the survey needs them).
static Status checkLeaving(Application &a, const AdvanceRequest &r)
{
    const QString note = r.note.trimmed();
    if (a.step == ApplicationStep::Accepted && !a.authorisationSigned)
        return Error::invalid(ApplicationService::tr("The signed authorisation for the economic check "
                                                     "(家庭经济状况核对授权书) is not recorded."),
            QStringLiteral("authorisation_signed"));
    if (a.step == ApplicationStep::Survey) {
        if (note.isEmpty())
            return Error::invalid(
                ApplicationService::tr("Write the findings of the home survey in the note."), QStringLiteral("note"));
        a.surveyFindings = note;
    }
    if (a.step == ApplicationStep::Publicity) {
        if (r.to == ApplicationStep::Survey && note.isEmpty())
            return Error::invalid(
                ApplicationService::tr("Write the objection that sends the case back to the survey in the note."),
                QStringLiteral("note"));
        a.objections = note;
    }
    return {};
}

Status ApplicationService::advance(const QString &id, const AdvanceRequest &r)
{
    auto loaded = m_repo->load(id);
    if (!loaded)
        return loaded.error();
    Application a = loaded.value();
    // 县级确认 and the decision are the district bureau's; every other step is the township's.
    const Permission needed
        = r.to == ApplicationStep::Decided ? Permission::ConfirmApplications : Permission::EditHouseholds;
    if (auto s = checkScope(a.townshipCode, needed); !s)
        return s;
    if (const QString why = ApplicationRules::checkTransition(a, r.to, democraticEvaluation()); !why.isEmpty())
        return Error::invalid(why, QStringLiteral("to"));
    const QDate on = r.date.isValid() ? r.date : Clock::today();
    if (on > Clock::today())
        return Error::invalid(
            tr("The date %1 is in the future.").arg(on.toString(Qt::ISODate)), QStringLiteral("date"));
    if (on < a.stepStartedOn)
        return Error::invalid(tr("The date %1 is before the step began (%2).")
                                  .arg(on.toString(Qt::ISODate), a.stepStartedOn.toString(Qt::ISODate)),
            QStringLiteral("date"));
    if (!r.householdId.isEmpty()) {
        auto township = HouseholdRepository(m_db).townshipOf(r.householdId);
        if (!township || township.value() != a.townshipCode)
            return Error::invalid(tr("The household %1 is not one of this township's.").arg(r.householdId),
                QStringLiteral("household_id"));
        a.householdId = r.householdId;
    }
    if (r.authorisationSigned)
        a.authorisationSigned = true;
    if (auto s = checkLeaving(a, r); !s)
        return s;
    if (r.to == ApplicationStep::Decided) {
        if (auto s = decide(a, r, on); !s)
            return s;
    }
    if (r.to == ApplicationStep::Enrolled && a.householdId.isEmpty())
        return Error::invalid(tr("Link the household before enrolling it."), QStringLiteral("household_id"));
    const WorkingCalendar cal = calendar();
    const ApplicationStepRecord done { a.step, r.to, a.stepStartedOn, a.stepDeadline, on,
        cal.workingDaysBetween(a.stepStartedOn, on), on > a.stepDeadline, r.note.trimmed(), m_session.userName };
    const QString from = ApplicationRules::code(a.step);
    a.step = r.to;
    a.stepStartedOn = on;
    const StepLimit next = limit(a.assistance, r.to);
    a.stepDeadline = a.finished() ? on : cal.deadline(on, next.days, next.calendarDays);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_repo->update(a); !s)
        return s;
    if (auto s = m_repo->addStep(a.id, done); !s)
        return s;
    if (auto s = audit(a, QStringLiteral("step"), from, ApplicationRules::code(a.step)); !s)
        return s;
    if (r.to == ApplicationStep::Enrolled) {
        if (auto s = enrol(a); !s)
            return s;
    }
    return tx.commit();
}

Status ApplicationService::decide(Application &a, const AdvanceRequest &r, const QDate &on)
{
    a.outcome = r.outcome;
    a.decidedOn = on;
    if (r.outcome == ApplicationOutcome::Refused) {
        if (r.reasons.trimmed().isEmpty())
            return Error::invalid(
                tr("A refusal is given in writing with its reasons: write them."), QStringLiteral("reason"));
        a.refusalReasons = r.reasons.trimmed();
        return {};
    }
    if (r.outcome != ApplicationOutcome::Approved)
        return Error::invalid(tr("Decide: approved or refused."), QStringLiteral("outcome"));
    a.category = ApplicationRules::categoryOf(a.assistance);
    if (r.amount) {
        a.amount = *r.amount;
    } else if (!a.householdId.isEmpty() && a.category != Category::None) {
        auto st = BenefitService(m_db, m_session).statement(a.householdId, a.category, on);
        if (!st)
            return st.error();
        if (!st->computed.eligible)
            return Error::invalid(tr("The rules give no payment for this household: give the amount or "
                                     "refuse."),
                QStringLiteral("amount"));
        a.amount = st->computed.monthlyAmount;
    } else {
        return Error::invalid(tr("Give the approved amount."), QStringLiteral("amount"));
    }
    if (a.amount <= 0)
        return Error::invalid(tr("The approved amount must be more than 0."), QStringLiteral("amount"));
    // 57号: paid from the month after the decision, unless the district decides otherwise.
    a.startMonth = r.startMonth.isEmpty() ? on.addMonths(1).toString(QStringLiteral("yyyy-MM")) : r.startMonth;
    if (!QDate::fromString(a.startMonth + QStringLiteral("-01"), Qt::ISODate).isValid())
        return Error::invalid(tr("The start month must be YYYY-MM."), QStringLiteral("start_month"));
    return {};
}

// The household takes the decided category, amount and start: its tier and review schedule follow (the
// household service recomputes them on every save). Temporary assistance changes no category.
Status ApplicationService::enrol(const Application &a)
{
    if (a.category == Category::None)
        return {};
    auto loaded = HouseholdRepository(m_db).load(a.householdId);
    if (!loaded)
        return loaded.error();
    Household h = loaded.value();
    h.category = a.category;
    h.monthlyAmount = a.amount;
    h.startDate = QDate::fromString(a.startMonth + QStringLiteral("-01"), Qt::ISODate);
    h.status = HouseholdStatus::Active;
    h.exitReason.clear();
    h.categoryOverrideReason = tr("Decided by application %1 on %2 (%3)")
                                   .arg(a.platformCaseNo.isEmpty() ? a.id : a.platformCaseNo,
                                       a.decidedOn.toString(Qt::ISODate), ApplicationRules::chinese(a.assistance));
    return HouseholdService(m_db, m_session).update(h);
}

Status ApplicationService::audit(
    const Application &a, const QString &field, const QString &oldValue, const QString &newValue)
{
    AuditEntry entry;
    entry.action
        = oldValue.isEmpty() && field == QLatin1String("step") ? QStringLiteral("create") : QStringLiteral("update");
    entry.table = QStringLiteral("applications");
    entry.recordId = a.id;
    entry.householdId = a.householdId;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return AuditLog(m_db).append(entry);
}

} // namespace sn
