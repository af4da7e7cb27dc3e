#include "TestUtil.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/Migrator.h"
#include "database/RegionRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sn;

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<Database> fresh(const QString &name, int version = -1)
    {
        Database::Options o;
        o.create = true;
        o.targetVersion = version;
        auto db = Database::open(path(name), o);
        if (!db)
            qFatal("open failed: %s", qPrintable(db.error().message));
        std::unique_ptr<Database> d = std::move(db).value();
        if (!d->setStationId(QStringLiteral("station-A")))
            qFatal("meta");
        if (!RegionRepository(*d).store(RegionTree::builtIn()))
            qFatal("regions");
        return d;
    }

    qint64 count(Database &db, const QString &table)
    {
        auto v = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return v ? v.value().toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    }

    void connectionFollowsTheStorageRules()
    {
        auto db = fresh(QStringLiteral("rules.sqlite"));
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
        QVERIFY(sql::scalar(db->sql(), QStringLiteral("PRAGMA busy_timeout"))->toInt() > 0);
        QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
        const QFile::Permissions p = QFile::permissions(path(QStringLiteral("rules.sqlite")));
        QVERIFY(p & QFile::ReadOwner);
        QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    }

    void missingFileIsNotCreatedUnlessAsked()
    {
        auto db = Database::open(path(QStringLiteral("nope.sqlite")));
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Io);
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.sqlite"))));
    }

    void refusesFilesThatAreNotOurs()
    {
        const QString garbage = path(QStringLiteral("garbage.sqlite"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::open(garbage);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Invalid);
        QVERIFY(db.error().message.contains(QStringLiteral("not a SafetyNet database")));
        QCOMPARE(QFileInfo(garbage).size(), 4096); // untouched

        const QString other = path(QStringLiteral("other.sqlite"));
        {
            Database::Options o;
            o.create = true;
            o.migrate = false;
            auto raw = Database::open(other, o);
            QVERIFY(raw);
            QVERIFY(sql::exec(raw.value()->sql(), QStringLiteral("CREATE TABLE foreign_stuff(x)")));
        }
        auto refused = Database::open(other);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("another program")));
    }

    void refusesANewerSchema()
    {
        {
            auto db = fresh(QStringLiteral("newer.sqlite"));
            QVERIFY(sql::exec(db->sql(), QStringLiteral("INSERT INTO schema_version VALUES (999, 'future')")));
        }
        auto db = Database::open(path(QStringLiteral("newer.sqlite")));
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("newer SafetyNet")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("999")));
    }

    // Migration numbers are handed out to work in progress: a file can have had 13 and 14 before 11 was
    // merged. Opening it applies 11 (after a backup), though its version is already the highest.
    void appliesAMigrationNumberedBelowTheFilesVersion()
    {
        {
            auto db = fresh(QStringLiteral("gap.sqlite"));
            QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
            // As a file of the last release without version 11 looked.
            QVERIFY(sql::execScript(db->sql(),
                QByteArrayLiteral(
                    "DELETE FROM schema_version WHERE version = 11;"
                    "DROP TRIGGER sync_outbox_keep_unsent; DROP TRIGGER sync_outbox_keep_seq;"
                    "DROP INDEX households_rowcount; DROP INDEX review_tasks_due;"
                    "CREATE INDEX review_tasks_due ON review_tasks(due_date) WHERE status = 'open' AND deleted = 0;")));
            QVERIFY(Migrator::latestVersion() > 11);
            QCOMPARE(Migrator::currentVersion(*db).value(), Migrator::latestVersion());
            QCOMPARE(Migrator::missingVersions(*db, Migrator::latestVersion()).value(), QList<int> { 11 });
        }
        auto db = Database::open(path(QStringLiteral("gap.sqlite")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(Migrator::missingVersions(*db.value(), Migrator::latestVersion())->isEmpty());
        QCOMPARE(count(*db.value(), QStringLiteral("schema_version WHERE version = 11")), 1);
        QCOMPARE(count(*db.value(),
                     QStringLiteral("sqlite_master WHERE name IN ('households_rowcount', 'sync_outbox_keep_unsent')")),
            2);
        QVERIFY(sql::scalar(
            db.value()->sql(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'review_tasks_due'"))
                    ->toString()
                    .contains(QStringLiteral("household_id")));
        QVERIFY(QFile::exists(db.value()->lastMigrationBackup()));
        // Opened again: nothing is missing, no other backup.
        const QString backup = db.value()->lastMigrationBackup();
        db.value().reset();
        auto again = Database::open(path(QStringLiteral("gap.sqlite")));
        QVERIFY(again);
        QVERIFY(again.value()->lastMigrationBackup().isEmpty());
        QVERIFY(QFile::exists(backup));
    }

    void migratesAnOlderFileAfterBackingItUp()
    {
        // A version-1 file, as an older SafetyNet wrote it, with one household and no search index.
        {
            auto v1 = fresh(QStringLiteral("old.sqlite"), 1);
            QCOMPARE(v1->schemaVersion(), 1);
            QVERIFY(sql::exec(v1->sql(),
                QStringLiteral(
                    "INSERT INTO households (id, township_code, area_type, category, created_at, updated_at, hlc, "
                    "station_id) "
                    "VALUES ('h1', '630105001', 'urban', 'dibao', '2024-01-01', '2024-01-01', 'x', 'station-A')")));
            QVERIFY(sql::exec(v1->sql(),
                QStringLiteral("INSERT INTO members (id, household_id, name, relation, hlc, station_id) VALUES ('m1', "
                               "'h1', '王秀英', 'head', 'x', 'station-A')")));
            QCOMPARE(count(*v1, QStringLiteral("sqlite_master WHERE name = 'household_search'")), 0);
        }
        auto db = Database::open(path(QStringLiteral("old.sqlite")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion());
        const QString backup = db.value()->lastMigrationBackup();
        QVERIFY(QFile::exists(backup));
        QVERIFY(backup.contains(QStringLiteral(".v1-")));
        // The search index was filled for the household that existed before the upgrade.
        auto hit = sql::scalar(db.value()->sql(),
            QStringLiteral("SELECT count(*) FROM household_search WHERE household_search MATCH '{names}:\"秀 英\"'"));
        QCOMPARE(hit->toInt(), 1);
        // The backup is still a version-1 database.
        Database::Options o;
        o.migrate = false;
        auto old = Database::open(backup, o);
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), 1);
    }

    // Version 30 rebuilds households (SQLite's 12 steps) for its category CHECK: a version-29 file with households
    // of every old category, their members, reviews and an application (rows that refer to a household) keeps
    // every row and rowid (the search index refers to it), its indexes and its sync capture, no reference breaks,
    // foreign keys are on again afterwards, and the new categories are taken while an unknown one is still refused.
    void categoryRebuildKeepsAnOlderFilesRows()
    {
        qint64 rowidBefore = 0;
        {
            auto v29 = fresh(QStringLiteral("v29.sqlite"), 29);
            QCOMPARE(v29->schemaVersion(), 29);
            const QStringList categories { QStringLiteral("none"), QStringLiteral("tekun"), QStringLiteral("dibao"),
                QStringLiteral("edge"), QStringLiteral("expense") };
            for (const QString &c : categories) {
                QVERIFY(sql::exec(v29->sql(),
                    QStringLiteral("INSERT INTO households (id, township_code, area_type, category, start_date, "
                                   "created_at, updated_at, hlc, station_id) VALUES (?, '630105001', 'urban', ?, "
                                   "'2025-03-01', '2024-01-01', '2026-06-30T08:00:00', 'x', 'station-A')"),
                    { QStringLiteral("h-") + c, c }));
                QVERIFY(sql::exec(v29->sql(),
                    QStringLiteral("INSERT INTO members (id, household_id, name, relation, hlc, station_id) VALUES "
                                   "(?, ?, '王秀英', 'head', 'x', 'station-A')"),
                    { QStringLiteral("m-") + c, QStringLiteral("h-") + c }));
            }
            // A monitoring visit of the 刚性支出 household that found no change, after its start date.
            QVERIFY(sql::exec(v29->sql(),
                QStringLiteral(
                    "INSERT INTO review_tasks (id, household_id, type, due_date, tier, status, completed_on, "
                    "outcome, hlc, station_id) VALUES ('t1', 'h-expense', 'monitoring_visit', '2026-05-01', "
                    "'monitoring', 'done', '2026-05-10', 'no_change', 'x', 'station-A')")));
            QVERIFY(sql::exec(v29->sql(),
                QStringLiteral("INSERT INTO household_search (rowid, names, py, address, digits) SELECT rowid, "
                               "'王 秀 英', 'wangxiuying wxy', '', '' FROM households WHERE id = 'h-expense'")));
            rowidBefore = sql::scalar(v29->sql(), QStringLiteral("SELECT rowid FROM households WHERE id = 'h-expense'"))
                              ->toLongLong();
        }
        auto opened = Database::open(path(QStringLiteral("v29.sqlite")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        QVERIFY(db.lastMigrationBackup().contains(QStringLiteral(".v29-")));
        QCOMPARE(count(db, QStringLiteral("households")), 5);
        QCOMPARE(count(db, QStringLiteral("members")), 5);
        QCOMPARE(
            sql::scalar(db.sql(), QStringLiteral("SELECT rowid FROM households WHERE id = 'h-expense'"))->toLongLong(),
            rowidBefore);
        QCOMPARE(sql::scalar(db.sql(),
                     QStringLiteral("SELECT h.id FROM household_search s JOIN households h ON h.rowid = s.rowid "
                                    "WHERE household_search MATCH 'py:\"wxy\"'"))
                     ->toString(),
            QStringLiteral("h-expense"));
        // A finding made before version 30 counts from the household's start date, or from a later review that
        // found no change; none has no finding.
        const auto foundOn = [&db](const QString &id) {
            return sql::scalar(
                db.sql(), QStringLiteral("SELECT category_found_on FROM households WHERE id = ?"), { id })
                ->toString();
        };
        QCOMPARE(foundOn(QStringLiteral("h-expense")), QStringLiteral("2026-05-10"));
        QCOMPARE(foundOn(QStringLiteral("h-edge")), QStringLiteral("2025-03-01"));
        QVERIFY(sql::scalar(db.sql(), QStringLiteral("SELECT category_found_on FROM households WHERE id = 'h-none'"))
                    ->isNull());
        QCOMPARE(count(db, QStringLiteral("pragma_foreign_key_check")), 0);
        QCOMPARE(sql::scalar(db.sql(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(
            count(db,
                QStringLiteral("sqlite_master WHERE type = 'index' AND tbl_name = 'households' AND sql IS NOT NULL")),
            12);
        QCOMPARE(count(db, QStringLiteral("sqlite_master WHERE type = 'trigger' AND tbl_name = 'households'")), 2);
        QCOMPARE(sql::scalar(db.sql(), QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        // Capture works on the rebuilt table: a change is queued for the other stations.
        const qint64 queued = count(db, QStringLiteral("sync_outbox"));
        QVERIFY(sql::exec(
            db.sql(), QStringLiteral("UPDATE households SET category = 'monitored', hlc = 'y' WHERE id = 'h-none'")));
        QCOMPARE(count(db, QStringLiteral("sync_outbox")), queued + 1);
        QVERIFY(sql::exec(db.sql(), QStringLiteral("UPDATE households SET category = 'other' WHERE id = 'h-edge'")));
        QVERIFY(!sql::exec(db.sql(), QStringLiteral("UPDATE households SET category = 'rich' WHERE id = 'h-edge'")));
        // The references are enforced again: a member of no household is refused at commit.
        {
            Transaction tx(db);
            QVERIFY(sql::exec(db.sql(),
                QStringLiteral("INSERT INTO members (id, household_id, name, relation, hlc, station_id) VALUES "
                               "('m-orphan', 'h-missing', '李四', 'head', 'x', 'station-A')")));
            QVERIFY(!tx.commit());
        }
        QCOMPARE(count(db, QStringLiteral("members")), 5);
    }

    // Version 14 writes every CHECK (x IN ('a', 'b', 'c')) as comparisons (SQLite built a transient table for
    // the list on every one-row INSERT): none is left, the constraints still refuse what they refused, and a
    // file upgraded from version 13 holds the same schema text as a new one.
    // Migration 17 writes every search row again: a station's index made with one reading per character (单 as
    // dan, traditional characters as written) finds the person as the clerk says and writes the name.
    void searchReadingsMigrationRebuildsTheIndex()
    {
        {
            auto v16 = fresh(QStringLiteral("v16.sqlite"), 16);
            QVERIFY(sql::exec(v16->sql(),
                QStringLiteral(
                    "INSERT INTO households (id, township_code, area_type, category, created_at, updated_at, hlc, "
                    "station_id) "
                    "VALUES ('h1', '630105001', 'urban', 'dibao', '2024-01-01', '2024-01-01', 'x', 'station-A')")));
            QVERIFY(sql::exec(v16->sql(),
                QStringLiteral("INSERT INTO members (id, household_id, name, relation, hlc, station_id) VALUES ('m1', "
                               "'h1', '單建華', 'head', 'x', 'station-A')")));
            // The row as the previous code wrote it.
            QVERIFY(sql::exec(v16->sql(),
                QStringLiteral("INSERT INTO household_search (rowid, names, py, address, digits) "
                               "SELECT rowid, '單 建 華', 'danjianhua djh', '', '' FROM households WHERE id = 'h1'")));
        }
        auto db = Database::open(path(QStringLiteral("v16.sqlite")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion());
        const auto hits = [&](const QString &match) {
            return sql::scalar(db.value()->sql(),
                QStringLiteral("SELECT count(*) FROM household_search WHERE household_search MATCH ?"), { match })
                ->toInt();
        };
        QCOMPARE(hits(QStringLiteral("py:\"shanjianhua\"")), 1);
        QCOMPARE(hits(QStringLiteral("py:\"sjh\"")), 1);
        QCOMPARE(hits(QStringLiteral("py:\"danjianhua\"")), 0);
        QCOMPARE(hits(QStringLiteral("names:\"单 建 华\"")), 1);
        QCOMPARE(count(*db.value(), QStringLiteral("household_search")), 1);
    }

    void checkConstraintsAreComparisons()
    {
        auto db = fresh(QStringLiteral("checks.sqlite"));
        auto tables = sql::exec(db->sql(), QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"));
        QVERIFY(tables);
        static const QRegularExpression longList(
            QStringLiteral("\\bIN \\((('[^']*'|-?\\d+)\\s*,\\s*){2,}('[^']*'|-?\\d+)\\)"));
        while (tables.value().next())
            QVERIFY2(!longList.match(tables.value().value(1).toString()).hasMatch(),
                qPrintable(tables.value().value(0).toString()));
        auto households
            = sql::scalar(db->sql(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'households'"));
        QVERIFY(households->toString().contains(QStringLiteral("category = 'dibao' OR")));
        const QString insert = QStringLiteral(
            "INSERT INTO households (id, township_code, area_type, category, created_at, updated_at, hlc, station_id) "
            "VALUES (?, '630105001', 'urban', ?, '2024-01-01', '2024-01-01', 'x', 'station-A')");
        QVERIFY(sql::exec(db->sql(), insert, { QStringLiteral("ok"), QStringLiteral("dibao") }));
        auto refused = sql::exec(db->sql(), insert, { QStringLiteral("bad"), QStringLiteral("rich") });
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("CHECK")), qPrintable(refused.error().message));
        auto nullTier
            = sql::exec(db->sql(), QStringLiteral("UPDATE households SET tier_override = NULL WHERE id = 'ok'"));
        QVERIFY(nullTier); // NULL passes `x IN (...)` and `x = ... OR ...` alike
        QVERIFY(!sql::exec(db->sql(), QStringLiteral("UPDATE households SET tier = 'purple' WHERE id = 'ok'")));

        {
            auto v13 = fresh(QStringLiteral("v13.sqlite"), 13);
            QCOMPARE(v13->schemaVersion(), 13);
        }
        auto upgraded = Database::open(path(QStringLiteral("v13.sqlite")));
        QVERIFY(upgraded);
        const QString schema
            = QStringLiteral("SELECT group_concat(name || ':' || sql, ';') FROM (SELECT name, sql FROM sqlite_master "
                             "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)");
        QCOMPARE(sql::scalar(upgraded.value()->sql(), schema)->toString(), sql::scalar(db->sql(), schema)->toString());
        QCOMPARE(sql::scalar(upgraded.value()->sql(), QStringLiteral("PRAGMA quick_check"))->toString(),
            QStringLiteral("ok"));
    }

    // Ids are random UUIDs (version 4, RFC 4122 variant) from the system generator, fetched in batches.
    void newIdsAreRandomUuids()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = sql::newId();
            const QUuid uuid(id);
            QVERIFY2(!uuid.isNull() && id.size() == 36, qPrintable(id));
            QCOMPARE(uuid.version(), QUuid::Random);
            QCOMPARE(uuid.variant(), QUuid::DCE);
            QCOMPARE(uuid.toString(QUuid::WithoutBraces), id); // QUuid's own text form: lower case, dashes
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
        // Every hex digit that is not fixed by the version and variant takes many values over 1000 ids (a
        // zero-filled or repeated pool would not).
        for (int at = 0; at < 36; ++at) {
            if (at == 8 || at == 13 || at == 14 || at == 18 || at == 23)
                continue;
            QSet<QChar> digits;
            for (const QString &id : std::as_const(seen))
                digits.insert(id.at(at));
            QVERIFY2(digits.size() >= (at == 19 ? 4 : 12), qPrintable(QStringLiteral("position %1").arg(at)));
        }
    }

    void transactionGuardRollsBackUnlessCommitted()
    {
        auto db = fresh(QStringLiteral("tx.sqlite"));
        {
            Transaction tx(*db);
            QVERIFY(tx.isActive());
            QVERIFY(db->setMeta(QStringLiteral("k1"), QStringLiteral("lost")));
        } // no commit
        QCOMPARE(db->meta(QStringLiteral("k1")), QString());
        {
            Transaction tx(*db);
            QVERIFY(db->setMeta(QStringLiteral("k2"), QStringLiteral("kept")));
            {
                Transaction inner(*db); // a savepoint
                QVERIFY(inner.isActive());
                QVERIFY(db->setMeta(QStringLiteral("k3"), QStringLiteral("inner lost")));
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(db->meta(QStringLiteral("k2")), QStringLiteral("kept"));
        QCOMPARE(db->meta(QStringLiteral("k3")), QString());
    }

    void transactionTakesTheWriteLockAtBegin()
    {
        auto db = fresh(QStringLiteral("lock.sqlite"));
        Transaction tx(*db);
        QVERIFY(tx.isActive());
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path(QStringLiteral("lock.sqlite")));
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        {
            QSqlQuery q(other);
            QVERIFY(!q.exec(QStringLiteral("BEGIN IMMEDIATE"))); // BEGIN IMMEDIATE already holds the lock
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void householdRoundTripAuditAndTombstone()
    {
        auto db = fresh(QStringLiteral("households.sqlite"));
        db->setActor({ QStringLiteral("u1"), QStringLiteral("clerk one") });
        HouseholdRepository repo(*db);
        Household h = test::household();
        h.assets.append({ QString(), QStringLiteral("housing"), QStringLiteral("自建房"), 12000000 });
        h.expenditures.append(
            { QString(), QStringLiteral("medical"), 3000000, QDate(2026, 5, 1), QStringLiteral("住院") });
        const Status saved = repo.save(h);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QVERIFY(!h.id.isEmpty());
        auto loaded = repo.load(h.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->members.size(), 2);
        QCOMPARE(loaded->members.at(0).name, QStringLiteral("张三"));
        QCOMPARE(loaded->members.at(1).birthDate, QDate(1982, 5, 6));
        QCOMPARE(loaded->incomes.at(0).monthlyAmount, Fen(60000));
        QCOMPARE(loaded->assets.at(0).value, Fen(12000000));
        QCOMPARE(loaded->expenditures.at(0).incurredOn, QDate(2026, 5, 1));
        QCOMPARE(loaded->category, Category::Dibao);

        const qint64 auditBefore = count(*db, QStringLiteral("audit_log"));
        const QString memberHlcBefore
            = sql::scalar(db->sql(), QStringLiteral("SELECT hlc FROM members WHERE id = ?"), { h.members.at(1).id })
                  ->toString();
        Household edited = loaded.value();
        edited.address = QStringLiteral("北园村3社16号");
        edited.members[0].phone = QStringLiteral("13900000000");
        QVERIFY(repo.save(edited));
        auto entries = AuditLog(*db).forHousehold(h.id);
        QVERIFY(entries);
        QCOMPARE(count(*db, QStringLiteral("audit_log")) - auditBefore, 2);
        const AuditEntry &latest = entries->at(0);
        QCOMPARE(latest.userName, QStringLiteral("clerk one"));
        QCOMPARE(latest.stationId, QStringLiteral("station-A"));
        bool sawAddress = false;
        for (const AuditEntry &e : entries.value()) {
            if (e.field == QLatin1String("address")) {
                sawAddress = true;
                QCOMPARE(e.oldValue, QStringLiteral("北园村3社15号"));
                QCOMPARE(e.newValue, QStringLiteral("北园村3社16号"));
            }
        }
        QVERIFY(sawAddress);
        // The untouched member kept its stamp: sync will only see real edits.
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT hlc FROM members WHERE id = ?"), { h.members.at(1).id })
                     ->toString(),
            memberHlcBefore);

        // Removing a member tombstones it.
        edited.members.removeLast();
        QVERIFY(repo.save(edited));
        QCOMPARE(
            sql::scalar(db->sql(), QStringLiteral("SELECT deleted FROM members WHERE id = ?"), { h.members.at(1).id })
                ->toInt(),
            1);

        QVERIFY(repo.remove(h.id, QStringLiteral("moved away")));
        QVERIFY(!repo.load(h.id));
        QCOMPARE(
            sql::scalar(db->sql(), QStringLiteral("SELECT deleted FROM households WHERE id = ?"), { h.id })->toInt(),
            1);
        QCOMPARE(count(*db, QStringLiteral("household_search")), 0);
        QVERIFY(AuditLog(*db).verify());
    }

    void auditLogIsAppendOnlyAndChained()
    {
        auto db = fresh(QStringLiteral("audit.sqlite"));
        HouseholdRepository repo(*db);
        Household h = test::household();
        QVERIFY(repo.save(h));
        h.address = QStringLiteral("changed");
        QVERIFY(repo.save(h));
        QCOMPARE(AuditLog(*db).verify().value(), 2);
        QVERIFY(!sql::exec(db->sql(), QStringLiteral("UPDATE audit_log SET new_value = 'forged'")));
        QVERIFY(!sql::exec(db->sql(), QStringLiteral("DELETE FROM audit_log")));
        // Someone with the file and sqlite3 can drop the triggers; the chain still shows it.
        QVERIFY(sql::exec(db->sql(), QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(sql::exec(db->sql(), QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE seq = 1")));
        auto verdict = AuditLog(*db).verify();
        QVERIFY(!verdict);
        QVERIFY(verdict.error().message.contains(QStringLiteral("1")));
    }

    void backupIsConsistentAndOwnerOnly()
    {
        auto db = fresh(QStringLiteral("live.sqlite"));
        HouseholdRepository repo(*db);
        Household h = test::household();
        QVERIFY(repo.save(h));
        const QString out = path(QStringLiteral("backups/live-copy.sqlite"));
        QVERIFY(db->backupTo(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        const QFile::Permissions p = QFile::permissions(out);
        QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther)));
        auto copy = Database::open(out);
        QVERIFY(copy);
        QVERIFY(HouseholdRepository(*copy.value()).load(h.id));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
