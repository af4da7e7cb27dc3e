// One visual language: every page of the navigation, the main actions and the states (tiers, overdue, conflicts)
// carry an icon of the bundled set (ui/Icons, resources/icons), never the desktop's style icons; the tier marks
// differ by shape, not only by colour.
#include "DeskFixture.h"

#include "ui/Icons.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBitArray>
#include <QDir>
#include <QDirIterator>
#include <QListWidget>
#include <QSet>
#include <QStyle>
#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

// Pixels drawn: an icon that renders, not an empty pixmap (the SVG found and read).
int drawnPixels(const QIcon &icon, int size = 24)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += qAlpha(image.pixel(x, y)) > 32 ? 1 : 0;
    return drawn;
}

// The shape alone: which pixels are covered, colour ignored.
QBitArray coverage(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    QBitArray bits(image.width() * image.height());
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            bits.setBit(y * image.width() + x, qAlpha(image.pixel(x, y)) > 128);
    return bits;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyIconOfTheSetRenders();
    void tierMarksDifferByShape();
    void navigationAndMainActionsUseTheSet();
    void noStyleIconsInTheDesk();

private:
    DeskFixture m_fixture;
};

void TestIcons::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create());
    QVERIFY(!m_fixture.addHousehold(household()).isEmpty());
}

void TestIcons::everyIconOfTheSetRenders()
{
    for (int i = 0; i <= int(Icons::Name::Warning); ++i) {
        const auto name = Icons::Name(i);
        const QString path = Icons::path(name);
        QVERIFY2(path.startsWith(QLatin1String(":/icons/")) && QFile::exists(path), qPrintable(path));
        const QIcon icon = Icons::get(name);
        QVERIFY2(Icons::isFromSet(icon), qPrintable(path));
        QVERIFY2(drawnPixels(icon) > 20, qPrintable(path));
    }
    QVERIFY(!Icons::isFromSet(QIcon()));
    QVERIFY(!Icons::isFromSet(QApplication::style()->standardIcon(QStyle::SP_FileIcon)));
}

void TestIcons::tierMarksDifferByShape()
{
    const QList<Tier> tiers = { Tier::Red, Tier::Yellow, Tier::Green, Tier::Monitoring };
    QList<QBitArray> shapes;
    QStringList marks;
    for (Tier t : tiers) {
        QVERIFY(Icons::isFromSet(Icons::tier(t)));
        QVERIFY(drawnPixels(Icons::tier(t)) > 50);
        shapes.append(coverage(Icons::tier(t)));
        marks.append(Icons::tierMark(t));
    }
    QVERIFY(Icons::tier(Tier::None).isNull());
    // Told apart by a reader who sees no colour at all: every pair covers different pixels, by a clear margin.
    for (int a = 0; a < shapes.size(); ++a) {
        for (int b = a + 1; b < shapes.size(); ++b) {
            const int differing = (shapes.at(a) ^ shapes.at(b)).count(true);
            QVERIFY2(differing > 60,
                qPrintable(QStringLiteral("tiers %1 and %2 differ in %3 pixels").arg(a).arg(b).arg(differing)));
        }
    }
    marks.removeDuplicates();
    QCOMPARE(marks.size(), 4); // the text marks of legends and calendar pills differ too
}

void TestIcons::navigationAndMainActionsUseTheSet()
{
    MainWindow window(m_fixture.db(), m_fixture.admin()); // the district administrator sees every page
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav && nav->count() >= 12);
    QSet<qint64> seen;
    for (int row = 0; row < nav->count(); ++row) {
        const QListWidgetItem *item = nav->item(row);
        QVERIFY2(Icons::isFromSet(item->icon()), qPrintable(item->text()));
        QVERIFY2(drawnPixels(item->icon()) > 20, qPrintable(item->text()));
        QVERIFY2(
            !seen.contains(item->icon().cacheKey()), qPrintable(item->text() + QStringLiteral(": icon used twice")));
        seen.insert(item->icon().cacheKey());
        nav->setCurrentRow(row); // builds the page, whose buttons are checked below
    }

    // The menus' actions: every one named action* has an icon of the set, and the main ones are there.
    QStringList named;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!action->objectName().startsWith(QLatin1String("action")))
            continue;
        QVERIFY2(Icons::isFromSet(action->icon()), qPrintable(action->objectName()));
        named.append(action->objectName());
    }
    for (const char *name : { "actionNewHousehold", "actionLock", "actionQuit", "actionFind", "actionUserGuide",
             "actionAbout", "actionSyncNow", "actionConflicts", "actionSettings" })
        QVERIFY2(named.contains(QLatin1String(name)), name);

    // The main buttons of the pages.
    const QStringList buttons = { QStringLiteral("workbenchRefresh"), QStringLiteral("registryNew"),
        QStringLiteral("registryOpen"), QStringLiteral("reviewRefresh"), QStringLiteral("reviewExport"),
        QStringLiteral("reviewComplete"), QStringLiteral("reviewOpen"), QStringLiteral("leadsReport"),
        QStringLiteral("leadsRefresh"), QStringLiteral("previewButton"), QStringLiteral("printButton"),
        QStringLiteral("pdfButton"), QStringLiteral("policyPrint"), QStringLiteral("policyPdf"),
        QStringLiteral("referralNew"), QStringLiteral("referralPrintLetter"), QStringLiteral("referralPrintSlip") };
    for (const QString &name : buttons) {
        const auto *button = window.findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(Icons::isFromSet(button->icon()), qPrintable(name));
    }
}

void TestIcons::noStyleIconsInTheDesk()
{
    // The desk's sources ask ui/Icons for every icon: no style or theme icon slips back in.
    QDirIterator it(qEnvironmentVariable("SN_TEST_SOURCE_DIR") + QStringLiteral("/ui"), { QStringLiteral("*.cpp") });
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains("standardIcon(") && !text.contains("QIcon::fromTheme("), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 50);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
