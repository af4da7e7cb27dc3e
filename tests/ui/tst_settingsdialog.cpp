// Settings: district rules and yearly standards through SettingsService (district administrators only),
// the district key file, the sync interval, backups and the language.
#include "DeskFixture.h"

#include "database/AuditLog.h"
#include "database/SettingsRepository.h"
#include "database/StandardsRepository.h"
#include "services/BackupService.h"
#include "services/Config.h"
#include "services/SettingsService.h"
#include "services/Translations.h"
#include "services/sync/SyncKey.h"
#include "ui/AppServices.h"
#include "ui/BackupSettingsPage.h"
#include "ui/DistrictRulesPage.h"
#include "ui/LanguageSettingsPage.h"
#include "ui/MachineSettings.h"
#include "ui/PendingRestore.h"
#include "ui/SettingsDialog.h"
#include "ui/SyncSettingsPage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void adminChangesRulesAndStandards();
    void clerkCannotChangeRules();
    void serviceValidatesRanges();
    void importKeyFile();
    void syncFolderAndInterval();
    void otherStationsShowHowFarBehind();
    void backupsListAndRestoreRequest();
    void pendingRestoreReplacesClosedDatabase();
    void languageTakesEffectAfterRestart();

private:
    int latestYear(DistrictRulesPage *page) const;
    void screenshot(QWidget &widget, const QString &name);

    DeskFixture m_fixture;
    Session m_clerk;
    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    prepareDeskTest();
    QVERIFY(m_fixture.create());
    m_clerk = m_fixture.addClerk(QStringLiteral("wang"), ChaoyangCode);
    QVERIFY(!m_clerk.userId.isEmpty());
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
}

int TestSettingsDialog::latestYear(DistrictRulesPage *page) const
{
    int year = 0;
    for (int row = 0; row < page->standardsTable()->rowCount(); ++row)
        year = std::max(
            year, page->standardsTable()->item(row, DistrictRulesPage::YearColumn)->data(Qt::UserRole).toInt());
    return year;
}

void TestSettingsDialog::screenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SN_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
}

