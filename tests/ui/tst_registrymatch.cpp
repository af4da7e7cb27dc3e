// The registry says why a row matched (issue 21): a surname said as it is, a traditional character.
#include "DeskFixture.h"

#include "ui/HouseholdTableModel.h"
#include "ui/RegistryPage.h"

#include <QLineEdit>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestRegistryMatch : public QObject
{
    Q_OBJECT

    DeskFixture m_fixture;

private slots:
    void initTestCase()
    {
        prepareDeskTest();
        QVERIFY(m_fixture.create(QStringLiteral("城北区")));
        QVERIFY(!m_fixture
                     .addHousehold(DeskFixture::single(
                         QStringLiteral("单建华"), 7, ChaoyangCode, QStringLiteral("630105001002"), Category::Tekun))
                     .isEmpty());
        QVERIFY(!m_fixture
                     .addHousehold(
                         DeskFixture::single(QStringLiteral("黃志強"), 8, MafangCode, XixingyuanCode, Category::Tekun))
                     .isEmpty());
    }

    void matchedColumn_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("matched");
        QTest::newRow("surname") << QStringLiteral("shan") << QStringLiteral("单建华")
                                 << QStringLiteral("pinyin of 单建华, 单 as shan (surname)");
        QTest::newRow("initials") << QStringLiteral("sjh") << QStringLiteral("单建华")
                                  << QStringLiteral("initials of 单建华, 单 as shan (surname)");
        QTest::newRow("simplified typed")
            << QStringLiteral("黄志强") << QStringLiteral("黃志強") << QStringLiteral("name 黃志強");
        QTest::newRow("no text") << QString() << QString() << QString();
    }
    void matchedColumn()
    {
        QFETCH(QString, typed);
        QFETCH(QString, head);
        QFETCH(QString, matched);
        HouseholdService service(m_fixture.db(), m_fixture.admin());
        RegistryPage page(service, StationService::regions(m_fixture.db()));
        page.show();
        auto *model = page.model();
        QCOMPARE(model->headerData(HouseholdTableModel::Matched, Qt::Horizontal).toString(), QStringLiteral("Matched"));
        if (typed.isEmpty()) {
            QCOMPARE(model->rowCount(), 2);
            for (int row = 0; row < model->rowCount(); ++row)
                QVERIFY(model->index(row, HouseholdTableModel::Matched).data().toString().isEmpty());
            return;
        }
        typeText(page.searchBox(), typed);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, HouseholdTableModel::HeadName).data().toString(), head);
        QCOMPARE(model->index(0, HouseholdTableModel::Matched).data().toString(), matched);
        QCOMPARE(model->index(0, HouseholdTableModel::HeadName).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Matched: ") + matched);
    }
};

QTEST_MAIN(TestRegistryMatch)
#include "tst_registrymatch.moc"
