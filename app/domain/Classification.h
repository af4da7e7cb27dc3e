#pragma once

#include "Household.h"
#include "Standards.h"

#include <QCoreApplication>
#include <QStringList>

namespace sn {

// The outcome of classifying a household, with its working shown in words and figures, e.g.
// "per-capita income 812.50 yuan >= standard 735.00 and < 2 x 735.00 -> 低保边缘".
struct ClassificationResult
{
    Category category = Category::None;
    Fen perCapitaIncome = 0;      // monthly, counted members
    int countedMembers = 0;
    bool propertyWithinRules = true;
    bool standardMissing = false; // no 低保 standard for the year: nothing was decided (see withoutStandard)
    QStringList stepsZh;          // one line per test applied, in order
    QStringList stepsEn;
    QString explanationZh() const { return stepsZh.join(QLatin1Char('\n')); }
    QString explanationEn() const { return stepsEn.join(QLatin1Char('\n')); }
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