void TestSettingsDialog::adminChangesRulesAndStandards()
{
    AppServices services(m_fixture.db(), m_fixture.admin());
    SettingsDialog dialog(services);
    dialog.show();
    QCOMPARE(dialog.tabs()->count(), 5); // sync, backups, district rules, applications, language
    DistrictRulesPage *rules = dialog.rulesPage();
    QVERIFY(rules->isEditable());
    QVERIFY(rules->edgeMultiplierBox()->isEnabled());
    QCOMPARE(rules->edgeMultiplierBox()->value(), 2.0);
    const int year = latestYear(rules);
    QVERIFY(year >= 2026);
    QDoubleSpinBox *dibao = rules->standardBox(year, AreaType::Urban, DistrictRulesPage::DibaoColumn);
    QVERIFY(dibao);
    QVERIFY(dibao->isEnabled());
    // The shipped figures are placeholders and say so.
    int row = 0;
    while (rules->standardsTable()->cellWidget(row, DistrictRulesPage::DibaoColumn) != dibao)
        ++row;
    QTableWidgetItem *flag = rules->standardsTable()->item(row, DistrictRulesPage::PlaceholderColumn);
    QCOMPARE(flag->checkState(), Qt::Checked);
    QCOMPARE(flag->text(), QStringLiteral("Placeholder"));
    dialog.showPage(SettingsDialog::RulesPage);
    screenshot(dialog, QStringLiteral("settings-rules.png"));
    screenshot(*rules->findChild<QScrollArea *>()->widget(), QStringLiteral("settings-rules-all.png"));

    rules->edgeMultiplierBox()->setValue(1.5);
    dibao->setValue(812.50);
    flag->setCheckState(Qt::Unchecked);
    QCOMPARE(flag->text(), QStringLiteral("Official"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(SettingsRepository(m_fixture.db()).value(setting::EdgeMultiplier).toDouble(), 1.5);
    const auto standard = StandardsRepository(m_fixture.db()).forYear(year, AreaType::Urban);
    QVERIFY(standard);
    QCOMPARE(standard->year, year);
    QCOMPARE(standard->dibaoMonthly, Fen(81250));
    QVERIFY(!standard->placeholder);
    // Each change is audited with its old and new value.
    const QList<AuditEntry> audit = AuditLog(m_fixture.db()).recent(20).value();
    const auto find = [&](const QString &field) {
        for (const AuditEntry &e : audit) {
            if (e.action == QLatin1String("setting") && e.field == field)
                return e;
        }
        return AuditEntry();
    };
    QCOMPARE(find(setting::EdgeMultiplier).oldValue, QStringLiteral("2"));
    QCOMPARE(find(setting::EdgeMultiplier).newValue, QStringLiteral("1.5"));
    QCOMPARE(find(setting::EdgeMultiplier).userId, m_fixture.admin().userId);
    QCOMPARE(find(QStringLiteral("dibao_monthly_fen")).newValue, QStringLiteral("81250"));
    QCOMPARE(find(QStringLiteral("dibao_monthly_fen")).recordId, QStringLiteral("%1-urban").arg(year));
    // Unchanged values are not written again.
    QCOMPARE(SettingsService(m_fixture.db(), m_fixture.admin())
                 .saveRules(SettingsService(m_fixture.db(), m_fixture.admin()).rules())
                 .value(),
        0);
}

void TestSettingsDialog::clerkCannotChangeRules()
{
    const double before = SettingsRepository(m_fixture.db()).value(setting::EdgeMultiplier).toDouble();
    AppServices services(m_fixture.db(), m_clerk);
    SettingsDialog dialog(services);
    DistrictRulesPage *rules = dialog.rulesPage();
    QVERIFY(!rules->isEditable());
    QVERIFY(!rules->edgeMultiplierBox()->isEnabled());
    QVERIFY(!rules->standardsTable()->isEnabled());
    QDoubleSpinBox *dibao = rules->standardBox(latestYear(rules), AreaType::Rural, DistrictRulesPage::DibaoColumn);
    QVERIFY(dibao && !dibao->isEnabled());
    QVERIFY(rules->findChild<QLabel *>(QStringLiteral("rulesNote"))
                ->text()
                .contains(QStringLiteral("Only the district administrator")));
    QVERIFY(!dialog.syncPage()->makeKeyButton()->isEnabled());
    dialog.accept(); // OK still works for the clerk's own computer settings
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The service refuses whatever the widgets allow.
    SettingsService service(m_fixture.db(), m_clerk);
    DistrictRules changed = service.rules();
    changed.edgeMultiplier = 3.0;
    auto refused = service.saveRules(changed);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QList<YearlyStandard> standards = service.standards();
    standards.first().dibaoMonthly += 100;
    QCOMPARE(service.saveStandards(standards).error().kind, Error::Kind::Forbidden);
    QCOMPARE(SettingsRepository(m_fixture.db()).value(setting::EdgeMultiplier).toDouble(), before);
}

void TestSettingsDialog::serviceValidatesRanges()
{
    SettingsService service(m_fixture.db(), m_fixture.admin());
    DistrictRules r = service.rules();
    r.edgeMultiplier = 0.5;
    auto refused = service.saveRules(r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(refused.error().field, setting::EdgeMultiplier);
    r = service.rules();
    r.supervisionHotline = QStringLiteral("call us");
    QCOMPARE(service.saveRules(r).error().field, setting::SupervisionHotline);
    QList<YearlyStandard> standards = service.standards();
    standards.first().dibaoMonthly = 0;
    QCOMPARE(service.saveStandards(standards).error().kind, Error::Kind::Invalid);
    // A rhythm and a lead deadline, saved and read back.
    r = service.rules();
    r.rhythms.set(Tier::Green, TaskType::MonthlyContact, 2);
    r.leadEmergencyHours = 6;
    QVERIFY(service.saveRules(r));
    QCOMPARE(service.rules().rhythms.interval(Tier::Green, TaskType::MonthlyContact), 2);
    QCOMPARE(SettingsRepository(m_fixture.db()).value(SettingsService::LeadEmergencyHours).toInt(), 6);
}

// The sync page lists the other stations as the last sync found them, and says why one is behind.
void TestSettingsDialog::otherStationsShowHowFarBehind()
{
    StationLag behind;
    behind.station = QStringLiteral("st-north");
    behind.name = QStringLiteral("北园村工作站");
    behind.published = 9;
    behind.appliedHere = 6;
    behind.reason = QStringLiteral("st-north/00000007.bundle: waiting for bundle 7 of this station");
    behind.hasOurs = 4;
    behind.oursBehind = 2;
    behind.acknowledgedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30));
    StationLag current;
    current.station = QStringLiteral("st-south");
    current.published = 3;
    current.appliedHere = 3;
    MachineSettings::setSyncStations({ behind, current });
    AppServices services(m_fixture.db(), m_fixture.admin());
    SettingsDialog dialog(services);
    QTableWidget *table = dialog.syncPage()->stationsTable();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("北园村工作站")));
    QVERIFY2(table->item(0, 1)->text().contains(QStringLiteral("3")), qPrintable(table->item(0, 1)->text()));
    QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("2")));
    QCOMPARE(table->item(0, 4)->text(), behind.reason);
    QVERIFY(table->item(1, 2)->text().contains(QStringLiteral("not acknowledged")));
    MachineSettings::setSyncStations({});
}

