#include "SettingsDialog.h"

#include "AppServices.h"

#include "ApplicationSettingsPage.h"
#include "BackupSettingsPage.h"
#include "DistrictRulesPage.h"
#include "LanguageSettingsPage.h"
#include "MessageBox.h"
#include "ScreenFit.h"
#include "SyncSettingsPage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sn {

SettingsDialog::SettingsDialog(AppServices &services, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_sync(new SyncSettingsPage(services, m_tabs))
    , m_backup(new BackupSettingsPage(services, m_tabs))
    , m_rules(new DistrictRulesPage(services.settings(), services.session(), m_tabs))
    , m_applications(new ApplicationSettingsPage(services.applications(), services.session(), m_tabs))
    , m_language(new LanguageSettingsPage(m_tabs))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(m_sync, tr("&Sync"));
    m_tabs->addTab(m_backup, tr("&Backups"));
    m_tabs->addTab(m_rules, tr("District &rules"));
    m_tabs->addTab(m_applications, tr("Appli&cations"));
    m_tabs->addTab(m_language, tr("&Language"));
    m_tabs->setTabToolTip(RulesPage, tr("Rules that apply to every station of the district"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    // A restore closes the dialog at once (the desk then quits to restore); other changes are kept.
    connect(m_backup, &BackupSettingsPage::restoreRequested, this, &SettingsDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resizeToScreen(this, QSize(900, 680));
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

bool SettingsDialog::apply()
{
    if (!m_rules->save()) {
        showPage(RulesPage);
        return false;
    }
    if (!m_applications->save()) {
        showPage(ApplicationSettings);
        return false;
    }
    m_sync->apply();
    m_backup->apply();
    if (m_language->apply())
        MessageBox::information(
            this, tr("Language"), tr("The new language takes effect the next time SafetyNet starts."));
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace sn
