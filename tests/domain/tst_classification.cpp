#include "ClassificationFixtures.h"
#include "domain/Classification.h"

#include <QTest>
#include <utility>

using namespace sn;

Q_DECLARE_METATYPE(sn::Household)
Q_DECLARE_METATYPE(sn::ClassificationSettings)
Q_DECLARE_METATYPE(sn::Category)

using namespace sn::fixtures;

class TestClassification : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void categoryCodes();
    void categoryFromText_data();
    void categoryFromText();
    void findingValidity();
    void areaTypes();
};

void TestClassification::classify_data()
{
    QTest::addColumn<Household>("household");
    QTest::addColumn<ClassificationSettings>("settings");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<Category>("category");
    QTest::addColumn<qint64>("perCapita");
    QTest::addColumn<int>("counted");
    QTest::addColumn<bool>("propertyOk");

    const ClassificationSettings defaults;
    const QString a = QStringLiteral("张三");

    // ---- income boundaries around the standard (735.00) and 2 x standard (1470.00)
    QTest::newRow("adult below standard -> dibao")
        << single(adult(a), 50000) << defaults << kOn << Category::Dibao << qint64(50000) << 1 << true;
    QTest::newRow("one fen below standard -> dibao")
        << single(adult(a), 73499) << defaults << kOn << Category::Dibao << qint64(73499) << 1 << true;
    QTest::newRow("exactly at standard -> edge, not dibao")
        << single(adult(a), 73500) << defaults << kOn << Category::DibaoEdge << qint64(73500) << 1 << true;
    QTest::newRow("one fen below 2x -> edge")
        << single(adult(a), 146999) << defaults << kOn << Category::DibaoEdge << qint64(146999) << 1 << true;
    QTest::newRow("exactly 2x -> not edge")
        << single(adult(a), 147000) << defaults << kOn << Category::None << qint64(147000) << 1 << true;
    {
        Household h;
        h.members << adult(QStringLiteral("户主")) << adult(QStringLiteral("配偶"), Relation::Spouse);
        h.incomes << income(QStringLiteral("户主"), 100000) << income(QStringLiteral("配偶"), 62500);
        QTest::newRow("two adults 812.50 each -> edge")
            << h << defaults << kOn << Category::DibaoEdge << qint64(81250) << 2 << true;
    }
    {
        // Per-capita income is rounded down to the fen: 1470.01 / 3 = 490.003...
        Household h;
        h.members << adult(QStringLiteral("a")) << adult(QStringLiteral("b"), Relation::Spouse)
                  << adult(QStringLiteral("c"), Relation::Sibling);
        h.incomes << income(QString(), 147001);
        QTest::newRow("household-level income, rounded down")
            << h << defaults << kOn << Category::Dibao << qint64(49000) << 3 << true;
    }

    // ---- 特困供养: no labour capacity, no capable supporter
    QTest::newRow("single elder, no income -> tekun")
        << single(elder(a), 0) << defaults << kOn << Category::Tekun << qint64(0) << 1 << true;
    {
        Household h = single(elder(a), 30000);
        h.hasCapableSupporter = true;
        QTest::newRow("elder with capable supporter -> dibao")
            << h << defaults << kOn << Category::Dibao << qint64(30000) << 1 << true;
    }
    QTest::newRow("elder at standard -> edge, not tekun")
        << single(elder(a), 73500) << defaults << kOn << Category::DibaoEdge << qint64(73500) << 1 << true;
    QTest::newRow("turning 60 on the day -> tekun") << single(person(a, Relation::Head, QDate(1964, 6, 15)), 0)
                                                    << defaults << kOn << Category::Tekun << qint64(0) << 1 << true;
    QTest::newRow("60 tomorrow -> dibao") << single(person(a, Relation::Head, QDate(1964, 6, 16)), 0) << defaults << kOn
                                          << Category::Dibao << qint64(0) << 1 << true;
    // 《特困人员认定办法》第七条: under 16 (not 18) counts as unable to work.
    QTest::newRow("minor day before 16th birthday -> tekun")
        << single(person(a, Relation::Head, QDate(2008, 6, 15)), 0) << defaults << QDate(2024, 6, 14) << Category::Tekun
        << qint64(0) << 1 << true;
    QTest::newRow("minor turning 16 on the day -> dibao")
        << single(person(a, Relation::Head, QDate(2008, 6, 15)), 0) << defaults << QDate(2024, 6, 15) << Category::Dibao
        << qint64(0) << 1 << true;
    QTest::newRow("15-year-old alone -> tekun") << single(person(a, Relation::Head, QDate(2009, 1, 1)), 0) << defaults
                                                << kOn << Category::Tekun << qint64(0) << 1 << true;
    QTest::newRow("17-year-old alone -> dibao, not tekun")
        << single(person(a, Relation::Head, QDate(2007, 1, 1)), 0) << defaults << kOn << Category::Dibao << qint64(0)
        << 1 << true;
    // The disability types and grades of the rule; every other type or grade is able to work.
    const struct
    {
        const char *type;
        int grade;
        Category expected;
    } disabilities[] = {
        { "intellectual", 1, Category::Tekun },
        { "intellectual", 3, Category::Tekun },
        { "intellectual", 4, Category::Dibao },
        { "mental", 2, Category::Tekun },
        { "mental", 3, Category::Tekun },
        { "mental", 4, Category::Dibao },
        { "physical", 1, Category::Tekun },
        { "physical", 2, Category::Tekun },
        { "physical", 3, Category::Dibao },
        { "visual", 1, Category::Tekun },
        { "visual", 2, Category::Dibao },
        { "hearing", 1, Category::Dibao },
        { "hearing", 2, Category::Dibao },
        { "speech", 1, Category::Dibao },
        { "", 0, Category::Dibao },
    };
    for (const auto &d : disabilities) {
        Member m = adult(a);
        m.disabilityType = QLatin1String(d.type);
        m.disabilityGrade = d.grade;
        QTest::addRow("%s disability grade %d -> %s", d.type, d.grade, qPrintable(CategoryNames::code(d.expected)))
            << single(m, 0) << defaults << kOn << d.expected << qint64(0) << 1 << true;
    }
    // Income the rules exclude is not counted: an elder living on 高龄津贴 and the basic pension is 特困.
    for (const char *kind : { "basic_pension", "old_age_allowance", "special_care" }) {
        Household h = single(elder(a), 80000);
        h.incomes.first().kind = QLatin1String(kind);
        QTest::addRow("elder with %s only -> tekun", kind)
            << h << defaults << kOn << Category::Tekun << qint64(0) << 1 << true;
    }
    {
        Household h = single(elder(a), 80000); // wages count: 800.00 is over the 735.00 standard
        QTest::newRow("elder with wages over standard -> edge")
            << h << defaults << kOn << Category::DibaoEdge << qint64(80000) << 1 << true;
        h.incomes << income(a, 10000);
        h.incomes.last().kind = QStringLiteral("old_age_allowance");
        QTest::newRow("old-age allowance on top not counted")
            << h << defaults << kOn << Category::DibaoEdge << qint64(80000) << 1 << true;
    }
    {
        Member m = adult(a);
        m.labour = LabourCapacity::None;
        QTest::newRow("labour assessed none -> tekun")
            << single(m, 0) << defaults << kOn << Category::Tekun << qint64(0) << 1 << true;
        m.labour = LabourCapacity::Partial;
        QTest::newRow("partial labour -> dibao")
            << single(m, 0) << defaults << kOn << Category::Dibao << qint64(0) << 1 << true;
    }
    {
        Household h;
        h.members << elder(QStringLiteral("奶奶"))
                  << person(QStringLiteral("孙子"), Relation::Grandchild, QDate(2015, 5, 1));
        QTest::newRow("elder and grandchild -> tekun")
            << h << defaults << kOn << Category::Tekun << qint64(0) << 2 << true;
        h.members << adult(QStringLiteral("儿子"), Relation::Child);
        QTest::newRow("plus an able adult -> dibao")
            << h << defaults << kOn << Category::Dibao << qint64(0) << 3 << true;
    }

    // ---- property: 24 x 735.00 = 17,640.00 yuan of financial assets per counted person
    {
        Household h = single(elder(a), 0);
        h.assets << asset(QStringLiteral("deposit"), 1764000);
        QTest::newRow("deposit exactly at limit -> tekun")
            << h << defaults << kOn << Category::Tekun << qint64(0) << 1 << true;
        h.assets.last().value = 1764001;
        QTest::newRow("deposit 1 fen over limit -> none")
            << h << defaults << kOn << Category::None << qint64(0) << 1 << false;
    }
    {
        Household h = single(adult(a), 50000);
        h.assets << asset(QStringLiteral("deposit"), 1000000) << asset(QStringLiteral("securities"), 764001);
        QTest::newRow("deposits plus securities over limit -> none")
            << h << defaults << kOn << Category::None << qint64(50000) << 1 << false;
    }
    {
        Household h;
        h.members << adult(QStringLiteral("a")) << adult(QStringLiteral("b"), Relation::Spouse);
        h.assets << asset(QStringLiteral("deposit"), 3528000); // 17,640.00 each
        QTest::newRow("two persons share the deposit limit")
            << h << defaults << kOn << Category::Dibao << qint64(0) << 2 << true;
        h.assets.last().value = 3528002;
        QTest::newRow("two persons over the deposit limit")
            << h << defaults << kOn << Category::None << qint64(0) << 2 << false;
    }
    {
        Household h = single(adult(a), 50000);
        h.assets << asset(QStringLiteral("housing"), 30000000);
        QTest::newRow("one house -> dibao") << h << defaults << kOn << Category::Dibao << qint64(50000) << 1 << true;
        h.assets << asset(QStringLiteral("housing"), 20000000);
        QTest::newRow("extra house -> none") << h << defaults << kOn << Category::None << qint64(50000) << 1 << false;
        ClassificationSettings twoHouses;
        twoHouses.maxHousingUnits = 2;
        QTest::newRow("two houses allowed by setting -> dibao")
            << h << twoHouses << kOn << Category::Dibao << qint64(50000) << 1 << true;
    }
    {
        Household h = single(adult(a), 50000);
        h.assets << asset(QStringLiteral("vehicle"), 5000000);
        QTest::newRow("vehicle at limit -> dibao")
            << h << defaults << kOn << Category::Dibao << qint64(50000) << 1 << true;
        h.assets << asset(QStringLiteral("vehicle"), 1);
        QTest::newRow("vehicles over limit -> none")
            << h << defaults << kOn << Category::None << qint64(50000) << 1 << false;
    }
    {
        Household h = single(adult(a), 100000);
        h.assets << asset(QStringLiteral("deposit"), 9000000);
        QTest::newRow("edge income with too much deposit -> none")
            << h << defaults << kOn << Category::None << qint64(100000) << 1 << false;
    }

    // ---- 支出型贫困: yearly per-capita income below 40,000.00
    {
        // 3,200.00 a month = 38,400.00 a year; half is 19,200.00. After 19,200.01 of rigid spending
        // 1,599.99 a month remain, above the 1,470.00 line: only the share branch holds.
        Household h = single(adult(a), 320000);
        h.expenditures << expense(1920001, QDate(2024, 1, 10));
        QTest::newRow("expenditure by share of income")
            << h << defaults << kOn << Category::Expenditure << qint64(320000) << 1 << true;
        h.expenditures.last().amount = 1920000;
        QTest::newRow("rigid spending exactly half -> none")
            << h << defaults << kOn << Category::None << qint64(320000) << 1 << true;
        h.expenditures.last().amount = 1920001;
        h.expenditures.last().incurredOn = QDate(2023, 6, 14);
        QTest::newRow("spending older than 12 months ignored -> none")
            << h << defaults << kOn << Category::None << qint64(320000) << 1 << true;
        h.expenditures.last().incurredOn = QDate(2023, 6, 15);
        QTest::newRow("spending exactly 12 months ago counts")
            << h << defaults << kOn << Category::Expenditure << qint64(320000) << 1 << true;
        h.expenditures.last().incurredOn = QDate(2024, 6, 16);
        QTest::newRow("spending after the reference day ignored -> none")
            << h << defaults << kOn << Category::None << qint64(320000) << 1 << true;
        h.expenditures.last().incurredOn = QDate();
        QTest::newRow("spending without a date counts")
            << h << defaults << kOn << Category::Expenditure << qint64(320000) << 1 << true;
    }
    {
        // 2,000.00 a month = 24,000.00 a year; 7,000.00 of rigid spending is less than half, but leaves
        // 17,000.00 / 12 = 1,416.66 a month, under the 1,470.00 line: only the after-deduction branch holds.
        Household h = single(adult(a), 200000);
        h.expenditures << expense(300000, QDate(2024, 3, 1)) << expense(400000, QDate(2023, 12, 1));
        QTest::newRow("expenditure by income after spending")
            << h << defaults << kOn << Category::Expenditure << qint64(200000) << 1 << true;
        h.expenditures.last().amount = 336000; // 6,360.00 in all leaves 17,640.00 -> 1,470.00 a month
        QTest::newRow("after spending exactly at the line -> none")
            << h << defaults << kOn << Category::None << qint64(200000) << 1 << true;
        h.expenditures.last().amount = 336001; // leaves 17,639.99 -> 1,469.99 a month
        QTest::newRow("after spending 1 fen under the line -> expenditure")
            << h << defaults << kOn << Category::Expenditure << qint64(200000) << 1 << true;
        h.assets << asset(QStringLiteral("housing"), 1) << asset(QStringLiteral("housing"), 1);
        h.expenditures.last().amount = 400000;
        QTest::newRow("expenditure but property fails -> none")
            << h << defaults << kOn << Category::None << qint64(200000) << 1 << false;
    }
    {
        // 3,400.00 a month = 40,800.00 a year: not below the disposable income, whatever the spending.
        Household h = single(adult(a), 340000);
        h.expenditures << expense(4000000, QDate(2024, 1, 1));
        QTest::newRow("income above disposable income -> none")
            << h << defaults << kOn << Category::None << qint64(340000) << 1 << true;
    }

    // ---- who counts
    {
        Household h;
        Member head = adult(QStringLiteral("户主"));
        Member jailed = adult(QStringLiteral("配偶"), Relation::Spouse);
        jailed.exclusion = Exclusion::Prison;
        h.members << head << jailed;
        h.incomes << income(QStringLiteral("户主"), 60000) << income(QStringLiteral("配偶"), 100000);
        QTest::newRow("member in prison not counted, nor their income")
            << h << defaults << kOn << Category::Dibao << qint64(60000) << 1 << true;
        h.members.last().exclusion = Exclusion::Counted;
        QTest::newRow("same member counted -> edge")
            << h << defaults << kOn << Category::DibaoEdge << qint64(80000) << 2 << true;
    }
    {
        Household h;
        Member m = elder(a);
        m.exclusion = Exclusion::Missing;
        h.members << m;
        QTest::newRow("no counted members -> none")
            << h << defaults << kOn << Category::None << qint64(0) << 0 << false;
        h.members.clear();
        QTest::newRow("no members at all -> none") << h << defaults << kOn << Category::None << qint64(0) << 0 << false;
    }
    {
        Household h = single(adult(a), 50000);
        h.incomes << income(QStringLiteral("stranger"), 100000);
        QTest::newRow("income of an unknown member ignored")
            << h << defaults << kOn << Category::Dibao << qint64(50000) << 1 << true;
    }

    // ---- multiplier 1.5: line 1,102.50
    {
        ClassificationSettings s;
        s.edgeMultiplier = 1.5;
        QTest::newRow("1.5x: one fen below the line -> edge")
            << single(adult(a), 110249) << s << kOn << Category::DibaoEdge << qint64(110249) << 1 << true;
        QTest::newRow("1.5x: at the line -> none")
            << single(adult(a), 110250) << s << kOn << Category::None << qint64(110250) << 1 << true;
        QTest::newRow("2x default: same income -> edge")
            << single(adult(a), 110250) << defaults << kOn << Category::DibaoEdge << qint64(110250) << 1 << true;
    }
}

