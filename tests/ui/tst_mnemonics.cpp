// Every dialog and page, in Chinese and in English: no two controls of what is on screen together share an
// Alt key, and no label shows a literal "&" (a label's mnemonic works only with a buddy; without one Qt
// prints the ampersand).
#include "DeskFixture.h"

#include "services/LeadService.h"
#include "services/Translations.h"
#include "ui/AppServices.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/CompleteTaskDialog.h"
#include "ui/GrantDialog.h"
#include "ui/HistoryDialog.h"
#include "ui/HouseholdForm.h"
#include "ui/LeadStepDialog.h"
#include "ui/LinkHouseholdDialog.h"
#include "ui/LockScreen.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/ProxyDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/ReportLeadDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/VerifySuspicionDialog.h"

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

// `root` as shown, then with each page of each of its tab widgets and stacked widgets in turn.
QStringList checkAllPages(QWidget *root, const QString &where)
{
    QStringList lines = findings(root, where);
    for (QStackedWidget *stack : root->findChildren<QStackedWidget *>()) {
        if (!stack->isVisibleTo(root))
            continue;
        const int current = stack->currentIndex();
        auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget());
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            const QString page = tabs ? tabs->tabText(i) : QString::number(i);
            lines << findings(root, where + QStringLiteral(" / ") + page);
        }
        stack->setCurrentIndex(current);
    }
    lines.removeDuplicates();
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
    QStringList lines;
    AppServices services(m_fixture.db(), m_fixture.admin());
    auto check = [&lines](QWidget *w, const QString &name) {
        w->show();
        QCoreApplication::processEvents();
        lines << checkAllPages(w, name);
        w->hide();
    };
    {
        MainWindow window(m_fixture.db(), m_fixture.admin());
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        // The menu bar is left out: its Alt keys (File, Edit, Tools, Help) are shared with the pages' for now.
        for (int i = 0; nav && i < nav->count(); ++i) {
            nav->setCurrentRow(i);
            QCoreApplication::processEvents();
            lines << checkAllPages(&window, QStringLiteral("main window / ") + nav->item(i)->text());
        }
    }
    Lead lead;
    lead.id = QStringLiteral("lead-1");
    lead.personName = QStringLiteral("刘一");
    const RegionTree regions = services.regions();
    {
        HouseholdForm form(services.households());
        check(&form, QStringLiteral("new household"));
    }
    {
        HouseholdForm form(services.households(), m_household);
        check(&form, QStringLiteral("household"));
    }
    {
        SettingsDialog dialog(services);
        check(&dialog, QStringLiteral("settings"));
    }
    {
        LoginDialog dialog(services.accounts(), QStringLiteral("测试窗口"));
        check(&dialog, QStringLiteral("sign in"));
    }
    {
        ChangePasswordDialog dialog(services.accounts(), m_fixture.admin(), QString());
        check(&dialog, QStringLiteral("change password"));
    }
    {
        LockScreen screen(services.accounts(), m_fixture.admin());
        check(&screen, QStringLiteral("lock screen"));
    }
    {
        ReportLeadDialog dialog(services.leads(), m_fixture.admin(), regions, {});
        check(&dialog, QStringLiteral("report lead"));
    }
    {
        ReferralDialog dialog(services.referrals(), services.households(), m_household, QStringLiteral("张三"));
        check(&dialog, QStringLiteral("referral"));
    }
    {
        HistoryDialog dialog(services.households(), m_household);
        check(&dialog, QStringLiteral("history"));
    }
    {
        VerifySuspicionDialog dialog(SuspicionRow {});
        check(&dialog, QStringLiteral("verify suspicion"));
    }
    {
        CompleteTaskDialog dialog(services.reviews(), TaskRow {}, QStringLiteral("北园村"));
        check(&dialog, QStringLiteral("record visit"));
    }
    for (LeadState to : { LeadState::Verified, LeadState::Decided, LeadState::Closed }) {
        LeadStepDialog dialog(services.leads(), lead, to);
        check(&dialog, QStringLiteral("lead step %1").arg(int(to)));
    }
    {
        GrantDialog dialog(services.leads(), lead);
        check(&dialog, QStringLiteral("grant"));
    }
    {
        ProxyDialog dialog(services.leads(), lead);
        check(&dialog, QStringLiteral("proxy"));
    }
    {
        LinkHouseholdDialog dialog(services.leads(), lead, regions);
        check(&dialog, QStringLiteral("link household"));
    }
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
