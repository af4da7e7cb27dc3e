#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace sn {

class Database;
struct Session;

struct BackupFile
{
    QString path;
    QDate date;
    bool weekly = false;
    qint64 bytes = 0;
};

// Local backups with SQLite's backup API (Database::backupTo checks each copy with integrity_check):
// one a day, kept for 7 days, plus one a week kept for 4 weeks; restore replaces the station file after
// checking the backup, keeping the replaced file beside it.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(sn::BackupService)
public:
    static constexpr int KeepDaily = 7;
    static constexpr int KeepWeekly = 4;

    static QString defaultFolder(const QString &databasePath); // <db folder>/backups
    // Today's daily backup (and this week's weekly one) unless they exist; prunes old ones. Returns new files.
    static Result<QStringList> autoBackup(Database &db, const QString &folder);
    // "Back up now": today's daily backup, replacing one made earlier today, then autoBackup's weekly copy
    // and pruning. Returns the daily file.
    static Result<QString> backupNow(Database &db, const QString &folder);
    static Result<QList<BackupFile>> list(const QString &folder);
    // The database must be closed. Checks the backup, moves the current file to <db>.before-restore-<time>,
    // and puts the backup in its place (temp then rename).
    static Status restore(const QString &databasePath, const QString &backupFile);
    static Status verify(const QString &backupFile); // integrity_check and a SafetyNet schema
    // A backup to a file of the user's choice, audited ("backup", who and where): the whole station leaves.
    static Status backupTo(Database &db, const Session &session, const QString &file);
    // After restore: the audit log of the restored file records who restored which backup.
    static Status recordRestore(Database &db, const Session &session, const QString &backupFile);
};

} // namespace sn