void TestClassification::classify()
{
    QFETCH(Household, household);
    QFETCH(ClassificationSettings, settings);
    QFETCH(QDate, on);
    QFETCH(Category, category);
    QFETCH(qint64, perCapita);
    QFETCH(int, counted);
    QFETCH(bool, propertyOk);

    const ClassificationResult r = Classifier::classify(household, standard(), settings, on);
    QCOMPARE(r.category, category);
    QCOMPARE(r.perCapitaIncome, perCapita);
    QCOMPARE(r.countedMembers, counted);
    QCOMPARE(r.propertyWithinRules, propertyOk);

    // The working is always recorded as steps ending in the conclusion; exactly the rule that decided the
    // category holds, every rule tested before it failed, and none is tested after it.
    QVERIFY(r.steps.size() >= 3);
    QCOMPARE(r.steps.first().rule, ClassificationRule::CountedMembers);
    QCOMPARE(r.steps.last().rule, ClassificationRule::Conclusion);
    QCOMPARE(Category(r.steps.last().number("category")), category);
    const QList<std::pair<ClassificationRule, Category>> order { { ClassificationRule::Tekun, Category::Tekun },
        { ClassificationRule::Dibao, Category::Dibao }, { ClassificationRule::DibaoEdge, Category::DibaoEdge },
        { ClassificationRule::Expenditure, Category::Expenditure } };
    bool decided = false;
    for (const auto &[rule, ruleCategory] : order) {
        const ClassificationStep *step = r.step(rule);
        if (decided || counted == 0) {
            QVERIFY2(!step, "a rule was tested after the category was decided");
            continue;
        }
        QVERIFY(step);
        QCOMPARE(step->verdict, ruleCategory == category);
        decided = step->verdict;
    }
    if (counted > 0)
        QCOMPARE(r.step(ClassificationRule::PerCapitaIncome)->money("perCapita"), perCapita);
}

