#pragma once

#include "domain/Application.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace sn {

class Database;
class ApplicationRepository;

// An application as lists show it: its clock as of today.
struct ApplicationRow
{
    Application application;
    int daysLeft = 0; // working days until the step's deadline; negative when overdue
    bool overdue = false;
    QString countdown; // "3 working days left", "overdue by 2 working days", "enrolled"
};

// One step forward (`application advance`): the step reached, on which day, and what the step that ends found.
struct AdvanceRequest
{
    ApplicationStep to = ApplicationStep::Survey;
    QDate date; // invalid: today
    QString note; // leaving 入户调查: the findings; leaving 公示: the objections (if any)
    QString householdId; // links the household (needed to enrol)
    bool authorisationSigned = false; // records the signed 家庭经济状况核对授权书 handed in late
    // With `to` Decided:
    ApplicationOutcome outcome = ApplicationOutcome::Pending;
    std::optional<Fen> amount; // approval: the monthly amount (default: the computed benefit)
    QString startMonth; // approval: "YYYY-MM" (default: the month after the decision, 57号)
    QString reasons; // refusal: the reasons, given in writing
};

// Changes to the district's application settings made together (Settings › Applications, saved with OK).
struct ApplicationSettingsChange
{
    struct Limit
    {
        Assistance assistance = Assistance::Dibao;
        std::optional<ApplicationStep> step; // none: the whole 审核确认
        int days = 0;
    };
    QList<Limit> limits;
    std::optional<bool> democraticEvaluation;
    QList<CalendarDay> calendarDays; // added or changed
    QList<QDate> removedDays;
    bool isEmpty() const
    {
        return limits.isEmpty() && !democraticEvaluation && calendarDays.isEmpty() && removedDays.isEmpty();
    }
};

// Applications from a lead or the window to the written decision and enrolment (issue 22): their steps, the
// time limits of each step counted in working days over the district's holiday calendar, and the district's
// settings for both. Permissions here: township steps need EditHouseholds in the application's township; the
// 县级确认 and the decision need ConfirmApplications (the district bureau, never a township station's account).
class ApplicationService
{
    Q_DECLARE_TR_FUNCTIONS(sn::ApplicationService)
public:
    ApplicationService(Database &db, Session session);
    ~ApplicationService();

    // Accepts an application (step 受理 on applied_on): at least its household or its lead (a lead decided
    // "granted" or still open); the township, village and applicant follow from them. Returns the id.
    Result<QString> add(Application application);
    Result<Application> get(const QString &id) const;
    Result<QList<ApplicationStepRecord>> history(const QString &id) const;
    Status advance(const QString &id, const AdvanceRequest &request);
    // Open applications of the session's scope (and `township` if given), most urgent first.
    Result<QList<ApplicationRow>> list(bool overdueOnly = false, const QString &township = {}) const;
    ApplicationRow row(const Application &application) const;
    ApplicationRow row(const Application &application, const WorkingCalendar &calendar) const;
    // The steps that may follow the application's current one (none when finished).
    QList<ApplicationStep> nextSteps(const Application &application) const;

    // The district's settings: each step's limit (the national default and its source unless changed), the
    // whole 审核确认's limit, whether 民主评议 is used. Changing them needs EditStandards.
    StepLimit limit(Assistance assistance, ApplicationStep step) const;
    StepLimit overallLimit(Assistance assistance) const;
    bool democraticEvaluation() const;
    Status setLimit(Assistance assistance, std::optional<ApplicationStep> step, int days);
    Status setDemocraticEvaluation(bool used);
    // All of `change` in one transaction, or none of it (the first refusal is returned).
    Status saveSettings(const ApplicationSettingsChange &change);

    // The district's holiday calendar (EditStandards to change it).
    WorkingCalendar calendar() const;
    Result<QList<CalendarDay>> calendarDays() const;
    Status setCalendarDay(const CalendarDay &day);
    Status removeCalendarDay(const QDate &date);

private:
    Status checkScope(const QString &townshipCode, Permission permission) const;
    Status fillFromOrigin(Application &a) const;
    Status decide(Application &a, const AdvanceRequest &request, const QDate &on);
    Status enrol(const Application &a);
    Status audit(const Application &a, const QString &field, const QString &oldValue, const QString &newValue);

    Database &m_db;
    Session m_session;
    std::unique_ptr<ApplicationRepository> m_repo;
};

} // namespace sn
