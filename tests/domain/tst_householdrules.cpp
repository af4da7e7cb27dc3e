#include "domain/AssistanceRules.h"
#include "domain/Household.h"

#include <QTest>

using namespace sn;

Q_DECLARE_METATYPE(sn::Household)
Q_DECLARE_METATYPE(sn::Relation)

namespace {

const QDate kToday(2024, 6, 15);

Member member(const QString &id, const QString &name, Relation relation, const QString &idNumber)
{
    Member m;
    m.id = id;
    m.name = name;
    m.relation = relation;
    m.idNumber = idNumber;
    const IdNumber parsed = IdNumber::parse(idNumber, kToday);
    m.birthDate = parsed.birthDate();
    m.sex = parsed.sex();
    return m;
}

// A household without problems: head born 1980, spouse 1980, child 2010, parent 1955.
Household clean()
{
    Household h;
    h.id = QStringLiteral("h1");
    h.villageCode = QStringLiteral("630105001201");
    h.address = QStringLiteral("朝阳街道北园村 1 号");
    h.members
        << member(QStringLiteral("m1"), QStringLiteral("王建国"), Relation::Head, QStringLiteral("630105198001010018"))
        << member(QStringLiteral("m2"), QStringLiteral("李梅"), Relation::Spouse, QStringLiteral("630105198001010026"))
        << member(QStringLiteral("m3"), QStringLiteral("王小明"), Relation::Child, QStringLiteral("630105201001010012"))
        << member(
               QStringLiteral("m4"), QStringLiteral("赵秀英"), Relation::Parent, QStringLiteral("630105195503150025"));
    IncomeItem wage;
    wage.id = QStringLiteral("i1");
    wage.memberId = QStringLiteral("m1");
    wage.kind = QStringLiteral("wage");
    wage.monthlyAmount = 150000;
    h.incomes << wage;
    Asset home;
    home.id = QStringLiteral("a1");
    home.kind = QStringLiteral("housing");
    home.value = 20000000;
    h.assets << home;
    RigidExpenditure med;
    med.id = QStringLiteral("e1");
    med.kind = QStringLiteral("medical");
    med.amount = 500000;
    med.incurredOn = QDate(2024, 2, 1);
    h.expenditures << med;
    h.monthlyAmount = 73500;
    return h;
}

QString describe(const QList<HouseholdProblem> &problems)
{
    QStringList lines;
    for (const HouseholdProblem &p : problems)
        lines << p.field + QLatin1String(": ") + p.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestHouseholdRules : public QObject
{
    Q_OBJECT

private slots:
    void cleanHousehold();
    void problem_data();
    void problem();
    void severalProblemsAtOnce();
    void birthDateFromIdWhenMissing();
    void headAndIncome();
    void withoutLabourCapacity_data();
    void withoutLabourCapacity();
    void relationFromText_data();
    void relationFromText();
    void codesRoundTrip();
    void coveredWithoutAmountIsWarned();
    void blankHouseholdIsNotClassified();
    void labourDerivedFromAgeAndDisability();
};

void TestHouseholdRules::cleanHousehold()
{
    const QList<HouseholdProblem> problems = HouseholdRules::validate(clean(), kToday);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

    Household exited = clean();
    exited.status = HouseholdStatus::Exited;
    exited.exitReason = QStringLiteral("收入超过标准");
    QVERIFY(HouseholdRules::validate(exited, kToday).isEmpty());
}

void TestHouseholdRules::problem_data()
{
    QTest::addColumn<Household>("household");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("messageParts");

    {
        Household h = clean();
        h.members.clear();
        h.incomes.clear();
        QTest::newRow("no members") << h << QStringLiteral("members")
                                    << QStringList { QStringLiteral("The household has no members") };
    }
    {
        Household h = clean();
        h.address = QString(200, QChar(u'号'));
        QTest::newRow("address of 200 characters")
            << h << QStringLiteral("address") << QStringList { QStringLiteral("200"), QStringLiteral("at most 100") };
    }
    {
        Household h = clean();
        h.members[1].name = QString(31, QChar(u'李'));
        QTest::newRow("name of 31 characters") << h << QStringLiteral("members[1].name")
                                               << QStringList { QStringLiteral("member 2"), QStringLiteral("31") };
    }
    {
        Household h = clean();
        h.members[0].relation = Relation::Sibling;
        QTest::newRow("no head") << h << QStringLiteral("members")
                                 << QStringList { QStringLiteral("No member is marked as head of household") };
    }
    {
        Household h = clean();
        h.members[1].relation = Relation::Head;
        QTest::newRow("two heads") << h << QStringLiteral("members")
                                   << QStringList { QStringLiteral(
                                          "2 members are marked as head of household; exactly one is needed") };
        h.members[2].relation = Relation::Head;
        h.members[3].relation = Relation::Head;
        QTest::newRow("four heads") << h << QStringLiteral("members")
                                    << QStringList { QStringLiteral("4 members are marked as head of household") };
    }
    {
        Household h = clean();
        h.members[2].name = QStringLiteral("  ");
        QTest::newRow("member without name")
            << h << QStringLiteral("members[2].name") << QStringList { QStringLiteral("Member 3 has no name") };
    }
    {
        Household h = clean();
        h.members[2].idNumber = QStringLiteral("630105201001010013");
        QTest::newRow("wrong check character")
            << h << QStringLiteral("members[2].idNumber")
            << QStringList { QStringLiteral("王小明"), QStringLiteral("Check character is 3 but should be 2") };
        h.members[2].idNumber = QStringLiteral("63010520100101001");
        QTest::newRow("ID too short") << h << QStringLiteral("members[2].idNumber")
                                      << QStringList { QStringLiteral("王小明"),
                                             QStringLiteral("18 characters expected, got 17") };
        h.members[2].idNumber.clear();
        QTest::newRow("ID missing") << h << QStringLiteral("members[2].idNumber")
                                    << QStringList { QStringLiteral("王小明"), QStringLiteral("No ID number given") };
    }
    {
        Household h = clean();
        h.members[1].idNumber = QStringLiteral("630105198001010018");
        h.members[1].relation = Relation::Sibling; // same birth date as the head: no other problem
        QTest::newRow("same ID number twice")
            << h << QStringLiteral("members[1].idNumber")
            << QStringList { QStringLiteral("李梅 has the same ID number as 王建国") };
    }
    {
        // A lower-case x and the upgraded 15-digit form are the same number as the normalised one.
        Household h = clean();
        h.members[3] = member(
            QStringLiteral("m4"), QStringLiteral("父亲"), Relation::Parent, QStringLiteral("11010519491231002X"));
        h.members[2] = member(
            QStringLiteral("m3"), QStringLiteral("某某"), Relation::Sibling, QStringLiteral("110105 491231 002"));
        h.members[2].birthDate = QDate();
        QTest::newRow("same ID number in legacy form")
            << h << QStringLiteral("members[3].idNumber")
            << QStringList { QStringLiteral("父亲 has the same ID number as 某某") };
    }
    {
        Household h = clean();
        h.members[2].birthDate = QDate(2010, 1, 2);
        QTest::newRow("birth date differs from ID")
            << h << QStringLiteral("members[2].birthDate")
            << QStringList { QStringLiteral("王小明"), QStringLiteral("2010-01-02"), QStringLiteral("2010-01-01") };
    }
    {
        Household h = clean();
        h.members[2] = member(
            QStringLiteral("m3"), QStringLiteral("大儿子"), Relation::Child, QStringLiteral("630105195503150025"));
        h.members.removeAt(3);
        QTest::newRow("child older than head")
            << h << QStringLiteral("members[2].relation")
            << QStringList { QStringLiteral("大儿子"), QStringLiteral("older than the head of household 王建国") };
        h.members[2].relation = Relation::Grandchild;
        QTest::newRow("grandchild older than head")
            << h << QStringLiteral("members[2].relation")
            << QStringList { QStringLiteral("大儿子"), QStringLiteral("Grandchild") };
    }
    {
        Household h = clean();
        h.members[3] = member(
            QStringLiteral("m4"), QStringLiteral("小妈"), Relation::Parent, QStringLiteral("630105199001010012"));
        QTest::newRow("parent younger than head")
            << h << QStringLiteral("members[3].relation")
            << QStringList { QStringLiteral("小妈"), QStringLiteral("younger than the head of household") };
        h.members[3].relation = Relation::Grandparent;
        QTest::newRow("grandparent younger than head")
            << h << QStringLiteral("members[3].relation")
            << QStringList { QStringLiteral("小妈"), QStringLiteral("Grandparent") };
    }
    {
        Household h = clean();
        h.members[1] = member(
            QStringLiteral("m2"), QStringLiteral("小新娘"), Relation::Spouse, QStringLiteral("630105201001010012"));
        h.members.removeAt(2); // the child had the same number
        QTest::newRow("spouse aged 14") << h << QStringLiteral("members[1].relation")
                                        << QStringList { QStringLiteral("小新娘"),
                                               QStringLiteral("only 14 years old") };
    }
    {
        Household h = clean();
        h.incomes[0].monthlyAmount = -1;
        QTest::newRow("negative income") << h << QStringLiteral("incomes[0].monthlyAmount")
                                         << QStringList { QStringLiteral("-0.01") };
    }
    {
        Household h = clean();
        h.assets[0].value = -100;
        QTest::newRow("negative asset") << h << QStringLiteral("assets[0].value")
                                        << QStringList { QStringLiteral("-1.00") };
    }
    {
        Household h = clean();
        h.expenditures[0].amount = -5000;
        QTest::newRow("negative expenditure")
            << h << QStringLiteral("expenditures[0].amount") << QStringList { QStringLiteral("-50.00") };
    }
    {
        Household h = clean();
        h.monthlyAmount = -73500;
        QTest::newRow("negative assistance amount")
            << h << QStringLiteral("monthlyAmount") << QStringList { QStringLiteral("-735.00") };
    }
    {
        Household h = clean();
        h.status = HouseholdStatus::Exited;
        QTest::newRow("exited without reason")
            << h << QStringLiteral("exitReason") << QStringList { QStringLiteral("exit reason") };
        h.exitReason = QStringLiteral("   ");
        QTest::newRow("exited with blank reason")
            << h << QStringLiteral("exitReason") << QStringList { QStringLiteral("exit reason") };
    }
}

void TestHouseholdRules::problem()
{
    QFETCH(Household, household);
    QFETCH(QString, field);
    QFETCH(QStringList, messageParts);

    const QList<HouseholdProblem> problems = HouseholdRules::validate(household, kToday);
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    QCOMPARE(problems.first().field, field);
    for (const QString &part : messageParts)
        QVERIFY2(problems.first().message.contains(part), qPrintable(problems.first().message));
}

void TestHouseholdRules::severalProblemsAtOnce()
{
    Household h = clean();
    h.members[0].name.clear();
    h.members[2].idNumber = QStringLiteral("6301052010A101001");
    h.status = HouseholdStatus::Exited;
    const QList<HouseholdProblem> problems = HouseholdRules::validate(h, kToday);
    QStringList fields;
    for (const HouseholdProblem &p : problems)
        fields << p.field;
    QCOMPARE(fields,
        (QStringList {
            QStringLiteral("members[0].name"), QStringLiteral("members[2].idNumber"), QStringLiteral("exitReason") }));
    QVERIFY(problems.at(1).message.contains(QLatin1String("18 characters expected, got 17")));
}

void TestHouseholdRules::birthDateFromIdWhenMissing()
{
    // Without recorded birth dates the ID numbers still reveal a child older than the head.
    Household h = clean();
    for (Member &m : h.members)
        m.birthDate = QDate();
    QVERIFY(HouseholdRules::validate(h, kToday).isEmpty());
    h.members[2].idNumber = QStringLiteral("630105195503150025");
    h.members.removeAt(3);
    const QList<HouseholdProblem> problems = HouseholdRules::validate(h, kToday);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("members[2].relation"));
}

void TestHouseholdRules::headAndIncome()
{
    Household h = clean();
    QVERIFY(h.head());
    QCOMPARE(h.head()->id, QStringLiteral("m1"));
    QCOMPARE(h.headName(), QStringLiteral("王建国"));

    IncomeItem pension;
    pension.memberId = QStringLiteral("m4");
    pension.monthlyAmount = 200000;
    IncomeItem rent;
    rent.monthlyAmount = 30000; // household level
    IncomeItem jailedWage;
    jailedWage.memberId = QStringLiteral("m2");
    jailedWage.monthlyAmount = 400000;
    h.incomes << pension << rent << jailedWage;
    h.members[1].exclusion = Exclusion::Prison;

    const QList<const Member *> counted = h.countedMembers();
    QCOMPARE(counted.size(), 3);
    QCOMPARE(counted.at(0)->id, QStringLiteral("m1"));
    QCOMPARE(counted.at(1)->id, QStringLiteral("m3"));
    QCOMPARE(counted.at(2)->id, QStringLiteral("m4"));
    QCOMPARE(h.monthlyIncome(), Fen(150000 + 200000 + 30000));

    h.members[0].relation = Relation::Other;
    QCOMPARE(h.head(), nullptr);
    QVERIFY(h.headName().isEmpty());
}

void TestHouseholdRules::withoutLabourCapacity_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("grade");
    QTest::addColumn<int>("labour");
    QTest::addColumn<bool>("without");

