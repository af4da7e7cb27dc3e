// The working of a classification in words: English (the source strings) and the official Chinese of the
// zh_CN translation, line by line, for every rule the classifier applies.
#include "../domain/ClassificationFixtures.h"
#include "services/ClassificationText.h"

#include <QTest>
#include <QTranslator>

using namespace sn;
using namespace sn::fixtures;

namespace {

QTranslator &chinese()
{
    static QTranslator translator;
    if (translator.isEmpty() && !translator.load(QStringLiteral(":/i18n/safetynet_zh_CN.qm")))
        qFatal("the zh_CN translation is not embedded");
    return translator;
}

QStringList en(const ClassificationResult &r)
{
    return ClassificationText::lines(r);
}

QStringList zh(const ClassificationResult &r)
{
    QCoreApplication::installTranslator(&chinese());
    const QStringList lines = ClassificationText::lines(r);
    QCoreApplication::removeTranslator(&chinese());
    return lines;
}

QString enText(const ClassificationResult &r)
{
    return en(r).join(QLatin1Char('\n'));
}

QString zhText(const ClassificationResult &r)
{
    return zh(r).join(QLatin1Char('\n'));
}

} // namespace

class TestClassificationText : public QObject
{
    Q_OBJECT

private slots:
    void sameLinesInBothLanguages();
    void explanationEdge();
    void explanationDibaoAndTekun();
    void explanationMultiplierAndProperty();
    void explanationExpenditure();
    void explanationNoCountedMembers();
    void explanationExcluded();
    void explanationLabourRule();
    void explanationExcludedIncome();
    void explanationStandardNotes();
    void withoutStandard();
};

// Every step has a line in both languages; nothing is left untranslated in Chinese.
void TestClassificationText::sameLinesInBothLanguages()
{
    Household h = single(elder(QStringLiteral("李奶奶")), 30000);
    h.members << adult(QStringLiteral("王五"), Relation::Child);
    const ClassificationResult r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(en(r).size(), r.steps.size());
    QCOMPARE(zh(r).size(), r.steps.size());
    for (const QString &line : zh(r)) {
        QVERIFY2(!line.isEmpty(), "a step without words");
        QVERIFY2(!line.contains(QLatin1String("yuan")) && !line.contains(QLatin1String(" -> "))
                && !line.contains(QLatin1String("per-capita")),
            qPrintable(QStringLiteral("not translated: ") + line));
    }
    QVERIFY(zh(r).last().startsWith(QStringLiteral("结论：")));
    QVERIFY(en(r).last().startsWith(QLatin1String("result: ")));
}

void TestClassificationText::explanationEdge()
{
    Household h;
    h.members << adult(QStringLiteral("户主")) << adult(QStringLiteral("配偶"), Relation::Spouse);
    h.incomes << income(QStringLiteral("户主"), 100000) << income(QStringLiteral("配偶"), 62500);
    const ClassificationResult r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(r.category, Category::DibaoEdge);

    QVERIFY2(
        en(r).contains(QStringLiteral("per-capita income 812.50 yuan >= standard 735.00 and < 2 x 735.00 -> 低保边缘")),
        qPrintable(enText(r)));
    QVERIFY2(zh(r).contains(QStringLiteral("人均月收入 812.50 元 ≥ 低保标准 735.00 元，且 < 2 × 735.00 元 → 低保边缘")),
        qPrintable(zhText(r)));
    QVERIFY(
        enText(r).contains(QLatin1String("household monthly income 1625.00 yuan / 2 = per-capita income 812.50 yuan")));
    QVERIFY(zhText(r).contains(QStringLiteral("家庭月收入 1625.00 元 ÷ 2 人 = 人均月收入 812.50 元")));
    QCOMPARE(zh(r).last(), QStringLiteral("结论：低保边缘"));
    QVERIFY(en(r).last().startsWith(QStringLiteral("result: 低保边缘")));
    // 特困 and 低保 were tested and rejected before 边缘.
    QVERIFY(enText(r).contains(QStringLiteral("-> not 特困供养")));
    QVERIFY(enText(r).contains(QStringLiteral("per-capita income 812.50 yuan >= standard 735.00 -> not 低保")));
    QVERIFY(!enText(r).contains(QStringLiteral("支出型贫困:")));
}

