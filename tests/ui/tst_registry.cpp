// The households registry: search as you type, filters, and the paged model.
#include "DeskFixture.h"

#include "services/DemoGenerator.h"
#include "ui/HouseholdTableModel.h"
#include "ui/RegistryPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void search_data();
    void search();
    void unsearchableInputShowsNothing();
    void categoryFilterNarrowsRows();
    void villageFilterFollowsTownship();
    void townshipClerkHasNoTownshipFilter();
    void modelPassesTester();
    void paging();
    void enterOpensTheHousehold();
    void columnWidthsAreRemembered();

private:
    QStringList headNames(const HouseholdTableModel *model) const;

    DeskFixture m_fixture;
    QString m_zhangsan;
    QString m_wangwu;
    QString m_zhaoliu;
};

void TestRegistry::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create(QStringLiteral("城北区")));
    m_zhangsan = m_fixture.addHousehold(household()); // 张三, 低保, 朝阳街道 北园村, 13897001234
    m_wangwu = m_fixture.addHousehold(DeskFixture::single(QStringLiteral("王五"), 7, ChaoyangCode, QStringLiteral("630105001002"),
                                                          Category::Tekun, QStringLiteral("13997005678")));
    m_zhaoliu = m_fixture.addHousehold(DeskFixture::single(QStringLiteral("赵六"), 8, MafangCode, XixingyuanCode, Category::DibaoEdge));
    QVERIFY(!m_zhangsan.isEmpty() && !m_wangwu.isEmpty() && !m_zhaoliu.isEmpty());
}

void TestRegistry::init()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
}

QStringList TestRegistry::headNames(const HouseholdTableModel *model) const
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, HouseholdTableModel::HeadName).data().toString());
    names.sort();
    return names;
}

void TestRegistry::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    const QString zhangsanId = household().members.first().idNumber;
    QTest::newRow("initials") << QStringLiteral("zs") << QStringList{QStringLiteral("张三")};
    QTest::newRow("pinyin") << QStringLiteral("zhangsan") << QStringList{QStringLiteral("张三")};
    QTest::newRow("name") << QStringLiteral("王五") << QStringList{QStringLiteral("王五")};
    QTest::newRow("spouse's name") << QStringLiteral("李四") << QStringList{QStringLiteral("张三")};
    QTest::newRow("last 4 ID digits") << zhangsanId.right(4) << QStringList{QStringLiteral("张三")};
    QTest::newRow("whole ID number") << zhangsanId << QStringList{QStringLiteral("张三")};
    QTest::newRow("phone") << QStringLiteral("13897001234") << QStringList{QStringLiteral("张三")};
    QTest::newRow("other phone") << QStringLiteral("13997005678") << QStringList{QStringLiteral("王五")};
    QTest::newRow("address") << QStringLiteral("北园村") << QStringList{QStringLiteral("张三")};
}

void TestRegistry::search()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    HouseholdService service(m_fixture.db(), m_fixture.admin());
    RegistryPage page(service, StationService::regions(m_fixture.db()));
    page.show();
    auto *model = page.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->total(), 3);

    typeText(page.searchBox(), typed);
    // Nothing happens while the clerk is still typing (debounce)...
    QCOMPARE(model->rowCount(), 3);
    // ...then the view shows the matches.
    QTRY_COMPARE(headNames(model), expected);
    QCOMPARE(page.view()->model()->rowCount(), int(expected.size()));
    QCOMPARE(model->total(), int(expected.size()));
    const auto *total = page.findChild<QLabel *>(QStringLiteral("registryTotal"));
    QCOMPARE(total->text(), expected.size() == 1 ? QStringLiteral("1 household") : QStringLiteral("%1 households").arg(expected.size()));

    // Clearing the box shows everyone again.
    page.searchBox()->clear();
    QTRY_COMPARE(model->rowCount(), 3);
}

void TestRegistry::unsearchableInputShowsNothing()
{
    HouseholdService service(m_fixture.db(), m_fixture.admin());
    RegistryPage page(service, StationService::regions(m_fixture.db()));
    typeText(page.searchBox(), QStringLiteral("12"));
    QTRY_COMPARE(page.model()->rowCount(), 0);
    typeText(page.searchBox(), QStringLiteral("zzzzqqq"));
    QTRY_COMPARE(page.model()->total(), 0);
}

