// The Accounts page as a township administrator uses it: create a clerk, reset the password, disable the
// account; other townships' accounts are not shown and cannot be reached; only administrators have the page.
#include "DeskFixture.h"

#include "services/Translations.h"
#include "ui/AccountsPage.h"
#include "ui/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace sn;
using namespace sn::test;

class TestAccountsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareDeskTest(); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void townshipAdminCreatesResetsAndDisables();
    void otherTownshipsAreOutOfReach();
    void districtAdminSeesEveryone();
    void onlyAdministratorsHaveThePage();
    void screenshotInChinese();

private:
    template <typename T> static T *child(QWidget &page, const char *name)
    {
        T *w = page.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    static QStringList listedNames(const AccountsPage &page)
    {
        QStringList names;
        for (int row = 0; row < page.table()->rowCount(); ++row) {
            if (!page.table()->isRowHidden(row))
                names << page.table()->item(row, 0)->text();
        }
        names.sort();
        return names;
    }
    static int rowOf(const AccountsPage &page, const QString &name)
    {
        for (int row = 0; row < page.table()->rowCount(); ++row) {
            if (page.table()->item(row, 0)->text() == name)
                return row;
        }
        return -1;
    }
    // A click on the account's row, as the clerk selects it.
    static void clickRow(AccountsPage &page, const QString &name)
    {
        const int row = rowOf(page, name);
        QVERIFY(row >= 0);
        QTableWidget *t = page.table();
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualItemRect(t->item(row, 0)).center());
    }
    Session townshipAdmin()
    {
        return AccountService(m_fixture->db())
            .login(QStringLiteral("cy-admin"), QStringLiteral("chief-pass-2026"))
            .value();
    }

    std::unique_ptr<DeskFixture> m_fixture;
};

void TestAccountsPage::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<DeskFixture>();
    QVERIFY(m_fixture->create(QStringLiteral("城北区")));
    AccountService accounts(m_fixture->db());
    User chief;
    chief.username = QStringLiteral("cy-admin");
    chief.displayName = QStringLiteral("朝阳管理员");
    chief.role = Role::TownshipAdmin;
    chief.townshipCode = ChaoyangCode;
    QVERIFY(accounts.createUser(&m_fixture->admin(), chief, QStringLiteral("chief-pass-2026")));
    QVERIFY(!m_fixture->addClerk(QStringLiteral("mf-clerk"), MafangCode).userId.isEmpty());
}

