#include "StationFixture.h"

#include "database/AuditLog.h"
#include "database/Migrator.h"
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
    void init() { m_station = std::make_unique<Station>(); }

    void firstAccountMustBeAnAdministrator()
    {
        AccountService accounts(*m_station->db);
        QVERIFY(!accounts.hasUsers());
        auto refused = accounts.createUser(nullptr, clerk(), QStringLiteral("secret-2026"));
        QVERIFY(!refused);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, admin, QStringLiteral("secret-2026")));
        QVERIFY(accounts.hasUsers());
        // Now a session is needed, and it must be allowed to manage users.
        QVERIFY(!accounts.createUser(nullptr, clerk(), QStringLiteral("secret-2026")));
        const Session clerkSession = clerkOf(Chaoyang);
        QCOMPARE(accounts.createUser(&clerkSession, clerk(), QStringLiteral("secret-2026")).error().kind,
            Error::Kind::Forbidden);
        const Session adminSession = test::admin();
        QVERIFY(accounts.createUser(&adminSession, clerk(), QStringLiteral("secret-2026")));
        QCOMPARE(accounts.createUser(&adminSession, clerk(), QStringLiteral("secret-2026")).error().kind,
            Error::Kind::Conflict);
        User noTownship = clerk();
        noTownship.username = QStringLiteral("clerk2");
        noTownship.townshipCode.clear();
        QCOMPARE(accounts.createUser(&adminSession, noTownship, QStringLiteral("secret-2026")).error().field,
            QStringLiteral("township"));
    }

    void passwordsAreStoredOnlyAsArgon2id()
    {
        AccountService accounts(*m_station->db);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, admin, QStringLiteral("correct horse")));
        const QString stored
            = sql::scalar(m_station->db->sql(), QStringLiteral("SELECT password_hash FROM users"))->toString();
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
        QVERIFY(accounts.createUser(nullptr, admin, QStringLiteral("secret-2026")));
        const Session adminSession = test::admin();
        QVERIFY(accounts.createUser(&adminSession, clerk(), QStringLiteral("secret-2026")));

        auto ok = accounts.login(QStringLiteral("clerk"), QStringLiteral("secret-2026"));
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
        auto locked = accounts.login(QStringLiteral("clerk"), QStringLiteral("secret-2026"));
        QVERIFY(!locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        // 16 minutes later the lock has expired.
        Clock::setNow(Clock::now().addSecs(16 * 60));
        QVERIFY(accounts.login(QStringLiteral("clerk"), QStringLiteral("secret-2026")));
        // A success resets the count.
        QVERIFY(accounts.login(QStringLiteral("clerk"), QStringLiteral("wrong"))
                    .error()
                    .message.contains(QStringLiteral("4")));
    }

    void verifyUnlocksOnlyWithTheSameUsersPassword()
    {
        AccountService accounts(*m_station->db);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        auto created = accounts.createUser(nullptr, admin, QStringLiteral("secret-2026"));
        QVERIFY(created);
        auto session = accounts.login(QStringLiteral("admin"), QStringLiteral("secret-2026"));
        QVERIFY(session);
        QVERIFY(accounts.verify(session.value(), QStringLiteral("secret-2026")));
        QVERIFY(!accounts.verify(session.value(), QStringLiteral("nope")));
        QVERIFY(accounts.changePassword(session.value(), QStringLiteral("secret-2026"), QStringLiteral("better-2026")));
        QVERIFY(!accounts.login(QStringLiteral("admin"), QStringLiteral("secret-2026")));
        QVERIFY(accounts.login(QStringLiteral("admin"), QStringLiteral("better-2026")));
        QCOMPARE(accounts.idleLockMinutes(), 5);
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("seven characters") << QStringLiteral("abc-123") << false;
        QTest::newRow("the user name") << QStringLiteral("Clerk-Zhang") << false;
        QTest::newRow("common") << QStringLiteral("12345678") << false;
        QTest::newRow("common, other case") << QStringLiteral("PassWord1") << false;
        QTest::newRow("common Chinese habit") << QStringLiteral("woaini1314") << false;
        QTest::newRow("eight, uncommon") << QStringLiteral("北园村-2026") << true;
        QTest::newRow("long") << QStringLiteral("correct horse battery") << true;
    }

    // At least 8 characters, not the user name, not one of the most common passwords: when an account is
    // made, when its password is changed and when an administrator resets it.
    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QCOMPARE(bool(AccountService::checkPassword(QStringLiteral("clerk-zhang"), password)), accepted);
        AccountService accounts(*m_station->db);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, admin, QStringLiteral("admin-pass-2026")));
        const Session adminSession = accounts.login(QStringLiteral("admin"), QStringLiteral("admin-pass-2026")).value();
        User u = clerk();
        u.username = QStringLiteral("clerk-zhang");
        auto created = accounts.createUser(&adminSession, u, password);
        QCOMPARE(bool(created), accepted);
        if (!accepted)
            QCOMPARE(created.error().field, QStringLiteral("password"));
        QCOMPARE(bool(accounts.resetPassword(adminSession, QStringLiteral("admin"), password)),
            bool(AccountService::checkPassword(QStringLiteral("admin"), password)));
    }

    // Disable, enable, reset and role change: only an administrator, each audited; a disabled account cannot
    // sign in, a reset one signs in with must-change set until it chooses a new password.
    void manageAccounts()
    {
        AccountService accounts(*m_station->db);
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, admin, QStringLiteral("admin-pass-2026")));
        const Session adminSession = accounts.login(QStringLiteral("admin"), QStringLiteral("admin-pass-2026")).value();
        QVERIFY(accounts.createUser(&adminSession, clerk(), QStringLiteral("clerk-pass-2026")));
        const Session clerkSession = accounts.login(QStringLiteral("clerk"), QStringLiteral("clerk-pass-2026")).value();
        QCOMPARE(accounts.setActive(clerkSession, QStringLiteral("admin"), false).error().kind, Error::Kind::Forbidden);

        QVERIFY(accounts.setActive(adminSession, QStringLiteral("clerk"), false));
        QCOMPARE(accounts.login(QStringLiteral("clerk"), QStringLiteral("clerk-pass-2026")).error().kind,
            Error::Kind::Forbidden);
        QVERIFY(accounts.setActive(adminSession, QStringLiteral("clerk"), true));
        QVERIFY(accounts.login(QStringLiteral("clerk"), QStringLiteral("clerk-pass-2026")));
        QVERIFY(!accounts.setActive(adminSession, QStringLiteral("admin"), false)); // not oneself, not the last admin

        QVERIFY(accounts.resetPassword(adminSession, QStringLiteral("clerk"), QStringLiteral("temporary-2026")));
        QVERIFY(!accounts.login(QStringLiteral("clerk"), QStringLiteral("clerk-pass-2026")));
        auto reset = accounts.login(QStringLiteral("clerk"), QStringLiteral("temporary-2026"));
        QVERIFY(reset);
        QVERIFY(reset->mustChangePassword);
        QVERIFY(!accounts.changePassword(
            reset.value(), QStringLiteral("temporary-2026"), QStringLiteral("temporary-2026")));
        QVERIFY(
            accounts.changePassword(reset.value(), QStringLiteral("temporary-2026"), QStringLiteral("my-own-2026")));
        QVERIFY(!accounts.login(QStringLiteral("clerk"), QStringLiteral("my-own-2026"))->mustChangePassword);

        QCOMPARE(accounts.changeRole(adminSession, QStringLiteral("clerk"), Role::VillageWorker, Mafang, Beiyuan)
                     .error()
                     .field,
            QStringLiteral("village"));
        QVERIFY(accounts.changeRole(adminSession, QStringLiteral("clerk"), Role::VillageWorker, Chaoyang, Beiyuan));
        const Session worker = accounts.login(QStringLiteral("clerk"), QStringLiteral("my-own-2026")).value();
        QCOMPARE(worker.role, Role::VillageWorker);
        QCOMPARE(worker.villageCode, Beiyuan);
        QVERIFY(!accounts.changeRole(adminSession, QStringLiteral("admin"), Role::Auditor, {}, {}));

        QStringList audited;
        for (const AuditEntry &e : AuditLog(*m_station->db).recent(100).value()) {
            if (e.table == QLatin1String("users") && e.userName == adminSession.userName)
                audited << e.action + QLatin1Char(':') + e.field;
        }
        for (const char *expected : { "update:active", "password_reset:", "update:role" })
            QVERIFY2(audited.contains(QLatin1String(expected)), qPrintable(audited.join(QLatin1Char(' '))));
    }
    // A township station is bound to its township: its first account is that township's administrator, whatever
    // was asked, and no account there may hold a district-wide role.
    void townshipStationHasNoDistrictRole()
    {
        m_station = std::make_unique<Station>(QStringLiteral("朝阳街道"));
        AccountService accounts(*m_station->db);
        QCOMPARE(accounts.stationTownship(), Chaoyang);
        User first;
        first.username = QStringLiteral("admin");
        first.role = Role::DistrictAdmin;
        auto created = accounts.createUser(nullptr, first, QStringLiteral("admin-pass-2026"));
        QVERIFY(created);
        QCOMPARE(created->role, Role::TownshipAdmin);
        QCOMPARE(created->townshipCode, Chaoyang);
        const Session admin = accounts.login(QStringLiteral("admin"), QStringLiteral("admin-pass-2026")).value();
        QCOMPARE(admin.role, Role::TownshipAdmin);
        QVERIFY(!admin.can(Permission::EditStandards));
        QVERIFY(admin.can(Permission::EditHouseholds));
        QCOMPARE(accounts.assignableRoles(admin),
            (QList<Role> { Role::TownshipAdmin, Role::TownshipClerk, Role::VillageWorker }));
        for (Role districtRole : { Role::DistrictAdmin, Role::Auditor }) {
            User u;
            u.username = QStringLiteral("boss");
            u.role = districtRole;
            QCOMPARE(
                accounts.createUser(&admin, u, QStringLiteral("boss-pass-2026")).error().kind, Error::Kind::Forbidden);
            // Not even a district administrator's session makes one here.
            const Session district = test::admin();
            QCOMPARE(accounts.createUser(&district, u, QStringLiteral("boss-pass-2026")).error().kind,
                Error::Kind::Forbidden);
        }
        // The township administrator is the station's last one: it cannot be disabled nor demoted.
        QVERIFY(accounts.createUser(&admin, clerk(), QStringLiteral("clerk-pass-2026")));
        const Session district = test::admin();
        QVERIFY(!accounts.setActive(district, QStringLiteral("admin"), false));
        QVERIFY(!accounts.changeRole(district, QStringLiteral("admin"), Role::TownshipClerk, Chaoyang, {}));
        QCOMPARE(accounts.changeRole(admin, QStringLiteral("clerk"), Role::Auditor, {}, {}).error().kind,
            Error::Kind::Forbidden);
    }

    // A township's station made before migration 19 had a district administrator: after the migration it is the
    // township's administrator, user names need not be unique any more, and every column is kept.
    void migrationMakesTheOldAdministratorTownshipAdmin()
    {
        m_station = std::make_unique<Station>(QStringLiteral("朝阳街道"));
        Database &db = *m_station->db;
        AccountService accounts(db);
        User first;
        first.username = QStringLiteral("admin");
        first.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, first, QStringLiteral("admin-pass-2026")));
        // As the station was before: its first account a district administrator, the password reset pending.
        QVERIFY(sql::exec(db.sql(),
            QStringLiteral(
                "UPDATE users SET role = 'district_admin', township_code = NULL, must_change_password = 1")));
        QVERIFY(sql::exec(db.sql(), QStringLiteral("DELETE FROM schema_version WHERE version = 19")));
        QVERIFY(Migrator::migrate(db, Migrator::latestVersion()));
        const User migrated = accounts.users(test::admin()).value().value(0);
        QCOMPARE(migrated.username, QStringLiteral("admin"));
        QCOMPARE(migrated.role, Role::TownshipAdmin);
        QCOMPARE(migrated.townshipCode, Chaoyang);
        QVERIFY(migrated.mustChangePassword);
        QVERIFY(accounts.authenticate(QStringLiteral("admin"), QStringLiteral("admin-pass-2026")));
        QVERIFY(sql::exec(db.sql(),
            QStringLiteral("INSERT INTO users (id, username, role, township_code, password_hash, created_at, hlc, "
                           "station_id) VALUES ('other', 'admin', 'township_admin', ?, 'x', '2020-01-01', 'x', 'b')"),
            { Mafang }));
        QVERIFY(sql::strings(db.sql(), QStringLiteral("PRAGMA foreign_key_check"))->isEmpty());
    }

    void districtStationFirstAccountIsDistrictAdmin()
    {
        AccountService accounts(*m_station->db);
        User first;
        first.username = QStringLiteral("admin");
        first.role = Role::TownshipAdmin;
        first.townshipCode = Mafang;
        auto created = accounts.createUser(nullptr, first, QStringLiteral("admin-pass-2026"));
        QVERIFY(created);
        QCOMPARE(created->role, Role::DistrictAdmin);
        QVERIFY(created->townshipCode.isEmpty());
        const Session admin = accounts.login(QStringLiteral("admin"), QStringLiteral("admin-pass-2026")).value();
        QCOMPARE(accounts.assignableRoles(admin), Roles::all());
    }

    // A township administrator manages its own township's accounts, never another township's, never a
    // district-wide role; it does everything a clerk does but the district rules.
    void townshipAdminManagesOwnTownshipOnly()
    {
        AccountService accounts(*m_station->db);
        User first;
        first.username = QStringLiteral("admin");
        first.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, first, QStringLiteral("admin-pass-2026")));
        const Session district = accounts.login(QStringLiteral("admin"), QStringLiteral("admin-pass-2026")).value();
        User chief = clerk();
        chief.username = QStringLiteral("cy-admin");
        chief.role = Role::TownshipAdmin;
        QVERIFY(accounts.createUser(&district, chief, QStringLiteral("chief-pass-2026")));
        User other = clerk();
        other.username = QStringLiteral("mf-clerk");
        other.townshipCode = Mafang;
        QVERIFY(accounts.createUser(&district, other, QStringLiteral("mafang-pass-2026")));
        const Session cy = accounts.login(QStringLiteral("cy-admin"), QStringLiteral("chief-pass-2026")).value();
        QCOMPARE(cy.role, Role::TownshipAdmin);

        User mine = clerk();
        mine.townshipCode.clear(); // defaults to the administrator's township
        auto created = accounts.createUser(&cy, mine, QStringLiteral("clerk-pass-2026"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->townshipCode, Chaoyang);
        User theirs = clerk();
        theirs.username = QStringLiteral("clerk3");
        theirs.townshipCode = Mafang;
        QCOMPARE(
            accounts.createUser(&cy, theirs, QStringLiteral("clerk-pass-2026")).error().kind, Error::Kind::Forbidden);
        User auditor;
        auditor.username = QStringLiteral("auditor");
        auditor.role = Role::Auditor;
        QCOMPARE(
            accounts.createUser(&cy, auditor, QStringLiteral("audit-pass-2026")).error().kind, Error::Kind::Forbidden);

        QStringList listed;
        for (const User &u : accounts.users(cy).value())
            listed << u.username;
        QCOMPARE(listed, (QStringList { QStringLiteral("clerk"), QStringLiteral("cy-admin") }));
        QCOMPARE(accounts.users(district)->size(), 4);

        QVERIFY(accounts.resetPassword(cy, QStringLiteral("clerk"), QStringLiteral("temporary-2026")));
        QVERIFY(accounts.setActive(cy, QStringLiteral("clerk"), false));
        QVERIFY(!accounts.login(QStringLiteral("clerk"), QStringLiteral("temporary-2026")));
        QCOMPARE(accounts.setActive(cy, QStringLiteral("mf-clerk"), false).error().kind, Error::Kind::NotFound);
        QCOMPARE(accounts.resetPassword(cy, QStringLiteral("mf-clerk"), QStringLiteral("temporary-2026")).error().kind,
            Error::Kind::NotFound);
        QVERIFY(!accounts.changeRole(cy, QStringLiteral("mf-clerk"), Role::TownshipClerk, Chaoyang, {}));
        QVERIFY(!accounts.setActive(cy, QStringLiteral("admin"), false));
        QCOMPARE(accounts.changeRole(cy, QStringLiteral("clerk"), Role::DistrictAdmin, {}, {}).error().kind,
            Error::Kind::Forbidden);
        QCOMPARE(accounts.changeRole(cy, QStringLiteral("clerk"), Role::TownshipClerk, Mafang, {}).error().kind,
            Error::Kind::Forbidden);
        QVERIFY(accounts.changeRole(cy, QStringLiteral("clerk"), Role::VillageWorker, {}, Beiyuan));
        QVERIFY(accounts.login(QStringLiteral("mf-clerk"), QStringLiteral("mafang-pass-2026")));
    }

    // Accounts sync, so a name may be held by accounts of several stations: the one made here wins, then one of
    // this station's township, then the oldest; a new account never takes a name already held.
    void userNamesResolveDeterministically()
    {
        m_station = std::make_unique<Station>(QStringLiteral("朝阳街道"));
        Database &db = *m_station->db;
        AccountService accounts(db);
        const QString hash = AccountService::hashPassword(QStringLiteral("elsewhere-2026"));
        const auto foreign = [&](const QString &id, const QString &role, const QString &township, const char *at) {
            QVERIFY(sql::exec(db.sql(),
                QStringLiteral("INSERT INTO users (id, username, role, township_code, password_hash, created_at, hlc, "
                               "station_id) VALUES (?, 'wang', ?, ?, ?, ?, 'x', 'other-station')"),
                { id, role, sql::nullIfEmpty(township), hash, QLatin1String(at) }));
        };
        User first;
        first.username = QStringLiteral("admin");
        first.role = Role::DistrictAdmin;
        QVERIFY(accounts.createUser(nullptr, first, QStringLiteral("admin-pass-2026")));
        const Session admin = accounts.login(QStringLiteral("admin"), QStringLiteral("admin-pass-2026")).value();
        foreign(QStringLiteral("u-old"), QStringLiteral("township_clerk"), Mafang, "2020-01-01T00:00:00");
        foreign(QStringLiteral("u-new"), QStringLiteral("township_clerk"), Mafang, "2021-01-01T00:00:00");
        QCOMPARE(accounts.authenticate(QStringLiteral("wang"), QStringLiteral("elsewhere-2026"))->userId,
            QStringLiteral("u-old"));
        foreign(QStringLiteral("u-cy"), QStringLiteral("township_clerk"), Chaoyang, "2022-01-01T00:00:00");
        QCOMPARE(accounts.authenticate(QStringLiteral("wang"), QStringLiteral("elsewhere-2026"))->userId,
            QStringLiteral("u-cy"));

        User wang = clerk();
        wang.username = QStringLiteral(" wang ");
        QCOMPARE(
            accounts.createUser(&admin, wang, QStringLiteral("wang-pass-2026")).error().kind, Error::Kind::Conflict);
        // One made at this station (as a synced account could be) wins over the others.
        QVERIFY(sql::exec(db.sql(),
            QStringLiteral("INSERT INTO users (id, username, role, township_code, password_hash, created_at, hlc, "
                           "station_id) VALUES ('u-here', 'wang', 'township_clerk', ?, ?, '2025-01-01T00:00:00', 'x', "
                           "?)"),
            { Chaoyang, hash, db.stationId() }));
        QCOMPARE(
            accounts.login(QStringLiteral("wang"), QStringLiteral("elsewhere-2026"))->userId, QStringLiteral("u-here"));
        // The administrator acts on the account of its own township, never on 马坊's.
        QVERIFY(accounts.setActive(admin, QStringLiteral("wang"), false));
        QCOMPARE(accounts.authenticate(QStringLiteral("wang"), QStringLiteral("elsewhere-2026")).error().kind,
            Error::Kind::Forbidden);
        QCOMPARE(sql::scalar(db.sql(), QStringLiteral("SELECT active FROM users WHERE id = 'u-old'"))->toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
