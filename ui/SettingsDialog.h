#pragma once

#include "domain/Role.h"

#include <QDialog>

class QTabWidget;

namespace sn {

class ApplicationSettingsPage;
class BackupSettingsPage;
class AppServices;
class DistrictRulesPage;
class LanguageSettingsPage;
class SyncSettingsPage;

// Tools › Settings: Sync, Backups, District rules, Applications (time limits, holiday calendar) and Language. Settings
// of this computer (shared folder, key file, sync interval, backup folder, language) are kept in QSettings through
// services/Config; district rules and application settings in the database, where they sync. OK saves everything;
// district rules refused by the service keep the dialog open.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { SyncPage, BackupPage, RulesPage, ApplicationSettings, LanguagePage };

    explicit SettingsDialog(AppServices &services, QWidget *parent = nullptr);

    void showPage(Page page);
    bool apply(); // false when something was refused (the reason was shown)

    QTabWidget *tabs() const { return m_tabs; }
    SyncSettingsPage *syncPage() const { return m_sync; }
    BackupSettingsPage *backupPage() const { return m_backup; }
    DistrictRulesPage *rulesPage() const { return m_rules; }
    ApplicationSettingsPage *applicationsPage() const { return m_applications; }
    LanguageSettingsPage *languagePage() const { return m_language; }

    void accept() override;

private:
    QTabWidget *m_tabs;
    SyncSettingsPage *m_sync;
    BackupSettingsPage *m_backup;
    DistrictRulesPage *m_rules;
    ApplicationSettingsPage *m_applications;
    LanguageSettingsPage *m_language;
};

} // namespace sn
