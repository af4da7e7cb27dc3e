#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace sn {

// Settings of this computer (QSettings, never synced), in one table: each key with its QSettings name and
// its default (the KeePassXC Config style). District rules are in the database (SettingsService) and sync.
// The names are the ones earlier versions wrote, so a clerk keeps the settings across an upgrade.
class Config
{
public:
    enum class Key {
        SyncShareFolder, // the shared folder of the district; empty: sync not set up
        SyncKeyFile, // the district key file on local disk
        SyncIntervalMinutes, // 0: no automatic sync
        SyncLastSuccess, // the last successful sync on this computer
        SyncStations, // the other stations as the last sync found them (JSON of SyncReport::stations)
        BackupFolder, // empty: beside the database (BackupService::defaultFolder)
        Language, // "zh_CN" or "en"; empty: from the system's locale
        LastUser, // the user name the login dialog offers
        MainWindowGeometry,
        MainWindowState,
        MainWindowSplitter,
    };

    static QVariant get(Key key); // the stored value, or the key's default when none is stored
    static void set(Key key, const QVariant &value);
    static void reset(Key key); // back to the default
    static QString name(Key key);
    static QVariant defaultValue(Key key);
    static QList<Key> keys();

    // A list's column widths and order (or a splitter's sizes), remembered per page and view:
    // "<page>/<view>", e.g. "leads/leadsView".
    static QString viewKey(const QString &page, const QString &view);
    static QByteArray viewState(const QString &viewKey); // empty when never saved
    static void setViewState(const QString &viewKey, const QByteArray &state);

    // The columns a clerk chose for a table whose headers the importer did not know, remembered per layout
    // of the header row (its signature); empty when none is remembered.
    static QVariantMap columnMapping(const QString &signature);
    static void setColumnMapping(const QString &signature, const QVariantMap &mapping);
};

} // namespace sn