void TestClassificationText::explanationDibaoAndTekun()
{
    Household h = single(elder(QStringLiteral("李奶奶")), 30000);
    h.hasCapableSupporter = true;
    ClassificationResult r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(r.category, Category::Dibao);
    QVERIFY(enText(r).contains(QLatin1String("no legal supporter able to support: no")));
    QVERIFY(enText(r).contains(
        QStringLiteral("per-capita income 300.00 yuan < standard 735.00 and property within the rules -> 低保")));
    QVERIFY(zhText(r).contains(QStringLiteral("人均月收入 300.00 元 < 低保标准 735.00 元，且财产符合规定 → 低保")));

    h.hasCapableSupporter = false;
    r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(r.category, Category::Tekun);
    QCOMPARE(zh(r).last(), QStringLiteral("结论：特困供养"));
    QVERIFY(en(r).at(en(r).size() - 2).endsWith(QStringLiteral("-> 特困供养")));
    // Once 特困 applies nothing further is tested.
    QVERIFY(!enText(r).contains(QStringLiteral("-> not 低保")));

    // A member able to work is named, with the age.
    Household mixed;
    mixed.members << elder(QStringLiteral("奶奶")) << adult(QStringLiteral("王五"), Relation::Child);
    r = Classifier::classify(mixed, standard(), ClassificationSettings(), kOn);
    QCOMPARE(r.category, Category::Dibao);
    QVERIFY2(enText(r).contains(QStringLiteral("able to work: 王五, age 40")), qPrintable(enText(r)));
    QVERIFY(zhText(r).contains(QStringLiteral("王五 40 岁")));
}

void TestClassificationText::explanationMultiplierAndProperty()
{
    ClassificationSettings s;
    s.edgeMultiplier = 1.5;
    Household h = single(adult(QStringLiteral("张三")), 110000);
    h.assets << asset(QStringLiteral("deposit"), 100000) << asset(QStringLiteral("housing"), 1);
    ClassificationResult r = Classifier::classify(h, standard(), s, kOn);
    QCOMPARE(r.category, Category::DibaoEdge);
    QVERIFY2(enText(r).contains(
                 QStringLiteral("per-capita income 1100.00 yuan >= standard 735.00 and < 1.5 x 735.00 -> 低保边缘")),
        qPrintable(enText(r)));
    QVERIFY(zhText(r).contains(QStringLiteral("且 < 1.5 × 735.00 元 → 低保边缘")));
    QVERIFY(enText(r).contains(QLatin1String("financial assets (deposits, securities) 1000.00 yuan / 1 = 1000.00 yuan "
                                             "per person <= 24 x 735.00 = 17640.00 -> within the rules")));
    QVERIFY(enText(r).contains(QLatin1String("housing units 1 <= 1 -> within the rules")));
    QVERIFY(enText(r).contains(QLatin1String("vehicle value 0.00 yuan <= 50000.00 -> within the rules")));
    QVERIFY(zhText(r).contains(QStringLiteral("住房 1 套 ≤ 1 套 → 符合规定")));

    // Above 1.5x: the line with its product is shown.
    h.incomes.first().monthlyAmount = 120000;
    r = Classifier::classify(h, standard(), s, kOn);
    QVERIFY(enText(r).contains(
        QStringLiteral("per-capita income 1200.00 yuan >= 1.5 x standard 735.00 = 1102.50 -> not 低保边缘")));

    // A second house fails the property test and says so.
    h.incomes.first().monthlyAmount = 50000;
    h.assets << asset(QStringLiteral("housing"), 1);
    r = Classifier::classify(h, standard(), s, kOn);
    QCOMPARE(r.category, Category::None);
    QVERIFY(enText(r).contains(QLatin1String("housing units 2 > 1 -> exceeds the rules")));
    QVERIFY(zhText(r).contains(QStringLiteral("住房 2 套 > 1 套 → 超出规定")));
    QVERIFY(enText(r).contains(
        QStringLiteral("per-capita income 500.00 yuan < standard 735.00 but property exceeds the rules -> not 低保")));
    QVERIFY(zh(r).last().startsWith(QStringLiteral("结论：不属于")));
}

void TestClassificationText::explanationExpenditure()
{
    Household h = single(adult(QStringLiteral("张三")), 200000);
    h.expenditures << expense(700000, QDate(2024, 3, 1));
    const ClassificationResult r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(r.category, Category::Expenditure);
    const QString en = enText(r);
    QVERIFY2(en.contains(QLatin1String(
                 "yearly per-capita income 24000.00 yuan < last year's per-capita disposable income 40000.00: yes")),
        qPrintable(en));
    QVERIFY(en.contains(QLatin1String(
        "rigid spending of the past 12 months 7000.00 yuan > 0.5 x yearly family income 24000.00 = 12000.00: no")));
    QVERIFY(
        en.contains(QLatin1String("per-capita income after rigid spending 1416.66 yuan < 2 x 735.00 = 1470.00: yes")));
    QVERIFY(zhText(r).contains(QStringLiteral("近 12 个月刚性支出 7000.00 元")));
    QCOMPARE(zh(r).last(), QStringLiteral("结论：支出型贫困"));
}

