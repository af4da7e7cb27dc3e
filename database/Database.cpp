#include "Database.h"

#include "ChangeCapture.h"
#include "Migrator.h"
#include "SqlUtil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>
#include <sqlite3.h>
#include <unistd.h>

namespace sn {

namespace {
constexpr int BusyTimeoutMs = 5000;

// Writable for this process, and not marked read-only by its owner bits (which root would otherwise ignore).
bool writable(const QFileInfo &info)
{
    if (!info.isWritable())
        return false;
    if (info.ownerId() == uint(::geteuid()))
        return info.permissions().testFlag(QFileDevice::WriteOwner);
    return true;
}
const QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create)
            return Error::io(tr("The database file %1 does not exist.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::io(tr("Cannot create the folder %1.").arg(info.absolutePath()));
        // Create the file ourselves so it is owner-only from the first byte; SQLite gives its -wal and
        // -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly))
            return Error::io(tr("Cannot create the database file %1: %2").arg(path, file.errorString()));
    } else if (info.isDir()) {
        return Error::invalid(tr("%1 is a folder, not a database file.").arg(path));
    } else if (!writable(info)) {
        // SQLite would open it read-only without a word and fail at the first save; say it now.
        return Error::io(
            tr("The database %1 is read-only, so SafetyNet cannot save anything in it. Ask the administrator "
               "to make the file writable by its owner (chmod 600).")
                .arg(path));
    }
    if (const QFileInfo folder(info.absolutePath()); !writable(folder))
        return Error::io(
            tr("The folder %1 is read-only, so SafetyNet cannot write the database's journal there. Ask the "
               "administrator to make the folder writable by its owner.")
                .arg(folder.absoluteFilePath()));

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = QStringLiteral("sn-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(db->m_path);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!connection.open())
        return Error::io(tr("Cannot open the database %1: %2").arg(path, connection.lastError().text()));

    if (auto s = db->configure(); !s)
        return s.error();

    auto version = Migrator::currentVersion(*db);
    if (!version)
        return version.error();
    const int latest = Migrator::latestVersion();
    if (version.value() > latest)
        return Error::invalid(tr("The database %1 was written by a newer SafetyNet (schema version %2; this "
                                 "version knows up to %3). Install the newer SafetyNet to open it.")
                                  .arg(path)
                                  .arg(version.value())
                                  .arg(latest));
    const int target = options.targetVersion < 0 ? latest : std::min(options.targetVersion, latest);
    bool behind = version.value() < target;
    if (options.migrate && !behind && version.value() > 0) {
        // Also a migration numbered below the file's version that it has not had yet (merged late).
        auto missing = Migrator::missingVersions(*db, target);
        if (!missing)
            return missing.error();
        behind = !missing->isEmpty();
    }
    if (options.migrate && behind) {
        if (version.value() > 0) {
            // Keep the user's file as it was before changing its format.
            const QString backup = QStringLiteral("%1.v%2-%3.bak")
                                       .arg(db->m_path)
                                       .arg(version.value())
                                       .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            if (auto s = db->backupTo(backup); !s)
                return Error::io(
                    tr("Not upgrading %1: the backup before the upgrade failed: %2").arg(path, s.error().message));
            db->m_migrationBackup = backup;
        }
        if (auto s = Migrator::migrate(*db, target); !s)
            return s.error();
        version = Migrator::currentVersion(*db);
        if (!version)
            return version.error();
    }
    db->m_schemaVersion = version.value();
    if (options.migrate && db->m_schemaVersion == latest) {
        if (auto s = ChangeCapture::ensureTriggers(*db); !s)
            return s.error();
    }
    if (db->m_schemaVersion > 0) {
        db->m_stationId = db->meta(QStringLiteral("station_id"));
        db->restoreClock();
    }
    return db;
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_schemaVersion > 0 && !m_stationId.isEmpty())
        (void)setMeta(QStringLiteral("hlc_high"), m_clock.last().toString());
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configure()
{
    // "file is not a database" shows up on the first statement that reads the header.
    auto check = sql::scalar(sql(), QStringLiteral("PRAGMA schema_version"));
    if (!check)
        return Error::invalid(tr("%1 is not a SafetyNet database: %2").arg(m_path, check.error().message));
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // A district file is several hundred MB: SQLite's default 2 MB page cache makes every bulk pass
        // (schedules, sync, search index) re-read its index pages from the OS. Up to 64 MB, used on demand.
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    for (const QString &pragma : pragmas) {
        auto result = sql::exec(sql(), pragma);
        if (!result)
            return result.error();
    }
    auto mode = sql::scalar(sql(), QStringLiteral("PRAGMA journal_mode"));
    if (mode && mode.value().toString() != QLatin1String("wal"))
        qWarning(
            "SafetyNet: WAL is not available for this file (journal_mode=%s)", qPrintable(mode.value().toString()));
    return {};
}

QString Database::writerId() const
{
    const QString incarnation = meta(QStringLiteral("station_incarnation"));
    return incarnation.isEmpty() ? m_stationId : m_stationId + QLatin1Char('~') + incarnation;
}

Status Database::beginIncarnation()
{
    const QString incarnation = QUuid::createUuid().toString(QUuid::Id128).left(8);
    // Who wrote this file's edits until now: its versions made after the backup may survive only at other
    // stations (SyncService::takeBackPublished asks them to send them again).
    if (auto s = setMeta(QStringLiteral("sync/restored_writer"), writerId()); !s)
        return s;
    if (auto s = setMeta(QStringLiteral("station_incarnation"), incarnation); !s)
        return s;
    if (auto s = setMeta(QStringLiteral("sync/restored"), QStringLiteral("1")); !s)
        return s;
    // The clock resumes after every stamp the file holds: the recorded high stamp is written when a desk closes,
    // and a backup is copied from an open one. An edit made on top of a row must stamp after that row.
    auto tables = ChangeCapture::tables(*this);
    if (!tables)
        return tables.error();
    HlcStamp high = HlcStamp::fromString(meta(QStringLiteral("hlc_high")));
    for (const SyncedTable &t : tables.value()) {
        auto newest = sql::scalar(sql(), QStringLiteral("SELECT max(hlc) FROM %1").arg(t.name));
        bool ok = false;
        const HlcStamp stamp = HlcStamp::fromString(newest ? newest.value().toString() : QString(), &ok);
        if (ok && high < stamp)
            high = stamp;
    }
    if (auto s = setMeta(QStringLiteral("hlc_high"), high.toString()); !s)
        return s;
    if (auto s = setMeta(QStringLiteral("sync/restored_after"), high.toString()); !s)
        return s;
    restoreClock();
    return {};
}

void Database::restoreClock()
{
    m_clock = HybridClock(writerId());
    bool ok = false;
    const HlcStamp high = HlcStamp::fromString(meta(QStringLiteral("hlc_high")), &ok);
    if (ok)
        m_clock.restore(high);
}

Status Database::setStationId(const QString &id)
{
    if (auto s = setMeta(QStringLiteral("station_id"), id); !s)
        return s;
    m_stationId = id;
    restoreClock();
    return {};
}

QString Database::meta(const QString &key, const QString &fallback) const
{
    auto value = sql::scalar(sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    return value && value.value().isValid() ? value.value().toString() : fallback;
}

Status Database::setMeta(const QString &key, const QString &value)
{
    auto result = sql::exec(sql(),
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value });
    if (!result)
        return result.error();
    return {};
}

QString Database::stamp()
{
    return m_clock.now().toString();
}

Status Database::backupTo(const QString &file) const
{
    sqlite3 *source = sql::handle(sql());
    if (!source)
        return Error::internal(tr("No SQLite handle for %1.").arg(m_path));
    const QFileInfo target(file);
    if (!QDir().mkpath(target.absolutePath()))
        return Error::io(tr("Cannot create the folder %1.").arg(target.absolutePath()));
    const QString temp = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temp);
    {
        QFile f(temp);
        if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(OwnerOnly))
            return Error::io(tr("Cannot write the backup %1: %2").arg(temp, f.errorString()));
    }
    sqlite3 *dest = nullptr;
    const QByteArray tempName = QFile::encodeName(temp);
    int rc = sqlite3_open_v2(tempName.constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    QString failure;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (!backup) {
            failure = QString::fromUtf8(sqlite3_errmsg(dest));
        } else {
            do {
                rc = sqlite3_backup_step(backup, 1024);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE) {
                failure = sql::ioMessage(rc, QString::fromUtf8(sqlite3_errstr(rc)));
                if (failure.isEmpty())
                    failure = QString::fromUtf8(sqlite3_errstr(rc));
            }
        }
        if (failure.isEmpty()) {
            // A backup nobody can restore is worse than none: check it before it takes the real name.
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(dest, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK
                && sqlite3_step(stmt) == SQLITE_ROW) {
                const QString verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
                if (verdict != QLatin1String("ok"))
                    failure = tr("the copy fails integrity_check: %1").arg(verdict);
            } else {
                failure = QString::fromUtf8(sqlite3_errmsg(dest));
            }
            sqlite3_finalize(stmt);
        }
    } else {
        failure = sql::ioMessage(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        if (failure.isEmpty())
            failure = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(dest);
    if (!failure.isEmpty()) {
        QFile::remove(temp);
        return Error::io(tr("Backup to %1 failed, no backup was made: %2").arg(file, failure));
    }
    {
        QFile f(temp);
        if (f.open(QIODevice::ReadWrite))
            f.flush(); // the backup API wrote through SQLite; fsync happens in sqlite3_close with synchronous=FULL
    }
    QFile::remove(file);
    if (!QFile::rename(temp, file)) {
        QFile::remove(temp);
        return Error::io(tr("Cannot rename the backup to %1.").arg(file));
    }
    return {};
}

} // namespace sn