void TestClassification::categoryCodes()
{
    const QList<Category> all = CategoryNames::all();
    QCOMPARE(all.size(), 7);
    const QStringList codes { QStringLiteral("none"), QStringLiteral("tekun"), QStringLiteral("dibao"),
        QStringLiteral("edge"), QStringLiteral("expense"), QStringLiteral("monitored"), QStringLiteral("other") };
    const QStringList chinese { QStringLiteral("无"), QStringLiteral("特困供养"), QStringLiteral("低保"),
        QStringLiteral("低保边缘"), QStringLiteral("支出型贫困"), QStringLiteral("防止返贫监测对象"),
        QStringLiteral("其他困难人员") };
    for (int i = 0; i < all.size(); ++i) {
        const Category c = all.at(i);
        QCOMPARE(CategoryNames::code(c), codes.at(i));
        QCOMPARE(CategoryNames::chinese(c), chinese.at(i));
        bool ok = false;
        QCOMPARE(CategoryNames::fromCode(codes.at(i), &ok), c);
        QVERIFY(ok);
        QVERIFY(!CategoryNames::english(c).isEmpty());
        QCOMPARE(CategoryNames::display(c), CategoryNames::english(c)); // no translator installed
    }
    bool ok = true;
    QCOMPARE(CategoryNames::fromCode(QStringLiteral("低保"), &ok), Category::None); // codes only
    QVERIFY(!ok);
}

