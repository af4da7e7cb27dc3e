#include "TestUtil.h"

#include "domain/Tier.h"

#include <QTest>

using namespace sn;

Q_DECLARE_METATYPE(sn::Tier)

namespace {

// A 低保 household: head 40, spouse 38, both able to work, stable income.
Household dibao()
{
    Household h;
    h.category = Category::Dibao;
    h.startDate = QDate(2025, 1, 31);
    h.members.append(test::member(QStringLiteral("张三"), Relation::Head, QDate(1986, 5, 1), 1));
    h.members.append(test::member(QStringLiteral("李四"), Relation::Spouse, QDate(1988, 6, 1), 2));
    h.incomes.append({QString(), QString(), QStringLiteral("wage"), 50000, true});
    return h;
}

} // namespace

class TestTier : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<Tier>("expected");
        QTest::addColumn<QString>("rule");
        const QDate day(2026, 11, 28);
        QTest::newRow("tekun is red") << QStringLiteral("tekun") << day << Tier::Red << QStringLiteral("red.tekun");
        QTest::newRow("edge is monitored") << QStringLiteral("edge") << day << Tier::Monitoring << QStringLiteral("monitoring");
        QTest::newRow("expense is monitored") << QStringLiteral("expense") << day << Tier::Monitoring << QStringLiteral("monitoring");
        QTest::newRow("not covered") << QStringLiteral("none") << day << Tier::None << QStringLiteral("none.category");
        QTest::newRow("exited") << QStringLiteral("exited") << day << Tier::None << QStringLiteral("none.exited");
        QTest::newRow("dibao, nothing special") << QString() << day << Tier::Green << QStringLiteral("green.default");
        QTest::newRow("unstable income, able to work") << QStringLiteral("unstable") << day << Tier::Green << QStringLiteral("green");
        QTest::newRow("disability grade 2") << QStringLiteral("grade2") << day << Tier::Yellow << QStringLiteral("yellow");
        QTest::newRow("disability grade 3") << QStringLiteral("grade3") << day << Tier::Green << QStringLiteral("green.default");
        QTest::newRow("seriously ill") << QStringLiteral("ill") << day << Tier::Yellow << QStringLiteral("yellow");
        QTest::newRow("child 17 the day before 18") << QStringLiteral("child") << day.addDays(-1) << Tier::Yellow << QStringLiteral("yellow");
        QTest::newRow("child turns 18 on the day") << QStringLiteral("child") << day << Tier::Green << QStringLiteral("green.default");
        QTest::newRow("parent 59 the day before 60") << QStringLiteral("parent") << day.addDays(-1) << Tier::Green << QStringLiteral("green.default");
        QTest::newRow("parent turns 60 on the day") << QStringLiteral("parent") << day << Tier::Yellow << QStringLiteral("yellow");
        QTest::newRow("elder in prison does not count") << QStringLiteral("prison") << day << Tier::Green << QStringLiteral("green.default");
        QTest::newRow("override") << QStringLiteral("override") << day << Tier::Yellow << QStringLiteral("override");
        QTest::newRow("override ignored after exit") << QStringLiteral("override exited") << day << Tier::None << QStringLiteral("none.exited");
    }
    void rules()
    {
        QFETCH(QString, change);
        QFETCH(QDate, on);
        QFETCH(Tier, expected);
        QFETCH(QString, rule);
        Household h = dibao();
        if (change == QLatin1String("tekun"))
            h.category = Category::Tekun;
        else if (change == QLatin1String("edge"))
            h.category = Category::DibaoEdge;
        else if (change == QLatin1String("expense"))
            h.category = Category::Expenditure;
        else if (change == QLatin1String("none"))
            h.category = Category::None;
        else if (change.contains(QLatin1String("exited")))
            h.status = HouseholdStatus::Exited, h.exitReason = QStringLiteral("x");
        else if (change == QLatin1String("unstable"))
            h.incomes[0].stable = false;
        else if (change == QLatin1String("grade2"))
            h.members[1].disabilityGrade = 2;
        else if (change == QLatin1String("grade3"))
            h.members[1].disabilityGrade = 3;
        else if (change == QLatin1String("ill"))
            h.members[0].seriousIllness = true;
        else if (change == QLatin1String("child"))
            h.members.append(test::member(QStringLiteral("张小"), Relation::Child, QDate(2008, 11, 28), 3));
        else if (change == QLatin1String("parent"))
            h.members.append(test::member(QStringLiteral("张父"), Relation::Parent, QDate(1966, 11, 28), 5));
        else if (change == QLatin1String("prison")) {
            h.members.append(test::member(QStringLiteral("张父"), Relation::Parent, QDate(1950, 1, 1), 5));
            h.members.last().exclusion = Exclusion::Prison;
        }
        if (change.startsWith(QLatin1String("override"))) {
            h.tierOverride = Tier::Yellow;
            h.tierOverrideReason = QStringLiteral("孩子即将手术");
        }
        const TierDecision d = TierRules::decide(h, on);
        QCOMPARE(d.tier, expected);
        QCOMPARE(d.rule, rule);
        QVERIFY(!d.reasonsZh.isEmpty());
        QCOMPARE(d.reasonsZh.size(), d.reasonsEn.size());
        QCOMPARE(d.overridden, rule == QLatin1String("override"));
        if (d.overridden)
            QVERIFY(d.reasonsZh.join(QString()).contains(QStringLiteral("孩子即将手术")));
    }

    void reasonsNameTheMember()
    {
        Household h = dibao();
        h.members[1].disabilityGrade = 1;
        const TierDecision d = TierRules::decide(h, QDate(2026, 11, 28));
        QVERIFY(d.reasonsZh.join(QString()).contains(QStringLiteral("李四")));
        QVERIFY(d.reasonsZh.join(QString()).contains(QStringLiteral("黄色")));
    }

    void nextAgeBoundary()
    {
        Household h = dibao();
        h.members.append(test::member(QStringLiteral("张小"), Relation::Child, QDate(2010, 3, 15), 3));
        QCOMPARE(TierRules::nextAgeBoundary(h, QDate(2026, 11, 28)), QDate(2028, 3, 15));
        h.members.append(test::member(QStringLiteral("张父"), Relation::Parent, QDate(1967, 2, 1), 5));
        QCOMPARE(TierRules::nextAgeBoundary(h, QDate(2026, 11, 28)), QDate(2027, 2, 1));
        Household leap = dibao();
        leap.members.append(test::member(QStringLiteral("闰"), Relation::Child, QDate(2008, 2, 29), 3));
        QCOMPARE(TierRules::nextAgeBoundary(leap, QDate(2026, 1, 1)), QDate(2026, 3, 1)); // 2026 is not a leap year
    }

    void codes()
    {
        for (Tier t : TierRules::all()) {
            bool ok = false;
            QCOMPARE(TierRules::fromCode(TierRules::code(t), &ok), t);
            QVERIFY(ok);
            QVERIFY(!TierRules::chinese(t).isEmpty());
        }
        bool ok = true;
        TierRules::fromCode(QStringLiteral("purple"), &ok);
        QVERIFY(!ok);
    }
};

QTEST_APPLESS_MAIN(TestTier)
#include "tst_tier.moc"
