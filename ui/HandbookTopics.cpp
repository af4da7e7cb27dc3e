#include "HandbookTopics.h"

#include <QWidget>

namespace sn {

namespace {

struct Topic
{
    const char *className;
    const char *page;
};

// Dialogs before the pages that open them: the innermost match wins anyway, since parents are walked outwards.
const Topic Topics[] = {
    { "sn::FirstRunWizard", "start.html#first-run" },
    { "sn::LoginDialog", "start.html#sign-in" },
    { "sn::ChangePasswordDialog", "start.html#sign-in" },
    { "sn::LockScreen", "start.html#lock" },
    { "sn::WorkbenchPage", "workbench.html" },
    { "sn::RegistryPage", "registry.html" },
    { "sn::HouseholdForm", "intake.html" },
    { "sn::HistoryDialog", "intake.html#save" },
    { "sn::ReviewCalendarPage", "reviews.html" },
    { "sn::CompleteTaskDialog", "reviews.html#calendar" },
    { "sn::LeadsPage", "leads.html" },
    { "sn::ReportLeadDialog", "leads.html#report" },
    { "sn::LeadStepDialog", "leads.html#report" },
    { "sn::GrantDialog", "leads.html#report" },
    { "sn::ProxyDialog", "leads.html#report" },
    { "sn::LinkHouseholdDialog", "leads.html#report" },
    { "sn::ApplicationsPage", "applications.html" },
    { "sn::ServiceTeamPage", "service-team.html" },
    { "sn::PoliciesPage", "policies.html" },
    { "sn::ReferralDialog", "policies.html#referrals" },
    { "sn::PrintPage", "print.html#cards" },
    { "sn::SuspicionsPage", "department-data.html" },
    { "sn::ColumnMappingDialog", "department-data.html#import" },
    { "sn::VerifySuspicionDialog", "department-data.html#matching" },
    { "sn::SpreadsheetPage", "spreadsheets.html" },
    { "sn::AccountsPage", "accounts.html" },
    { "sn::ConflictsPage", "conflicts.html" },
    { "sn::SyncSettingsPage", "sync.html" },
    { "sn::BackupSettingsPage", "sync.html#backups" },
    { "sn::DistrictRulesPage", "settings.html#district-rules" },
    { "sn::LanguageSettingsPage", "settings.html#language" },
    { "sn::SettingsDialog", "settings.html" },
};

} // namespace

QString HandbookTopics::pageFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        for (const Topic &topic : Topics) {
            if (w->inherits(topic.className))
                return QString::fromLatin1(topic.page);
        }
    }
    return {};
}

QStringList HandbookTopics::pages()
{
    QStringList pages;
    for (const Topic &topic : Topics) {
        if (!pages.contains(QLatin1String(topic.page)))
            pages.append(QString::fromLatin1(topic.page));
    }
    return pages;
}

} // namespace sn
