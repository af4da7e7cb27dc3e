// A full disk and a read-only database: a clear message naming what was not done, nothing half-written, and
// `check` passes afterwards. The full disk is SQLite's max_page_count on the connection (the database cannot
// grow), or for the backup copy a file-size limit (RLIMIT_FSIZE, as `ulimit -f`).
#include "StationFixture.h"

#include "database/SqlUtil.h"
#include "services/BackupService.h"
#include "services/DemoGenerator.h"
#include "services/HouseholdService.h"
#include "services/IntegrityCheck.h"
#include "services/LedgerImport.h"
#include "services/sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace sn;
using namespace sn::test;

namespace {

int households(Database &db)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0")).value().toInt();
}

// The database may not grow beyond its present pages.
void fillDisk(Database &db)
{
    const int pages = sql::scalar(db.sql(), QStringLiteral("PRAGMA page_count")).value().toInt();
    QVERIFY(sql::exec(db.sql(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
}

void freeDisk(Database &db)
{
    QVERIFY(sql::exec(db.sql(), QStringLiteral("PRAGMA max_page_count = 1073741823")));
}

Household numbered(int i)
{
    Household h = household();
    const QDate head = QDate(1980, 1, 1).addDays(i);
    const QDate spouse = QDate(1983, 1, 1).addDays(i);
    h.members[0].birthDate = head;
    h.members[0].idNumber = makeId(head, 1);
    h.members[1].birthDate = spouse;
    h.members[1].idNumber = makeId(spouse, 2);
    h.address = QStringLiteral("北园村%1社%2号").arg(i / 50 + 1).arg(i % 50 + 1);
    return h;
}

void created(HouseholdService &service, const Household &h)
{
    auto id = service.create(h);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
}

void checkPasses(Database &db)
{
    const CheckReport report = IntegrityCheck::run(db);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

const QString DiskFull = QStringLiteral("The disk is full (or the database reached its size limit): nothing of this operation was saved.");

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void householdSaveOnFullDisk()
    {
        Station station;
        HouseholdService service(*station.db, admin());
        created(service, numbered(0));
        fillDisk(*station.db);
        Status failure;
        int saved = 1;
        for (int i = 1; i < 500 && failure.ok(); ++i) {
            auto id = service.create(numbered(i));
            if (id)
                ++saved;
            else
                failure = id.error();
        }
        QVERIFY2(!failure.ok(), "the disk never filled up");
        QCOMPARE(failure.error().kind, Error::Kind::Io);
        QVERIFY2(failure.error().message.startsWith(QStringLiteral("The household was not saved: ") + DiskFull), qPrintable(failure.error().message));
        QCOMPARE(households(*station.db), saved); // the failed one is wholly absent
        checkPasses(*station.db);
        freeDisk(*station.db);
        created(service, numbered(900));
        QCOMPARE(households(*station.db), saved + 1);
        checkPasses(*station.db);
    }

    void ledgerImportOnFullDisk()
    {
        Station station;
        HouseholdService first(*station.db, admin());
        created(first, numbered(0));
        QByteArray csv = "序号,乡镇（街道）,村（社区）,户主姓名,身份证号,与户主关系,家庭住址,联系电话,救助类别,人口数,保障金额\n";
        for (int i = 1; i <= 300; ++i) {
            const QDate birth = QDate(1950, 1, 1).addDays(i * 7);
            csv += QStringLiteral("%1,朝阳街道,北园村,户主%1,%2,户主,北园村8社%1号,1389700%3,低保,1,500\n")
                       .arg(i).arg(makeId(birth, 3)).arg(i, 4, 10, QLatin1Char('0')).toUtf8();
        }
        const QString path = station.dir.filePath(QStringLiteral("ledger.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        LedgerImportService service(*station.db, admin());
        auto preview = service.preview(path);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        fillDisk(*station.db);
        auto committed = service.commit(preview.value());
        QVERIFY(!committed);
        QCOMPARE(committed.error().kind, Error::Kind::Io);
        QVERIFY2(committed.error().message.contains(DiskFull), qPrintable(committed.error().message));
        QCOMPARE(households(*station.db), 1); // wholly absent
        checkPasses(*station.db);
        freeDisk(*station.db);
        auto again = service.commit(preview.value());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(households(*station.db), 301);
        checkPasses(*station.db);
    }

    void syncApplyOnFullDisk()
    {
        Station a;
        Station b;
        const QString share = a.dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(share));
        const SyncKey key = SyncKey::generate(QStringLiteral("城北区"));
        DemoOptions options;
        options.households = 60;
        QVERIFY(DemoGenerator::generate(*a.db, options));
        QVERIFY(SyncService(*a.db, admin(), key).sync(share));
        const int before = households(*b.db);
        fillDisk(*b.db);
        auto report = SyncService(*b.db, admin(), key).sync(share);
        QString message = report ? report->refused.join(u'\n') : report.error().message;
        QVERIFY2(message.contains(DiskFull), qPrintable(message));
        QCOMPARE(households(*b.db), before); // no bundle half-applied
        checkPasses(*b.db);
        freeDisk(*b.db);
        report = SyncService(*b.db, admin(), key).sync(share);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(households(*b.db), before + 60);
        checkPasses(*b.db);
    }

    void backupOnFullDisk()
    {
        Station station;
        DemoOptions options;
        options.households = 80;
        QVERIFY(DemoGenerator::generate(*station.db, options));
        QVERIFY(sql::exec(station.db->sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const qint64 size = QFileInfo(station.db->path()).size();
        QVERIFY(size > 64 * 1024);
        const QString folder = station.dir.filePath(QStringLiteral("backups"));
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
        rlimit small = old;
        small.rlim_cur = rlim_t(size / 2);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        auto made = BackupService::autoBackup(*station.db, folder);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!made);
        QCOMPARE(made.error().kind, Error::Kind::Io);
        QVERIFY2(made.error().message.contains(QStringLiteral("failed, no backup was made: ")), qPrintable(made.error().message));
        QVERIFY2(made.error().message.contains(QStringLiteral("nothing of this operation was saved")), qPrintable(made.error().message));
        QVERIFY2(QDir(folder).entryList(QDir::Files).isEmpty(), qPrintable(QDir(folder).entryList(QDir::Files).join(u' '))); // no copy, no .part
        checkPasses(*station.db);
        auto retried = BackupService::autoBackup(*station.db, folder);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QVERIFY(BackupService::verify(retried->first()));
    }

    void readOnlyFileAtOpen()
    {
        QString path;
        {
            Station station;
            path = station.db->path();
            station.db.reset();
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
            auto db = Database::open(path);
            QVERIFY(!db);
            QCOMPARE(db.error().kind, Error::Kind::Io);
            QVERIFY2(db.error().message.contains(QStringLiteral("is read-only, so SafetyNet cannot save anything in it")), qPrintable(db.error().message));
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            QVERIFY(Database::open(path));
        }
    }

    void readOnlyFolderAtOpen()
    {
        Station station;
        const QString path = station.db->path();
        station.db.reset();
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto db = Database::open(path);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("is read-only, so SafetyNet cannot write the database's journal there")), qPrintable(db.error().message));
    }

    // A backup kept read-only (0400, or on a write-protected USB disk) can still be checked and restored.
    void restoreFromReadOnlyBackup()
    {
        Station station;
        HouseholdService service(*station.db, admin());
        created(service, numbered(0));
        const QString backup = station.dir.filePath(QStringLiteral("usb/daily-2026-11-28.sqlite"));
        QVERIFY(station.db->backupTo(backup));
        created(service, numbered(1));
        const QString path = station.db->path();
        station.db.reset();
        QVERIFY(QFile::setPermissions(backup, QFileDevice::ReadOwner));
        QVERIFY(BackupService::verify(backup));
        const Status restored = BackupService::restore(path, backup);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(households(*db.value()), 1);
        checkPasses(*db.value());
    }

    // The file turned read-only under an open connection (query_only has SQLite refuse every write as it would).
    void writeToReadOnlyDatabase()
    {
        Station station;
        HouseholdService service(*station.db, admin());
        created(service, numbered(0));
        QVERIFY(sql::exec(station.db->sql(), QStringLiteral("PRAGMA query_only = 1")));
        auto id = service.create(numbered(1));
        QVERIFY(!id);
        QCOMPARE(id.error().kind, Error::Kind::Io);
        QVERIFY2(id.error().message.startsWith(QStringLiteral("The household was not saved: The database is read-only")), qPrintable(id.error().message));
        QVERIFY(sql::exec(station.db->sql(), QStringLiteral("PRAGMA query_only = 0")));
        QCOMPARE(households(*station.db), 1);
        checkPasses(*station.db);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
