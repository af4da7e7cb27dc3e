#pragma once

#include "Household.h"

#include <QCoreApplication>
#include <QStringList>

namespace sn {

// The rule table of 三色管理 (domain.md), applied in precedence order red > yellow > green > monitoring:
//   red        特困供养
//   yellow     低保 with a counted member seriously ill, severely disabled (grade 1-2), aged 60+ or under 18
//   green      低保 with unstable income and a member able to work; also any other 低保 household (the plan
//              names only the two 低保 tiers, so a 低保 household that meets neither still needs a rhythm)
//   monitoring 低保边缘 and 支出型 (dynamic monitoring)
//   none       everything else, and households that exited
// Ages are computed on the date given, so a child turning 18 or an adult turning 60 changes the tier.
struct TierDecision
{
    Tier tier = Tier::None;
    QString rule;         // "red.tekun", "yellow.elderly", ... (stable identifiers, for tests and audit)
    QStringList reasonsZh; // why, in the official wording
    QStringList reasonsEn;
    bool overridden = false;
};

class TierRules
{
    Q_DECLARE_TR_FUNCTIONS(sn::TierRules)
public:
    static TierDecision decide(const Household &household, const QDate &on);
    // The first date after `on` on which a counted member turns 18 or 60 (when the tier may change); invalid if none.
    static QDate nextAgeBoundary(const Household &household, const QDate &on);

    static QString code(Tier tier); // none, red, yellow, green, monitoring
    static Tier fromCode(const QString &code, bool *ok = nullptr);
    static QString chinese(Tier tier); // 红色 / 黄色 / 绿色 / 动态监测 / 未分级
    static QString display(Tier tier); // translated
    static QList<Tier> all();
};

} // namespace sn
