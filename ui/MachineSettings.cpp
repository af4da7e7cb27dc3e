#include "MachineSettings.h"

#include "services/BackupService.h"
#include "services/Config.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QList<StationLag> MachineSettings::syncStations()
{
    QList<StationLag> out;
    const QJsonArray list = QJsonDocument::fromJson(Config::get(Config::Key::SyncStations).toByteArray()).array();
    for (const QJsonValue &v : list)
        out.append(StationLag::fromJson(v.toObject()));
    return out;
}

void MachineSettings::setSyncStations(const QList<StationLag> &stations)
{
    QJsonArray list;
    for (const StationLag &lag : stations)
        list.append(lag.toJson());
    Config::set(Config::Key::SyncStations, QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace sn
