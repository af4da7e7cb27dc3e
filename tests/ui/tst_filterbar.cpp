// The township and village filter row shared by the registry and the review calendar: district roles choose
// a township and its villages follow; a township clerk sees only the own township's villages; a village
// worker has no village filter where the service narrows to the village; changed() fires once per choice.
#include "DeskFixture.h"

#include "ui/FilterBar.h"

#include <QComboBox>
#include <QSignalSpy>

using namespace sn;
using namespace sn::test;

namespace {

const QString BeiyuanCode = QStringLiteral("630105001201"); // 北园村, 朝阳街道

FilterBar::Options options(bool ownVillageOnly = false)
{
    FilterBar::Options o;
    o.objectPrefix = QStringLiteral("test");
    o.villageLabel = QStringLiteral("&Village:");
    o.ownVillageOnlyForVillageWorker = ownVillageOnly;
    return o;
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareDeskTest(); }

    void districtChoosesTownshipAndVillagesFollow();
    void townshipClerkSeesOwnTownshipOnly();
    void villageWorkerHasNoVillageFilterWhereNarrowed();
};

void TestFilterBar::districtChoosesTownshipAndVillagesFollow()
{
    const Session admin { QStringLiteral("a"), QStringLiteral("管理员"), Role::DistrictAdmin, {}, {} };
    FilterBar bar(admin, RegionTree::builtIn(), options());
    bar.show();
    QCOMPARE(bar.townshipBox()->objectName(), QStringLiteral("testTownship"));
    QCOMPARE(bar.villageBox()->objectName(), QStringLiteral("testVillage"));
    QVERIFY(bar.townshipBox()->isVisible());
    QCOMPARE(bar.townshipCode(), QString());
    QVERIFY(!bar.villageBox()->isEnabled());
    QCOMPARE(bar.villageBox()->count(), 1); // "All villages" only

    QSignalSpy changed(&bar, &FilterBar::changed);
    bar.townshipBox()->setCurrentIndex(bar.townshipBox()->findData(MafangCode));
    QCOMPARE(changed.count(), 1); // refilling the villages is not a second change
    QCOMPARE(bar.townshipCode(), MafangCode);
    QVERIFY(bar.villageBox()->isEnabled());
    QVERIFY(bar.villageBox()->findData(XixingyuanCode) > 0);
    QCOMPARE(bar.villageBox()->findData(BeiyuanCode), -1);

    bar.villageBox()->setCurrentIndex(bar.villageBox()->findData(XixingyuanCode));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(bar.villageCode(), XixingyuanCode);

    // Another township: its villages replace the others, and the village choice falls back to all.
    bar.townshipBox()->setCurrentIndex(bar.townshipBox()->findData(ChaoyangCode));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(bar.villageCode(), QString());
    QVERIFY(bar.villageBox()->findData(BeiyuanCode) > 0);
    QCOMPARE(bar.villageBox()->findData(XixingyuanCode), -1);

    // A combo a page adds reports its changes the same way.
    QComboBox *status
        = bar.addCombo(QStringLiteral("&Status:"), QStringLiteral("Status"), QStringLiteral("testStatus"));
    status->addItem(QStringLiteral("All"));
    status->addItem(QStringLiteral("Active"));
    const int before = int(changed.count());
    status->setCurrentIndex(1);
    QCOMPARE(changed.count(), before + 1);
    QCOMPARE(bar.findChild<QComboBox *>(QStringLiteral("testStatus")), status);
}

void TestFilterBar::townshipClerkSeesOwnTownshipOnly()
{
    const Session clerk { QStringLiteral("c"), QStringLiteral("王窗口"), Role::TownshipClerk, ChaoyangCode, {} };
    FilterBar bar(clerk, RegionTree::builtIn(), options());
    bar.show();
    QVERIFY(bar.townshipBox()->isHidden());
    QCOMPARE(bar.townshipCode(), ChaoyangCode);
    QVERIFY(bar.villageBox()->isVisible());
    QVERIFY(bar.villageBox()->isEnabled());
    QVERIFY(bar.villageBox()->findData(BeiyuanCode) > 0);
    QCOMPARE(bar.villageBox()->findData(XixingyuanCode), -1); // 马坊街道's village is not offered
}

void TestFilterBar::villageWorkerHasNoVillageFilterWhereNarrowed()
{
    const Session worker { QStringLiteral("w"), QStringLiteral("网格员"), Role::VillageWorker, ChaoyangCode,
        BeiyuanCode };
    FilterBar narrowed(worker, RegionTree::builtIn(), options(true));
    QVERIFY(narrowed.townshipBox()->isHidden());
    QVERIFY(narrowed.villageBox()->isHidden());
    FilterBar registry(worker, RegionTree::builtIn(), options(false));
    QVERIFY(!registry.villageBox()->isHidden());
    QVERIFY(registry.villageBox()->findData(BeiyuanCode) > 0);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