void TestClassification::categoryFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Category>("category");
    QTest::addColumn<bool>("ok");

    QTest::newRow("code dibao") << QStringLiteral("dibao") << Category::Dibao << true;
    QTest::newRow("code edge") << QStringLiteral("edge") << Category::DibaoEdge << true;
    QTest::newRow("code expense") << QStringLiteral("expense") << Category::Expenditure << true;
    QTest::newRow("低保") << QStringLiteral("低保") << Category::Dibao << true;
    QTest::newRow("低保户") << QStringLiteral("低保户") << Category::Dibao << true;
    QTest::newRow("特困") << QStringLiteral("特困") << Category::Tekun << true;
    QTest::newRow("特困人员") << QStringLiteral("特困人员") << Category::Tekun << true;
    QTest::newRow("特困供养人员") << QStringLiteral("特困供养人员") << Category::Tekun << true;
    QTest::newRow("特困供养") << QStringLiteral("特困供养") << Category::Tekun << true;
    QTest::newRow("边缘") << QStringLiteral("边缘") << Category::DibaoEdge << true;
    QTest::newRow("低保边缘户") << QStringLiteral("低保边缘户") << Category::DibaoEdge << true;
    QTest::newRow("低保边缘") << QStringLiteral("低保边缘") << Category::DibaoEdge << true;
    QTest::newRow("支出型") << QStringLiteral("支出型") << Category::Expenditure << true;
    QTest::newRow("支出型困难") << QStringLiteral("支出型困难") << Category::Expenditure << true;
    QTest::newRow("刚性支出困难") << QStringLiteral("刚性支出困难") << Category::Expenditure << true;
    QTest::newRow("支出型贫困 padded") << QStringLiteral(" 支出型贫困　") << Category::Expenditure << true;
    QTest::newRow("无") << QStringLiteral("无") << Category::None << true;
    QTest::newRow("空") << QStringLiteral("空") << Category::None << true;
    QTest::newRow("empty") << QString() << Category::None << true;
    QTest::newRow("monitored code") << QStringLiteral("monitored") << Category::Monitored << true;
    QTest::newRow("防止返贫监测对象") << QStringLiteral("防止返贫监测对象") << Category::Monitored << true;
    QTest::newRow("监测对象") << QStringLiteral("监测对象") << Category::Monitored << true;
    QTest::newRow("other code") << QStringLiteral("other") << Category::OtherHardship << true;
    QTest::newRow("其他困难人员") << QStringLiteral("其他困难人员") << Category::OtherHardship << true;
    QTest::newRow("刚性支出困难") << QStringLiteral("刚性支出困难") << Category::Expenditure << true;
    QTest::newRow("unknown") << QStringLiteral("富裕户") << Category::None << false;
    QTest::newRow("unknown latin") << QStringLiteral("rich") << Category::None << false;
}