    // 《特困人员认定办法》第七条 (AssistanceRules): 60 or older, under 16, the listed disability types and grades.
    const int full = int(LabourCapacity::Full);
    const QDate adult(1984, 1, 1);
    QTest::newRow("adult 40") << adult << QString() << 0 << full << false;
    QTest::newRow("60 on the day") << QDate(1964, 6, 15) << QString() << 0 << full << true;
    QTest::newRow("60 tomorrow") << QDate(1964, 6, 16) << QString() << 0 << full << false;
    QTest::newRow("16 on the day") << QDate(2008, 6, 15) << QString() << 0 << full << false;
    QTest::newRow("16 tomorrow") << QDate(2008, 6, 16) << QString() << 0 << full << true;
    QTest::newRow("17, able (not under 18 any more)") << QDate(2007, 1, 1) << QString() << 0 << full << false;
    QTest::newRow("physical grade 1") << adult << QStringLiteral("physical") << 1 << full << true;
    QTest::newRow("physical grade 2") << adult << QStringLiteral("physical") << 2 << full << true;
    QTest::newRow("physical grade 3") << adult << QStringLiteral("physical") << 3 << full << false;
    QTest::newRow("mental grade 3") << adult << QStringLiteral("mental") << 3 << full << true;
    QTest::newRow("intellectual grade 3") << adult << QStringLiteral("intellectual") << 3 << full << true;
    QTest::newRow("intellectual grade 4") << adult << QStringLiteral("intellectual") << 4 << full << false;
    QTest::newRow("visual grade 1") << adult << QStringLiteral("visual") << 1 << full << true;
    QTest::newRow("visual grade 2") << adult << QStringLiteral("visual") << 2 << full << false;
    QTest::newRow("hearing grade 2") << adult << QStringLiteral("hearing") << 2 << full << false;
    QTest::newRow("hearing grade 1") << adult << QStringLiteral("hearing") << 1 << full << false;
    QTest::newRow("grade without type") << adult << QString() << 1 << full << false;
    QTest::newRow("assessed none") << adult << QString() << 0 << int(LabourCapacity::None) << true;
    QTest::newRow("partial") << adult << QString() << 0 << int(LabourCapacity::Partial) << false;
    QTest::newRow("unknown birth date") << QDate() << QString() << 0 << full << false;
}

