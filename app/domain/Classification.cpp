#include "Classification.h"

#include "AssistanceRules.h"

#include <cmath>

// The working of a classification is written in fixed languages: Chinese for documents (official wording
// whatever the UI language) and English for the record. Neither is translated.

namespace sn {

namespace {

QString yuan(Fen fen)
{
    return money::toYuanString(fen);
}

// Integer division rounding towards negative infinity.
Fen floorDiv(Fen a, Fen b)
{
    Fen q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// 2 -> "2", 1.5 -> "1.5", 0.25 -> "0.25": no trailing zeros.
QString factor(double value)
{
    return QString::number(value, 'g', 10);
}

Fen scaled(double factor, Fen amount)
{
    return Fen(std::llround(factor * double(amount)));
}

QString yesNoEn(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString yesNoZh(bool b)
{
    return b ? QStringLiteral("是") : QStringLiteral("否");
}

QString exclusionZh(Exclusion e)
{
    switch (e) {
    case Exclusion::Counted: return QStringLiteral("计入");
    case Exclusion::Prison: return QStringLiteral("服刑");
    case Exclusion::Rehab: return QStringLiteral("强制隔离戒毒");
    case Exclusion::Missing: return QStringLiteral("宣告失踪");
    case Exclusion::Clergy: return QStringLiteral("宗教教职人员");
    case Exclusion::NotLivingTogether: return QStringLiteral("不共同生活");
    }
    return {};
}

QString exclusionEn(Exclusion e)
{
    switch (e) {
    case Exclusion::Counted: return QStringLiteral("counted");
    case Exclusion::Prison: return QStringLiteral("in prison");
    case Exclusion::Rehab: return QStringLiteral("in compulsory rehabilitation");
    case Exclusion::Missing: return QStringLiteral("declared missing");
    case Exclusion::Clergy: return QStringLiteral("clergy");
    case Exclusion::NotLivingTogether: return QStringLiteral("not living together");
    }
    return {};
}

bool kindIs(const QString &kind, const char *expected)
{
    return kind.trimmed().compare(QLatin1String(expected), Qt::CaseInsensitive) == 0;
}

QString zhName(Category c)
{
    return CategoryNames::chinese(c);
}

QString areaZh(AreaType area)
{
    return area == AreaType::Rural ? QStringLiteral("农村") : QStringLiteral("城市");
}

QString areaEn(AreaType area)
{
    return area == AreaType::Rural ? QStringLiteral("rural") : QStringLiteral("urban");
}

} // namespace

namespace {

// One classification's working: the figures found so far and the lines written in both languages. Each rule
// is one step; a step that decides the category returns true and the working ends there.
class Working
{
public:
    Working(const Household &household, const YearlyStandard &standard, const ClassificationSettings &settings,
            const QDate &on)
        : h(household)
        , standard(standard)
        , settings(settings)
        , on(on)
        , zh(r.stepsZh)
        , en(r.stepsEn)
    {
    }

    ClassificationResult run();

private:
    ClassificationResult conclude(Category c);
    bool countMembers();      // false: nobody counts, no per-capita income
    void income();
    void property();
    bool tekun();             // 1. 特困供养
    bool dibao();             // 2. 低保
    bool dibaoEdge();         // 3. 低保边缘
    bool expenditure();       // 4. 支出型贫困

    const Household &h;
    const YearlyStandard &standard;
    const ClassificationSettings &settings;
    const QDate on;
    ClassificationResult r;
    QStringList &zh;
    QStringList &en;
    QList<const Member *> counted;
    int n = 0;
    Fen monthlyIncome = 0;
    Fen perCapita = 0;
    Fen stdFen = 0;
    bool propertyOk = false;
    bool belowStandard = false;
    QString propZh, propEn;
    QString mult;
    Fen edgeLine = 0;
};

ClassificationResult Working::conclude(Category c)
{
    r.category = c;
    if (c == Category::None) {
        zh << QStringLiteral("结论：不属于特困供养、低保、低保边缘或支出型贫困");
        en << QStringLiteral("result: none of 特困供养, 低保, 低保边缘, 支出型贫困 applies");
    } else {
        zh << QStringLiteral("结论：%1").arg(zhName(c));
        en << QStringLiteral("result: %1 (%2)").arg(zhName(c), CategoryNames::english(c));
    }
    return r;
}

ClassificationResult Working::run()
{
    if (!countMembers()) {
        zh << QStringLiteral("没有计入的共同生活家庭成员，无法计算人均收入");
        en << QStringLiteral("no counted household members: per-capita income cannot be computed");
        r.propertyWithinRules = false;
        return conclude(Category::None);
    }
    income();
    property();
    if (tekun())
        return conclude(Category::Tekun);
    if (dibao())
        return conclude(Category::Dibao);
    if (dibaoEdge())
        return conclude(Category::DibaoEdge);
    if (expenditure())
        return conclude(Category::Expenditure);
    return conclude(Category::None);
}

// ---- who counts -----------------------------------------------------------------------------------------
bool Working::countMembers()
{
    const Household &household = h;
    counted = household.countedMembers();
    n = int(counted.size());
    r.countedMembers = n;
    {
        QStringList excludedZh, excludedEn;
        for (const Member &m : household.members) {
            if (!m.counts()) {
                excludedZh << QStringLiteral("%1（%2）").arg(m.name, exclusionZh(m.exclusion));
                excludedEn << QStringLiteral("%1 (%2)").arg(m.name, exclusionEn(m.exclusion));
            }
        }
        QString zhLine = QStringLiteral("共同生活计入人数 %1 人（家庭成员共 %2 人）").arg(n).arg(household.members.size());
        QString enLine = QStringLiteral("counted members: %1 of %2").arg(n).arg(household.members.size());
        if (!excludedZh.isEmpty()) {
            zhLine += QStringLiteral("；不计入：%1").arg(excludedZh.join(QStringLiteral("、")));
            enLine += QStringLiteral("; not counted: %1").arg(excludedEn.join(QStringLiteral(", ")));
        }
        zh << zhLine;
        en << enLine;
    }
    return n > 0;
}

// ---- income ---------------------------------------------------------------------------------------------
void Working::income()
{
    const Household &household = h;
    const Fen income = household.monthlyIncome();
    monthlyIncome = income;
    perCapita = floorDiv(income, n);
    stdFen = standard.dibaoMonthly;
    r.perCapitaIncome = perCapita;
    {
        QStringList excludedZh, excludedEn;
        for (const IncomeItem &item : household.incomes) {
            if (const AssistanceRules::ExcludedIncome *e = AssistanceRules::excludedIncome(item.kind)) {
                excludedZh << QStringLiteral("%1 %2 元").arg(QString::fromUtf8(e->zh), yuan(item.monthlyAmount));
                excludedEn << QStringLiteral("%1 %2 yuan").arg(QString::fromUtf8(e->en), yuan(item.monthlyAmount));
            }
        }
        if (!excludedZh.isEmpty()) {
            zh << QStringLiteral("不计入家庭收入（%1）：%2")
                      .arg(QString::fromUtf8(AssistanceRules::IncomeSource), excludedZh.join(QStringLiteral("、")));
            en << QStringLiteral("not counted as income (%1): %2")
                      .arg(QString::fromUtf8(AssistanceRules::IncomeSource), excludedEn.join(QStringLiteral(", ")));
        }
    }
    {
        const QString zhArea = areaZh(standard.area);
        const QString enArea = areaEn(standard.area);
        if (on.isValid() && standard.year != on.year()) {
            zh << QStringLiteral("%1 年%2低保标准尚未录入，沿用 %3 年标准").arg(on.year()).arg(zhArea).arg(standard.year);
            en << QStringLiteral("no %1 standard entered for %2 yet: the %3 standard applies").arg(enArea).arg(on.year()).arg(standard.year);
        }
        if (standard.placeholder) {
            zh << QStringLiteral("注意：%1 年%2低保标准 %3 元、居民人均可支配收入 %4 元为占位数值，区县尚未录入实际标准，结论仅供参考")
                      .arg(standard.year).arg(zhArea, yuan(standard.dibaoMonthly), yuan(standard.disposableIncomeYearly));
            en << QStringLiteral("note: the %1 %2 standard %3 yuan and disposable income %4 yuan are placeholders the district "
                                 "has not replaced yet; the result is provisional")
                      .arg(standard.year).arg(enArea, yuan(standard.dibaoMonthly), yuan(standard.disposableIncomeYearly));
        }
    }
    zh << QStringLiteral("家庭月收入 %1 元 ÷ %2 人 = 人均月收入 %3 元").arg(yuan(income)).arg(n).arg(yuan(perCapita));
    en << QStringLiteral("household monthly income %1 yuan / %2 = per-capita income %3 yuan")
              .arg(yuan(income))
              .arg(n)
              .arg(yuan(perCapita));
}

// ---- property -------------------------------------------------------------------------------------------
void Working::property()
{
    const Household &household = h;
    Fen financial = 0;
    int housing = 0;
    Fen vehicles = 0;
    for (const Asset &a : household.assets) {
        if (kindIs(a.kind, "deposit") || kindIs(a.kind, "securities"))
            financial += a.value;
        else if (kindIs(a.kind, "housing"))
            ++housing;
        else if (kindIs(a.kind, "vehicle"))
            vehicles += a.value;
    }
    const Fen financialPerPerson = floorDiv(financial, n);
    const Fen financialLimit = Fen(settings.depositLimitMonths) * stdFen;
    const bool financialOk = financialPerPerson <= financialLimit;
    zh << QStringLiteral("金融资产（存款、有价证券）%1 元 ÷ %2 人 = 人均 %3 元 %4 %5 × %6 元 = %7 元 → %8")
              .arg(yuan(financial))
              .arg(n)
              .arg(yuan(financialPerPerson), financialOk ? QStringLiteral("≤") : QStringLiteral(">"))
              .arg(settings.depositLimitMonths)
              .arg(yuan(stdFen), yuan(financialLimit), financialOk ? QStringLiteral("符合规定") : QStringLiteral("超出规定"));
    en << QStringLiteral("financial assets (deposits, securities) %1 yuan / %2 = %3 yuan per person %4 %5 x %6 = %7 -> %8")
              .arg(yuan(financial))
              .arg(n)
              .arg(yuan(financialPerPerson), financialOk ? QStringLiteral("<=") : QStringLiteral(">"))
              .arg(settings.depositLimitMonths)
              .arg(yuan(stdFen), yuan(financialLimit),
                   financialOk ? QStringLiteral("within the rules") : QStringLiteral("exceeds the rules"));

    const bool housingOk = housing <= settings.maxHousingUnits;
    zh << QStringLiteral("住房 %1 套 %2 %3 套 → %4")
              .arg(housing)
              .arg(housingOk ? QStringLiteral("≤") : QStringLiteral(">"))
              .arg(settings.maxHousingUnits)
              .arg(housingOk ? QStringLiteral("符合规定") : QStringLiteral("超出规定"));
    en << QStringLiteral("housing units %1 %2 %3 -> %4")
              .arg(housing)
              .arg(housingOk ? QStringLiteral("<=") : QStringLiteral(">"))
              .arg(settings.maxHousingUnits)
              .arg(housingOk ? QStringLiteral("within the rules") : QStringLiteral("exceeds the rules"));

    const bool vehiclesOk = vehicles <= settings.vehicleValueLimit;
    zh << QStringLiteral("机动车总价值 %1 元 %2 %3 元 → %4")
              .arg(yuan(vehicles), vehiclesOk ? QStringLiteral("≤") : QStringLiteral(">"),
                   yuan(settings.vehicleValueLimit),
                   vehiclesOk ? QStringLiteral("符合规定") : QStringLiteral("超出规定"));
    en << QStringLiteral("vehicle value %1 yuan %2 %3 -> %4")
              .arg(yuan(vehicles), vehiclesOk ? QStringLiteral("<=") : QStringLiteral(">"),
                   yuan(settings.vehicleValueLimit),
                   vehiclesOk ? QStringLiteral("within the rules") : QStringLiteral("exceeds the rules"));

    propertyOk = financialOk && housingOk && vehiclesOk;
    r.propertyWithinRules = propertyOk;
    belowStandard = perCapita < stdFen;
    propZh = propertyOk ? QStringLiteral("财产符合规定") : QStringLiteral("财产超出规定");
    propEn = propertyOk ? QStringLiteral("property within the rules")
                                      : QStringLiteral("property exceeds the rules");
}

// ---- 1. 特困供养 -----------------------------------------------------------------------------------------
bool Working::tekun()
{
    const Household &household = h;
    QStringList ableZh, ableEn, unableZh, unableEn;
    for (const Member *m : counted) {
        const AssistanceRules::LabourFinding finding = AssistanceRules::labourFinding(*m, on);
        if (finding.unable) {
            unableZh << QStringLiteral("%1（%2）").arg(m->name, finding.zh);
            unableEn << QStringLiteral("%1 (%2)").arg(m->name, finding.en);
        } else {
            const int age = m->ageOn(on);
            const QString ageText = age >= 0 ? QString::number(age) : QStringLiteral("?");
            ableZh << QStringLiteral("%1 %2 岁").arg(m->name, ageText);
            ableEn << QStringLiteral("%1, age %2").arg(m->name, ageText);
        }
    }
    zh << QStringLiteral("无劳动能力的认定（%1）").arg(AssistanceRules::labourRuleZh());
    en << QStringLiteral("unable to work means (%1)").arg(AssistanceRules::labourRuleEn());
    const bool noLabour = ableZh.isEmpty();
    const bool noSupporter = !household.hasCapableSupporter;
    const bool isTekun = noLabour && noSupporter && belowStandard && propertyOk;
    QString zhLine = QStringLiteral("特困供养：计入成员均无劳动能力：%1").arg(yesNoZh(noLabour));
    QString enLine = QStringLiteral("特困供养: every counted member unable to work: %1").arg(yesNoEn(noLabour));
    if (!unableZh.isEmpty()) {
        zhLine += QStringLiteral("（无劳动能力：%1）").arg(unableZh.join(QStringLiteral("、")));
        enLine += QStringLiteral(" (unable to work: %1)").arg(unableEn.join(QStringLiteral("; ")));
    }
    if (!noLabour) {
        zhLine += QStringLiteral("（有劳动能力：%1）").arg(ableZh.join(QStringLiteral("、")));
        enLine += QStringLiteral(" (able to work: %1)").arg(ableEn.join(QStringLiteral("; ")));
    }
    zhLine += QStringLiteral("；无有能力的法定赡养、抚养、扶养义务人：%1").arg(yesNoZh(noSupporter));
    enLine += QStringLiteral("; no legal supporter able to support: %1").arg(yesNoEn(noSupporter));
    zhLine += QStringLiteral("；人均月收入 %1 元 < 低保标准 %2 元：%3").arg(yuan(perCapita), yuan(stdFen), yesNoZh(belowStandard));
    enLine += QStringLiteral("; per-capita income %1 yuan < standard %2: %3").arg(yuan(perCapita), yuan(stdFen), yesNoEn(belowStandard));
    zhLine += QStringLiteral("；%1：%2").arg(QStringLiteral("财产符合规定"), yesNoZh(propertyOk));
    enLine += QStringLiteral("; property within the rules: %1").arg(yesNoEn(propertyOk));
    zhLine += isTekun ? QStringLiteral(" → 特困供养") : QStringLiteral(" → 不属于特困供养");
    enLine += isTekun ? QStringLiteral(" -> 特困供养") : QStringLiteral(" -> not 特困供养");
    zh << zhLine;
    en << enLine;
    return isTekun;
}

// ---- 2. 低保 ---------------------------------------------------------------------------------------------
bool Working::dibao()
{
    if (belowStandard) {
        if (propertyOk) {
            zh << QStringLiteral("人均月收入 %1 元 < 低保标准 %2 元，且%3 → 低保").arg(yuan(perCapita), yuan(stdFen), propZh);
            en << QStringLiteral("per-capita income %1 yuan < standard %2 and %3 -> 低保").arg(yuan(perCapita), yuan(stdFen), propEn);
            return true;
        }
        zh << QStringLiteral("人均月收入 %1 元 < 低保标准 %2 元，但%3 → 不属于低保").arg(yuan(perCapita), yuan(stdFen), propZh);
        en << QStringLiteral("per-capita income %1 yuan < standard %2 but %3 -> not 低保").arg(yuan(perCapita), yuan(stdFen), propEn);
    } else {
        zh << QStringLiteral("人均月收入 %1 元 ≥ 低保标准 %2 元 → 不属于低保").arg(yuan(perCapita), yuan(stdFen));
        en << QStringLiteral("per-capita income %1 yuan >= standard %2 -> not 低保").arg(yuan(perCapita), yuan(stdFen));
    }
    return false;
}

// ---- 3. 低保边缘 -----------------------------------------------------------------------------------------
bool Working::dibaoEdge()
{
    mult = factor(settings.edgeMultiplier);
    edgeLine = scaled(settings.edgeMultiplier, stdFen);
    const bool belowEdge = perCapita < edgeLine;
    if (belowStandard) {
        // Only reached when the property test failed.
        zh << QStringLiteral("人均月收入 %1 元 < 低保标准 %2 元，但%3 → 不属于低保边缘").arg(yuan(perCapita), yuan(stdFen), propZh);
        en << QStringLiteral("per-capita income %1 yuan < standard %2 but %3 -> not 低保边缘").arg(yuan(perCapita), yuan(stdFen), propEn);
    } else if (belowEdge) {
        const QString zhLine = QStringLiteral("人均月收入 %1 元 ≥ 低保标准 %2 元，且 < %3 × %2 元").arg(yuan(perCapita), yuan(stdFen), mult);
        const QString enLine = QStringLiteral("per-capita income %1 yuan >= standard %2 and < %3 x %2").arg(yuan(perCapita), yuan(stdFen), mult);
        if (propertyOk) {
            zh << zhLine + QStringLiteral(" → 低保边缘");
            en << enLine + QStringLiteral(" -> 低保边缘");
            return true;
        }
        zh << zhLine + QStringLiteral("，但%1 → 不属于低保边缘").arg(propZh);
        en << enLine + QStringLiteral(" but %1 -> not 低保边缘").arg(propEn);
    } else {
        zh << QStringLiteral("人均月收入 %1 元 ≥ %2 × 低保标准 %3 元 = %4 元 → 不属于低保边缘")
                  .arg(yuan(perCapita), mult, yuan(stdFen), yuan(edgeLine));
        en << QStringLiteral("per-capita income %1 yuan >= %2 x standard %3 = %4 -> not 低保边缘")
                  .arg(yuan(perCapita), mult, yuan(stdFen), yuan(edgeLine));
    }
    return false;
}

// ---- 4. 支出型贫困 ---------------------------------------------------------------------------------------
bool Working::expenditure()
{
    const Household &household = h;
    const Fen yearlyPerCapita = perCapita * 12;
    const Fen yearlyIncome = monthlyIncome * 12;
    const QDate windowStart = on.isValid() ? on.addMonths(-12) : QDate();
    Fen rigid = 0;
    for (const RigidExpenditure &e : household.expenditures) {
        const bool inWindow = !e.incurredOn.isValid() || !on.isValid()
            || (e.incurredOn >= windowStart && e.incurredOn <= on);
        if (inWindow)
            rigid += e.amount;
    }
    const bool lowIncome = yearlyPerCapita < standard.disposableIncomeYearly;
    const Fen shareLimit = scaled(settings.rigidSpendingShare, yearlyIncome);
    const bool heavySpending = rigid > shareLimit;
    const Fen afterPerCapita = floorDiv(yearlyIncome - rigid, Fen(12) * n);
    const bool underEdgeAfter = afterPerCapita < edgeLine;
    const bool isExpenditure = lowIncome && propertyOk && (heavySpending || underEdgeAfter);
    const QString share = factor(settings.rigidSpendingShare);

    QString zhLine = QStringLiteral("支出型贫困：人均年收入 %1 元 < 上年度居民人均可支配收入 %2 元：%3")
                         .arg(yuan(yearlyPerCapita), yuan(standard.disposableIncomeYearly), yesNoZh(lowIncome));
    QString enLine = QStringLiteral("支出型贫困: yearly per-capita income %1 yuan < last year's per-capita disposable income %2: %3")
                         .arg(yuan(yearlyPerCapita), yuan(standard.disposableIncomeYearly), yesNoEn(lowIncome));
    zhLine += QStringLiteral("；近 12 个月刚性支出 %1 元 > %2 × 家庭年收入 %3 元 = %4 元：%5")
                  .arg(yuan(rigid), share, yuan(yearlyIncome), yuan(shareLimit), yesNoZh(heavySpending));
    enLine += QStringLiteral("; rigid spending of the past 12 months %1 yuan > %2 x yearly family income %3 = %4: %5")
                  .arg(yuan(rigid), share, yuan(yearlyIncome), yuan(shareLimit), yesNoEn(heavySpending));
    zhLine += QStringLiteral("；扣除刚性支出后人均月收入 %1 元 < %2 × %3 元 = %4 元：%5")
                  .arg(yuan(afterPerCapita), mult, yuan(stdFen), yuan(edgeLine), yesNoZh(underEdgeAfter));
    enLine += QStringLiteral("; per-capita income after rigid spending %1 yuan < %2 x %3 = %4: %5")
                  .arg(yuan(afterPerCapita), mult, yuan(stdFen), yuan(edgeLine), yesNoEn(underEdgeAfter));
    zhLine += QStringLiteral("；财产符合规定：%1").arg(yesNoZh(propertyOk));
    enLine += QStringLiteral("; property within the rules: %1").arg(yesNoEn(propertyOk));
    zhLine += isExpenditure ? QStringLiteral(" → 支出型贫困") : QStringLiteral(" → 不属于支出型贫困");
    enLine += isExpenditure ? QStringLiteral(" -> 支出型贫困") : QStringLiteral(" -> not 支出型贫困");
    zh << zhLine;
    en << enLine;
    return isExpenditure;
}

} // namespace

ClassificationResult Classifier::classify(const Household &household, const YearlyStandard &standard,
                                          const ClassificationSettings &settings, const QDate &on)
{
    return Working(household, standard, settings, on).run();
}

ClassificationResult Classifier::withoutStandard(int year, AreaType area)
{
    ClassificationResult r;
    r.standardMissing = true;
    r.propertyWithinRules = false;
    r.stepsZh << QStringLiteral("%1 年%2低保标准尚未录入，无法认定类别").arg(year).arg(areaZh(area));
    r.stepsEn << QStringLiteral("no %1 低保 standard has been entered for %2: the category cannot be determined")
                     .arg(areaEn(area))
                     .arg(year);
    return r;
}

} // namespace sn
