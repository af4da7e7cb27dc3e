#include "MachineSettings.h"

#include "services/BackupService.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace sn {

namespace {
const QString ShareKey = QStringLiteral("sync/share_folder");
const QString KeyFileKey = QStringLiteral("sync/key_file");
const QString MinutesKey = QStringLiteral("sync/interval_minutes");
const QString LastSyncKey = QStringLiteral("sync/last_success");
const QString BackupKey = QStringLiteral("backup/folder");
} // namespace

QString MachineSettings::shareFolder()
{
    return QSettings().value(ShareKey).toString();
}

void MachineSettings::setShareFolder(const QString &folder)
{
    QSettings().setValue(ShareKey, folder.trimmed());
}

QString MachineSettings::defaultKeyFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("district.key"));
}

QString MachineSettings::keyFile()
{
    const QString file = QSettings().value(KeyFileKey).toString();
    return file.isEmpty() ? defaultKeyFile() : file;
}

void MachineSettings::setKeyFile(const QString &file)
{
    QSettings().setValue(KeyFileKey, file);
}

int MachineSettings::syncMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(MinutesKey, DefaultSyncMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultSyncMinutes;
}

void MachineSettings::setSyncMinutes(int minutes)
{
    QSettings().setValue(MinutesKey, minutes);
}

QString MachineSettings::backupFolder(const QString &databasePath)
{
    const QString folder = QSettings().value(BackupKey).toString();
    return folder.isEmpty() ? BackupService::defaultFolder(databasePath) : folder;
}

void MachineSettings::setBackupFolder(const QString &folder)
{
    QSettings().setValue(BackupKey, folder.trimmed());
}

QDateTime MachineSettings::lastSync()
{
    return QSettings().value(LastSyncKey).toDateTime();
}

void MachineSettings::setLastSync(const QDateTime &when)
{
    QSettings().setValue(LastSyncKey, when);
}

} // namespace sn
