#include "Tier.h"

#include "EnumTable.h"

namespace sn {

namespace {

constexpr EnumEntry<Tier> kTierEntries[] = {
    { Tier::None, "none", QT_TRANSLATE_NOOP("sn::TierRules", "No tier"), u"未分级" },
    { Tier::Red, "red", QT_TRANSLATE_NOOP("sn::TierRules", "Red"), u"红色" },
    { Tier::Yellow, "yellow", QT_TRANSLATE_NOOP("sn::TierRules", "Yellow"), u"黄色" },
    { Tier::Green, "green", QT_TRANSLATE_NOOP("sn::TierRules", "Green"), u"绿色" },
    { Tier::Monitoring, "monitoring", QT_TRANSLATE_NOOP("sn::TierRules", "Monitoring"), u"动态监测" },
};
constexpr EnumTable<Tier> kTiers("sn::TierRules", kTierEntries);

bool vulnerable(const Member &m, const QDate &on, QString *zh, QString *en)
{
    const int age = m.ageOn(on);
    if (m.seriousIllness) {
        *zh = QStringLiteral("%1 重病").arg(m.name);
        *en = QStringLiteral("%1 is seriously ill").arg(m.name);
        return true;
    }
    if (m.severelyDisabled()) {
        *zh = QStringLiteral("%1 重度残疾（%2级）").arg(m.name).arg(m.disabilityGrade);
        *en = QStringLiteral("%1 is severely disabled (grade %2)").arg(m.name).arg(m.disabilityGrade);
        return true;
    }
    if (age >= 60) {
        *zh = QStringLiteral("%1 %2 岁（60 岁以上）").arg(m.name).arg(age);
        *en = QStringLiteral("%1 is %2 (60 or older)").arg(m.name).arg(age);
        return true;
    }
    if (age >= 0 && age < 18) {
        *zh = QStringLiteral("%1 %2 岁（未满 18 岁）").arg(m.name).arg(age);
        *en = QStringLiteral("%1 is %2 (under 18)").arg(m.name).arg(age);
        return true;
    }
    return false;
}

bool ableToWork(const Member &m, const QDate &on)
{
    const int age = m.ageOn(on);
    return age >= 18 && age < 60 && m.labour != LabourCapacity::None && !m.severelyDisabled() && !m.seriousIllness;
}

} // namespace

static TierDecision decideByRules(const Household &h, const QDate &on);

TierDecision TierRules::decide(const Household &h, const QDate &on)
{
    TierDecision d = decideByRules(h, on);
    if (h.tierOverride && h.status == HouseholdStatus::Active) {
        d.reasonsZh.append(QStringLiteral("人工调整为%1：%2").arg(chinese(*h.tierOverride), h.tierOverrideReason));
        d.reasonsEn.append(
            QStringLiteral("overridden by a clerk to %1: %2").arg(code(*h.tierOverride), h.tierOverrideReason));
        d.tier = *h.tierOverride;
        d.rule = QStringLiteral("override");
        d.overridden = true;
    }
    return d;
}

static TierDecision decideByRules(const Household &h, const QDate &on)
{
    TierDecision d;
    auto conclude = [&d](Tier tier, const QString &rule) {
        d.tier = tier;
        d.rule = rule;
        d.reasonsZh.append(QStringLiteral("→ %1").arg(TierRules::chinese(tier)));
        d.reasonsEn.append(QStringLiteral("-> %1").arg(TierRules::code(tier)));
        return d;
    };
    if (h.status == HouseholdStatus::Exited) {
        d.reasonsZh.append(QStringLiteral("已退出保障"));
        d.reasonsEn.append(QStringLiteral("the household has exited"));
        return conclude(Tier::None, QStringLiteral("none.exited"));
    }
    switch (h.category) {
    case Category::Tekun:
        d.reasonsZh.append(QStringLiteral("特困供养对象"));
        d.reasonsEn.append(QStringLiteral("特困供养 (extreme poverty support)"));
        return conclude(Tier::Red, QStringLiteral("red.tekun"));
    case Category::DibaoEdge:
    case Category::Expenditure:
    case Category::Monitored:
    case Category::OtherHardship:
        d.reasonsZh.append(QStringLiteral("%1家庭，纳入动态监测").arg(CategoryNames::chinese(h.category)));
        d.reasonsEn.append(
            QStringLiteral("%1 household under dynamic monitoring").arg(CategoryNames::chinese(h.category)));
        return conclude(Tier::Monitoring, QStringLiteral("monitoring"));
    case Category::None:
        d.reasonsZh.append(QStringLiteral("非保障对象"));
        d.reasonsEn.append(QStringLiteral("not a covered household"));
        return conclude(Tier::None, QStringLiteral("none.category"));
    case Category::Dibao:
        break;
    }
    for (const Member &m : h.members) {
        QString zh, en;
        if (m.counts() && vulnerable(m, on, &zh, &en)) {
            d.reasonsZh.append(QStringLiteral("低保家庭，%1").arg(zh));
            d.reasonsEn.append(QStringLiteral("低保 household; %1").arg(en));
            return conclude(Tier::Yellow, QStringLiteral("yellow"));
        }
    }
    bool unstable = false;
    for (const IncomeItem &i : h.incomes)
        unstable = unstable || !i.stable;
    QString able;
    for (const Member &m : h.members) {
        if (m.counts() && ableToWork(m, on)) {
            able = m.name;
            break;
        }
    }
    if (unstable && !able.isEmpty()) {
        d.reasonsZh.append(QStringLiteral("低保家庭，收入不稳定，%1 有劳动能力").arg(able));
        d.reasonsEn.append(QStringLiteral("低保 household; unstable income and %1 is able to work").arg(able));
        return conclude(Tier::Green, QStringLiteral("green"));
    }
    d.reasonsZh.append(QStringLiteral("低保家庭，无黄色情形，按绿色管理"));
    d.reasonsEn.append(QStringLiteral("低保 household with no yellow criterion: managed as green"));
    return conclude(Tier::Green, QStringLiteral("green.default"));
}

QDate TierRules::nextAgeBoundary(const Household &h, const QDate &on)
{
    QDate next;
    for (const Member &m : h.members) {
        if (!m.counts() || !m.birthDate.isValid())
            continue;
        for (int years : { 18, 60 }) {
            // The birthday on which ageOn() first reaches `years` (Feb 29 births: Mar 1 in common years).
            QDate day = m.birthDate.addYears(years);
            if (m.birthDate.month() == 2 && m.birthDate.day() == 29 && !QDate::isLeapYear(day.year()))
                day = QDate(day.year(), 3, 1);
            if (day > on && (!next.isValid() || day < next))
                next = day;
        }
    }
    return next;
}

QString TierRules::code(Tier tier)
{
    return kTiers.code(tier);
}

Tier TierRules::fromCode(const QString &code, bool *ok)
{
    return kTiers.fromCode(code, ok);
}

QString TierRules::chinese(Tier tier)
{
    return kTiers.chinese(tier);
}

QString TierRules::display(Tier tier)
{
    return kTiers.label(tier);
}

QList<Tier> TierRules::all()
{
    return kTiers.values();
}

} // namespace sn
