// Every enum's code table: each value has a distinct code that reads back to itself (codes are stored in
// the database and in bundles, so they must round-trip exactly), labels exist where the UI shows them, and
// unknown codes fall back without pretending to be known.
#include "domain/Category.h"
#include "domain/EnumTable.h"
#include "domain/Household.h"
#include "domain/Lead.h"
#include "domain/Region.h"
#include "domain/ReviewSchedule.h"
#include "domain/Role.h"
#include "domain/Tier.h"

#include <QSet>
#include <QtTest>

using namespace sn;

namespace {

enum class Fruit { Apple, Pear, Plum };

constexpr EnumEntry<Fruit> kFruitEntries[] = {
    { Fruit::Apple, "apple", "Apple", u"苹果" },
    { Fruit::Pear, "pear", "Pear", u"梨" },
    { Fruit::Plum, "", nullptr, nullptr },
};
constexpr EnumTable<Fruit> kFruits("Fruit", kFruitEntries);

// Checks that `code` and `fromCode` are inverse over `values`, and that codes are distinct.
template <typename E, typename Code, typename FromCode>
void checkRoundTrip(const QList<E> &values, Code code, FromCode fromCode)
{
    QSet<QString> seen;
    for (E v : values) {
        const QString c = code(v);
        QVERIFY2(!seen.contains(c), qPrintable(QStringLiteral("code used twice: ") + c));
        seen.insert(c);
        QCOMPARE(int(fromCode(c)), int(v));
        QCOMPARE(int(fromCode(QStringLiteral("  ") + c.toUpper() + QStringLiteral(" "))), int(v));
    }
}

} // namespace

class TestEnumTable : public QObject
{
    Q_OBJECT
private slots:
    void table_data();
    void table();
    void unknownCodeFallsBack();
    void everyDomainTableRoundTrips();
    void labelsAndChineseWording();
};

void TestEnumTable::table_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("value");
    QTest::newRow("exact") << "pear" << true << int(Fruit::Pear);
    QTest::newRow("case and spaces") << " APPLE " << true << int(Fruit::Apple);
    QTest::newRow("empty code") << "" << true << int(Fruit::Plum);
    QTest::newRow("unknown") << "banana" << false << int(Fruit::Apple);
}

void TestEnumTable::table()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(int, value);
    bool ok = !known;
    QCOMPARE(int(kFruits.fromCode(text, &ok)), value);
    QCOMPARE(ok, known);
    QCOMPARE(kFruits.find(text).has_value(), known);
}

void TestEnumTable::unknownCodeFallsBack()
{
    bool ok = true;
    QCOMPARE(kFruits.fromCode(u"kiwi", Fruit::Pear, &ok), Fruit::Pear);
    QVERIFY(!ok);
    QCOMPARE(kFruits.code(Fruit::Pear), QStringLiteral("pear"));
    QCOMPARE(kFruits.label(Fruit::Plum), QString());
    QCOMPARE(kFruits.chinese(Fruit::Apple), QStringLiteral("苹果"));
    QCOMPARE(kFruits.findChinese(u" 梨 "), std::optional<Fruit>(Fruit::Pear));
    QCOMPARE(kFruits.values(), (QList<Fruit> { Fruit::Apple, Fruit::Pear, Fruit::Plum }));
}

