// Sign-in and the idle lock: the service's verdicts shown where the clerk looks.
#include "DeskFixture.h"

#include "ui/ChangePasswordDialog.h"
#include "ui/IdleLock.h"
#include "ui/LockScreen.h"
#include "ui/LoginDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareDeskTest(); }
    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<DeskFixture>();
        QVERIFY(m_fixture->create(QStringLiteral("城北区")));
        QVERIFY(!m_fixture->addClerk(QStringLiteral("wang")).userId.isEmpty());
    }
    void cleanup() { m_fixture.reset(); }

    void wrongPasswordShowsInlineError();
    void fiveWrongPasswordsLockTheAccount();
    void rightPasswordSignsIn();
    void resetPasswordIsChangedAtSignIn();
    void rememberedUserName();
    void idleLockEngagesAndNeedsThePassword();
    void inputPostponesTheIdleLock();
    void lockedDeskSwallowsShortcuts();

private:
    // Types into the dialog and presses Enter, as a clerk does.
    static void signIn(LoginDialog &dialog, const QString &user, const QString &password)
    {
        dialog.userNameEdit()->clear();
        typeText(dialog.userNameEdit(), user);
        typeText(dialog.passwordEdit(), password);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    }

    std::unique_ptr<DeskFixture> m_fixture;
};

void TestLogin::wrongPasswordShowsInlineError()
{
    AccountService accounts(m_fixture->db());
    LoginDialog dialog(accounts, QStringLiteral("测试窗口 · 城北区"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    signIn(dialog, QStringLiteral("wang"), QStringLiteral("nope"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(
        dialog.errorText().contains(QLatin1String("Wrong user name or password.")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QLatin1String("4 attempt")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QVERIFY(dialog.passwordEdit()->hasFocus());

    signIn(dialog, QStringLiteral("wang"), QStringLiteral("nope again"));
    QVERIFY2(dialog.errorText().contains(QLatin1String("3 attempt")), qPrintable(dialog.errorText()));

    // An unknown user gets the same words: the dialog does not reveal which names exist.
    signIn(dialog, QStringLiteral("nobody"), QStringLiteral("x"));
    QVERIFY(dialog.errorText().startsWith(QLatin1String("Wrong user name or password.")));
}

void TestLogin::fiveWrongPasswordsLockTheAccount()
{
    AccountService accounts(m_fixture->db());
    LoginDialog dialog(accounts, QString());
    dialog.show();
    for (int i = 0; i < 5; ++i)
        signIn(dialog, QStringLiteral("wang"), QStringLiteral("wrong%1").arg(i));
    QVERIFY2(dialog.errorText().contains(QLatin1String("locked")), qPrintable(dialog.errorText()));
    // Now even the right password is refused until the lock expires.
    signIn(dialog, QStringLiteral("wang"), ClerkPassword);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("locked until")), qPrintable(dialog.errorText()));
    // Fifteen minutes later (the default lock) the clerk may try again.
    Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 16)));
    signIn(dialog, QStringLiteral("wang"), ClerkPassword);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
}

// After an administrator reset the password, signing in asks for the clerk's own password before the desk
// opens: a weak one is refused in the dialog, a good one signs in and is the password from then on.
void TestLogin::resetPasswordIsChangedAtSignIn()
{
    AccountService accounts(m_fixture->db());
    QVERIFY(accounts.resetPassword(m_fixture->admin(), QStringLiteral("wang"), QStringLiteral("temporary-2026")));
    LoginDialog dialog(accounts, QString());
    dialog.show();
    QStringList errors;
    whenModalShows<ChangePasswordDialog>([&errors](ChangePasswordDialog *change) {
        typeText(change->currentEdit(), QStringLiteral("temporary-2026"));
        typeText(change->newEdit(), QStringLiteral("12345678"));
        typeText(change->repeatEdit(), QStringLiteral("12345678"));
        QTest::keyClick(change->repeatEdit(), Qt::Key_Return);
        errors << change->errorText();
        change->newEdit()->clear();
        change->repeatEdit()->clear();
        typeText(change->newEdit(), QStringLiteral("wang-own-2026"));
        typeText(change->repeatEdit(), QStringLiteral("wang-own-2026"));
        QTest::keyClick(change->repeatEdit(), Qt::Key_Return);
    });
    signIn(dialog, QStringLiteral("wang"), QStringLiteral("temporary-2026"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.session().mustChangePassword);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("common")), qPrintable(errors.first()));
    QVERIFY(!accounts.login(QStringLiteral("wang"), QStringLiteral("temporary-2026")));
    auto again = accounts.login(QStringLiteral("wang"), QStringLiteral("wang-own-2026"));
    QVERIFY(again);
    QVERIFY(!again->mustChangePassword);
}

