#include "AssistanceRules.h"

#include <QStringList>

namespace sn::AssistanceRules {

namespace {

QString gradeZh(int grade)
{
    static const char *const numbers[] = { "", "一", "二", "三", "四" };
    return grade >= 1 && grade <= 4 ? QString::fromUtf8(numbers[grade]) : QString::number(grade);
}

QString gradeRangeZh(int mildest)
{
    return mildest == 1 ? QStringLiteral("一级") : QStringLiteral("一至%1级").arg(gradeZh(mildest));
}

QString gradeRangeEn(int mildest)
{
    return mildest == 1 ? QStringLiteral("grade 1") : QStringLiteral("grades 1-%1").arg(mildest);
}

} // namespace

LabourFinding labourFinding(const Member &m, const QDate &on)
{
    if (m.birthDate.isValid() && on.isValid()) {
        const int age = m.ageOn(on);
        if (age >= ElderAge)
            return { true, QStringLiteral("年满 %1 周岁").arg(ElderAge),
                QStringLiteral("aged %1 or over").arg(ElderAge) };
        if (age >= 0 && age < MinorAge)
            return { true, QStringLiteral("未满 %1 周岁").arg(MinorAge), QStringLiteral("under %1").arg(MinorAge) };
    }
    for (const DisabilityRule &rule : DisabilityRules) {
        if (m.disabilityType == QLatin1String(rule.type) && m.disabilityGrade >= 1
            && m.disabilityGrade <= rule.mildestGrade)
            return { true, QString::fromUtf8(rule.zh) + gradeZh(m.disabilityGrade) + QStringLiteral("级"),
                QStringLiteral("%1 disability, grade %2").arg(QLatin1String(rule.type)).arg(m.disabilityGrade) };
    }
    if (m.labour == LabourCapacity::None)
        return { true, QStringLiteral("经评定无劳动能力"), QStringLiteral("assessed as unable to work") };
    return {};
}

QString labourRuleZh()
{
    QStringList parts { QStringLiteral("年满 %1 周岁").arg(ElderAge), QStringLiteral("未满 %1 周岁").arg(MinorAge) };
    for (const DisabilityRule &rule : DisabilityRules)
        parts << QString::fromUtf8(rule.zh) + gradeRangeZh(rule.mildestGrade);
    parts << QStringLiteral("经评定无劳动能力");
    return QStringLiteral("%1：%2").arg(QString::fromUtf8(LabourSource), parts.join(QStringLiteral("、")));
}

QString labourRuleEn()
{
    QStringList parts { QStringLiteral("%1 or over").arg(ElderAge), QStringLiteral("under %1").arg(MinorAge) };
    for (const DisabilityRule &rule : DisabilityRules)
        parts << QStringLiteral("%1 disability %2").arg(QLatin1String(rule.type), gradeRangeEn(rule.mildestGrade));
    parts << QStringLiteral("assessed as unable to work");
    return QStringLiteral("%1: %2").arg(QString::fromUtf8(LabourSource), parts.join(QStringLiteral(", ")));
}

const ExcludedIncome *excludedIncome(const QString &kind)
{
    const QString k = kind.trimmed();
    for (const ExcludedIncome &e : ExcludedIncomes) {
        if (k == QLatin1String(e.kind))
            return &e;
    }
    return nullptr;
}

bool incomeCounts(const QString &kind)
{
    return excludedIncome(kind) == nullptr;
}

} // namespace sn::AssistanceRules
