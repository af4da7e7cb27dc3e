#pragma once

#include "services/sync/SyncService.h"

#include <QDateTime>
#include <QString>

namespace sn {

// Settings of this computer, not of the district (QSettings, never synced): where the shared folder is,
// where the district key file is kept, how often to sync, where backups go. District rules are in the
// database (SettingsService) and sync. The keys and their defaults are in services/Config; this class adds
// what each value means (a folder is trimmed, a negative interval is the default).
class MachineSettings
{
public:
    static QString shareFolder(); // empty: sync not set up
    static void setShareFolder(const QString &folder);

    // The district key file on local disk; by default <AppDataLocation>/district.key.
    static QString keyFile();
    static QString defaultKeyFile();
    static void setKeyFile(const QString &file);

    static int syncMinutes(); // 0: no automatic sync
    static void setSyncMinutes(int minutes);

    static QString backupFolder(const QString &databasePath); // default BackupService::defaultFolder
    static void setBackupFolder(const QString &folder);

    static QDateTime lastSync(); // the last successful sync on this computer
    static void setLastSync(const QDateTime &when);
    // The other stations as the last successful sync found them (shown on the sync settings page).
    static QList<StationLag> syncStations();
    static void setSyncStations(const QList<StationLag> &stations);
};

} // namespace sn
