// Every dialog and page, in Chinese and in English: no two controls of what is on screen together share an
// Alt key, and no label shows a literal "&" (a label's mnemonic works only with a buddy; without one Qt
// prints the ampersand).
#include "EveryWindow.h"

#include "services/Translations.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>

using namespace sn;
using namespace sn::test;

namespace {

// The controls of `root` on screen together (hidden tabs and pages excluded) by their Alt key.
void collect(QWidget *root, QMultiHash<QString, QString> &keys, QStringList &literal)
{
    auto add = [&keys, root](QWidget *owner, const QString &text) {
        if (!owner->isVisibleTo(root) && owner != root)
            return;
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            keys.insert(key.toString(QKeySequence::PortableText), QString(text).remove(QLatin1Char('&')));
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (rich || QKeySequence::mnemonic(label->text()).isEmpty())
                continue;
            if (!label->buddy())
                literal << label->text();
            else
                add(label, label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(button, button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(group, group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, tabs->tabText(i));
        }
    }
}

// Duplicates and literal ampersands of `root` as shown now, one line each.
QStringList findings(QWidget *root, const QString &where)
{
    QMultiHash<QString, QString> keys;
    QStringList literal;
    collect(root, keys, literal);
    QStringList lines;
    for (const QString &key : keys.uniqueKeys()) {
        QStringList owners = keys.values(key);
        owners.removeDuplicates();
        if (owners.size() > 1)
            lines << QStringLiteral("%1: %2 is used by %3").arg(where, key, owners.join(QStringLiteral(", ")));
    }
    for (const QString &text : std::as_const(literal))
        lines << QStringLiteral("%1: label \"%2\" shows a literal &").arg(where, text);
    return lines;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyDialogAndPage_data();
    void everyDialogAndPage();

private:
    QStringList checkEverything();

    DeskFixture m_fixture;
    QString m_household;
};

void TestMnemonics::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create(QStringLiteral("城北区")));
    m_household = m_fixture.addHousehold(household());
    QVERIFY(!m_household.isEmpty());
}

void TestMnemonics::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestMnemonics::everyDialogAndPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

QStringList TestMnemonics::checkEverything()
{
    // The menu bar is left out: its Alt keys (File, Edit, Tools, Help) are shared with the pages' for now.
    QStringList lines;
    visitEveryWindow(
        m_fixture, m_household, [&lines](QWidget *root, const QString &name) { lines << findings(root, name); });
    lines.removeDuplicates();
    return lines;
}

void TestMnemonics::everyDialogAndPage()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    const QStringList lines = checkEverything();
    for (const QString &line : lines)
        qWarning("%s", qPrintable(line));
    QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("%1 finding(s), listed above").arg(lines.size())));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