void TestHouseholdRules::withoutLabourCapacity()
{
    QFETCH(QDate, birth);
    QFETCH(QString, type);
    QFETCH(int, grade);
    QFETCH(int, labour);
    QFETCH(bool, without);
    Member m;
    m.birthDate = birth;
    m.disabilityType = type;
    m.disabilityGrade = grade;
    m.labour = LabourCapacity(labour);
    QCOMPARE(m.withoutLabourCapacity(kToday), without);
}

void TestHouseholdRules::relationFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<bool>("ok");

    QTest::newRow("code head") << QStringLiteral("head") << Relation::Head << true;
    QTest::newRow("code child_in_law") << QStringLiteral("child_in_law") << Relation::ChildInLaw << true;
    QTest::newRow("code other") << QStringLiteral("other") << Relation::Other << true;
    QTest::newRow("户主") << QStringLiteral("户主") << Relation::Head << true;
    QTest::newRow("本人 with spaces") << QStringLiteral(" 本人 ") << Relation::Head << true;
    QTest::newRow("妻子") << QStringLiteral("妻子") << Relation::Spouse << true;
    QTest::newRow("夫") << QStringLiteral("夫") << Relation::Spouse << true;
    QTest::newRow("配偶") << QStringLiteral("配偶") << Relation::Spouse << true;
    QTest::newRow("长女") << QStringLiteral("长女") << Relation::Child << true;
    QTest::newRow("子女") << QStringLiteral("子女") << Relation::Child << true;
    QTest::newRow("次子") << QStringLiteral("次子") << Relation::Child << true;
    QTest::newRow("母亲") << QStringLiteral("母亲") << Relation::Parent << true;
    QTest::newRow("父母") << QStringLiteral("父母") << Relation::Parent << true;
    QTest::newRow("外孙女") << QStringLiteral("外孙女") << Relation::Grandchild << true;
    QTest::newRow("孙子") << QStringLiteral("孙子") << Relation::Grandchild << true;
    QTest::newRow("外祖母") << QStringLiteral("外祖母") << Relation::Grandparent << true;
    QTest::newRow("妹") << QStringLiteral("妹") << Relation::Sibling << true;
    QTest::newRow("兄弟姐妹") << QStringLiteral("兄弟姐妹") << Relation::Sibling << true;
    QTest::newRow("儿媳") << QStringLiteral("儿媳") << Relation::ChildInLaw << true;
    QTest::newRow("女婿") << QStringLiteral("女婿") << Relation::ChildInLaw << true;
    QTest::newRow("unknown 邻居") << QStringLiteral("邻居") << Relation::Other << false;
    QTest::newRow("empty") << QString() << Relation::Other << false;
}

