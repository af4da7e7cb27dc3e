#include "BenefitChange.h"

#include "EnumTable.h"

namespace sn {

namespace {

constexpr EnumEntry<ChangeKind> kKindEntries[] = {
    { ChangeKind::Increase, "increase", QT_TRANSLATE_NOOP("sn::ChangeRules", "Increase"), u"增发" },
    { ChangeKind::Decrease, "decrease", QT_TRANSLATE_NOOP("sn::ChangeRules", "Decrease"), u"减发" },
    { ChangeKind::Stop, "stop", QT_TRANSLATE_NOOP("sn::ChangeRules", "Stop"), u"停发" },
};
constexpr EnumTable<ChangeKind> kKinds("sn::ChangeRules", kKindEntries);

constexpr EnumEntry<ChangeState> kStateEntries[] = {
    { ChangeState::Proposed, "proposed", QT_TRANSLATE_NOOP("sn::ChangeRules", "Proposed") },
    { ChangeState::Confirmed, "confirmed", QT_TRANSLATE_NOOP("sn::ChangeRules", "Confirmed") },
    { ChangeState::Applied, "applied", QT_TRANSLATE_NOOP("sn::ChangeRules", "In effect") },
    { ChangeState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("sn::ChangeRules", "Withdrawn") },
};
constexpr EnumTable<ChangeState> kStates("sn::ChangeRules", kStateEntries);

constexpr EnumEntry<AppealKind> kAppealKindEntries[] = {
    { AppealKind::Complaint, "complaint", QT_TRANSLATE_NOOP("sn::ChangeRules", "Complaint"), u"申诉" },
    { AppealKind::Reconsideration, "reconsideration",
        QT_TRANSLATE_NOOP("sn::ChangeRules", "Administrative reconsideration"), u"行政复议" },
};
constexpr EnumTable<AppealKind> kAppealKinds("sn::ChangeRules", kAppealKindEntries);

constexpr EnumEntry<AppealOutcome> kOutcomeEntries[] = {
    { AppealOutcome::Pending, "", QT_TRANSLATE_NOOP("sn::ChangeRules", "Pending"), u"办理中" },
    { AppealOutcome::Upheld, "upheld", QT_TRANSLATE_NOOP("sn::ChangeRules", "Upheld"), u"维持原决定" },
    { AppealOutcome::Changed, "changed", QT_TRANSLATE_NOOP("sn::ChangeRules", "Decision changed"), u"变更原决定" },
    { AppealOutcome::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("sn::ChangeRules", "Withdrawn"), u"申请人撤回" },
};
constexpr EnumTable<AppealOutcome> kOutcomes("sn::ChangeRules", kOutcomeEntries);

bool covered(Category c)
{
    return c == Category::Dibao || c == Category::Tekun;
}

} // namespace

bool ChangeRules::validMonth(const QString &month)
{
    return month.size() == 7 && QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid();
}

QString ChangeRules::check(const BenefitChange &c, const Household &h)
{
    if (h.status == HouseholdStatus::Exited)
        return tr("The household has exited: there is nothing to change.");
    if (!covered(h.category))
        return tr("Only a covered household (特困 or 低保) is paid: this one is %1.")
            .arg(CategoryNames::display(h.category));
    if (!validMonth(c.effectiveMonth))
        return tr("effective_month must be a month YYYY-MM (got \"%1\").").arg(c.effectiveMonth);
    if (c.reasons.trimmed().isEmpty())
        return tr("reasons: a change is given with its reasons in writing.");
    if (c.reasons.trimmed().size() > HouseholdLimits::Reason)
        return tr("reasons: at most %1 characters.").arg(HouseholdLimits::Reason);
    if (c.kind == ChangeKind::Stop)
        return {};
    if (!covered(c.newCategory))
        return tr("category: after an increase or a decrease the household is 特困 or 低保 (got %1).")
            .arg(CategoryNames::display(c.newCategory));
    if (c.newAmount <= 0)
        return tr("amount: the new monthly amount must be more than 0 (to pay nothing, stop the payment).");
    if (c.kind == ChangeKind::Increase && c.newAmount <= c.oldAmount)
        return tr("amount: an increase pays more than the %1 yuan paid now.").arg(money::toYuanString(c.oldAmount));
    if (c.kind == ChangeKind::Decrease && c.newAmount >= c.oldAmount)
        return tr("amount: a decrease pays less than the %1 yuan paid now.").arg(money::toYuanString(c.oldAmount));
    return {};
}

Household ChangeRules::applied(const BenefitChange &c, Household h)
{
    if (c.kind == ChangeKind::Stop) {
        h.status = HouseholdStatus::Exited;
        h.exitReason
            = QStringLiteral("%1停发：%2").arg(c.effectiveMonth, c.reasons.trimmed()).left(HouseholdLimits::Reason);
        h.monthlyAmount = 0;
        return h;
    }
    if (h.category != c.newCategory)
        h.categoryOverrideReason = QStringLiteral("%1自%2起：%3")
                                       .arg(chinese(c.kind), c.effectiveMonth, c.reasons.trimmed())
                                       .left(HouseholdLimits::Reason);
    h.category = c.newCategory;
    h.monthlyAmount = c.newAmount;
    return h;
}

QString ChangeRules::code(ChangeKind k)
{
    return kKinds.code(k);
}

ChangeKind ChangeRules::kindFromCode(const QString &code, bool *ok)
{
    if (const auto byChinese = kKinds.findChinese(code)) {
        if (ok)
            *ok = true;
        return *byChinese;
    }
    return kKinds.fromCode(code, ok);
}

QString ChangeRules::display(ChangeKind k)
{
    return kKinds.label(k);
}

QString ChangeRules::chinese(ChangeKind k)
{
    return kKinds.chinese(k);
}

QString ChangeRules::code(ChangeState s)
{
    return kStates.code(s);
}

ChangeState ChangeRules::stateFromCode(const QString &code, bool *ok)
{
    return kStates.fromCode(code, ok);
}

QString ChangeRules::display(ChangeState s)
{
    return kStates.label(s);
}

QString ChangeRules::code(AppealKind k)
{
    return kAppealKinds.code(k);
}

AppealKind ChangeRules::appealKindFromCode(const QString &code, bool *ok)
{
    return kAppealKinds.fromCode(code, ok);
}

QString ChangeRules::display(AppealKind k)
{
    return kAppealKinds.label(k);
}

QString ChangeRules::chinese(AppealKind k)
{
    return kAppealKinds.chinese(k);
}

QString ChangeRules::code(AppealOutcome o)
{
    return kOutcomes.code(o);
}

AppealOutcome ChangeRules::outcomeFromCode(const QString &code, bool *ok)
{
    return kOutcomes.fromCode(code, ok);
}

QString ChangeRules::display(AppealOutcome o)
{
    return kOutcomes.label(o);
}

QString ChangeRules::chinese(AppealOutcome o)
{
    return kOutcomes.chinese(o);
}

} // namespace sn