void TestAccountsPage::townshipAdminCreatesResetsAndDisables()
{
    AccountService accounts(m_fixture->db());
    AccountsPage page(accounts, townshipAdmin(), RegionTree::builtIn());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(listedNames(page), QStringList { QStringLiteral("cy-admin") });

    // No district-wide role is offered, and the township is fixed to 朝阳.
    auto *role = child<QComboBox>(page, "accountsNewRole");
    for (Role r : { Role::DistrictAdmin, Role::Auditor })
        QCOMPARE(role->findData(Roles::code(r)), -1);
    QCOMPARE(role->currentData().toString(), Roles::code(Role::TownshipClerk));
    auto *township = child<QComboBox>(page, "accountsNewTownship");
    QCOMPARE(township->count(), 1);
    QCOMPARE(township->currentData().toString(), ChaoyangCode);
    QVERIFY(!township->isEnabled());

    auto *name = child<QLineEdit>(page, "accountsNewName");
    auto *password = child<QLineEdit>(page, "accountsNewPassword");
    auto *policy = child<QLabel>(page, "accountsNewPolicy");
    name->setFocus();
    typeText(name, QStringLiteral("xiaowang"));
    QTest::keyClick(name, Qt::Key_Tab);
    typeText(child<QLineEdit>(page, "accountsNewDisplayName"), QStringLiteral("王小丽"));
    typeText(password, QStringLiteral("short"));
    QVERIFY2(policy->text().contains(QLatin1Char('8')), qPrintable(policy->text()));
    password->clear();
    typeText(password, QStringLiteral("xiaowang"));
    QCOMPARE(policy->text(),
        AccountService::checkPassword(QStringLiteral("xiaowang"), QStringLiteral("xiaowang")).error().message);
    password->clear();
    typeText(password, QStringLiteral("clerk-pass-2026"));
    QCOMPARE(policy->text(), QStringLiteral("Password accepted."));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY2(page.message().contains(QStringLiteral("xiaowang")), qPrintable(page.message()));
    QCOMPARE(listedNames(page), (QStringList { QStringLiteral("cy-admin"), QStringLiteral("xiaowang") }));
    auto signedIn = accounts.login(QStringLiteral("xiaowang"), QStringLiteral("clerk-pass-2026"));
    QVERIFY(signedIn);
    QCOMPARE(signedIn->role, Role::TownshipClerk);
    QCOMPARE(signedIn->townshipCode, ChaoyangCode);
    QCOMPARE(signedIn->userName, QStringLiteral("王小丽"));

    // Reset: typed beside its policy, Enter; changed at the next sign-in.
    clickRow(page, QStringLiteral("xiaowang"));
    QCOMPARE(child<QLabel>(page, "accountsSelectedName")->text(), QStringLiteral("xiaowang (王小丽)"));
    auto *reset = child<QLineEdit>(page, "accountsResetPassword");
    typeText(reset, QStringLiteral("temporary-2026"));
    QCOMPARE(child<QLabel>(page, "accountsResetPolicy")->text(), QStringLiteral("Password accepted."));
    QTest::mouseClick(child<QPushButton>(page, "accountsReset"), Qt::LeftButton);
    QVERIFY2(page.message().contains(QStringLiteral("next sign-in")), qPrintable(page.message()));
    QVERIFY(!accounts.login(QStringLiteral("xiaowang"), QStringLiteral("clerk-pass-2026")));
    QVERIFY(accounts.login(QStringLiteral("xiaowang"), QStringLiteral("temporary-2026"))->mustChangePassword);
    QCOMPARE(page.table()->item(rowOf(page, QStringLiteral("xiaowang")), 5)->text(), QStringLiteral("Yes"));

    // Disable, then enable again: the button says which.
    auto *toggle = child<QPushButton>(page, "accountsToggleActive");
    QCOMPARE(toggle->text(), QStringLiteral("&Disable account"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(accounts.login(QStringLiteral("xiaowang"), QStringLiteral("temporary-2026")).error().kind,
        Error::Kind::Forbidden);
    QCOMPARE(page.table()->item(rowOf(page, QStringLiteral("xiaowang")), 4)->text(), QStringLiteral("No, disabled"));
    QCOMPARE(toggle->text(), QStringLiteral("&Enable account"));

    // Role and area: a village worker of 北园村.
    auto *selectedRole = child<QComboBox>(page, "accountsRole");
    selectedRole->setCurrentIndex(selectedRole->findData(Roles::code(Role::VillageWorker)));
    auto *village = child<QComboBox>(page, "accountsVillage");
    QVERIFY(village->isEnabled());
    village->setCurrentIndex(village->findText(QStringLiteral("北园村")));
    QTest::mouseClick(child<QPushButton>(page, "accountsApplyRole"), Qt::LeftButton);
    QVERIFY2(page.message().contains(Roles::display(Role::VillageWorker)), qPrintable(page.message()));
    QTest::mouseClick(toggle, Qt::LeftButton);
    auto worker = accounts.login(QStringLiteral("xiaowang"), QStringLiteral("temporary-2026"));
    QVERIFY(worker);
    QCOMPARE(worker->role, Role::VillageWorker);
    QCOMPARE(worker->villageCode, QStringLiteral("630105001201"));
}

void TestAccountsPage::otherTownshipsAreOutOfReach()
{
    AccountService accounts(m_fixture->db());
    const Session chief = townshipAdmin();
    AccountsPage page(accounts, chief, RegionTree::builtIn());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // 马坊's clerk and the district administrator are not listed, not even when searched for.
    auto *filter = child<QLineEdit>(page, "accountsFilter");
    typeText(filter, QStringLiteral("mf"));
    QVERIFY(listedNames(page).isEmpty());
    QCOMPARE(rowOf(page, QStringLiteral("mf-clerk")), -1);
    QCOMPARE(rowOf(page, QStringLiteral("admin")), -1);
    filter->clear();
    // 马坊 is not offered, and the service refuses what the page would not offer.
    auto *township = child<QComboBox>(page, "accountsNewTownship");
    QCOMPARE(township->findData(MafangCode), -1);
    QCOMPARE(accounts.setActive(chief, QStringLiteral("mf-clerk"), false).error().kind, Error::Kind::NotFound);
    QVERIFY(accounts.login(QStringLiteral("mf-clerk"), ClerkPassword));
    // A name another township's account holds is refused, and said so where the administrator looks.
    auto *name = child<QLineEdit>(page, "accountsNewName");
    typeText(name, QStringLiteral("mf-clerk"));
    auto *password = child<QLineEdit>(page, "accountsNewPassword");
    typeText(password, QStringLiteral("another-pass-2026"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY2(page.message().contains(QStringLiteral("taken")), qPrintable(page.message()));
    QCOMPARE(listedNames(page), QStringList { QStringLiteral("cy-admin") });
}

void TestAccountsPage::districtAdminSeesEveryone()
{
    AccountService accounts(m_fixture->db());
    const Session admin = accounts.login(QStringLiteral("admin"), AdminPassword).value();
    AccountsPage page(accounts, admin, RegionTree::builtIn());
    QCOMPARE(listedNames(page),
        (QStringList { QStringLiteral("admin"), QStringLiteral("cy-admin"), QStringLiteral("mf-clerk") }));
    auto *role = child<QComboBox>(page, "accountsNewRole");
    QVERIFY(role->findData(Roles::code(Role::Auditor)) >= 0);
    QVERIFY(child<QComboBox>(page, "accountsNewTownship")->findData(MafangCode) >= 0);
    // A district-wide role has no township.
    role->setCurrentIndex(role->findData(Roles::code(Role::Auditor)));
    QCOMPARE(child<QComboBox>(page, "accountsNewTownship")->currentData().toString(), QString());
    QVERIFY(!child<QComboBox>(page, "accountsNewTownship")->isEnabled());
}

void TestAccountsPage::onlyAdministratorsHaveThePage()
{
    const Session clerk = m_fixture->addClerk(QStringLiteral("cy-clerk"));
    const auto titles = [](MainWindow &window) {
        QStringList list;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < nav->count(); ++i)
            list << nav->item(i)->text();
        return list;
    };
    {
        MainWindow window(m_fixture->db(), clerk);
        QVERIFY(!titles(window).contains(QStringLiteral("Accounts")));
        QVERIFY(!window.accounts());
    }
    MainWindow window(m_fixture->db(), townshipAdmin());
    QVERIFY(titles(window).contains(QStringLiteral("Accounts")));
    AccountsPage *page = window.accounts();
    QVERIFY(page);
    QCOMPARE(listedNames(*page), (QStringList { QStringLiteral("cy-admin"), QStringLiteral("cy-clerk") }));
}

// The page in Chinese, as a township administrator sees it (SN_SCREENSHOT_DIR keeps the picture).
void TestAccountsPage::screenshotInChinese()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    AccountService accounts(m_fixture->db());
    {
        AccountsPage page(accounts, townshipAdmin(), RegionTree::builtIn());
        page.resize(1100, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.table()->horizontalHeaderItem(0)->text(), QStringLiteral("用户名"));
        page.select(QStringLiteral("cy-admin"));
        typeText(child<QLineEdit>(page, "accountsNewName"), QStringLiteral("lisi"));
        typeText(child<QLineEdit>(page, "accountsNewPassword"), QStringLiteral("lisi"));
        QVERIFY(!child<QLabel>(page, "accountsNewPolicy")->text().contains(QLatin1String("password")));
        const QString folder = qEnvironmentVariable("SN_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("accounts-zh_CN.png"))));
    }
    QVERIFY(Translations::install(QStringLiteral("en")));
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
