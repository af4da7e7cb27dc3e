// The settings of this computer: every key of the table keeps the QSettings name earlier versions wrote (so
// a clerk keeps the settings across an upgrade), returns its default while unset, and round-trips a value.
#include "services/Config.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace sn;

Q_DECLARE_METATYPE(sn::Config::Key)

namespace {

struct Expected
{
    const char *tag;
    Config::Key key;
    const char *name; // as earlier versions wrote it
    QVariant defaultValue;
    QVariant value;
};

QList<Expected> expected()
{
    using K = Config::Key;
    const QString keyFile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("district.key"));
    return {
        { "share folder", K::SyncShareFolder, "sync/share_folder", QString(), QStringLiteral("//server/共享/安全网") },
        { "key file", K::SyncKeyFile, "sync/key_file", keyFile, QStringLiteral("/media/usb/district.key") },
        { "sync minutes", K::SyncIntervalMinutes, "sync/interval_minutes", 5, 15 },
        { "last sync", K::SyncLastSuccess, "sync/last_success", QDateTime(),
            QDateTime(QDate(2026, 11, 28), QTime(10, 30)) },
        { "stations", K::SyncStations, "sync/stations", QByteArray(), QByteArray("[{\"station\":\"s-1\"}]") },
        { "backup folder", K::BackupFolder, "backup/folder", QString(), QStringLiteral("D:/备份") },
        { "language", K::Language, "ui/language", QString(), QStringLiteral("zh_CN") },
        { "last user", K::LastUser, "login/last_user", QString(), QStringLiteral("wangchuang") },
        { "geometry", K::MainWindowGeometry, "mainwindow/geometry", QByteArray(), QByteArray("\x01\x02geometry", 10) },
        { "state", K::MainWindowState, "mainwindow/state", QByteArray(), QByteArray("state") },
        { "splitter", K::MainWindowSplitter, "mainwindow/splitter", QByteArray(), QByteArray("splitter") },
    };
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SafetyNetTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_config"));
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void everyKeyIsTested();
    void keyRoundTrips_data();
    void keyRoundTrips();
    void viewStatesAndColumnMappingsKeepTheirNames();
};

void TestConfig::everyKeyIsTested()
{
    QList<Config::Key> tested;
    for (const Expected &e : expected())
        tested.append(e.key);
    QCOMPARE(tested, Config::keys());
    QStringList names;
    for (Config::Key key : Config::keys())
        names.append(Config::name(key));
    names.removeDuplicates();
    QCOMPARE(names.size(), Config::keys().size());
}

void TestConfig::keyRoundTrips_data()
{
    QTest::addColumn<Config::Key>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("defaultValue");
    QTest::addColumn<QVariant>("value");
    for (const Expected &e : expected())
        QTest::newRow(e.tag) << e.key << QString::fromLatin1(e.name) << e.defaultValue << e.value;
}

void TestConfig::keyRoundTrips()
{
    QFETCH(Config::Key, key);
    QFETCH(QString, name);
    QFETCH(QVariant, defaultValue);
    QFETCH(QVariant, value);

    QCOMPARE(Config::name(key), name);
    QCOMPARE(Config::defaultValue(key), defaultValue);
    QVERIFY(!QSettings().contains(name));
    QCOMPARE(Config::get(key), defaultValue);

    Config::set(key, value);
    QCOMPARE(Config::get(key), value);
    QVERIFY(QSettings().contains(name)); // under the old name, where an earlier version finds it too

    Config::reset(key);
    QVERIFY(!QSettings().contains(name));
    QCOMPARE(Config::get(key), defaultValue);

    // A value an earlier version wrote is read back.
    QSettings().setValue(name, value);
    QCOMPARE(Config::get(key), value);
}

void TestConfig::viewStatesAndColumnMappingsKeepTheirNames()
{
    const QString key = Config::viewKey(QStringLiteral("leads"), QStringLiteral("leadsView"));
    QCOMPARE(key, QStringLiteral("leads/leadsView"));
    QVERIFY(Config::viewState(key).isEmpty());
    Config::setViewState(key, QByteArray("header"));
    QCOMPARE(Config::viewState(key), QByteArray("header"));
    QCOMPARE(QSettings().value(QStringLiteral("leads/leadsView")).toByteArray(), QByteArray("header"));

    QVERIFY(Config::columnMapping(QStringLiteral("0123456789abcdef")).isEmpty());
    const QVariantMap mapping { { QStringLiteral("head_name"), 1 }, { QStringLiteral("phone"), -1 } };
    Config::setColumnMapping(QStringLiteral("0123456789abcdef"), mapping);
    QCOMPARE(Config::columnMapping(QStringLiteral("0123456789abcdef")), mapping);
    QCOMPARE(QSettings().value(QStringLiteral("columnMappings/0123456789abcdef")).toMap(), mapping);
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
