#include "Classification.h"

#include "AssistanceRules.h"

#include <QVariantList>
#include <cmath>

// The working of a classification is a list of steps: rule, figures, verdict. ClassificationText (services)
// puts them into words through tr().

namespace sn {

namespace {

// Integer division rounding towards negative infinity.
Fen floorDiv(Fen a, Fen b)
{
    Fen q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

Fen scaled(double factor, Fen amount)
{
    return Fen(std::llround(factor * double(amount)));
}

bool kindIs(const QString &kind, const char *expected)
{
    return kind.trimmed().compare(QLatin1String(expected), Qt::CaseInsensitive) == 0;
}

using Values = std::initializer_list<std::pair<const char *, QVariant>>;

// One classification's working: the figures found so far and the steps recorded. Each rule is one step; a
// step that decides the category returns true and the working ends there.
class Working
{
public:
    Working(const Household &household, const YearlyStandard &standard, const ClassificationSettings &settings,
        const QDate &on)
        : h(household)
        , standard(standard)
        , settings(settings)
        , on(on)
    {
    }

    ClassificationResult run();

private:
    void step(ClassificationRule rule, bool verdict, Values values);
    ClassificationResult conclude(Category c);
    bool countMembers(); // false: nobody counts, no per-capita income
    void income();
    void property();
    bool tekun(); // 1. 特困供养
    bool dibao(); // 2. 低保
    bool dibaoEdge(); // 3. 低保边缘
    bool expenditure(); // 4. 支出型贫困

    const Household &h;
    const YearlyStandard &standard;
    const ClassificationSettings &settings;
    const QDate on;
    ClassificationResult r;
    QList<const Member *> counted;
    int n = 0;
    Fen monthlyIncome = 0;
    Fen perCapita = 0;
    Fen stdFen = 0;
    bool propertyOk = false;
    bool belowStandard = false;
    Fen edgeLine = 0;
};

void Working::step(ClassificationRule rule, bool verdict, Values values)
{
    ClassificationStep s;
    s.rule = rule;
    s.verdict = verdict;
    for (const auto &[name, value] : values)
        s.values.insert(QLatin1String(name), value);
    r.steps.append(std::move(s));
}

ClassificationResult Working::conclude(Category c)
{
    r.category = c;
    step(ClassificationRule::Conclusion, c != Category::None, { { "category", int(c) } });
    return r;
}

ClassificationResult Working::run()
{
    if (!countMembers()) {
        step(ClassificationRule::NoCountedMembers, false, {});
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
    counted = h.countedMembers();
    n = int(counted.size());
    r.countedMembers = n;
    QVariantList excluded;
    for (const Member &m : h.members) {
        if (!m.counts())
            excluded.append(
                QVariantHash { { QStringLiteral("name"), m.name }, { QStringLiteral("exclusion"), int(m.exclusion) } });
    }
    step(ClassificationRule::CountedMembers, n > 0,
        { { "counted", n }, { "total", int(h.members.size()) }, { "excluded", excluded } });
    return n > 0;
}

// ---- income ---------------------------------------------------------------------------------------------
void Working::income()
{
    monthlyIncome = h.monthlyIncome();
    perCapita = floorDiv(monthlyIncome, n);
    stdFen = standard.dibaoMonthly;
    r.perCapitaIncome = perCapita;
    QVariantList excluded;
    for (const IncomeItem &item : h.incomes) {
        if (AssistanceRules::excludedIncome(item.kind))
            excluded.append(QVariantHash { { QStringLiteral("kind"), item.kind.trimmed() },
                { QStringLiteral("amount"), qint64(item.monthlyAmount) } });
    }
    if (!excluded.isEmpty())
        step(ClassificationRule::ExcludedIncome, true, { { "items", excluded } });
    const int area = int(standard.area);
    if (on.isValid() && standard.year != on.year())
        step(ClassificationRule::StandardCarriedOver, true,
            { { "year", on.year() }, { "area", area }, { "standardYear", standard.year } });
    if (standard.placeholder)
        step(ClassificationRule::PlaceholderStandard, true,
            { { "year", standard.year }, { "area", area }, { "standard", qint64(standard.dibaoMonthly) },
                { "disposable", qint64(standard.disposableIncomeYearly) } });
    step(ClassificationRule::PerCapitaIncome, true,
        { { "income", qint64(monthlyIncome) }, { "members", n }, { "perCapita", qint64(perCapita) } });
}

// ---- property -------------------------------------------------------------------------------------------
void Working::property()
{
    Fen financial = 0;
    int housing = 0;
    Fen vehicles = 0;
    for (const Asset &a : h.assets) {
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
    step(ClassificationRule::FinancialAssets, financialOk,
        { { "total", qint64(financial) }, { "members", n }, { "perPerson", qint64(financialPerPerson) },
            { "months", settings.depositLimitMonths }, { "standard", qint64(stdFen) },
            { "limit", qint64(financialLimit) } });
    const bool housingOk = housing <= settings.maxHousingUnits;
    step(ClassificationRule::Housing, housingOk, { { "units", housing }, { "max", settings.maxHousingUnits } });
    const bool vehiclesOk = vehicles <= settings.vehicleValueLimit;
    step(ClassificationRule::Vehicles, vehiclesOk,
        { { "value", qint64(vehicles) }, { "limit", qint64(settings.vehicleValueLimit) } });

    propertyOk = financialOk && housingOk && vehiclesOk;
    r.propertyWithinRules = propertyOk;
    belowStandard = perCapita < stdFen;
}

// ---- 1. 特困供养 -----------------------------------------------------------------------------------------
bool Working::tekun()
{
    QVariantList able, unable;
    for (const Member *m : counted) {
        const AssistanceRules::LabourFinding finding = AssistanceRules::labourFinding(*m, on);
        if (finding.unable) {
            unable.append(
                QVariantHash { { QStringLiteral("name"), m->name }, { QStringLiteral("reason"), int(finding.reason) },
                    { QStringLiteral("disability"),
                        finding.disability ? QString::fromLatin1(finding.disability->type) : QString() },
                    { QStringLiteral("grade"), finding.grade } });
        } else {
            able.append(QVariantHash { { QStringLiteral("name"), m->name }, { QStringLiteral("age"), m->ageOn(on) } });
        }
    }
    step(ClassificationRule::LabourRule, true, {});
    const bool noLabour = able.isEmpty();
    const bool noSupporter = !h.hasCapableSupporter;
    const bool isTekun = noLabour && noSupporter && belowStandard && propertyOk;
    step(ClassificationRule::Tekun, isTekun,
        { { "noLabour", noLabour }, { "noSupporter", noSupporter }, { "belowStandard", belowStandard },
            { "propertyOk", propertyOk }, { "perCapita", qint64(perCapita) }, { "standard", qint64(stdFen) },
            { "unable", unable }, { "able", able } });
    return isTekun;
}

// ---- 2. 低保 ---------------------------------------------------------------------------------------------
bool Working::dibao()
{
    const bool isDibao = belowStandard && propertyOk;
    step(ClassificationRule::Dibao, isDibao,
        { { "perCapita", qint64(perCapita) }, { "standard", qint64(stdFen) }, { "belowStandard", belowStandard },
            { "propertyOk", propertyOk } });
    return isDibao;
}

// ---- 3. 低保边缘 -----------------------------------------------------------------------------------------
bool Working::dibaoEdge()
{
    edgeLine = scaled(settings.edgeMultiplier, stdFen);
    const bool belowEdge = perCapita < edgeLine;
    // Below the standard here means the property test failed (else 低保 applied).
    const bool isEdge = !belowStandard && belowEdge && propertyOk;
    step(ClassificationRule::DibaoEdge, isEdge,
        { { "perCapita", qint64(perCapita) }, { "standard", qint64(stdFen) }, { "multiplier", settings.edgeMultiplier },
            { "edgeLine", qint64(edgeLine) }, { "belowStandard", belowStandard }, { "belowEdge", belowEdge },
            { "propertyOk", propertyOk } });
    return isEdge;
}

// ---- 4. 支出型贫困 ---------------------------------------------------------------------------------------
bool Working::expenditure()
{
    const Fen yearlyPerCapita = perCapita * 12;
    const Fen yearlyIncome = monthlyIncome * 12;
    const QDate windowStart = on.isValid() ? on.addMonths(-12) : QDate();
    Fen rigid = 0;
    for (const RigidExpenditure &e : h.expenditures) {
        const bool inWindow
            = !e.incurredOn.isValid() || !on.isValid() || (e.incurredOn >= windowStart && e.incurredOn <= on);
        if (inWindow)
            rigid += e.amount;
    }
    const bool lowIncome = yearlyPerCapita < standard.disposableIncomeYearly;
    const Fen shareLimit = scaled(settings.rigidSpendingShare, yearlyIncome);
    const bool heavySpending = rigid > shareLimit;
    const Fen afterPerCapita = floorDiv(yearlyIncome - rigid, Fen(12) * n);
    const bool underEdgeAfter = afterPerCapita < edgeLine;
    const bool isExpenditure = lowIncome && propertyOk && (heavySpending || underEdgeAfter);
    step(ClassificationRule::Expenditure, isExpenditure,
        { { "yearlyPerCapita", qint64(yearlyPerCapita) }, { "disposable", qint64(standard.disposableIncomeYearly) },
            { "lowIncome", lowIncome }, { "rigid", qint64(rigid) }, { "share", settings.rigidSpendingShare },
            { "yearlyIncome", qint64(yearlyIncome) }, { "shareLimit", qint64(shareLimit) }, { "heavy", heavySpending },
            { "afterPerCapita", qint64(afterPerCapita) }, { "multiplier", settings.edgeMultiplier },
            { "standard", qint64(stdFen) }, { "edgeLine", qint64(edgeLine) }, { "underEdge", underEdgeAfter },
            { "propertyOk", propertyOk } });
    return isExpenditure;
}

} // namespace

ClassificationResult Classifier::classify(
    const Household &household, const YearlyStandard &standard, const ClassificationSettings &settings, const QDate &on)
{
    return Working(household, standard, settings, on).run();
}

ClassificationResult Classifier::withoutStandard(int year, AreaType area)
{
    ClassificationResult r;
    r.standardMissing = true;
    r.propertyWithinRules = false;
    ClassificationStep s;
    s.rule = ClassificationRule::StandardMissing;
    s.values.insert(QStringLiteral("year"), year);
    s.values.insert(QStringLiteral("area"), int(area));
    r.steps.append(s);
    return r;
}

} // namespace sn
