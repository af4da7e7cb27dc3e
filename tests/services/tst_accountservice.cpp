#include "StationFixture.h"

#include "database/SqlUtil.h"
#include "services/AccountService.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

class TestAccountService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;

    User clerk()
    {
        User u;
        u.username = QStringLiteral("clerk");
        u.displayName = QStringLiteral("朝阳窗口");
        u.role = Role::TownshipClerk;
        u.townshipCode = Chaoyang;
        return u;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
    }

    void firstAccountMustBeAnAdministrator()
    {
        AccountService accounts(*m_station->db);
        QVERIFY(!accounts.hasUsers());
        auto refused = accounts.createUser(nullptr, clerk(), QStringLiteral("secret"));
        QVERIFY(!refused);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, admin, QStringLiteral("secret")));
        QVERIFY(accounts.hasUsers());
        // Now a session is needed, and it must be allowed to manage users.
        QVERIFY(!accounts.createUser(nullptr, clerk(), QStringLiteral("secret")));
        const Session clerkSession = clerkOf(Chaoyang);
        QCOMPARE(accounts.createUser(&clerkSession, clerk(), QStringLiteral("secret")).error().kind, Error::Kind::Forbidden);
        const Session adminSession = test::admin();
        QVERIFY(accounts.createUser(&adminSession, clerk(), QStringLiteral("secret")));
        QCOMPARE(accounts.createUser(&adminSession, clerk(), QStringLiteral("secret")).error().kind, Error::Kind::Conflict);
        User noTownship = clerk();
        noTownship.username = QStringLiteral("clerk2");
        noTownship.townshipCode.clear();
        QCOMPARE(accounts.createUser(&adminSession, noTownship, QStringLiteral("secret")).error().field, QStringLiteral("township"));
    }

    void passwordsAreStoredOnlyAsArgon2id()
    {
        AccountService accounts(*m_station->db);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, admin, QStringLiteral("correct horse")));
        const QString stored = sql::scalar(m_station->db->sql(), QStringLiteral("SELECT password_hash FROM users"))->toString();
        QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!stored.contains(QStringLiteral("correct horse")));
        QVERIFY(AccountService::verifyPassword(stored, QStringLiteral("correct horse")));
        QVERIFY(!AccountService::verifyPassword(stored, QStringLiteral("correct horsE")));
    }

    void loginThrottlingAndLockout()
    {
        AccountService accounts(*m_station->db);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, admin, QStringLiteral("secret")));
        const Session adminSession = test::admin();
        QVERIFY(accounts.createUser(&adminSession, clerk(), QStringLiteral("secret")));

        auto ok = accounts.login(QStringLiteral("clerk"), QStringLiteral("secret"));
        QVERIFY(ok);
        QCOMPARE(ok->role, Role::TownshipClerk);
        QCOMPARE(ok->townshipCode, Chaoyang);
        QCOMPARE(ok->userName, QStringLiteral("朝阳窗口"));

        // Unknown users and wrong passwords get the same message.
        const QString unknown = accounts.login(QStringLiteral("nobody"), QStringLiteral("x")).error().message;
        QVERIFY(unknown.startsWith(QStringLiteral("Wrong user name or password.")));
        for (int attempt = 1; attempt <= 4; ++attempt) {
            auto wrong = accounts.login(QStringLiteral("clerk"), QStringLiteral("wrong"));
            QVERIFY(!wrong);
            QVERIFY2(wrong.error().message.contains(QString::number(5 - attempt)), qPrintable(wrong.error().message));
        }
        auto fifth = accounts.login(QStringLiteral("clerk"), QStringLiteral("wrong"));
        QCOMPARE(fifth.error().kind, Error::Kind::Forbidden);
        // Locked: even the right password is refused for now.
        auto locked = accounts.login(QStringLiteral("clerk"), QStringLiteral("secret"));
        QVERIFY(!locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        // 16 minutes later the lock has expired.
        Clock::setNow(Clock::now().addSecs(16 * 60));
        QVERIFY(accounts.login(QStringLiteral("clerk"), QStringLiteral("secret")));
        // A success resets the count.
        QVERIFY(accounts.login(QStringLiteral("clerk"), QStringLiteral("wrong")).error().message.contains(QStringLiteral("4")));
    }

    void verifyUnlocksOnlyWithTheSameUsersPassword()
    {
        AccountService accounts(*m_station->db);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        auto created = accounts.createUser(nullptr, admin, QStringLiteral("secret"));
        QVERIFY(created);
        auto session = accounts.login(QStringLiteral("admin"), QStringLiteral("secret"));
        QVERIFY(session);
        QVERIFY(accounts.verify(session.value(), QStringLiteral("secret")));
        QVERIFY(!accounts.verify(session.value(), QStringLiteral("nope")));
        QVERIFY(accounts.changePassword(session.value(), QStringLiteral("secret"), QStringLiteral("better")));
        QVERIFY(!accounts.login(QStringLiteral("admin"), QStringLiteral("secret")));
        QVERIFY(accounts.login(QStringLiteral("admin"), QStringLiteral("better")));
        QCOMPARE(accounts.idleLockMinutes(), 5);
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