void TestClassification::categoryFromText()
{
    QFETCH(QString, text);
    QFETCH(Category, category);
    QFETCH(bool, ok);
    bool parsedOk = !ok;
    QCOMPARE(CategoryNames::fromText(text, &parsedOk), category);
    QCOMPARE(parsedOk, ok);
}

// A 刚性支出困难 finding holds 12 months from when it was found or renewed, due for renewal from the 11th; the
// other categories have no fixed period.
void TestClassification::findingValidity()
{
    const QDate found(2027, 3, 10);
    QCOMPARE(CategoryNames::lapsesOn(Category::Expenditure, found), QDate(2028, 3, 10));
    QCOMPARE(CategoryNames::renewalDueFrom(Category::Expenditure, found), QDate(2028, 2, 10));
    QCOMPARE(CategoryNames::lapsesOn(Category::Expenditure, QDate(2028, 2, 29)), QDate(2029, 2, 28));
    QVERIFY(!CategoryNames::lapsesOn(Category::Expenditure, QDate()).isValid());
    for (Category c : { Category::Tekun, Category::Dibao, Category::DibaoEdge, Category::Monitored,
             Category::OtherHardship, Category::None })
        QVERIFY(!CategoryNames::lapsesOn(c, found).isValid());
    QVERIFY(!CategoryNames::getsNoticeCard(Category::Monitored));
    QVERIFY(!CategoryNames::getsNoticeCard(Category::OtherHardship));
    QCOMPARE(CategoryNames::chinese(Category::Monitored), QStringLiteral("防止返贫监测对象"));
    QCOMPARE(CategoryNames::chinese(Category::OtherHardship), QStringLiteral("其他困难人员"));
}

void TestClassification::areaTypes()
{
    QCOMPARE(areaTypeCode(AreaType::Urban), QStringLiteral("urban"));
    QCOMPARE(areaTypeCode(AreaType::Rural), QStringLiteral("rural"));
    bool ok = false;
    QCOMPARE(areaTypeFromCode(QStringLiteral("rural"), &ok), AreaType::Rural);
    QVERIFY(ok);
    QCOMPARE(areaTypeFromCode(QStringLiteral("农村"), &ok), AreaType::Rural);
    QVERIFY(ok);
    QCOMPARE(areaTypeFromCode(QStringLiteral("城市"), &ok), AreaType::Urban);
    QVERIFY(ok);
    QCOMPARE(areaTypeFromCode(QStringLiteral("城镇"), &ok), AreaType::Urban);
    QVERIFY(ok);
    QCOMPARE(areaTypeFromCode(QStringLiteral("urban"), &ok), AreaType::Urban);
    QVERIFY(ok);
    areaTypeFromCode(QStringLiteral("suburb"), &ok);
    QVERIFY(!ok);
}

QTEST_APPLESS_MAIN(TestClassification)
#include "tst_classification.moc"
