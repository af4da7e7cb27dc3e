#pragma once

#include "Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sn {

// The national rules the classification applies word for word, kept in one place with their source so
// that a reader can check them against the text and a change of rule is a change of this table only.
namespace AssistanceRules {

// 《特困人员认定办法》（民发〔2021〕43号）第七条: who counts as unable to work (无劳动能力).
inline constexpr const char *LabourSource = "《特困人员认定办法》（民发〔2021〕43号）第七条";
inline constexpr int ElderAge = 60; // (一) 60 周岁以上的老年人
inline constexpr int MinorAge = 16; // (二) 未满 16 周岁的未成年人

// (三) the disability types and the grades (1 = most severe) at which a person counts as unable to work.
struct DisabilityRule
{
    const char *type; // Member::disabilityType code
    int mildestGrade; // grades 1..mildestGrade count
    const char *name; // QT_TRANSLATE_NOOP("sn::AssistanceRules", ...): "intellectual disability" (智力残疾)
};
inline constexpr DisabilityRule DisabilityRules[] = {
    { "intellectual", 3, QT_TRANSLATE_NOOP("sn::AssistanceRules", "intellectual disability") },
    { "mental", 3, QT_TRANSLATE_NOOP("sn::AssistanceRules", "mental disability") },
    { "physical", 2, QT_TRANSLATE_NOOP("sn::AssistanceRules", "physical disability") },
    { "visual", 1, QT_TRANSLATE_NOOP("sn::AssistanceRules", "visual disability") },
};

// Why a member counts as unable to work; `unable` false when able. Rendered by ClassificationText.
struct LabourFinding
{
    enum Reason { Able, Elder, Minor, Disability, Assessed };
    bool unable = false;
    Reason reason = Able;
    const DisabilityRule *disability = nullptr; // with Disability
    int grade = 0; // with Disability
};
// (四) is the province's own rules: recorded on the member as LabourCapacity::None after assessment.
LabourFinding labourFinding(const Member &member, const QDate &on);
// The labour capacity a member is recorded with until a clerk assesses it: unable to work when age or
// disability alone make the member so (members of 68 or 11 are never "able to work" by default), able
// otherwise.
LabourCapacity derivedLabour(const Member &member, const QDate &on);

// Income that is not counted (不计入家庭收入): 《特困人员认定办法》第八条 and 《最低生活保障审核确认办法》
// （民发〔2021〕57号）第十五条 name the basic pension of the residents' scheme (城乡居民基本养老保险基础养老金),
// 优待抚恤金 and 高龄津贴.
inline constexpr const char *IncomeSource = "《特困人员认定办法》第八条、《最低生活保障审核确认办法》第十五条";
struct ExcludedIncome
{
    const char *kind; // IncomeItem::kind code
    const char *name; // QT_TRANSLATE_NOOP("sn::AssistanceRules", ...), the Chinese in the translation
};
inline constexpr ExcludedIncome ExcludedIncomes[] = {
    { "basic_pension", QT_TRANSLATE_NOOP("sn::AssistanceRules", "basic pension of the residents' pension scheme") },
    { "old_age_allowance", QT_TRANSLATE_NOOP("sn::AssistanceRules", "old-age allowance (高龄津贴)") },
    { "special_care", QT_TRANSLATE_NOOP("sn::AssistanceRules", "special-care and pension payments (优待抚恤金)") },
};
bool incomeCounts(const QString &kind);
const ExcludedIncome *excludedIncome(const QString &kind);

} // namespace AssistanceRules

} // namespace sn