void TestHouseholdRules::relationFromText()
{
    QFETCH(QString, text);
    QFETCH(Relation, relation);
    QFETCH(bool, ok);
    bool parsedOk = !ok;
    QCOMPARE(sn::relationFromText(text, &parsedOk), relation);
    QCOMPARE(parsedOk, ok);
}

void TestHouseholdRules::codesRoundTrip()
{
    const QStringList relationCodes { QStringLiteral("head"), QStringLiteral("spouse"), QStringLiteral("child"),
        QStringLiteral("parent"), QStringLiteral("grandchild"), QStringLiteral("grandparent"),
        QStringLiteral("sibling"), QStringLiteral("child_in_law"), QStringLiteral("other") };
    for (int i = 0; i < relationCodes.size(); ++i) {
        const Relation r = Relation(i);
        QCOMPARE(relationCode(r), relationCodes.at(i));
        bool ok = false;
        QCOMPARE(relationFromCode(relationCodes.at(i), &ok), r);
        QVERIFY(ok);
        QVERIFY(!relationDisplay(r).isEmpty());
    }
    bool ok = true;
    QCOMPARE(relationFromCode(QStringLiteral("户主"), &ok), Relation::Other); // codes only
    QVERIFY(!ok);
    QCOMPARE(relationDisplay(Relation::Head), QStringLiteral("Head of household"));

    const QStringList labour { QStringLiteral("full"), QStringLiteral("partial"), QStringLiteral("none") };
    for (int i = 0; i < labour.size(); ++i) {
        QCOMPARE(labourCode(LabourCapacity(i)), labour.at(i));
        QCOMPARE(labourFromCode(labour.at(i)), LabourCapacity(i));
    }
    const QStringList employment { QStringLiteral("employed"), QStringLiteral("farming"),
        QStringLiteral("self_employed"), QStringLiteral("unemployed"), QStringLiteral("retired"),
        QStringLiteral("student"), QStringLiteral("none") };
    for (int i = 0; i < employment.size(); ++i) {
        QCOMPARE(employmentCode(Employment(i)), employment.at(i));
        QCOMPARE(employmentFromCode(employment.at(i)), Employment(i));
    }
    const QStringList exclusion { QStringLiteral("counted"), QStringLiteral("prison"), QStringLiteral("rehab"),
        QStringLiteral("missing"), QStringLiteral("clergy"), QStringLiteral("not_living_together") };
    for (int i = 0; i < exclusion.size(); ++i) {
        QCOMPARE(exclusionCode(Exclusion(i)), exclusion.at(i));
        QCOMPARE(exclusionFromCode(exclusion.at(i)), Exclusion(i));
    }
    QCOMPARE(sexCode(Sex::Male), QStringLiteral("M"));
    QCOMPARE(sexCode(Sex::Female), QStringLiteral("F"));
    QCOMPARE(sexCode(Sex::Unknown), QString());
    QCOMPARE(sexFromCode(QStringLiteral("M")), Sex::Male);
    QCOMPARE(sexFromCode(QStringLiteral("F")), Sex::Female);
    QCOMPARE(sexFromCode(QString()), Sex::Unknown);
    QCOMPARE(sexFromCode(QStringLiteral("x")), Sex::Unknown);
}

