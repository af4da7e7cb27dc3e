#pragma once

#include "domain/Result.h"
#include "domain/Role.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace sn {

class AccountsPage;
class ApplicationsPage;
class ChangesPage;
class AppServices;
class Database;
class RegionTree;
class HandbookWindow;
class HouseholdForm;
class HouseholdService;
class IdleLock;
class LeadsPage;
class RegistryPage;
class ReviewCalendarPage;
class ServiceTeamPage;
class PoliciesPage;
class SuspicionsPage;
class WorkbenchPage;
class ConflictsPage;
class SyncController;

// The clerk's desk: navigation on the left, one page at a time on the right, who and where in the status
// bar. Every way of opening a household (registry, workbench to-do, later pages) goes through
// openHousehold(), so the service's scope check and its message are the same everywhere.
// Only the workbench and the registry are built with the window; every other page is built the first time it
// is shown or asked for (reviews(), leads(), ...): the start of the desk does not pay for pages the clerk
// may not open that day.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, Session session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void showPage(QWidget *page);

    // The form of a household, or null (and the service's reason shown) when it may not be opened.
    HouseholdForm *openHousehold(const QString &householdId);
    HouseholdForm *newHousehold();
    void find(); // the registry with its search box focused

    const Session &session() const { return m_session; }
    HouseholdService &households();
    AppServices &services() { return *m_services; }
    WorkbenchPage *workbench() const { return m_workbench; }
    RegistryPage *registry() const { return m_registry; }
    // These build their page if it is not built yet.
    ReviewCalendarPage *reviews();
    LeadsPage *leads();
    ApplicationsPage *applications();
    ChangesPage *changes(); // built on first use
    ServiceTeamPage *serviceTeam();
    PoliciesPage *policies();
    SuspicionsPage *suspicions();
    IdleLock *idleLock() const { return m_idleLock; }
    QLabel *syncLabel() const { return m_sync; } // filled in by the sync feature
    SyncController *syncController() const { return m_syncController; }
    ConflictsPage *conflicts();
    AccountsPage *accounts(); // null for a session without ManageUsers (the page is not there)
    void showSettings(); // Tools › Settings (and a click on the sync label)
    QList<HouseholdForm *> openForms() const;
    // Help › User guide and F1 from any window of the desk: the handbook at the page about the widget in focus
    // (HandbookTopics), or about the page shown. Null when the handbook cannot be shown (a message said why).
    HandbookWindow *showHandbook();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // A page built when first needed: its slot in the stack holds an empty placeholder until then.
    QWidget *addLazyPage(const QString &title, const QIcon &icon, std::function<QWidget *()> build);
    QWidget *buildPage(int index); // the page at index, built now if it was not
    void buildNavigation();
    void buildLazyPages(const RegionTree &regions);
    QWidget *buildReviews(const RegionTree &regions);
    void buildWorkbench(const RegionTree &regions);
    void buildMenus();
    void buildStatusBar();
    void showDueChanges(const Result<int> &applied, const Result<int> &lapsed);
    void buildSync(); // conflicts page, sync controller and status, Tools menu
    void buildGoMenu();
    QString visitRecordedText(const QString &householdId);
    void restoreSettings();
    void saveSettings() const;
    void trackForm(HouseholdForm *form);
    void householdSaved();
    void intakeFromLead(const QString &leadId);
    void showAbout();

    Session m_session;
    std::unique_ptr<AppServices> m_services; // built here, the one place that holds the Database
    QSplitter *m_splitter = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    WorkbenchPage *m_workbench = nullptr;
    RegistryPage *m_registry = nullptr;
    ReviewCalendarPage *m_reviews = nullptr;
    LeadsPage *m_leads = nullptr;
    ApplicationsPage *m_applications = nullptr;
    ChangesPage *m_changes = nullptr;
    ServiceTeamPage *m_team = nullptr;
    PoliciesPage *m_policies = nullptr;
    SuspicionsPage *m_suspicions = nullptr;
    IdleLock *m_idleLock = nullptr;
    QLabel *m_sync = nullptr;
    SyncController *m_syncController = nullptr;
    ConflictsPage *m_conflicts = nullptr;
    AccountsPage *m_accounts = nullptr;
    HandbookWindow *m_handbook = nullptr; // made when first asked for
    QList<QPointer<HouseholdForm>> m_forms;
    QHash<QWidget *, std::function<QWidget *()>> m_builders; // placeholder -> what builds its page
    QWidget *m_reviewsSlot = nullptr;
    QWidget *m_leadsSlot = nullptr;
    QWidget *m_applicationsSlot = nullptr;
    QWidget *m_changesSlot = nullptr;
    QWidget *m_teamSlot = nullptr;
    QWidget *m_policiesSlot = nullptr;
    QWidget *m_suspicionsSlot = nullptr;
    QWidget *m_conflictsSlot = nullptr;
    QWidget *m_accountsSlot = nullptr;
};

} // namespace sn