void TestLogin::rightPasswordSignsIn()
{
    AccountService accounts(m_fixture->db());
    LoginDialog dialog(accounts, QString());
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    signIn(dialog, QStringLiteral("wang"), ClerkPassword);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.session().role, Role::TownshipClerk);
    QCOMPARE(dialog.session().townshipCode, ChaoyangCode);
    QVERIFY(!dialog.session().userId.isEmpty());

    LoginDialog adminDialog(accounts, QString());
    adminDialog.show();
    signIn(adminDialog, QStringLiteral("admin"), AdminPassword);
    QCOMPARE(adminDialog.result(), int(QDialog::Accepted));
    QCOMPARE(adminDialog.session().role, Role::DistrictAdmin);
    QVERIFY(adminDialog.session().townshipCode.isEmpty());
}

void TestLogin::rememberedUserName()
{
    AccountService accounts(m_fixture->db());
    {
        LoginDialog dialog(accounts, QString());
        dialog.show();
        signIn(dialog, QStringLiteral("wang"), ClerkPassword);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    LoginDialog next(accounts, QString());
    QCOMPARE(next.userNameEdit()->text(), QStringLiteral("wang"));
    QVERIFY(next.passwordEdit()->text().isEmpty());
}

void TestLogin::idleLockEngagesAndNeedsThePassword()
{
    AccountService accounts(m_fixture->db());
    QCOMPARE(accounts.idleLockMinutes(), 5);
    auto session = accounts.login(QStringLiteral("wang"), ClerkPassword);
    QVERIFY(session);
    QWidget desk;
    desk.resize(600, 400);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));

    IdleLock lock(accounts, session.value(), &desk);
    QCOMPARE(lock.timeoutMs(), 5 * 60 * 1000);
    QSignalSpy locked(&lock, &IdleLock::locked);
    QSignalSpy unlocked(&lock, &IdleLock::unlocked);
    lock.setTimeoutMs(150);
    QVERIFY(!lock.isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 3000);
    QCOMPARE(locked.count(), 1);
    QVERIFY(lock.lockScreen()->isVisible());
    // The desk behind is covered.
    QVERIFY(desk.findChild<QWidget *>(QStringLiteral("idleLockCover")));

    // Esc does not unlock; a wrong password does not either.
    QTest::keyClick(lock.lockScreen(), Qt::Key_Escape);
    QVERIFY(lock.isLocked());
    typeText(lock.lockScreen()->passwordEdit(), QStringLiteral("guess"));
    QTest::keyClick(lock.lockScreen()->passwordEdit(), Qt::Key_Return);
    QVERIFY(lock.isLocked());
    QVERIFY2(
        lock.lockScreen()->errorText().contains(QLatin1String("Wrong")), qPrintable(lock.lockScreen()->errorText()));
    QCOMPARE(unlocked.count(), 0);

    // Another user's password is no good either: the lock is for the signed-in clerk.
    typeText(lock.lockScreen()->passwordEdit(), AdminPassword);
    QTest::keyClick(lock.lockScreen()->passwordEdit(), Qt::Key_Return);
    QVERIFY(lock.isLocked());

    typeText(lock.lockScreen()->passwordEdit(), ClerkPassword);
    QTest::mouseClick(lock.lockScreen()->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QVERIFY(!lock.isLocked());
    QCOMPARE(unlocked.count(), 1);
    QVERIFY(!desk.findChild<QWidget *>(QStringLiteral("idleLockCover")));

    // The countdown starts again after unlocking.
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 3000);
    QCOMPARE(locked.count(), 2);
}

void TestLogin::inputPostponesTheIdleLock()
{
    AccountService accounts(m_fixture->db());
    auto session = accounts.login(QStringLiteral("wang"), ClerkPassword);
    QVERIFY(session);
    QLineEdit desk;
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    IdleLock lock(accounts, session.value(), &desk);
    lock.setTimeoutMs(1000);
    // Typing every 100 ms for two seconds (twice the timeout) keeps the desk open...
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(&desk, Qt::Key_A);
        QTest::qWait(100);
        QVERIFY(!lock.isLocked());
    }
    // ...and stopping lets it lock.
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 3000);
    lock.setTimeoutMs(0);
}

void TestLogin::lockedDeskSwallowsShortcuts()
{
    AccountService accounts(m_fixture->db());
    auto session = accounts.login(QStringLiteral("wang"), ClerkPassword);
    QVERIFY(session);
    QWidget desk;
    auto *action = new QAction(&desk);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    action->setShortcutContext(Qt::ApplicationShortcut);
    desk.addAction(action);
    QSignalSpy triggered(action, &QAction::triggered);
    desk.show();
    QVERIFY(QTest::qWaitForWindowActive(&desk));
    IdleLock lock(accounts, session.value(), &desk);
    QTest::keyClick(&desk, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 1);
    lock.lock();
    QVERIFY(lock.isLocked());
    QTest::keyClick(lock.lockScreen()->passwordEdit(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 1);
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
