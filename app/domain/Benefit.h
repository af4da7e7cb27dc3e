#pragma once

#include "Household.h"
#include "Standards.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sn {

// The district's figures for benefit amounts (issue 22, item 4). All are settings; the defaults are labelled
// placeholders except where the national guidance gives a figure.
struct BenefitSettings
{
    // 分类施保: a 低保 member in one of these conditions adds a share of the 低保 standard; a member in several
    // gets the largest one only (the add-ons are not cumulative).
    int elderAge = 60; // at this age or older
    int elderPercent = 10;
    int severeDisabilityPercent = 20; // disability grade 1 or 2 (重度残疾)
    int seriousIllnessPercent = 20; // 重病
    int minorAge = 18; // under this age
    int minorPercent = 10;
    Fen dibaoMinimum = 3000; // the least a 低保 household is paid per month when the gap is smaller
    // 特困: basic living standard = ratio × the 低保 standard (national guidance: not less than 1.3 ×), plus the
    // care standard of the person's care level.
    double tekunBasicRatio = 1.3;
    Fen careSelf = 10000; // 全自理
    Fen carePartial = 30000; // 半护理
    Fen careFull = 60000; // 全护理
};

// One line of the working: what it says and the amount it adds (0 for lines that only explain).
struct BenefitLine
{
    QString text;
    Fen amount = 0;
};

struct BenefitResult
{
    Category category = Category::None;
    Fen monthlyAmount = 0;
    Fen perCapitaIncome = 0;
    int countedMembers = 0;
    bool eligible = false; // false: the rules give no payment (income at or above the standard, no one counted)
    QList<BenefitLine> lines;
};

// Computes a household's monthly amount from the rules, its working shown line by line:
//   低保 = (standard − per-capita counted income) × persons counted + 分类施保 add-ons, at least the minimum;
//         computed as standard × persons − total counted income, so no rounding of the per-capita figure enters.
//   特困 = Σ over counted persons (basic living standard + care standard of the person's care level).
class BenefitCalculator
{
    Q_DECLARE_TR_FUNCTIONS(sn::BenefitCalculator)
public:
    static BenefitResult compute(const Household &household, Category category, const YearlyStandard &standard,
        const BenefitSettings &settings, const QDate &on);
    // The 分类施保 add-on of one member in percent of the standard (the largest that applies), and why.
    static int addOnPercent(const Member &member, const BenefitSettings &settings, const QDate &on, QString *why);
    static Fen careStandard(CareLevel level, const BenefitSettings &settings);

private:
    static BenefitResult dibao(
        const Household &h, const YearlyStandard &standard, const BenefitSettings &settings, const QDate &on);
    static BenefitResult tekun(const Household &h, const YearlyStandard &standard, const BenefitSettings &settings);
};

} // namespace sn