void TestSettingsDialog::importKeyFile()
{
    const QString source = m_dir.filePath(QStringLiteral("usb/district.key"));
    QVERIFY(QDir().mkpath(QFileInfo(source).absolutePath()));
    const SyncKey key = SyncKey::generate(QStringLiteral("城北区"));
    QVERIFY(key.save(source));
    QFile::remove(MachineSettings::defaultKeyFile()); // left by an earlier run (test-mode data folder)
    AppServices services(m_fixture.db(), m_fixture.admin());
    SettingsDialog dialog(services);
    SyncSettingsPage *page = dialog.syncPage();
    // A district station holds the district's keys from the day it was made.
    QVERIFY2(
        page->keyLabel()->text().contains(QStringLiteral("holds the keys of")), qPrintable(page->keyLabel()->text()));
    QVERIFY(page->importKey(source));
    const QString installed = MachineSettings::keyFile();
    QCOMPARE(installed, MachineSettings::defaultKeyFile());
    QVERIFY(installed.endsWith(QStringLiteral("/district.key")));
    QVERIFY(QFile::exists(installed));
    QCOMPARE(QFile::permissions(installed)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QCOMPARE(SyncKey::load(installed)->id(), key.id());
    QVERIFY(page->keyLabel()->text().contains(key.id()));
    QVERIFY(page->keyLabel()->text().contains(QStringLiteral("城北区")));
    // Not a key file: refused with the reason.
    const QString junk = m_dir.filePath(QStringLiteral("junk.key"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    QVERIFY(!page->importKey(junk));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not a SafetyNet district key")));
    // A district administrator makes a new key file where they choose (and, answering yes, uses it here).
    const QString made = m_dir.filePath(QStringLiteral("new/district.key"));
    QVERIFY(QDir().mkpath(QFileInfo(made).absolutePath()));
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(page->makeKey(made));
    QVERIFY(SyncKey::load(made));
    QVERIFY(SyncKey::load(made)->id() != key.id());
    QCOMPARE(SyncKey::load(installed)->id(), key.id()); // "no": this station keeps its key
}

void TestSettingsDialog::syncFolderAndInterval()
{
    AppServices services(m_fixture.db(), m_clerk);
    SettingsDialog dialog(services);
    QCOMPARE(dialog.syncPage()->intervalBox()->value(), Config::defaultValue(Config::Key::SyncIntervalMinutes).toInt());
    dialog.syncPage()->shareEdit()->setText(m_dir.path());
    dialog.syncPage()->intervalBox()->setValue(15);
    dialog.showPage(SettingsDialog::SyncPage);
    dialog.show();
    screenshot(dialog, QStringLiteral("settings-sync.png"));
    dialog.accept();
    QCOMPARE(MachineSettings::shareFolder(), m_dir.path());
    QCOMPARE(MachineSettings::syncMinutes(), 15);
}

void TestSettingsDialog::backupsListAndRestoreRequest()
{
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    AppServices services(m_fixture.db(), m_fixture.admin());
    SettingsDialog dialog(services);
    BackupSettingsPage *page = dialog.backupPage();
    QCOMPARE(page->folder(), BackupService::defaultFolder(m_fixture.db().path()));
    page->folderEdit()->setText(folder);
    page->refresh();
    QCOMPARE(page->table()->rowCount(), 0);
    QVERIFY(page->backUpNow());
    QVERIFY(page->table()->rowCount() >= 1); // today's daily (and this week's weekly) copy
    QVERIFY(page->backUpNow()); // again: today's copy is replaced, not duplicated
    const int rows = page->table()->rowCount();
    QVERIFY(rows >= 1 && rows <= 2);
    QVERIFY(page->table()->item(0, BackupSettingsPage::SizeColumn)->text().contains(QLatin1Char('B')));
    dialog.showPage(SettingsDialog::BackupPage);
    dialog.show();
    screenshot(dialog, QStringLiteral("settings-backups.png"));

    page->table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!page->restoreSelected());
    QVERIFY(!PendingRestore::isRequested());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(page->restoreSelected());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("since that backup is replaced")));
    QCOMPARE(PendingRestore::requested(),
        page->table()->item(0, BackupSettingsPage::DateColumn)->data(Qt::UserRole).toString());
    QVERIFY(!dialog.isVisible()); // the dialog closed: the desk quits to restore
    PendingRestore::cancel();
    QVERIFY(!PendingRestore::isRequested());
    dialog.accept();
    QCOMPARE(MachineSettings::backupFolder(m_fixture.db().path()), folder);
}

