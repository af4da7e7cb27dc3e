#pragma once

#include "Household.h"
#include "Standards.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantHash>

namespace sn {

// One test the rules applied: which rule, the figures it used (named values: money in fen as qint64, counts
// as int, factors as double, flags as bool, people as lists of maps) and its verdict. The words are not
// here: ClassificationText (services) renders each step through tr(), so the working reads in the UI's
// language and the zh_CN translation holds the official Chinese.
enum class ClassificationRule {
    CountedMembers, // counted, total, excluded [{name, exclusion}]; verdict: someone counts
    NoCountedMembers,
    ExcludedIncome, // items [{kind, amount}]
    StandardCarriedOver, // year, area, standardYear
    PlaceholderStandard, // year, area, standard, disposable
    PerCapitaIncome, // income, members, perCapita
    FinancialAssets, // total, members, perPerson, months, standard, limit; verdict: within the rules
    Housing, // units, max; verdict: within the rules
    Vehicles, // value, limit; verdict: within the rules
    LabourRule, // the rule of who is unable to work (AssistanceRules), no figures
    Tekun, // noLabour, noSupporter, belowStandard, propertyOk, perCapita, standard, unable, able
    Dibao, // perCapita, standard, belowStandard, propertyOk
    DibaoEdge, // perCapita, standard, multiplier, edgeLine, belowStandard, belowEdge, propertyOk
    Expenditure, // yearlyPerCapita, disposable, lowIncome, rigid, share, yearlyIncome, shareLimit, heavy,
                 // afterPerCapita, multiplier, standard, edgeLine, underEdge, propertyOk
    Conclusion, // category
    StandardMissing, // year, area
};

struct ClassificationStep
{
    ClassificationRule rule = ClassificationRule::Conclusion;
    bool verdict = false;
    QVariantHash values;

    qint64 money(const char *name) const { return values.value(QLatin1String(name)).toLongLong(); }
    int number(const char *name) const { return values.value(QLatin1String(name)).toInt(); }
    bool flag(const char *name) const { return values.value(QLatin1String(name)).toBool(); }
};

// The outcome of classifying a household, with its working as steps, e.g. the 低保边缘 step with
// perCapita 81250, standard 73500, multiplier 2 -> "per-capita income 812.50 yuan >= standard 735.00 and
// < 2 x 735.00 -> 低保边缘".
struct ClassificationResult
{
    Category category = Category::None;
    Fen perCapitaIncome = 0; // monthly, counted members
    int countedMembers = 0;
    bool propertyWithinRules = true;
    bool standardMissing = false; // no 低保 standard for the year: nothing was decided (see withoutStandard)
    QList<ClassificationStep> steps; // one per test applied, in order, ending in the conclusion

    const ClassificationStep *step(ClassificationRule rule) const
    {
        for (const ClassificationStep &s : steps) {
            if (s.rule == rule)
                return &s;
        }
        return nullptr;
    }
};

class Classifier
{
public:
    static ClassificationResult classify(const Household &household, const YearlyStandard &standard,
        const ClassificationSettings &settings, const QDate &on);
    // The result when no standard was entered for the year (or any earlier one): an error naming the
    // year, never a classification against 0.
    static ClassificationResult withoutStandard(int year, AreaType area);
};

} // namespace sn
