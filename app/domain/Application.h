#pragma once

#include "Category.h"
#include "Money.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sn {

// Which assistance an application asks for (issue 22, item 1).
enum class Assistance { Dibao, Tekun, Temporary };

// The steps of an application, in the order of 《最低生活保障审核确认办法》(民发〔2021〕57号) and
// 《特困人员认定办法》(民发〔2021〕43号): 受理 → 入户调查 → 民主评议 (where the district uses it) → 乡镇审核 →
// 公示 (7 days in the village) → 县级确认 (the district's civil-affairs bureau) → decision (approval or refusal
// in writing) → enrolled (the household's category, amount, tier and review schedule follow).
// 临时救助 has no 民主评议 and no 公示.
enum class ApplicationStep {
    Accepted,
    Survey,
    Evaluation,
    TownshipReview,
    Publicity,
    CountyConfirmation,
    Decided,
    Enrolled,
};

enum class ApplicationOutcome { Pending, Approved, Refused };

// A step's time limit: how many days, whether calendar days (公示) or working days, and the text it comes from.
struct StepLimit
{
    int days = 0;
    bool calendarDays = false;
    QString source; // where the national default comes from; "district setting" once changed
};

struct Application
{
    QString id;
    QString townshipCode;
    QString villageCode;
    QString householdId;
    QString leadId;
    QString applicantName;
    Assistance assistance = Assistance::Dibao;
    QDate appliedOn;
    QString platformCaseNo; // the province's 一门受理 platform case number
    bool authorisationSigned = false; // 家庭经济状况核对授权书
    QStringList materials; // the checklist of materials handed in
    QString proxyName; // 帮办代办
    QString proxyRelation;
    QString proxyPhone;
    ApplicationStep step = ApplicationStep::Accepted;
    QDate stepStartedOn;
    QDate stepDeadline;
    QDate overallDeadline; // the whole 审核确认 from 受理
    ApplicationOutcome outcome = ApplicationOutcome::Pending;
    QDate decidedOn;
    Category category = Category::None; // approved category
    Fen amount = 0; // approved monthly amount
    QString startMonth; // "2027-03": the month payment starts
    QString refusalReasons;
    QString surveyFindings; // 入户调查 findings
    QString objections; // 公示 objections

    bool finished() const
    {
        return step == ApplicationStep::Enrolled
            || (step == ApplicationStep::Decided && outcome == ApplicationOutcome::Refused);
    }
};

// One step as it ended: when it began, its deadline, when it was completed, whether late.
struct ApplicationStepRecord
{
    ApplicationStep step = ApplicationStep::Accepted;
    ApplicationStep to = ApplicationStep::Accepted;
    QDate startedOn;
    QDate deadline;
    QDate completedOn;
    int workingDays = 0; // taken
    bool late = false;
    QString note;
    QString userName;
};

class ApplicationRules
{
    Q_DECLARE_TR_FUNCTIONS(sn::ApplicationRules)
public:
    // The steps an application of this assistance goes through, in order.
    static QList<ApplicationStep> sequence(Assistance assistance, bool democraticEvaluation);
    // The national default limit of a step (and of the whole, ApplicationStep::Accepted's overall), with its source.
    static StepLimit defaultLimit(Assistance assistance, ApplicationStep step);
    static StepLimit defaultOverall(Assistance assistance);
    // Empty when `to` may follow the current step; otherwise why not. Besides the next step in the sequence:
    // 公示 with objections may go back to 入户调查 (the objection is investigated again).
    static QString checkTransition(const Application &a, ApplicationStep to, bool democraticEvaluation);
    // The setting key of a step's limit: "applications/dibao/survey_days" (overall: "applications/dibao/total_days").
    static QString limitKey(Assistance assistance, ApplicationStep step);
    static QString overallKey(Assistance assistance);

    // Working days left until the step's deadline as of `today`; negative when overdue. A finished application: 0.
    static int daysLeft(const Application &a, const QDate &today, const WorkingCalendar &calendar);
    static bool overdue(const Application &a, const QDate &today)
    {
        return !a.finished()
            && (today > a.stepDeadline || (a.step < ApplicationStep::Decided && today > a.overallDeadline));
    }
    // The category an approval of this assistance gives (temporary assistance: none).
    static Category categoryOf(Assistance assistance);

    static QString code(Assistance a);
    static Assistance assistanceFromCode(const QString &code, bool *ok = nullptr);
    static QString display(Assistance a);
    static QString chinese(Assistance a);
    static QString code(ApplicationStep s);
    static ApplicationStep stepFromCode(const QString &code, bool *ok = nullptr);
    static QString display(ApplicationStep s);
    static QString chinese(ApplicationStep s);
    static QString code(ApplicationOutcome o);
    static ApplicationOutcome outcomeFromCode(const QString &code, bool *ok = nullptr);
    static QString display(ApplicationOutcome o);
    static QList<ApplicationStep> allSteps();
};

} // namespace sn
