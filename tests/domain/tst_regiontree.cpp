#include "domain/Region.h"

#include <QTest>

using namespace sn;

class TestRegionTree : public QObject
{
    Q_OBJECT
private slots:
    void builtInHasChengbei()
    {
        const RegionTree tree = RegionTree::builtIn();
        QVERIFY(tree.district());
        QCOMPARE(tree.district()->code, QStringLiteral("630105"));
        QCOMPARE(tree.district()->name, QStringLiteral("城北区"));
        QCOMPARE(tree.townships().size(), 6);
        const Region *nianlipu = tree.findByName(QStringLiteral("廿里铺镇"), RegionLevel::Township);
        QVERIFY(nianlipu);
        QCOMPARE(nianlipu->code, QStringLiteral("630105101"));
        QCOMPARE(tree.children(nianlipu->code).size(), 14); // 3 communities + 11 villages
    }

    void findByNameWithoutSuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full") << QStringLiteral("朝阳街道") << QStringLiteral("朝阳街道");
        QTest::newRow("short") << QStringLiteral("朝阳") << QStringLiteral("朝阳街道");
        QTest::newRow("town short") << QStringLiteral("大堡子") << QStringLiteral("大堡子镇");
        QTest::newRow("unknown") << QStringLiteral("不存在街道") << QString();
    }
    void findByNameWithoutSuffix()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const RegionTree tree = RegionTree::builtIn();
        const Region *r = tree.findByName(name, RegionLevel::Township);
        QCOMPARE(r ? r->name : QString(), expected);
    }

    void sameVillageNameInTwoTownshipsNeedsTheParent()
    {
        const RegionTree tree = RegionTree::builtIn();
        // 新村 is a community of 马坊街道 and a village of 廿里铺镇.
        QVERIFY(!tree.findByName(QStringLiteral("新村"), RegionLevel::Village));
        const Region *mafang = tree.findByName(QStringLiteral("马坊街道"), RegionLevel::Township);
        const Region *nianlipu = tree.findByName(QStringLiteral("廿里铺"), RegionLevel::Township);
        QVERIFY(mafang && nianlipu);
        const Region *community = tree.findByName(QStringLiteral("新村"), RegionLevel::Village, mafang->code);
        QVERIFY(community);
        QCOMPARE(community->kind, QStringLiteral("community"));
        // "新村村" says village: it must not loosely match 马坊's 新村社区.
        QVERIFY(!tree.findByName(QStringLiteral("新村村"), RegionLevel::Village, mafang->code));
        const Region *village = tree.findByName(QStringLiteral("新村村"), RegionLevel::Village);
        QVERIFY(village);
        QCOMPARE(village->parentCode, nianlipu->code);
        QCOMPARE(tree.townshipOf(village->code), nianlipu->code);
        QCOMPARE(tree.path(village->code), QStringLiteral("城北区 廿里铺镇 新村村"));
        QCOMPARE(tree.townshipOf(nianlipu->code), nianlipu->code);
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{oops");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","district":{"code":"1","name":"x"}})");
        QTest::newRow("no district") << QByteArray(R"({"format":"safetynet-regions/1"})");
        QTest::newRow("duplicate code") << QByteArray(
            R"({"format":"safetynet-regions/1","district":{"code":"1","name":"d","townships":[{"code":"11","name":"a"},{"code":"11","name":"b"}]}})");
    }
    void rejectsBrokenFiles()
    {
        QFETCH(QByteArray, json);
        RegionTree tree;
        QString error;
        QVERIFY(!tree.loadJson(json, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(tree.isEmpty());
    }

    void anotherDistrictLoadsItsOwnFile()
    {
        RegionTree tree;
        QString error;
        QVERIFY2(tree.loadJson(R"({"format":"safetynet-regions/1","district":{"code":"630102","name":"城东区","townships":[
            {"code":"630102001","name":"东关大街街道","kind":"subdistrict","villages":[{"code":"630102001001","name":"东关社区","kind":"community",
             "grids":[{"code":"630102001001G1","name":"第一网格"}]}]}]}})", &error), qPrintable(error));
        QCOMPARE(tree.district()->name, QStringLiteral("城东区"));
        QCOMPARE(tree.children(QStringLiteral("630102001001")).size(), 1);
        QCOMPARE(tree.find(QStringLiteral("630102001001G1"))->level, RegionLevel::Grid);
    }
};

QTEST_APPLESS_MAIN(TestRegionTree)
#include "tst_regiontree.moc"