void TestClassificationText::explanationNoCountedMembers()
{
    Household h;
    Member m = adult(QStringLiteral("赵六"));
    m.exclusion = Exclusion::Clergy;
    h.members << m;
    const ClassificationResult r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(r.category, Category::None);
    QCOMPARE(en(r).size(), 3);
    QVERIFY(en(r).at(0).contains(QStringLiteral("赵六 (Clergy away 3+ years)")));
    QVERIFY(en(r).at(1).contains(QLatin1String("no counted household members")));
    QVERIFY(zh(r).at(1).contains(QStringLiteral("没有计入的共同生活家庭成员")));
}

void TestClassificationText::explanationExcluded()
{
    Household h;
    Member head = adult(QStringLiteral("户主"));
    Member jailed = adult(QStringLiteral("李四"), Relation::Spouse);
    jailed.exclusion = Exclusion::Prison;
    h.members << head << jailed;
    const ClassificationResult r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(en(r).first(), QStringLiteral("counted members: 1 of 2; not counted: 李四 (In prison)"));
    QCOMPARE(zh(r).first(), QStringLiteral("共同生活计入人数 1 人（家庭成员共 2 人）；不计入：李四（服刑）"));
}

void TestClassificationText::explanationLabourRule()
{
    // The rule is shown with its source, and each member's reason.
    Member boy = person(QStringLiteral("小明"), Relation::Head, QDate(2009, 3, 1));
    Member aunt = adult(QStringLiteral("王姨"), Relation::Other);
    aunt.disabilityType = QStringLiteral("mental");
    aunt.disabilityGrade = 3;
    Household h;
    h.members << boy << aunt;
    const ClassificationResult r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(r.category, Category::Tekun);
    QVERIFY2(
        zhText(r).contains(QStringLiteral("《特困人员认定办法》（民发〔2021〕43号）第七条：年满 60 周岁、未满 16 周岁、"
                                          "智力残疾一至三级、精神残疾一至三级、肢体残疾一至二级、视力残疾一级")),
        qPrintable(zhText(r)));
    QVERIFY(zhText(r).contains(QStringLiteral("小明（未满 16 周岁）、王姨（精神残疾三级）")));
    QVERIFY2(enText(r).contains(QStringLiteral("unable to work: 小明 (under 16); 王姨 (mental disability, grade 3)")),
        qPrintable(enText(r)));
    QVERIFY(!enText(r).contains(QLatin1String("under 18")));
}

void TestClassificationText::explanationExcludedIncome()
{
    Household h = single(elder(QStringLiteral("李爷爷")), 20000);
    IncomeItem allowance = income(QStringLiteral("李爷爷"), 15000);
    allowance.kind = QStringLiteral("old_age_allowance");
    h.incomes << allowance;
    const ClassificationResult r = Classifier::classify(h, standard(), ClassificationSettings(), kOn);
    QCOMPARE(r.perCapitaIncome, Fen(20000));
    QVERIFY2(
        zhText(r).contains(QStringLiteral(
            "不计入家庭收入（《特困人员认定办法》第八条、《最低生活保障审核确认办法》第十五条）：高龄津贴 150.00 元")),
        qPrintable(zhText(r)));
    QVERIFY(enText(r).contains(QStringLiteral("household monthly income 200.00 yuan")));
}

void TestClassificationText::explanationStandardNotes()
{
    Household h = single(adult(QStringLiteral("张三")), 50000);
    YearlyStandard s = standard();
    ClassificationResult r = Classifier::classify(h, s, ClassificationSettings(), kOn);
    QVERIFY2(
        zhText(r).contains(QStringLiteral("2024 年城市低保标准 735.00 元、居民人均可支配收入 40000.00 元为占位数值")),
        qPrintable(zhText(r)));
    QVERIFY(enText(r).contains(QLatin1String("are placeholders")));

    s.placeholder = false;
    s.year = 2023; // the latest entered year is older than the day classified
    r = Classifier::classify(h, s, ClassificationSettings(), kOn);
    QVERIFY(!zhText(r).contains(QStringLiteral("占位")));
    QVERIFY2(
        zhText(r).contains(QStringLiteral("2024 年城市低保标准尚未录入，沿用 2023 年标准")), qPrintable(zhText(r)));
}

void TestClassificationText::withoutStandard()
{
    const ClassificationResult r = Classifier::withoutStandard(2031, AreaType::Rural);
    QVERIFY(r.standardMissing);
    QCOMPARE(r.category, Category::None);
    QVERIFY(zhText(r).contains(QStringLiteral("2031 年农村低保标准尚未录入")));
    QVERIFY(enText(r).contains(QLatin1String("2031")));
}

QTEST_GUILESS_MAIN(TestClassificationText)
#include "tst_classificationtext.moc"
