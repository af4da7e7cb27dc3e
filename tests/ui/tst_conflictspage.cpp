// The conflicts page: a concurrent edit of one household at two stations, compared field by field and
// resolved by restoring the overwritten version or merging chosen fields.
#include "DeskFixture.h"
#include "StationFixture.h"

#include "services/sync/SyncService.h"
#include "ui/AppServices.h"
#include "ui/ConflictsPage.h"
#include "ui/SyncController.h"
#include "ui/SyncStatusIndicator.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestConflictsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void emptyWhenNoConflicts();
    void restoreTheOtherVersion();
    void mergeChosenFields();
    void auditorCannotResolve();

private:
    // A household made at A and known at B, then edited at both before they meet again: A's change first,
    // B's a minute later (B's is the provisional winner). Returns the household id.
    QString concurrentEdit(const std::function<void(Household &)> &atA, const std::function<void(Household &)> &atB);
    void sync(Database &db);
    int rowOf(const ConflictsPage &page, const QString &field) const;
    void screenshot(QWidget &widget, const QString &name);

    DeskFixture m_a;
    std::unique_ptr<Station> m_b;
    QTemporaryDir m_share;
    SyncKey m_key = SyncKey::generate(QStringLiteral("城北区"));
    int m_sequence = 40;
};

void TestConflictsPage::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_a.create());
    m_b = std::make_unique<Station>();
    QVERIFY(m_share.isValid());
}

void TestConflictsPage::init()
{
    MessageBox::setTestMode(true);
}

void TestConflictsPage::sync(Database &db)
{
    auto r = SyncService(db, admin(), m_key).sync(m_share.path());
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
}

QString TestConflictsPage::concurrentEdit(
    const std::function<void(Household &)> &atA, const std::function<void(Household &)> &atB)
{
    const QString id = m_a.addHousehold(DeskFixture::single(QStringLiteral("周冲突%1").arg(m_sequence), m_sequence,
        ChaoyangCode, QStringLiteral("630105001201"), Category::Dibao));
    ++m_sequence;
    if (id.isEmpty())
        return {};
    sync(m_a.db());
    sync(*m_b->db);
    Household ha = HouseholdService(m_a.db(), m_a.admin()).getForEdit(id).value();
    atA(ha);
    if (!HouseholdService(m_a.db(), m_a.admin()).update(ha))
        return {};
    Clock::setNow(Clock::now().addSecs(60));
    QTest::qWait(5); // B's stamp a little later on the wall clock too
    Household hb = HouseholdService(*m_b->db, admin()).getForEdit(id).value();
    atB(hb);
    if (!HouseholdService(*m_b->db, admin()).update(hb))
        return {};
    sync(m_a.db());
    sync(*m_b->db);
    sync(m_a.db());
    return id;
}

int TestConflictsPage::rowOf(const ConflictsPage &page, const QString &field) const
{
    for (int row = 0; row < page.comparison()->rowCount(); ++row) {
        if (page.comparison()->item(row, ConflictsPage::FieldColumn)->data(Qt::UserRole).toString() == field)
            return row;
    }
    return -1;
}

void TestConflictsPage::screenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SN_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
}

void TestConflictsPage::emptyWhenNoConflicts()
{
    AppServices services(m_a.db(), m_a.admin());
    ConflictsPage page(services);
    QCOMPARE(page.count(), 0);
    QCOMPARE(page.list()->rowCount(), 0);
    QVERIFY(!page.keepButton()->isEnabled());
    QVERIFY(!page.restoreButton()->isEnabled());
    QVERIFY(!page.mergeButton()->isEnabled());
}

