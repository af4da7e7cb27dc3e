// Benefit amounts against worked examples written from the rules (issue 22, item 4):
//  - 低保 补差: 《最低生活保障审核确认办法》(民发〔2021〕57号) and 《社会救助暂行办法》第十二条: the gap between the
//    standard and the household's per-capita income, paid for the persons counted (共同生活家庭成员; those in
//    prison or declared missing do not count, 57号 第八条/第九条);
//  - income not counted (基础养老金 of the residents' scheme, 高龄津贴, 优待抚恤金): 57号 第十五条;
//  - 分类施保 for the elderly, severely disabled, seriously ill and minors: 《国务院关于进一步加强和改进最低
//    生活保障工作的意见》(国发〔2012〕45号) asks for it; the shares (10 % / 20 % of the standard, the largest
//    one only, a 30-yuan minimum payment) are this district's settings (BenefitSettings' defaults);
//  - 特困: basic living standard not less than 1.3 × the local 低保 standard (《国务院关于进一步健全特困人员救助
//    供养制度的意见》国发〔2016〕14号), plus a care standard per care level (全自理 / 半护理 / 全护理).
// Each row works the figures out by hand in its comment.
#include "domain/Benefit.h"

#include "TestUtil.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

Q_DECLARE_METATYPE(sn::Household)
Q_DECLARE_METATYPE(sn::Category)

namespace {

const QDate On(2026, 12, 1);

YearlyStandard rural735()
{
    YearlyStandard s;
    s.year = 2026;
    s.area = AreaType::Rural;
    s.dibaoMonthly = 73500;
    s.placeholder = false;
    return s;
}

Household withMembers(const QList<Member> &members, const QList<IncomeItem> &incomes)
{
    Household h;
    h.area = AreaType::Rural;
    h.members = members;
    h.incomes = incomes;
    return h;
}

IncomeItem income(const QString &kind, Fen fen)
{
    return { QString(), QString(), kind, fen, true };
}

Member disabled(Member m, int grade)
{
    m.disabilityType = QStringLiteral("physical");
    m.disabilityGrade = grade;
    return m;
}

Member excluded(Member m, Exclusion why)
{
    m.exclusion = why;
    return m;
}

Member cared(Member m, CareLevel level)
{
    m.care = level;
    return m;
}

} // namespace

class TestBenefit : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data()
    {
        QTest::addColumn<Household>("household");
        QTest::addColumn<Category>("category");
        QTest::addColumn<Fen>("expected");
        QTest::addColumn<bool>("eligible");
        const Member head = member(QStringLiteral("张三"), Relation::Head, QDate(1980, 1, 1), 1);
        const Member elder = member(QStringLiteral("张母"), Relation::Parent, QDate(1950, 2, 2), 2);
        const Member child = member(QStringLiteral("张小"), Relation::Child, QDate(2016, 3, 3), 3);
        const Member spouse = member(QStringLiteral("李四"), Relation::Spouse, QDate(1982, 5, 6), 4);

        // 3 counted, 1200 income: (735 − 400) × 3 = 1005; elder and child each 10 % of 735 = 73.50 → 1152.00.
        QTest::newRow("dibao gap with elder and minor add-ons")
            << withMembers({ head, elder, child }, { income(QStringLiteral("wage"), 120000) }) << Category::Dibao
            << Fen(115200) << true;
        // 1 counted, 76 and grade-2 disabled: 735 − 300 = 435; the largest add-on only, 20 % = 147 → 582.00.
        QTest::newRow("largest add-on only")
            << withMembers({ disabled(elder, 2) }, { income(QStringLiteral("wage"), 30000) }) << Category::Dibao
            << Fen(58200) << true;
        // 735 − 720 = 15 is under the 30-yuan minimum → 30.00.
        QTest::newRow("minimum payment") << withMembers({ head }, { income(QStringLiteral("wage"), 72000) })
                                         << Category::Dibao << Fen(3000) << true;
        // Per-capita income equal to the standard: no gap, nothing paid.
        QTest::newRow("income at the standard")
            << withMembers({ head }, { income(QStringLiteral("wage"), 73500) }) << Category::Dibao << Fen(0) << false;
        // The spouse in prison does not count: 1 person, 735 − 200 = 535.00.
        QTest::newRow("member in prison not counted")
            << withMembers({ head, excluded(spouse, Exclusion::Prison) }, { income(QStringLiteral("wage"), 20000) })
            << Category::Dibao << Fen(53500) << true;
        // The basic pension (200) is not counted, the wage (100) is: 735 − 100 = 635 + elder 73.50 = 708.50.
        QTest::newRow("basic pension not counted") << withMembers(
            { elder }, { income(QStringLiteral("basic_pension"), 20000), income(QStringLiteral("wage"), 10000) })
                                                   << Category::Dibao << Fen(70850) << true;
        // 特困, one person in full care: 1.3 × 735 = 955.50 + 600 = 1555.50.
        QTest::newRow("tekun full care") << withMembers({ cared(elder, CareLevel::Full) }, {}) << Category::Tekun
                                         << Fen(155550) << true;
        // Two persons, self-care (100) and partial care (300): 2 × 955.50 + 100 + 300 = 2311.00.
        QTest::newRow("tekun two care levels")
            << withMembers({ cared(elder, CareLevel::SelfCare), cared(child, CareLevel::Partial) }, {})
            << Category::Tekun << Fen(231100) << true;
        // 低保边缘 is monitored, not paid.
        QTest::newRow("edge not paid") << withMembers({ head }, {}) << Category::DibaoEdge << Fen(0) << false;
    }

    void amounts()
    {
        QFETCH(Household, household);
        QFETCH(Category, category);
        QFETCH(Fen, expected);
        QFETCH(bool, eligible);
        const BenefitResult r = BenefitCalculator::compute(household, category, rural735(), BenefitSettings(), On);
        QCOMPARE(r.monthlyAmount, expected);
        QCOMPARE(r.eligible, eligible);
        QVERIFY(!r.lines.isEmpty());
        if (eligible) {
            // The working adds up: the amounts of its lines are the monthly amount.
            Fen sum = 0;
            for (const BenefitLine &l : r.lines)
                sum += l.amount;
            QCOMPARE(sum, expected);
            QVERIFY(r.lines.last().text.contains(money::toYuanString(expected)));
        }
    }

    void workingNamesTheFigures()
    {
        const Member elder = member(QStringLiteral("张母"), Relation::Parent, QDate(1950, 2, 2), 2);
        const BenefitResult r
            = BenefitCalculator::compute(withMembers({ elder }, { income(QStringLiteral("wage"), 30000) }),
                Category::Dibao, rural735(), BenefitSettings(), On);
        QStringList texts;
        for (const BenefitLine &l : r.lines)
            texts.append(l.text);
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("735.00")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("300.00")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("张母")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("73.50")), qPrintable(all));
    }

    void districtSettingsChangeTheAmount()
    {
        BenefitSettings s;
        s.elderPercent = 30;
        s.elderAge = 80; // the district's own age: a 76-year-old gets no add-on
        const Member elder = member(QStringLiteral("张母"), Relation::Parent, QDate(1950, 2, 2), 2);
        const BenefitResult r = BenefitCalculator::compute(
            withMembers({ elder }, { income(QStringLiteral("wage"), 30000) }), Category::Dibao, rural735(), s, On);
        QCOMPARE(r.monthlyAmount, Fen(43500));
    }
};

QTEST_GUILESS_MAIN(TestBenefit)
#include "tst_benefit.moc"