void TestRegistry::categoryFilterNarrowsRows()
{
    HouseholdService service(m_fixture.db(), m_fixture.admin());
    RegistryPage page(service, StationService::regions(m_fixture.db()));
    QCOMPARE(page.model()->rowCount(), 3);
    QComboBox *category = page.categoryFilter();
    category->setCurrentIndex(category->findData(CategoryNames::code(Category::Tekun)));
    QCOMPARE(headNames(page.model()), QStringList{QStringLiteral("王五")});
    category->setCurrentIndex(category->findData(CategoryNames::code(Category::Dibao)));
    QCOMPARE(headNames(page.model()), QStringList{QStringLiteral("张三")});
    // Filters and the search combine.
    typeText(page.searchBox(), QStringLiteral("ww"));
    QTRY_COMPARE(page.model()->rowCount(), 0);
    category->setCurrentIndex(0);
    QCOMPARE(headNames(page.model()), QStringList{QStringLiteral("王五")});

    QComboBox *status = page.statusFilter();
    status->setCurrentIndex(status->findData(QStringLiteral("exited")));
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestRegistry::villageFilterFollowsTownship()
{
    HouseholdService service(m_fixture.db(), m_fixture.admin());
    RegistryPage page(service, StationService::regions(m_fixture.db()));
    QComboBox *township = page.townshipFilter();
    QComboBox *village = page.villageFilter();
    QVERIFY(!township->isHidden());
    QVERIFY(!village->isEnabled());
    township->setCurrentIndex(township->findData(MafangCode));
    QCOMPARE(headNames(page.model()), QStringList{QStringLiteral("赵六")});
    QVERIFY(village->isEnabled());
    QVERIFY(village->findData(XixingyuanCode) > 0);
    QCOMPARE(village->findData(QStringLiteral("630105001201")), -1); // 北园村 is in 朝阳街道
    township->setCurrentIndex(township->findData(ChaoyangCode));
    QCOMPARE(page.model()->rowCount(), 2);
    village->setCurrentIndex(village->findData(QStringLiteral("630105001201")));
    QCOMPARE(headNames(page.model()), QStringList{QStringLiteral("张三")});
}

void TestRegistry::townshipClerkHasNoTownshipFilter()
{
    const Session clerk = m_fixture.addClerk(QStringLiteral("clerk-registry"));
    HouseholdService service(m_fixture.db(), clerk);
    RegistryPage page(service, StationService::regions(m_fixture.db()));
    page.show();
    QVERIFY(page.townshipFilter()->isHidden());
    QVERIFY(page.villageFilter()->isEnabled());
    QVERIFY(page.villageFilter()->findData(QStringLiteral("630105001201")) > 0);
    QCOMPARE(headNames(page.model()), (QStringList{QStringLiteral("张三"), QStringLiteral("王五")}));
    // Searching for the other township's household finds nothing: the service limits the scope.
    typeText(page.searchBox(), QStringLiteral("赵六"));
    QTRY_COMPARE(page.model()->total(), 0);
}

void TestRegistry::modelPassesTester()
{
    HouseholdService service(m_fixture.db(), m_fixture.admin());
    HouseholdTableModel model(service, StationService::regions(m_fixture.db()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HouseholdTableModel::ColumnCount));
    const int row = model.rowOf(m_zhangsan);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, HouseholdTableModel::HeadName).data().toString(), QStringLiteral("张三"));
    QCOMPARE(model.index(row, HouseholdTableModel::Township).data().toString(), QStringLiteral("朝阳街道"));
    QCOMPARE(model.index(row, HouseholdTableModel::Village).data().toString(), QStringLiteral("北园村"));
    QCOMPARE(model.index(row, HouseholdTableModel::Members).data().toInt(), 2);
    QCOMPARE(model.index(row, HouseholdTableModel::Phone).data().toString(), QStringLiteral("13897001234"));
    // Lists mask ID numbers: first 6 and last 4.
    const QString masked = model.index(row, HouseholdTableModel::IdNumber).data().toString();
    const QString full = household().members.first().idNumber;
    QCOMPARE(masked.left(6), full.left(6));
    QCOMPARE(masked.right(4), full.right(4));
    QVERIFY(!masked.contains(full.mid(6, 8)));
    QCOMPARE(model.index(row, 0).data(HouseholdTableModel::HouseholdIdRole).toString(), m_zhangsan);
    HouseholdQuery query;
    query.text = QStringLiteral("zs");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    query.text = QStringLiteral("nothing-matches");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 0);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 3);
}

void TestRegistry::paging()
{
    DeskFixture big;
    QVERIFY(big.create(QStringLiteral("城北区")));
    DemoOptions options;
    options.households = 250;
    options.seed = 7;
    auto demo = DemoGenerator::generate(big.db(), options);
    QVERIFY2(demo, qPrintable(demo.error().message));
    HouseholdService service(big.db(), big.admin());
    HouseholdTableModel model(service, StationService::regions(big.db()));
    QSignalSpy total(&model, &HouseholdTableModel::totalChanged);
    model.setQuery({});
    QCOMPARE(model.total(), 250);
    QCOMPARE(total.count(), 1);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.householdId(row));
    QCOMPARE(ids.size(), 250); // pages neither overlap nor skip

    // The model tester fetches eagerly (it calls fetchMore on every change): all pages arrive, no check fails.
    HouseholdTableModel tested(service, StationService::regions(big.db()));
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tested.setQuery({});
    QTRY_COMPARE(tested.rowCount(), 250);
    QVERIFY(!tested.canFetchMore({}));

    // The view asks for more as the clerk scrolls to the end.
    RegistryPage page(service, StationService::regions(big.db()));
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 100);
    page.view()->scrollToBottom();
    QTRY_VERIFY(page.model()->rowCount() > 100);
    const auto *label = page.findChild<QLabel *>(QStringLiteral("registryTotal"));
    QCOMPARE(label->text(), QStringLiteral("250 households"));
}

void TestRegistry::enterOpensTheHousehold()
{
    HouseholdService service(m_fixture.db(), m_fixture.admin());
    RegistryPage page(service, StationService::regions(m_fixture.db()));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy open(&page, &RegistryPage::openRequested);
    typeText(page.searchBox(), QStringLiteral("zs"));
    QTest::keyClick(page.searchBox(), Qt::Key_Return); // searches at once and moves to the first row
    QTRY_VERIFY(page.view()->hasFocus());
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), m_zhangsan);
}

void TestRegistry::columnWidthsAreRemembered()
{
    HouseholdService service(m_fixture.db(), m_fixture.admin());
    {
        RegistryPage page(service, StationService::regions(m_fixture.db()));
        page.view()->horizontalHeader()->resizeSection(HouseholdTableModel::Address, 321);
    }
    RegistryPage again(service, StationService::regions(m_fixture.db()));
    QCOMPARE(again.view()->horizontalHeader()->sectionSize(HouseholdTableModel::Address), 321);
}

QTEST_MAIN(TestRegistry)
#include "tst_registry.moc"