void TestConflictsPage::restoreTheOtherVersion()
{
    const QString id = concurrentEdit([](Household &h) { h.phone = QStringLiteral("13911110000"); },
        [](Household &h) { h.phone = QStringLiteral("13922220000"); });
    QVERIFY(!id.isEmpty());
    QCOMPARE(HouseholdService(m_a.db(), m_a.admin()).get(id)->phone, QStringLiteral("13922220000"));

    AppServices services(m_a.db(), m_a.admin());
    ConflictsPage page(services);
    page.resize(1000, 640);
    page.show();
    QCOMPARE(page.count(), 1);
    QCOMPARE(page.list()->item(0, ConflictsPage::HouseholdColumn)->text(), QStringLiteral("周冲突40"));
    {
        // The status bar marks it with the conflict icon, not only in words.
        SyncController controller(services);
        controller.refreshCounts();
        QLabel label;
        QStatusBar bar;
        SyncStatusIndicator indicator(&controller, &label, &bar);
        QVERIFY(!indicator.stateIcon()->isHidden() && !indicator.stateIcon()->pixmap().isNull());
        QCOMPARE(indicator.stateIcon()->accessibleName(), QStringLiteral("1 conflict(s) to review"));
    }
    QVERIFY(page.list()->item(0, ConflictsPage::StationsColumn)->text().contains(QStringLiteral("this station")));
    page.list()->selectRow(0);

    const int phone = rowOf(page, QStringLiteral("phone"));
    QVERIFY(phone >= 0);
    QCOMPARE(phone, 0); // differing fields first
    QCOMPARE(page.comparison()->item(phone, ConflictsPage::CurrentColumn)->text(), QStringLiteral("13922220000"));
    QCOMPARE(page.comparison()->item(phone, ConflictsPage::OtherColumn)->text(), QStringLiteral("13911110000"));
    QVERIFY(page.comparison()->item(phone, ConflictsPage::UseOtherColumn)->flags() & Qt::ItemIsUserCheckable);
    QVERIFY(page.comparison()->item(phone, ConflictsPage::CurrentColumn)->font().bold()); // highlighted
    const int address = rowOf(page, QStringLiteral("address"));
    QVERIFY(address > phone);
    QVERIFY(!(page.comparison()->item(address, ConflictsPage::UseOtherColumn)->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(rowOf(page, QStringLiteral("hlc")), -1);
    QCOMPARE(rowOf(page, QStringLiteral("station_id")), -1);
    QVERIFY(page.comparison()
                ->horizontalHeaderItem(ConflictsPage::CurrentColumn)
                ->text()
                .contains(QStringLiteral("Test station")));
    QVERIFY(page.comparison()
                ->horizontalHeaderItem(ConflictsPage::OtherColumn)
                ->text()
                .contains(QStringLiteral("this station")));
    QVERIFY(page.restoreButton()->isEnabled());
    QVERIFY(!page.mergeButton()->isEnabled()); // nothing ticked
    screenshot(page, QStringLiteral("conflicts-page.png"));

    QSignalSpy resolved(&page, &ConflictsPage::resolved);
    QTest::mouseClick(page.restoreButton(), Qt::LeftButton);
    QCOMPARE(resolved.count(), 1);
    QCOMPARE(resolved.first().first().toString(), id);
    QCOMPARE(HouseholdService(m_a.db(), m_a.admin()).get(id)->phone, QStringLiteral("13911110000"));
    QVERIFY(SyncService(m_a.db(), m_a.admin(), SyncKey()).conflicts().value().isEmpty());
    QCOMPARE(page.count(), 0);
    QCOMPARE(page.list()->rowCount(), 0);

    // The resolution syncs: B takes A's restored phone and has no open conflict either.
    sync(m_a.db());
    sync(*m_b->db);
    QCOMPARE(HouseholdService(*m_b->db, admin()).get(id)->phone, QStringLiteral("13911110000"));
    QVERIFY(SyncService(*m_b->db, admin(), SyncKey()).conflicts().value().isEmpty());
}

void TestConflictsPage::mergeChosenFields()
{
    const QString id = concurrentEdit(
        [](Household &h) {
            h.phone = QStringLiteral("13933330000");
            h.address = QStringLiteral("北园村1社1号");
        },
        [](Household &h) {
            h.phone = QStringLiteral("13944440000");
            h.address = QStringLiteral("北园村2社2号");
        });
    QVERIFY(!id.isEmpty());
    AppServices services(m_a.db(), m_a.admin());
    ConflictsPage page(services);
    page.show(); // the conflicts are read when the page is first shown
    QCOMPARE(page.count(), 1);
    page.list()->selectRow(0);
    const int phone = rowOf(page, QStringLiteral("phone"));
    const int address = rowOf(page, QStringLiteral("address"));
    QVERIFY(phone >= 0 && address >= 0);
    QVERIFY(page.comparison()->item(address, ConflictsPage::UseOtherColumn)->flags() & Qt::ItemIsUserCheckable);
    // Take A's (overwritten) address, keep B's (current) phone.
    page.comparison()->item(address, ConflictsPage::UseOtherColumn)->setCheckState(Qt::Checked);
    QVERIFY(page.mergeButton()->isEnabled());
    QTest::mouseClick(page.mergeButton(), Qt::LeftButton);
    const Household merged = HouseholdService(m_a.db(), m_a.admin()).get(id).value();
    QCOMPARE(merged.phone, QStringLiteral("13944440000"));
    QCOMPARE(merged.address, QStringLiteral("北园村1社1号"));
    QCOMPARE(page.count(), 0);
    const QList<ConflictEntry> all = SyncService(m_a.db(), m_a.admin(), SyncKey()).conflicts(false).value();
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const ConflictEntry &c) {
        return c.householdId == id && c.resolved && c.resolution == QLatin1String("merged");
    }));
}

void TestConflictsPage::auditorCannotResolve()
{
    const QString id = concurrentEdit([](Household &h) { h.phone = QStringLiteral("13955550000"); },
        [](Household &h) { h.phone = QStringLiteral("13966660000"); });
    QVERIFY(!id.isEmpty());
    const Session auditor { QStringLiteral("auditor"), QStringLiteral("审计"), Role::Auditor, {}, {} };
    AppServices services(m_a.db(), auditor);
    ConflictsPage page(services);
    page.show(); // the conflicts are read when the page is first shown
    QCOMPARE(page.count(), 1);
    page.list()->selectRow(0);
    QVERIFY(rowOf(page, QStringLiteral("phone")) >= 0);
    QVERIFY(!page.keepButton()->isEnabled());
    QVERIFY(!page.restoreButton()->isEnabled());
    // Whatever the buttons say, the service refuses.
    const QString conflict = SyncService(m_a.db(), auditor, SyncKey()).conflicts().value().first().id;
    const Status refused = SyncService(m_a.db(), auditor, SyncKey()).resolve(conflict, Resolution::TakeLoser);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
}

QTEST_MAIN(TestConflictsPage)
#include "tst_conflictspage.moc"
