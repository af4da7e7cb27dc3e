#pragma once

#include "Category.h"
#include "Money.h"

namespace sn {

// The yearly figures a classification is measured against, for one area type (urban or rural).
// Edited by the district; the shipped values are placeholders and labelled so.
struct YearlyStandard
{
    int year = 0;
    AreaType area = AreaType::Urban;
    Fen dibaoMonthly = 0;            // 低保标准, per person per month
    Fen disposableIncomeYearly = 0;  // last year's per-capita disposable income (支出型 test)
    bool placeholder = true;
};

// Settings that shape classification; all configurable, defaults from domain.md.
struct ClassificationSettings
{
    double edgeMultiplier = 2.0;          // 低保边缘: income < multiplier x standard (plan: 2; national 1.5)
    double rigidSpendingShare = 0.5;      // 支出型: rigid spending over this share of yearly family income
    int depositLimitMonths = 24;          // financial assets per counted person <= months x standard
    int maxHousingUnits = 1;              // more homes than this fails the property test
    Fen vehicleValueLimit = 50000 * 100;  // vehicles above this total value fail the property test
};

} // namespace sn
