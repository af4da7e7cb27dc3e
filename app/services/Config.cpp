#include "Config.h"

#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <array>

namespace sn {

namespace {

struct Entry
{
    Config::Key key;
    const char *name;
    QVariant (*defaultValue)(); // a function: some defaults depend on the machine (paths)
};

// One row per key, in the order of the enum.
const std::array<Entry, 11> &table()
{
    using K = Config::Key;
    static const std::array<Entry, 11> entries { {
        { K::SyncShareFolder, "sync/share_folder", [] { return QVariant(QString()); } },
        { K::SyncKeyFile, "sync/key_file",
            [] {
                return QVariant(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                    .filePath(QStringLiteral("district.key")));
            } },
        { K::SyncIntervalMinutes, "sync/interval_minutes", [] { return QVariant(5); } },
        { K::SyncLastSuccess, "sync/last_success", [] { return QVariant(QDateTime()); } },
        { K::SyncStations, "sync/stations", [] { return QVariant(QByteArray()); } },
        { K::BackupFolder, "backup/folder", [] { return QVariant(QString()); } },
        { K::Language, "ui/language", [] { return QVariant(QString()); } },
        { K::LastUser, "login/last_user", [] { return QVariant(QString()); } },
        { K::MainWindowGeometry, "mainwindow/geometry", [] { return QVariant(QByteArray()); } },
        { K::MainWindowState, "mainwindow/state", [] { return QVariant(QByteArray()); } },
        { K::MainWindowSplitter, "mainwindow/splitter", [] { return QVariant(QByteArray()); } },
    } };
    return entries;
}

const Entry &entry(Config::Key key)
{
    const Entry &e = table().at(size_t(key));
    Q_ASSERT(e.key == key);
    return e;
}

QString columnMappingKey(const QString &signature)
{
    return QStringLiteral("columnMappings/") + signature;
}

} // namespace

QVariant Config::get(Key key)
{
    QVariant stored = QSettings().value(name(key));
    const QVariant fallback = defaultValue(key);
    if (!stored.isValid())
        return fallback;
    // An INI file gives text back for numbers; answer in the type of the default.
    if (stored.metaType() != fallback.metaType() && stored.canConvert(fallback.metaType()))
        stored.convert(fallback.metaType());
    return stored;
}

void Config::set(Key key, const QVariant &value)
{
    QSettings().setValue(name(key), value);
}

void Config::reset(Key key)
{
    QSettings().remove(name(key));
}

QString Config::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Config::defaultValue(Key key)
{
    return entry(key).defaultValue();
}

QList<Config::Key> Config::keys()
{
    QList<Key> all;
    for (const Entry &e : table())
        all.append(e.key);
    return all;
}

QString Config::viewKey(const QString &page, const QString &view)
{
    return page + QLatin1Char('/') + view;
}

QByteArray Config::viewState(const QString &viewKey)
{
    return QSettings().value(viewKey).toByteArray();
}

void Config::setViewState(const QString &viewKey, const QByteArray &state)
{
    // An unchanged state is not written again: each write rewrites and syncs the whole settings file.
    QSettings settings;
    if (settings.value(viewKey).toByteArray() != state)
        settings.setValue(viewKey, state);
}

QVariantMap Config::columnMapping(const QString &signature)
{
    return QSettings().value(columnMappingKey(signature)).toMap();
}

void Config::setColumnMapping(const QString &signature, const QVariantMap &mapping)
{
    QSettings().setValue(columnMappingKey(signature), mapping);
}

} // namespace sn