void TestHouseholdRules::coveredWithoutAmountIsWarned()
{
    Household h = clean();
    h.category = Category::Tekun;
    QVERIFY(HouseholdRules::warnings(h).isEmpty()); // 735.00 a month
    h.monthlyAmount = 0;
    const QList<HouseholdProblem> warnings = HouseholdRules::warnings(h);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().field, QStringLiteral("monthlyAmount"));
    QVERIFY(HouseholdRules::validate(h, kToday).isEmpty()); // a warning, not a refusal
    h.category = Category::DibaoEdge; // monitored, not paid
    QVERIFY(HouseholdRules::warnings(h).isEmpty());
    h.category = Category::Dibao;
    h.status = HouseholdStatus::Exited;
    QVERIFY(HouseholdRules::warnings(h).isEmpty());
}

void TestHouseholdRules::blankHouseholdIsNotClassified()
{
    Household blank;
    blank.members.append(Member());
    QVERIFY(!HouseholdRules::readyToClassify(blank, kToday));
    blank.members[0].name = QStringLiteral("王建国");
    blank.members[0].idNumber = QStringLiteral("63010519800101001"); // 17 characters so far
    QVERIFY(!HouseholdRules::readyToClassify(blank, kToday));
    blank.members[0].idNumber = QStringLiteral("630105198001010018");
    QVERIFY(HouseholdRules::readyToClassify(blank, kToday));
}

void TestHouseholdRules::labourDerivedFromAgeAndDisability()
{
    auto born = [](int age) {
        Member m;
        m.birthDate = kToday.addYears(-age).addDays(-1);
        return m;
    };
    // The members of the report: 68, 70 and 11 years old are unable to work by the rules.
    for (int age : { 68, 70, 11, 60, 15 })
        QCOMPARE(AssistanceRules::derivedLabour(born(age), kToday), LabourCapacity::None);
    for (int age : { 16, 40, 59 })
        QCOMPARE(AssistanceRules::derivedLabour(born(age), kToday), LabourCapacity::Full);
    Member disabled = born(40);
    disabled.disabilityType = QStringLiteral("intellectual");
    disabled.disabilityGrade = 3;
    QCOMPARE(AssistanceRules::derivedLabour(disabled, kToday), LabourCapacity::None);
    disabled.disabilityGrade = 4;
    QCOMPARE(AssistanceRules::derivedLabour(disabled, kToday), LabourCapacity::Full);
    Member unknownAge; // no ID number yet
    QCOMPARE(AssistanceRules::derivedLabour(unknownAge, kToday), LabourCapacity::Full);
}

QTEST_APPLESS_MAIN(TestHouseholdRules)
#include "tst_householdrules.moc"
