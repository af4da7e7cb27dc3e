#include "Application.h"

#include "EnumTable.h"

namespace sn {

namespace {

constexpr EnumEntry<Assistance> kAssistanceEntries[] = {
    { Assistance::Dibao, "dibao", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Minimum living guarantee (低保)"),
        u"最低生活保障" },
    { Assistance::Tekun, "tekun", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Extreme-poverty support (特困)"),
        u"特困人员救助供养" },
    { Assistance::Temporary, "temporary", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Temporary assistance (临时救助)"),
        u"临时救助" },
};
constexpr EnumTable<Assistance> kAssistances("sn::ApplicationRules", kAssistanceEntries);

constexpr EnumEntry<ApplicationStep> kStepEntries[] = {
    { ApplicationStep::Accepted, "accepted", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Accepted"), u"受理" },
    { ApplicationStep::Survey, "survey", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Home survey"), u"入户调查" },
    { ApplicationStep::Evaluation, "evaluation", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Democratic evaluation"),
        u"民主评议" },
    { ApplicationStep::TownshipReview, "township_review", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Township review"),
        u"乡镇审核" },
    { ApplicationStep::Publicity, "publicity", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Public notice"), u"公示" },
    { ApplicationStep::CountyConfirmation, "county_confirmation",
        QT_TRANSLATE_NOOP("sn::ApplicationRules", "County confirmation"), u"县级确认" },
    { ApplicationStep::Decided, "decided", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Decided"), u"作出决定" },
    { ApplicationStep::Enrolled, "enrolled", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Enrolled"), u"纳入保障" },
};
constexpr EnumTable<ApplicationStep> kSteps("sn::ApplicationRules", kStepEntries);

constexpr EnumEntry<ApplicationOutcome> kOutcomeEntries[] = {
    { ApplicationOutcome::Pending, "", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Pending") },
    { ApplicationOutcome::Approved, "approved", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Approved") },
    { ApplicationOutcome::Refused, "refused", QT_TRANSLATE_NOOP("sn::ApplicationRules", "Refused") },
};
constexpr EnumTable<ApplicationOutcome> kOutcomes("sn::ApplicationRules", kOutcomeEntries);

// The national defaults. Where the national text fixes only the whole (30 working days for 低保), the steps
// share it as district practice and say so; the district changes any of them (Settings, `application limits`).
struct LimitRow
{
    Assistance assistance;
    ApplicationStep step;
    int days;
    bool calendar;
    const char *source;
};

constexpr const char *Dibao57 = "《最低生活保障审核确认办法》(民发〔2021〕57号)";
constexpr const char *Tekun43 = "《特困人员认定办法》(民发〔2021〕43号)";
constexpr const char *Temporary47 = "《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)";

const LimitRow kLimits[] = {
    { Assistance::Dibao, ApplicationStep::Accepted, 3, false, "57号: 受理之日起3个工作日内启动家庭经济状况调查" },
    { Assistance::Dibao, ApplicationStep::Survey, 10, false, "57号: 30个工作日内的分配 (区县惯例)" },
    { Assistance::Dibao, ApplicationStep::Evaluation, 5, false, "57号: 30个工作日内的分配 (区县惯例)" },
    { Assistance::Dibao, ApplicationStep::TownshipReview, 3, false, "57号: 30个工作日内的分配 (区县惯例)" },
    { Assistance::Dibao, ApplicationStep::Publicity, 7, true, "57号: 公示期为7天" },
    { Assistance::Dibao, ApplicationStep::CountyConfirmation, 10, false,
        "57号: 公示期满无异议的确认 (区县惯例10个工作日)" },
    { Assistance::Dibao, ApplicationStep::Decided, 3, false, "57号: 不予确认的, 作出决定3个工作日内书面告知" },
    { Assistance::Tekun, ApplicationStep::Accepted, 3, false, "43号: 受理后启动调查 (区县惯例3个工作日)" },
    { Assistance::Tekun, ApplicationStep::Survey, 10, false, "43号: 调查核实 (区县惯例)" },
    { Assistance::Tekun, ApplicationStep::Evaluation, 5, false, "43号: 民主评议 (区县惯例)" },
    { Assistance::Tekun, ApplicationStep::TownshipReview, 3, false, "43号: 乡镇审核意见 (区县惯例)" },
    { Assistance::Tekun, ApplicationStep::Publicity, 7, true, "43号: 公示期为7天" },
    { Assistance::Tekun, ApplicationStep::CountyConfirmation, 10, false, "43号: 县级确认 (区县惯例)" },
    { Assistance::Tekun, ApplicationStep::Decided, 3, false, "43号: 不予确认的书面告知 (区县惯例3个工作日)" },
    { Assistance::Temporary, ApplicationStep::Accepted, 1, false, "47号: 受理 (区县惯例)" },
    { Assistance::Temporary, ApplicationStep::Survey, 3, false, "47号: 调查核实 (区县惯例)" },
    { Assistance::Temporary, ApplicationStep::TownshipReview, 2, false, "47号: 乡镇审核 (区县惯例)" },
    { Assistance::Temporary, ApplicationStep::CountyConfirmation, 3, false, "47号: 县级审批 (区县惯例)" },
    { Assistance::Temporary, ApplicationStep::Decided, 1, false, "47号: 书面告知 (区县惯例)" },
};

const char *documentOf(Assistance a)
{
    switch (a) {
    case Assistance::Dibao:
        return Dibao57;
    case Assistance::Tekun:
        return Tekun43;
    case Assistance::Temporary:
        return Temporary47;
    }
    return "";
}

} // namespace

QList<ApplicationStep> ApplicationRules::sequence(Assistance assistance, bool democraticEvaluation)
{
    if (assistance == Assistance::Temporary)
        return { ApplicationStep::Accepted, ApplicationStep::Survey, ApplicationStep::TownshipReview,
            ApplicationStep::CountyConfirmation, ApplicationStep::Decided, ApplicationStep::Enrolled };
    QList<ApplicationStep> steps { ApplicationStep::Accepted, ApplicationStep::Survey };
    if (democraticEvaluation)
        steps.append(ApplicationStep::Evaluation);
    steps << ApplicationStep::TownshipReview << ApplicationStep::Publicity << ApplicationStep::CountyConfirmation
          << ApplicationStep::Decided << ApplicationStep::Enrolled;
    return steps;
}

StepLimit ApplicationRules::defaultLimit(Assistance assistance, ApplicationStep step)
{
    for (const LimitRow &row : kLimits) {
        if (row.assistance == assistance && row.step == step)
            return { row.days, row.calendar,
                QString::fromUtf8(documentOf(assistance)) + QStringLiteral("; ") + QString::fromUtf8(row.source) };
    }
    return {};
}

StepLimit ApplicationRules::defaultOverall(Assistance assistance)
{
    switch (assistance) {
    case Assistance::Dibao:
        return { 30, false,
            QString::fromUtf8(Dibao57)
                + QStringLiteral("; 自受理之日起30个工作日之内完成, 特殊情况可延长至45个工作日") };
    case Assistance::Tekun:
        return { 30, false, QString::fromUtf8(Tekun43) + QStringLiteral("; 区县按低保同一时限 (30个工作日)") };
    case Assistance::Temporary:
        return { 10, false, QString::fromUtf8(Temporary47) + QStringLiteral("; 区县惯例10个工作日, 紧急情况先行救助") };
    }
    return {};
}

QString ApplicationRules::limitKey(Assistance assistance, ApplicationStep step)
{
    return QStringLiteral("applications/%1/%2_days").arg(code(assistance), code(step));
}

QString ApplicationRules::overallKey(Assistance assistance)
{
    return QStringLiteral("applications/%1/total_days").arg(code(assistance));
}

QString ApplicationRules::checkTransition(const Application &a, ApplicationStep to, bool democraticEvaluation)
{
    if (a.finished())
        return tr("The application is finished (%1).").arg(display(a.step));
    if (a.step == ApplicationStep::Decided && a.outcome != ApplicationOutcome::Approved)
        return tr("Only an approved application is enrolled.");
    if (a.step == ApplicationStep::Publicity && to == ApplicationStep::Survey)
        return {}; // an objection to the notice is investigated again
    const QList<ApplicationStep> steps = sequence(a.assistance, democraticEvaluation);
    const qsizetype at = steps.indexOf(a.step);
    if (at < 0 || at + 1 >= steps.size() || steps.at(at + 1) != to) {
        const QString next = at >= 0 && at + 1 < steps.size() ? display(steps.at(at + 1)) : QString();
        return tr("From %1 the next step is %2, not %3.").arg(display(a.step), next, display(to));
    }
    return {};
}

int ApplicationRules::daysLeft(const Application &a, const QDate &today, const WorkingCalendar &calendar)
{
    if (a.finished() || !a.stepDeadline.isValid())
        return 0;
    return calendar.workingDaysBetween(today, a.stepDeadline);
}

Category ApplicationRules::categoryOf(Assistance assistance)
{
    switch (assistance) {
    case Assistance::Dibao:
        return Category::Dibao;
    case Assistance::Tekun:
        return Category::Tekun;
    case Assistance::Temporary:
        return Category::None;
    }
    return Category::None;
}

QString ApplicationRules::code(Assistance a)
{
    return kAssistances.code(a);
}

Assistance ApplicationRules::assistanceFromCode(const QString &code, bool *ok)
{
    return kAssistances.fromCode(code, ok);
}

QString ApplicationRules::display(Assistance a)
{
    return kAssistances.label(a);
}

QString ApplicationRules::chinese(Assistance a)
{
    return kAssistances.chinese(a);
}

QString ApplicationRules::code(ApplicationStep s)
{
    return kSteps.code(s);
}

ApplicationStep ApplicationRules::stepFromCode(const QString &code, bool *ok)
{
    return kSteps.fromCode(code, ok);
}

QString ApplicationRules::display(ApplicationStep s)
{
    return kSteps.label(s);
}

QString ApplicationRules::chinese(ApplicationStep s)
{
    return kSteps.chinese(s);
}

QString ApplicationRules::code(ApplicationOutcome o)
{
    return kOutcomes.code(o);
}

ApplicationOutcome ApplicationRules::outcomeFromCode(const QString &code, bool *ok)
{
    return kOutcomes.fromCode(code, ok);
}

QString ApplicationRules::display(ApplicationOutcome o)
{
    return kOutcomes.label(o);
}

QList<ApplicationStep> ApplicationRules::allSteps()
{
    return kSteps.values();
}

} // namespace sn