void TestEnumTable::everyDomainTableRoundTrips()
{
    checkRoundTrip(
        CategoryNames::all(), CategoryNames::code, [](const QString &c) { return CategoryNames::fromCode(c); });
    checkRoundTrip(QList<AreaType> { AreaType::Urban, AreaType::Rural }, areaTypeCode,
        [](const QString &c) { return areaTypeFromCode(c); });
    checkRoundTrip(QList<Role> { Role::DistrictAdmin, Role::TownshipClerk, Role::VillageWorker, Role::Auditor },
        Roles::code, [](const QString &c) { return Roles::fromCode(c); });
    checkRoundTrip(TierRules::all(), TierRules::code, [](const QString &c) { return TierRules::fromCode(c); });
    checkRoundTrip(ReviewSchedule::allTypes(), ReviewSchedule::code,
        [](const QString &c) { return ReviewSchedule::typeFromCode(c); });
    checkRoundTrip(QList<TaskStatus> { TaskStatus::Open, TaskStatus::Done, TaskStatus::Cancelled },
        ReviewSchedule::statusCode, ReviewSchedule::statusFromCode);
    checkRoundTrip(QList<TaskOutcome> { TaskOutcome::NoChange, TaskOutcome::ChangeFound, TaskOutcome::Exit },
        ReviewSchedule::outcomeCode, [](const QString &c) { return ReviewSchedule::outcomeFromCode(c); });
    checkRoundTrip(
        LeadRules::allSources(), [](LeadSource s) { return LeadRules::code(s); },
        [](const QString &c) { return LeadRules::sourceFromCode(c); });
    checkRoundTrip(
        LeadRules::allStates(), [](LeadState s) { return LeadRules::code(s); },
        [](const QString &c) { return LeadRules::stateFromCode(c); });
    checkRoundTrip(
        QList<LeadDecision> { LeadDecision::None, LeadDecision::Granted, LeadDecision::Referred,
            LeadDecision::NotEligible, LeadDecision::Duplicate },
        [](LeadDecision d) { return LeadRules::code(d); },
        [](const QString &c) { return LeadRules::decisionFromCode(c); });
    checkRoundTrip(allRelations(), relationCode, [](const QString &c) { return relationFromCode(c); });
    checkRoundTrip(allLabourCapacities(), labourCode, labourFromCode);
    checkRoundTrip(allEmployments(), employmentCode, employmentFromCode);
    checkRoundTrip(allExclusions(), exclusionCode, exclusionFromCode);
    checkRoundTrip(QList<Sex> { Sex::Male, Sex::Female }, sexCode, sexFromCode);
    checkRoundTrip(
        QList<RegionLevel> { RegionLevel::District, RegionLevel::Township, RegionLevel::Village, RegionLevel::Grid },
        regionLevelCode, regionLevelFromCode);
}

void TestEnumTable::labelsAndChineseWording()
{
    // Codes that were never stored empty stay non-empty; "no outcome" is refused as a CLI code.
    bool ok = true;
    QCOMPARE(ReviewSchedule::outcomeFromCode(QString(), &ok), TaskOutcome::None);
    QVERIFY(!ok);
    QVERIFY(ReviewSchedule::outcomeCode(TaskOutcome::None).isNull());
    QVERIFY(sexCode(Sex::Unknown).isNull());
    QCOMPARE(sexFromCode(QStringLiteral("女")), Sex::Female);
    QCOMPARE(areaTypeFromCode(QStringLiteral("城镇")), AreaType::Urban);
    QCOMPARE(areaTypeFromCode(QStringLiteral("农村")), AreaType::Rural);
    // Labels exist for what the UI lists; documents keep the official wording whatever the UI language.
    for (Category c : CategoryNames::all())
        QVERIFY(!CategoryNames::display(c).isEmpty() && !CategoryNames::chinese(c).isEmpty());
    for (Tier t : TierRules::all())
        QVERIFY(!TierRules::display(t).isEmpty() && !TierRules::chinese(t).isEmpty());
    QCOMPARE(CategoryNames::chinese(Category::DibaoEdge), QStringLiteral("低保边缘"));
    QCOMPARE(relationChinese(Relation::ChildInLaw), QStringLiteral("儿媳/女婿"));
    QCOMPARE(exclusionChinese(Exclusion::Prison), QStringLiteral("服刑"));
    QCOMPARE(exclusionDisplay(Exclusion::Rehab), QStringLiteral("In compulsory rehabilitation"));
    QCOMPARE(allRelations().size(), 9);
    QCOMPARE(allEmployments().last(), Employment::None);
    QCOMPARE(ReviewSchedule::chinese(TaskType::EconomicCheck), QStringLiteral("家庭经济状况核对"));
    QCOMPARE(Roles::display(Role::Auditor), QStringLiteral("Auditor (read-only)"));
}

QTEST_GUILESS_MAIN(TestEnumTable)
#include "tst_enumtable.moc"
