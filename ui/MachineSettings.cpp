#include "MachineSettings.h"

#include "services/BackupService.h"
#include "services/Config.h"

namespace sn {

QString MachineSettings::shareFolder()
{
    return Config::get(Config::Key::SyncShareFolder).toString();
}

void MachineSettings::setShareFolder(const QString &folder)
{
    Config::set(Config::Key::SyncShareFolder, folder.trimmed());
}

QString MachineSettings::defaultKeyFile()
{
    return Config::defaultValue(Config::Key::SyncKeyFile).toString();
}

QString MachineSettings::keyFile()
{
    const QString file = Config::get(Config::Key::SyncKeyFile).toString();
    return file.isEmpty() ? defaultKeyFile() : file;
}

void MachineSettings::setKeyFile(const QString &file)
{
    Config::set(Config::Key::SyncKeyFile, file);
}

int MachineSettings::syncMinutes()
{
    bool ok = false;
    const int minutes = Config::get(Config::Key::SyncIntervalMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : Config::defaultValue(Config::Key::SyncIntervalMinutes).toInt();
}

void MachineSettings::setSyncMinutes(int minutes)
{
    Config::set(Config::Key::SyncIntervalMinutes, minutes);
}

QString MachineSettings::backupFolder(const QString &databasePath)
{
    const QString folder = Config::get(Config::Key::BackupFolder).toString();
    return folder.isEmpty() ? BackupService::defaultFolder(databasePath) : folder;
}

void MachineSettings::setBackupFolder(const QString &folder)
{
    Config::set(Config::Key::BackupFolder, folder.trimmed());
}

QDateTime MachineSettings::lastSync()
{
    return Config::get(Config::Key::SyncLastSuccess).toDateTime();
}

void MachineSettings::setLastSync(const QDateTime &when)
{
    Config::set(Config::Key::SyncLastSuccess, when);
}

} // namespace sn
