#include "AssistanceRules.h"

namespace sn::AssistanceRules {

LabourFinding labourFinding(const Member &m, const QDate &on)
{
    if (m.birthDate.isValid() && on.isValid()) {
        const int age = m.ageOn(on);
        if (age >= ElderAge)
            return { true, LabourFinding::Elder };
        if (age >= 0 && age < MinorAge)
            return { true, LabourFinding::Minor };
    }
    for (const DisabilityRule &rule : DisabilityRules) {
        if (m.disabilityType == QLatin1String(rule.type) && m.disabilityGrade >= 1
            && m.disabilityGrade <= rule.mildestGrade)
            return { true, LabourFinding::Disability, &rule, m.disabilityGrade };
    }
    if (m.labour == LabourCapacity::None)
        return { true, LabourFinding::Assessed };
    return {};
}

LabourCapacity derivedLabour(const Member &m, const QDate &on)
{
    Member unassessed = m;
    unassessed.labour = LabourCapacity::Full;
    return labourFinding(unassessed, on).unable ? LabourCapacity::None : LabourCapacity::Full;
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
