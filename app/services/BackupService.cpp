#include "BackupService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/IntegrityRepository.h"
#include "domain/Clock.h"
#include "domain/Role.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <optional>

namespace sn {

namespace {
const QRegularExpression &backupPattern()
{
    static const QRegularExpression p(QStringLiteral("^(daily|weekly)-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    return p;
}
} // namespace

QString BackupService::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<QList<BackupFile>> BackupService::list(const QString &folder)
{
    QList<BackupFile> files;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        const auto m = backupPattern().match(info.fileName());
        if (!m.hasMatch())
            continue;
        files.append({ info.absoluteFilePath(), QDate::fromString(m.captured(2), Qt::ISODate),
            m.captured(1) == QLatin1String("weekly"), info.size() });
    }
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) { return a.date > b.date; });
    return files;
}

Result<QStringList> BackupService::autoBackup(Database &db, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error::io(tr("Cannot create the backup folder %1.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDate today = Clock::today();
    auto existing = list(folder);
    if (!existing)
        return existing.error();
    QStringList made;
    const QString daily = QDir(folder).filePath(QStringLiteral("daily-%1.sqlite").arg(today.toString(Qt::ISODate)));
    if (!QFile::exists(daily)) {
        if (auto s = db.backupTo(daily); !s)
            return s.error();
        made.append(daily);
    }
    // One weekly copy per ISO week.
    int year = 0;
    const int week = today.weekNumber(&year);
    bool haveWeek = false;
    for (const BackupFile &f : existing.value()) {
        int y = 0;
        const int w = f.date.weekNumber(&y);
        haveWeek = haveWeek || (f.weekly && w == week && y == year);
    }
    if (!haveWeek) {
        const QString weekly
            = QDir(folder).filePath(QStringLiteral("weekly-%1.sqlite").arg(today.toString(Qt::ISODate)));
        if (!QFile::exists(weekly)) {
            if (auto s = db.backupTo(weekly); !s)
                return s.error();
            made.append(weekly);
        }
    }
    auto all = list(folder);
    if (!all)
        return all.error();
    int dailies = 0, weeklies = 0;
    for (const BackupFile &f : all.value()) { // newest first
        const bool keep = f.weekly ? ++weeklies <= KeepWeekly : ++dailies <= KeepDaily;
        if (!keep)
            QFile::remove(f.path);
    }
    return made;
}

Result<QString> BackupService::backupNow(Database &db, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error::io(tr("Cannot create the backup folder %1.").arg(folder));
    const QString daily
        = QDir(folder).filePath(QStringLiteral("daily-%1.sqlite").arg(Clock::today().toString(Qt::ISODate)));
    if (QFile::exists(daily)) {
        // The fresh copy is made (and checked) first; today's earlier one is replaced only then.
        const QString fresh = daily + QStringLiteral(".new");
        if (auto s = db.backupTo(fresh); !s)
            return s.error();
        if (!QFile::remove(daily) || !QFile::rename(fresh, daily)) {
            QFile::remove(fresh);
            return Error::io(tr("Cannot replace today's backup %1.").arg(daily));
        }
    }
    if (auto made = autoBackup(db, folder); !made)
        return made.error();
    return daily;
}

Status BackupService::verify(const QString &backupFile)
{
    if (!QFileInfo::exists(backupFile))
        return Error::io(tr("The backup %1 does not exist.").arg(backupFile));
    // Database::open refuses a read-only file (a backup on a write-protected USB disk, or kept 0400): check a
    // private copy of it instead.
    std::optional<QTemporaryDir> scratch;
    QString file = backupFile;
    const QFileInfo info(backupFile);
    if (!info.isWritable() || !info.permissions().testFlag(QFileDevice::WriteOwner)) {
        scratch.emplace();
        file = scratch->filePath(QStringLiteral("backup.sqlite"));
        if (!scratch->isValid() || !QFile::copy(backupFile, file)
            || !QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::io(tr("Cannot copy the backup %1 to check it.").arg(backupFile));
    }
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(file, options);
    if (!db)
        return Error::invalid(tr("%1 is not a usable backup: %2").arg(backupFile, db.error().message));
    auto check = IntegrityRepository(*db.value()).integrityCheck();
    if (!check || check.value().value(0) != QLatin1String("ok"))
        return Error::invalid(tr("The backup %1 fails the integrity check.").arg(backupFile));
    if (db.value()->schemaVersion() < 1)
        return Error::invalid(tr("%1 holds no SafetyNet data.").arg(backupFile));
    return {};
}

namespace {

QString stationOf(const QString &file)
{
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(file, options);
    return db ? db.value()->stationId() : QString();
}

// The restored copy writes under a new incarnation of its station (VersionVector): its edits from now on are not
// on top of those the backup lost, which other stations may hold. Its next sync takes those back first.
Status markRestored(const QString &file)
{
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(file, options);
    if (!db)
        return db.error();
    return db.value()->beginIncarnation();
}

} // namespace

Status BackupService::restore(const QString &databasePath, const QString &backupFile)
{
    if (auto s = verify(backupFile); !s)
        return s;
    // Another desk's backup put here would write as that desk: two stations under one name, each overwriting
    // the other's numbering on the share.
    if (QFileInfo::exists(databasePath)) {
        const QString here = stationOf(databasePath);
        const QString there = stationOf(backupFile);
        if (!here.isEmpty() && !there.isEmpty() && here != there)
            return Error::forbidden(tr("The backup %1 is of station %2, not of this station (%3). Restore it at "
                                       "its own desk; to set this desk up again from another one's data, make a "
                                       "new station and sync it.")
                                        .arg(backupFile, there, here));
    }
    const QString temp = databasePath + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(backupFile, temp))
        return Error::io(tr("Cannot copy the backup next to the database."));
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto s = verify(temp); !s) {
        QFile::remove(temp);
        return s;
    }
    if (auto s = markRestored(temp); !s) {
        QFile::remove(temp);
        return s;
    }
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
    if (QFileInfo::exists(databasePath)) {
        const QString aside = QStringLiteral("%1.before-restore-%2")
                                  .arg(databasePath, Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!QFile::rename(databasePath, aside)) {
            QFile::remove(temp);
            return Error::io(tr("Cannot move the current database aside."));
        }
        for (const char *suffix : { "-wal", "-shm", ".audit-head" }) {
            if (QFile::exists(databasePath + QLatin1String(suffix)))
                QFile::rename(databasePath + QLatin1String(suffix), aside + QLatin1String(suffix));
        }
    }
    // The restored file's audit head replaces the recorded one (the old one went aside with the old file)
    // before the file takes its place; a kill in between leaves no database at the path, and restoring again
    // completes the job.
    if (auto s = AuditLog::resetHeadFile(databasePath, temp); !s) {
        QFile::remove(temp);
        return s;
    }
    if (!QFile::rename(temp, databasePath))
        return Error::io(tr("Cannot put the backup in place of the database."));
    return {};
}

namespace {

Status audited(Database &db, const Session &session, const QString &action, const QString &file)
{
    AuditEntry entry;
    entry.userId = session.userId;
    entry.userName = session.userName;
    entry.action = action;
    entry.table = QStringLiteral("station");
    entry.newValue = QFileInfo(file).absoluteFilePath();
    return AuditLog(db).append(entry);
}

} // namespace

Status BackupService::backupTo(Database &db, const Session &session, const QString &file)
{
    // Every household of the station leaves in the copy: its administrator's decision, as restoring is.
    if (!session.can(Permission::ManageUsers))
        return Error::forbidden(tr("Only an administrator may copy the station's data to a file; %1 is a %2.")
                                    .arg(session.userName, Roles::display(session.role)));
    if (auto s = db.backupTo(file); !s)
        return s;
    return audited(db, session, QStringLiteral("backup"), file);
}

Status BackupService::recordRestore(Database &db, const Session &session, const QString &backupFile)
{
    return audited(db, session, QStringLiteral("restore"), backupFile);
}

} // namespace sn