void TestSettingsDialog::pendingRestoreReplacesClosedDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("restore/station.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QString backup;
    QString id;
    {
        auto db = StationService::initialize(
            path, QStringLiteral("城北区"), QStringLiteral("恢复测试"), RegionTree::builtIn());
        QVERIFY(db);
        auto made = BackupService::backupNow(*db.value(), m_dir.filePath(QStringLiteral("restore/backups")));
        QVERIFY(made);
        backup = made.value();
        auto created = HouseholdService(*db.value(), Session::system()).create([] {
            Household h = household();
            h.categoryOverrideReason = QStringLiteral("test");
            return h;
        }());
        QVERIFY2(created, qPrintable(created.error().message));
        id = created.value();
    }
    PendingRestore::request(backup);
    QVERIFY(PendingRestore::run(path));
    QVERIFY(!PendingRestore::isRequested());
    auto reopened = Database::open(path);
    QVERIFY(reopened);
    QVERIFY(!HouseholdService(*reopened.value(), Session::system()).get(id)); // made after the backup: gone
}

void TestSettingsDialog::languageTakesEffectAfterRestart()
{
    Translations::setPreferredLanguage(QStringLiteral("zh_CN"));
    AppServices services(m_fixture.db(), m_clerk);
    SettingsDialog dialog(services);
    QComboBox *box = dialog.languagePage()->languageBox();
    QCOMPARE(box->currentData().toString(), QStringLiteral("zh_CN"));
    box->setCurrentIndex(box->findData(QStringLiteral("en")));
    dialog.accept();
    QCOMPARE(Translations::preferredLanguage(), QStringLiteral("en"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("next time SafetyNet starts")));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
