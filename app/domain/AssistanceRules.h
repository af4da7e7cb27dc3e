#pragma once

#include "Household.h"

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
    const char *zh; // the type in the rule's words
};
inline constexpr DisabilityRule DisabilityRules[] = {
    { "intellectual", 3, "智力残疾" },
    { "mental", 3, "精神残疾" },
    { "physical", 2, "肢体残疾" },
    { "visual", 1, "视力残疾" },
};

// Why a member counts as unable to work, in both fixed languages of the working; empty when able.
struct LabourFinding
{
    bool unable = false;
    QString zh; // "年满 60 周岁", "未满 16 周岁", "智力残疾三级", "经评定无劳动能力"
    QString en;
};
// (四) is the province's own rules: recorded on the member as LabourCapacity::None after assessment.
LabourFinding labourFinding(const Member &member, const QDate &on);
// The rule as one line of the working: "无劳动能力：年满 60 周岁、未满 16 周岁、智力或精神残疾一至三级、…".
QString labourRuleZh();
QString labourRuleEn();

// Income that is not counted (不计入家庭收入): 《特困人员认定办法》第八条 and 《最低生活保障审核确认办法》
// （民发〔2021〕57号）第十五条 name the basic pension of the residents' scheme (城乡居民基本养老保险基础养老金),
// 优待抚恤金 and 高龄津贴.
inline constexpr const char *IncomeSource = "《特困人员认定办法》第八条、《最低生活保障审核确认办法》第十五条";
struct ExcludedIncome
{
    const char *kind; // IncomeItem::kind code
    const char *zh;
    const char *en;
};
inline constexpr ExcludedIncome ExcludedIncomes[] = {
    { "basic_pension", "城乡居民基本养老保险基础养老金", "basic pension of the residents' pension scheme" },
    { "old_age_allowance", "高龄津贴", "old-age allowance (高龄津贴)" },
    { "special_care", "优待抚恤金", "special-care and pension payments (优待抚恤金)" },
};
bool incomeCounts(const QString &kind);
const ExcludedIncome *excludedIncome(const QString &kind);

} // namespace AssistanceRules

} // namespace sn
