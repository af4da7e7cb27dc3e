// Keyboard and screen-reader access (issue 25 item 4), on a 1920x1080 screen at 150% (the desktop setting of a
// large counter monitor): every input of every window has an accessible name, every window fits the screen, and
// Tab walks the intake form in the order a clerk fills in the paper form.
#include "EveryWindow.h"

#include "services/Translations.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace sn;
using namespace sn::test;

namespace {

// A part of a composite control (the line edit of a spin box or editable combo, a tab bar's scroll arrows, the
// calendar's own controls): the composite itself is what is named.
bool isInnerPart(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QCalendarWidget *>(p)
            || qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

bool isInput(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w))
        return false;
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text().remove(QLatin1Char('&')).trimmed().isEmpty(); // an icon-only button
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

// What a screen reader says for `w`: its accessible name, else the text of the label it is the buddy of (Qt's
// own fallback). A combo box's current text is not a name: Qt reads it out when nothing else is set.
QString spokenName(QWidget *w, const QWidget *root)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return label->text();
    }
    return {};
}

QStringList unnamedInputs(QWidget *root, const QString &where)
{
    QStringList lines;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !isInput(w) || isInnerPart(w) || !spokenName(w, root).isEmpty())
            continue;
        lines << QStringLiteral("%1: %2 \"%3\" has no accessible name")
                     .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return lines;
}

// A button whose text ends in the key that works it, "Add member (Ctrl+M)", with a shortcut of the window on it.
bool namesItsShortcut(const QAbstractButton *b, const QWidget *root)
{
    static const QRegularExpression bracket(QStringLiteral("[(（]([^()（）&]+)[)）]$"));
    const QRegularExpressionMatch m = bracket.match(b->text());
    const QKeySequence key
        = m.hasMatch() ? QKeySequence::fromString(m.captured(1), QKeySequence::PortableText) : QKeySequence();
    if (key.isEmpty())
        return false;
    const QList<QShortcut *> shortcuts = root->findChildren<QShortcut *>();
    const QList<QAction *> actions = root->findChildren<QAction *>();
    return std::any_of(shortcuts.begin(), shortcuts.end(), [&key](const QShortcut *s) { return s->key() == key; })
        || std::any_of(
            actions.begin(), actions.end(), [&key](const QAction *a) { return a->shortcuts().contains(key); });
}

// A dialog's default button (Enter) or its button that rejects it (Esc).
bool isDialogKey(QAbstractButton *b)
{
    auto *box = qobject_cast<QDialogButtonBox *>(b->parentWidget());
    if (!box || !qobject_cast<QDialog *>(b->window()))
        return false;
    auto *push = qobject_cast<QPushButton *>(b);
    return box->buttonRole(b) == QDialogButtonBox::RejectRole || (push && push->isDefault());
}

// Buttons of `root` that the keyboard reaches only by Tab: no Alt key in their text and no shortcut.
QStringList buttonsWithoutKeys(QWidget *root, const QString &where)
{
    QStringList lines;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(root) || isInnerPart(b) || b->text().isEmpty() || isDialogKey(b))
            continue;
        if (QKeySequence::mnemonic(b->text()).isEmpty() && b->shortcut().isEmpty() && !namesItsShortcut(b, root))
            lines << QStringLiteral("%1: button \"%2\"").arg(where, b->text());
    }
    return lines;
}

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyInputHasAName();
    void everyButtonHasAKey_data();
    void everyButtonHasAKey();
    void cleanupTestCase();
    void everyPageAndCommandFromTheKeyboard();
    void everyWindowFitsTheScreenAt150Percent();
    void tabWalksTheIntakeFormInReadingOrder_data();
    void tabWalksTheIntakeFormInReadingOrder();

private:
    DeskFixture m_fixture;
    QString m_household;
};

void TestAccessibility::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create(QStringLiteral("城北区")));
    m_household = m_fixture.addHousehold(household());
    QVERIFY(!m_household.isEmpty());
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(screen.size(), QSize(1280, 720)); // 1920x1080 at 150%
}

void TestAccessibility::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestAccessibility::everyInputHasAName()
{
    QStringList lines;
    visitEveryWindow(
        m_fixture, m_household, [&lines](QWidget *root, const QString &name) { lines << unnamedInputs(root, name); });
    lines.removeDuplicates();
    for (const QString &line : std::as_const(lines))
        qWarning("%s", qPrintable(line));
    QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("%1 finding(s), listed above").arg(lines.size())));
}

void TestAccessibility::everyButtonHasAKey_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestAccessibility::everyButtonHasAKey()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    QStringList lines;
    visitEveryWindow(m_fixture, m_household,
        [&lines](QWidget *root, const QString &name) { lines << buttonsWithoutKeys(root, name); });
    lines.removeDuplicates();
    for (const QString &line : std::as_const(lines))
        qWarning("%s", qPrintable(line));
    QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("%1 finding(s), listed above").arg(lines.size())));
}

void TestAccessibility::everyPageAndCommandFromTheKeyboard()
{
    MainWindow window(m_fixture.db(), m_fixture.admin());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Every menu with its Alt key, every command in it with an Alt key or a shortcut shown beside it.
    QStringList lines;
    for (QAction *menu : window.menuBar()->actions()) {
        if (QKeySequence::mnemonic(menu->text()).isEmpty())
            lines << QStringLiteral("menu %1").arg(menu->text());
        for (QAction *a : menu->menu()->actions()) {
            if (!a->isSeparator() && QKeySequence::mnemonic(a->text()).isEmpty() && a->shortcut().isEmpty())
                lines << QStringLiteral("%1 / %2").arg(menu->text(), a->text());
        }
    }
    QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QStringLiteral("; "))));

    // Ctrl+1 to Ctrl+0 open the first ten pages with the cursor in the page, ready to type.
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav && nav->count() >= 10);
    const int keys[] = { Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9,
        Qt::Key_0, Qt::Key_1 };
    for (int i = 0; i < 10; ++i) {
        const int row = (i + 1) % 10;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(keys[i]), Qt::ControlModifier);
        QCOMPARE(nav->currentRow(), row);
        auto *pages = window.findChild<QWidget *>(QStringLiteral("mainSplitter"))
                          ->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY2(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()),
            qPrintable(
                nav->item(row)->text() + QStringLiteral(": the focus is on ") + describe(QApplication::focusWidget())));
        QVERIFY(!nav->item(row)->toolTip().isEmpty()); // the key is shown on the page's entry
    }
}

void TestAccessibility::everyWindowFitsTheScreenAt150Percent()
{
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QStringList lines;
    visitEveryWindow(m_fixture, m_household, [&lines, screen](QWidget *root, const QString &name) {
        const QSize needed = root->minimumSizeHint().expandedTo(root->minimumSize());
        if (needed.width() > screen.width() || needed.height() > screen.height())
            lines << QStringLiteral("%1 needs %2x%3").arg(name).arg(needed.width()).arg(needed.height());
        else if (!QRect(QPoint(), screen).contains(QRect(QPoint(), root->size())))
            lines << QStringLiteral("%1 opens at %2x%3").arg(name).arg(root->width()).arg(root->height());
    });
    lines.removeDuplicates();
    for (const QString &line : std::as_const(lines))
        qWarning("%s", qPrintable(line));
    QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("%1 window(s) larger than the screen").arg(lines.size())));
}

namespace {

// The stops Tab (or Shift+Tab) makes from the focus widget of `window` until it comes round again, a run of stops
// in one widget (the cells of a table, the links of the problem list) counted once.
QStringList tabStops(QWidget *window, Qt::Key key)
{
    QStringList stops;
    QWidget *first = QApplication::focusWidget();
    for (int i = 0; i < 80 && first; ++i) {
        const QString here = describe(QApplication::focusWidget());
        if (stops.isEmpty() || stops.constLast() != here)
            stops << here;
        QTest::keyClick(QApplication::focusWidget(), key);
        if (QApplication::focusWidget() == first || !window->isAncestorOf(QApplication::focusWidget()))
            break;
    }
    return stops;
}

} // namespace

void TestAccessibility::tabWalksTheIntakeFormInReadingOrder_data()
{
    QTest::addColumn<bool>("open");
    QTest::addColumn<QStringList>("expected");
    // Where the household lives, straight on into the member table (the head's cells, then the buttons under it),
    // the table tabs, the assistance fields, the decision, the problems' links, the buttons, and round again.
    const QStringList tail { QStringLiteral("addMember"), QStringLiteral("removeMember"),
        QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("area"), QStringLiteral("startDate"),
        QStringLiteral("startDateUnknown"), QStringLiteral("status"), QStringLiteral("monthlyAmount"),
        QStringLiteral("hasCapableSupporter"), QStringLiteral("notes"), QStringLiteral("category"),
        QStringLiteral("explanation"), QStringLiteral("problems") };
    // A new household of a district desk: the villages wait for the township.
    QTest::newRow("new") << false
                         << QStringList { QStringLiteral("township"), QStringLiteral("address"),
                                QStringLiteral("phone"), QStringLiteral("membersView") }
            + tail + QStringList { QStringLiteral("saveButton"), QStringLiteral("closeButton") };
    QTest::newRow("open") << true
                          << QStringList { QStringLiteral("township"), QStringLiteral("village"),
                                 QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("membersView") }
            + tail
            + QStringList { QStringLiteral("historyButton"), QStringLiteral("referButton"),
                  QStringLiteral("changePaymentButton"), QStringLiteral("saveButton"), QStringLiteral("closeButton") };
}

void TestAccessibility::tabWalksTheIntakeFormInReadingOrder()
{
    QFETCH(bool, open);
    QFETCH(QStringList, expected);
    AppServices services(m_fixture.db(), m_fixture.admin());
    HouseholdForm form(services.households(), open ? m_household : QString());
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QCOMPARE(describe(QApplication::focusWidget()), QStringLiteral("township"));
    QCOMPARE(tabStops(&form, Qt::Key_Tab), expected);
    // Shift+Tab the same stops the other way round, from the first.
    QStringList backwards = tabStops(&form, Qt::Key_Backtab);
    std::reverse(backwards.begin() + 1, backwards.end());
    QCOMPARE(backwards, expected);
}

int main(int argc, char **argv)
{
    // A 1920x1080 screen at 150%: the offscreen platform with a screen of that size and 144 dpi over its 96.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"screens":[{"name":"counter","x":0,"y":0,"width":1920,"height":1080,)"
                      R"("logicalDpi":144,"logicalBaseDpi":96}]})")
            < 0)
        return 2;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
