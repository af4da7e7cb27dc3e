#include "MainWindow.h"

#include "Icons.h"
#include "domain/Format.h"
#include "domain/Tier.h"

#include "AccountsPage.h"
#include "AppServices.h"
#include "ApplicationsPage.h"
#include "ChangesPage.h"
#include "ConflictsPage.h"
#include "HandbookTopics.h"
#include "HandbookWindow.h"
#include "HouseholdForm.h"
#include "IdleLock.h"
#include "LeadsPage.h"
#include "MessageBox.h"
#include "PendingRestore.h"
#include "PoliciesPage.h"
#include "PrintPage.h"
#include "ProposeChangeDialog.h"
#include "ReferralDialog.h"
#include "RegistryPage.h"
#include "ReviewCalendarPage.h"
#include "ReviewSummaryPanel.h"
#include "ScreenFit.h"
#include "ServiceTeamPage.h"
#include "SettingsDialog.h"
#include "SpreadsheetPage.h"
#include "SuspicionsPage.h"
#include "SyncController.h"
#include "SyncStatusIndicator.h"
#include "WorkbenchPage.h"

#include "database/Database.h"
#include "services/AccountService.h"
#include "services/ChangeService.h"
#include "services/Config.h"
#include "services/HouseholdService.h"
#include "services/LeadService.h"
#include "services/ReferralService.h"
#include "services/StationService.h"
#include "services/TaskListExport.h"
#include "services/documents/Document.h"
#include "services/documents/DocumentService.h"
#include "services/documents/FlowDocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace sn {

namespace {

// The month's task list of the documents feature, for the region the tasks share (the township and the village
// when they are all in one).
Result<std::unique_ptr<doc::Document>> taskListDocument(
    DocumentService &documents, const QList<TaskRow> &tasks, const QDate &month)
{
    QString township, village;
    if (!tasks.isEmpty()) {
        township = tasks.first().townshipCode;
        village = tasks.first().villageCode;
        for (const TaskRow &t : tasks) {
            if (t.townshipCode != township)
                township.clear();
            if (t.villageCode != village)
                village.clear();
        }
    }
    auto document = documents.taskList(month, township, village);
    if (!document)
        return document.error();
    return std::unique_ptr<doc::Document>(std::move(document.value()));
}

} // namespace

MainWindow::MainWindow(Database &db, Session session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_services(std::make_unique<AppServices>(db, m_session))
{
    setObjectName(QStringLiteral("mainWindow"));
    const StationInfo station = m_services->stationInfo();
    const QString where = station.townshipName.isEmpty() ? station.districtName : station.townshipName;
    setWindowTitle(tr("SafetyNet — %1 (%2)").arg(station.stationName, where));
    setWindowIcon(QIcon(QStringLiteral(":/icons/safetynet.svg")));
    // Before any page counts households: a change of payment whose month has begun is in effect from today.
    const Result<int> dueChanges = m_services->changes().applyDueHere();
    const Result<int> lapsed = m_services->changes().lapseFindingsHere();

    buildNavigation();
    const RegionTree regions = m_services->regions();
    m_workbench = new WorkbenchPage(*m_services, m_pages);
    addPage(m_workbench, tr("Workbench"), Icons::get(Icons::Name::Workbench));
    m_registry = new RegistryPage(m_services->households(), regions, m_pages);
    addPage(m_registry, tr("Households"), Icons::get(Icons::Name::Households));
    connect(m_registry, &RegistryPage::openRequested, this, &MainWindow::openHousehold);
    connect(m_registry, &RegistryPage::newRequested, this, &MainWindow::newHousehold);
    connect(m_workbench, &WorkbenchPage::householdRequested, this, &MainWindow::openHousehold);
    buildLazyPages(regions);
    buildWorkbench(regions);

    m_idleLock = new IdleLock(m_services->accounts(), m_session, this, this);
    connect(m_idleLock, &IdleLock::quitRequested, qApp, &QCoreApplication::quit);

    buildMenus();
    buildStatusBar();
    showDueChanges(dueChanges, lapsed);
    buildSync();
    buildGoMenu();
    resizeToScreen(this, QSize(1280, 800));
    restoreSettings();
}

void MainWindow::buildNavigation()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_nav = new QListWidget(m_splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setMinimumWidth(120);
    m_pages = new QStackedWidget(m_splitter);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 170, 1030 });
    setCentralWidget(m_splitter);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        buildPage(row); // while another page is current: the placeholder is swapped out unseen
        m_pages->setCurrentIndex(row);
    });
}

// The pages after the workbench and the registry, built when first shown (or asked for): see addLazyPage().
void MainWindow::buildLazyPages(const RegionTree &regions)
{
    const auto shared = std::make_shared<const RegionTree>(regions);
    m_reviewsSlot = addLazyPage(
        tr("Reviews"), Icons::get(Icons::Name::Reviews), [this, shared] { return buildReviews(*shared); });
    m_leadsSlot = addLazyPage(tr("Leads"), Icons::get(Icons::Name::Leads), [this, shared] {
        m_leads = new LeadsPage(m_services->leads(), m_services->serviceTeam(), m_session, *shared, m_pages);
        connect(m_leads, &LeadsPage::householdRequested, this, &MainWindow::openHousehold);
        connect(m_leads, &LeadsPage::intakeRequested, this, &MainWindow::intakeFromLead);
        return m_leads;
    });
    m_applicationsSlot = addLazyPage(tr("Applications"), Icons::get(Icons::Name::Applications), [this, shared] {
        m_applications = new ApplicationsPage(m_services->applications(), m_session, *shared, m_pages);
        return m_applications;
    });
    m_changesSlot = addLazyPage(tr("Changes"), Icons::get(Icons::Name::Changes), [this] {
        m_changes = new ChangesPage(
            m_services->changes(), m_services->households(), m_services->documents(), m_session, m_pages);
        return m_changes;
    });
    m_teamSlot = addLazyPage(tr("Service team"), Icons::get(Icons::Name::ServiceTeam), [this, shared] {
        m_team = new ServiceTeamPage(m_services->serviceTeam(), m_session, *shared, m_pages);
        return m_team;
    });
    m_policiesSlot = addLazyPage(tr("Policies"), Icons::get(Icons::Name::Policies), [this] {
        m_policies = new PoliciesPage(*m_services, m_pages);
        connect(m_policies, &PoliciesPage::householdRequested, this, &MainWindow::openHousehold);
        return m_policies;
    });
    addLazyPage(tr("Print"), Icons::get(Icons::Name::Print),
        [this, shared] { return new PrintPage(m_services->cards(), m_session, *shared, m_pages); });
    m_suspicionsSlot = addLazyPage(tr("Department data"), Icons::get(Icons::Name::DepartmentData), [this, shared] {
        m_suspicions = new SuspicionsPage(*m_services, *shared, m_pages);
        connect(m_suspicions, &SuspicionsPage::householdRequested, this, &MainWindow::openHousehold);
        connect(m_suspicions, &SuspicionsPage::leadsMade, this, [this] {
            if (m_leads) // not built yet: it reads the new leads when first shown
                m_leads->refresh();
        });
        return m_suspicions;
    });
    addLazyPage(tr("Spreadsheets"), Icons::get(Icons::Name::Spreadsheets),
        [this] { return new SpreadsheetPage(*m_services, m_pages); });
    // Administrators only: the district's accounts, or a township administrator's own township's.
    if (m_session.can(Permission::ManageUsers))
        m_accountsSlot = addLazyPage(tr("Accounts"), Icons::get(Icons::Name::Accounts), [this, shared] {
            m_accounts = new AccountsPage(m_services->accounts(), m_session, *shared, m_pages);
            return m_accounts;
        });
}

AccountsPage *MainWindow::accounts()
{
    if (!m_accounts && m_accountsSlot)
        buildPage(m_pages->indexOf(m_accountsSlot));
    return m_accounts;
}

QWidget *MainWindow::buildReviews(const RegionTree &regions)
{
    m_reviews = new ReviewCalendarPage(m_services->reviews(), m_session, regions, m_pages);
    connect(m_reviews, &ReviewCalendarPage::householdRequested, this, &MainWindow::openHousehold);
    connect(m_reviews, &ReviewCalendarPage::visitRecorded, this,
        [this](const QString &id) { statusBar()->showMessage(visitRecordedText(id), 30000); });
    // The month's task list for workers who go out without a computer: a printable PDF and an Excel workbook.
    DocumentService &documents = m_services->documents();
    m_reviews->addMonthExporter(tr("PDF for printing…"), tr("PDF (*.pdf)"),
        [&documents](const QList<TaskRow> &tasks, const QDate &month, const QString &path) -> Status {
            auto document = taskListDocument(documents, tasks, month);
            if (!document)
                return document.error();
            return doc::Rendering::writePdf(*document.value(), path);
        });
    m_reviews->addMonthPrinter(tr("Print task list…"), [&documents](const QList<TaskRow> &tasks, const QDate &month) {
        return taskListDocument(documents, tasks, month);
    });
    m_reviews->addMonthExporter(tr("Excel workbook…"), tr("Excel workbook (*.xlsx)"),
        [regions](const QList<TaskRow> &tasks, const QDate &month, const QString &path) {
            return TaskListExport::writeXlsx(tasks, month, regions, path);
        });
    return m_reviews;
}

// The workbench's panels and the sources of its to-do list.
void MainWindow::buildWorkbench(const RegionTree &regions)
{
    auto *reviewSummary = new ReviewSummaryPanel(*m_services, regions);
    m_workbench->addPanel(reviewSummary);
    connect(m_workbench, &WorkbenchPage::refreshed, reviewSummary, &ReviewSummaryPanel::refresh);
    connect(reviewSummary, &ReviewSummaryPanel::calendarRequested, this, [this] { showPage(reviews()); });
    m_workbench->addTodoSource(ReviewCalendarPage::todoSource(m_services->reviews(), regions));
    m_workbench->addTodoSource(LeadsPage::todoSource(m_services->leads()));
    m_workbench->addTodoSource(
        ApplicationsPage::todoSource(m_services->applications(), [this] { showPage(applications()); }));
    // Records to complete: imported ledgers rarely carry the start date or every ID number.
    m_workbench->addTodoSource([this] {
        QList<TodoItem> items;
        HouseholdQuery query;
        query.toCompleteOnly = true;
        if (auto n = m_services->households().count(query); n && n.value() > 0)
            items.append({ tr("%n record(s) to complete (start date unknown or ID number missing)", nullptr, n.value()),
                {}, {}, [this] {
                    showPage(m_registry);
                    m_registry->showRecordsToComplete();
                } });
        return items;
    });
    // 刚性支出困难 findings to renew before their 12 months run out (issue 22, item 7): one line per household.
    m_workbench->addTodoSource([&changes = m_services->changes()] {
        QList<TodoItem> items;
        auto due = changes.renewalsDue();
        if (!due)
            return items;
        for (const CategoryFinding &f : std::as_const(due.value())) {
            const QDate lapses = CategoryNames::lapsesOn(Category::Expenditure, f.foundOn);
            TodoItem item { MainWindow::tr("Renew the expenditure-type finding of %1 (found %2) before %3")
                                .arg(f.headName, format::date(f.foundOn), format::date(lapses)),
                QDateTime(lapses, QTime(0, 0)), f.householdId };
            item.allDay = true;
            items.append(item);
        }
        return items;
    });
    if (m_session.can(Permission::EditStandards)) {
        // Each department enters its policies by 30 April (plan 三.(四)): remind the bureau of those not reviewed.
        m_workbench->addTodoSource([&referrals = m_services->referrals()] {
            QList<TodoItem> items;
            if (auto due = referrals.policiesDueForReview(); due && !due->isEmpty()) {
                TodoItem item { MainWindow::tr("%n referral policy(ies) to review by %1", nullptr, int(due->size()))
                                    .arg(format::date(referrals.reviewDeadline())),
                    QDateTime(referrals.reviewDeadline(), QTime(17, 0)), QString() };
                item.allDay = true; // the date is in the text already
                items.append(item);
            }
            return items;
        });
    }
}

MainWindow::~MainWindow() = default;

HouseholdService &MainWindow::households()
{
    return m_services->households();
}

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_nav);
    item->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 16));
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
}

QWidget *MainWindow::addLazyPage(const QString &title, const QIcon &icon, std::function<QWidget *()> build)
{
    auto *placeholder = new QWidget(m_pages);
    m_builders.insert(placeholder, std::move(build));
    addPage(placeholder, title, icon);
    return placeholder;
}

QWidget *MainWindow::buildPage(int index)
{
    QWidget *slot = m_pages->widget(index);
    const auto it = m_builders.find(slot);
    if (it == m_builders.end())
        return slot;
    const std::function<QWidget *()> build = std::move(it.value());
    m_builders.erase(it);
    QWidget *page = build();
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(slot);
    if (current)
        m_pages->setCurrentIndex(index);
    slot->deleteLater(); // a caller may still hold it (showPage(pages->widget(i)))
    return page;
}

ReviewCalendarPage *MainWindow::reviews()
{
    if (!m_reviews)
        buildPage(m_pages->indexOf(m_reviewsSlot));
    return m_reviews;
}

LeadsPage *MainWindow::leads()
{
    if (!m_leads)
        buildPage(m_pages->indexOf(m_leadsSlot));
    return m_leads;
}

ApplicationsPage *MainWindow::applications()
{
    if (!m_applications)
        buildPage(m_pages->indexOf(m_applicationsSlot));
    return m_applications;
}

ChangesPage *MainWindow::changes()
{
    if (!m_changes)
        buildPage(m_pages->indexOf(m_changesSlot));
    return m_changes;
}

PoliciesPage *MainWindow::policies()
{
    if (!m_policies)
        buildPage(m_pages->indexOf(m_policiesSlot));
    return m_policies;
}

ServiceTeamPage *MainWindow::serviceTeam()
{
    if (!m_team)
        buildPage(m_pages->indexOf(m_teamSlot));
    return m_team;
}

SuspicionsPage *MainWindow::suspicions()
{
    if (!m_suspicions)
        buildPage(m_pages->indexOf(m_suspicionsSlot));
    return m_suspicions;
}

ConflictsPage *MainWindow::conflicts()
{
    if (!m_conflicts)
        buildPage(m_pages->indexOf(m_conflictsSlot));
    return m_conflicts;
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_nav->setCurrentRow(index);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(
        Icons::get(Icons::Name::NewHousehold), tr("&New household…"), this, &MainWindow::newHousehold);
    newAction->setObjectName(QStringLiteral("actionNewHousehold"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setEnabled(m_session.can(Permission::EditHouseholds));
    file->addSeparator();
    QAction *lock = file->addAction(tr("&Lock desk"), m_idleLock, &IdleLock::lock);
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setIcon(Icons::get(Icons::Name::Lock));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setStatusTip(tr("Hide everything until your password is entered again"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setIcon(Icons::get(Icons::Name::Quit));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *findAction = edit->addAction(tr("&Find household"), this, &MainWindow::find);
    findAction->setObjectName(QStringLiteral("actionFind"));
    findAction->setIcon(Icons::get(Icons::Name::Find));
    findAction->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showHandbook);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setIcon(Icons::get(Icons::Name::UserGuide));
    guide->setShortcut(QKeySequence::HelpContents);
    // F1 from every window of the desk (an open household form is a window of its own).
    guide->setShortcutContext(Qt::ApplicationShortcut);
    guide->setStatusTip(tr("The handbook, at the page about where you are"));
    QAction *about
        = help->addAction(Icons::get(Icons::Name::About), tr("&About SafetyNet"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    const StationInfo info = m_services->stationInfo();
    auto *who = new QLabel(tr("User: %1 (%2)").arg(m_session.userName, Roles::display(m_session.role)), this);
    who->setObjectName(QStringLiteral("statusUser"));
    const QString where = info.townshipName.isEmpty() ? info.districtName : info.townshipName;
    auto *station = new QLabel(tr("Station: %1 · %2").arg(info.stationName, where), this);
    station->setObjectName(QStringLiteral("statusStation"));
    auto *file = new QLabel(tr("Database: %1").arg(QFileInfo(m_services->databasePath()).fileName()), this);
    file->setObjectName(QStringLiteral("statusDatabase"));
    file->setToolTip(QDir::toNativeSeparators(m_services->databasePath()));
    m_sync = new QLabel(tr("Sync: not set up"), this);
    m_sync->setObjectName(QStringLiteral("statusSync"));
    statusBar()->addWidget(who);
    statusBar()->addWidget(station);
    statusBar()->addPermanentWidget(file);
    statusBar()->addPermanentWidget(m_sync);
}

void MainWindow::showDueChanges(const Result<int> &applied, const Result<int> &lapsed)
{
    QStringList said;
    if (!applied)
        said.append(tr("Changes of payment due this month could not be applied: %1").arg(applied.error().message));
    else if (applied.value() > 0)
        said.append(tr("%n change(s) of payment took effect: their month has begun.", nullptr, applied.value()));
    if (!lapsed)
        said.append(tr("Lapsed findings could not be recorded: %1").arg(lapsed.error().message));
    else if (lapsed.value() > 0)
        said.append(
            tr("%n expenditure-type finding(s) lapsed: not renewed within 12 months.", nullptr, lapsed.value()));
    if (!said.isEmpty())
        statusBar()->showMessage(said.join(QLatin1Char(' ')));
}

void MainWindow::restoreSettings()
{
    restoreGeometry(Config::get(Config::Key::MainWindowGeometry).toByteArray());
    restoreState(Config::get(Config::Key::MainWindowState).toByteArray());
    m_splitter->restoreState(Config::get(Config::Key::MainWindowSplitter).toByteArray());
}

void MainWindow::saveSettings() const
{
    Config::set(Config::Key::MainWindowGeometry, saveGeometry());
    Config::set(Config::Key::MainWindowState, saveState());
    Config::set(Config::Key::MainWindowSplitter, m_splitter->saveState());
    m_registry->saveSettings();
    // Pages never built have nothing of their own to remember.
    if (m_reviews)
        m_reviews->saveSettings();
    if (m_leads)
        m_leads->saveSettings();
    if (m_suspicions)
        m_suspicions->saveSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each form asks about its own unsaved changes; one "keep editing" keeps the desk open.
    for (HouseholdForm *form : openForms()) {
        if (!form->close()) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

QList<HouseholdForm *> MainWindow::openForms() const
{
    QList<HouseholdForm *> forms;
    for (const QPointer<HouseholdForm> &f : m_forms) {
        if (f && f->isVisible())
            forms.append(f);
    }
    return forms;
}

void MainWindow::trackForm(HouseholdForm *form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &HouseholdForm::saved, this, &MainWindow::householdSaved);
    connect(form, &HouseholdForm::referRequested, this, [this, form](const QString &id, const QString &name) {
        auto *dialog = new ReferralDialog(m_services->referrals(), m_services->households(), id, name, form);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(form, &HouseholdForm::changeRequested, this, [this, form](const QString &id, const QString &name) {
        auto *dialog = new ProposeChangeDialog(m_services->changes(), id, name, form);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            statusBar()->showMessage(tr("Change of payment proposed: the bureau confirms it on the Changes page."));
            if (m_changes)
                m_changes->refresh();
        });
        dialog->open();
    });
    m_forms.removeAll(nullptr);
    m_forms.append(form);
    form->show();
    form->raise();
    form->activateWindow();
}

HouseholdForm *MainWindow::openHousehold(const QString &householdId)
{
    for (HouseholdForm *form : openForms()) {
        if (form->householdId() == householdId) {
            form->raise();
            form->activateWindow();
            return form;
        }
    }
    // The service decides (role and township scope); its message says why not.
    auto household = m_services->households().get(householdId);
    if (!household) {
        MessageBox::warning(this, tr("Open household"), household.error().message);
        return nullptr;
    }
    auto *form = new HouseholdForm(m_services->households(), householdId, this);
    trackForm(form);
    return form;
}

HouseholdForm *MainWindow::newHousehold()
{
    if (!m_session.can(Permission::EditHouseholds)) {
        MessageBox::warning(this, tr("New household"),
            tr("Your role (%1) may not register households.").arg(Roles::display(m_session.role)));
        return nullptr;
    }
    auto *form = new HouseholdForm(m_services->households(), QString(), this);
    trackForm(form);
    return form;
}

void MainWindow::householdSaved()
{
    m_registry->refresh();
    m_workbench->refresh();
    if (m_syncController)
        m_syncController->refreshCounts(); // a save adds pending changes
    if (m_reviews) // not built yet: it reads the schedule when first shown
        m_reviews->refresh(); // a save recomputes the tier and the schedule
}

void MainWindow::intakeFromLead(const QString &leadId)
{
    // The form starts from what the lead already says; the saved household is linked to the lead.
    HouseholdForm *form = newHousehold();
    if (!form)
        return;
    if (auto draft = m_services->leads().intakeDraft(leadId))
        form->setDraft(draft.value());
    connect(form, &HouseholdForm::saved, leads(),
        [this, leadId](const QString &householdId) { m_leads->linkRegisteredHousehold(leadId, householdId); });
}

void MainWindow::find()
{
    showPage(m_registry);
    m_registry->focusSearch();
}

HandbookWindow *MainWindow::showHandbook()
{
    // The page about the widget in focus (a form, a dialog, a page), else about the page shown.
    QString page = HandbookTopics::pageFor(QApplication::focusWidget());
    if (page.isEmpty())
        page = HandbookTopics::pageFor(m_pages->currentWidget());
    if (!m_handbook)
        m_handbook = new HandbookWindow(this);
    if (!m_handbook->problem().isEmpty()) {
        MessageBox::warning(this, tr("User guide"),
            tr("%1\n\nThe handbook is also installed as a PDF in /usr/share/doc/safetynet/.")
                .arg(m_handbook->problem()));
        return nullptr;
    }
    m_handbook->showPage(page.isEmpty() ? HandbookTopics::defaultPage() : page);
    return m_handbook;
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About SafetyNet"),
        tr("SafetyNet (安全网) %1\nCase management for township social-assistance windows: "
           "households, active discovery of people in difficulty, reviews and reports.")
            .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(SN_VERSION)
                                                                  : QCoreApplication::applicationVersion()));
}

void MainWindow::buildSync()
{
    m_conflictsSlot = addLazyPage(tr("Conflicts"), Icons::get(Icons::Name::Conflicts), [this] {
        m_conflicts = new ConflictsPage(*m_services, m_pages);
        return m_conflicts;
    });
    m_syncController = new SyncController(*m_services, this);
    auto *indicator = new SyncStatusIndicator(m_syncController, m_sync, statusBar(), this);
    connect(indicator, &SyncStatusIndicator::settingsRequested, this, &MainWindow::showSettings);
    connect(m_syncController, &SyncController::finished, this, [this] {
        if (m_conflicts) // not built yet: it reads the conflicts when first shown
            m_conflicts->refresh();
        if (m_syncController->lastReport().appliedChanges > 0)
            householdSaved(); // others' changes arrived: the lists and the schedule show them
    });

    QMenu *tools = new QMenu(tr("&Tools"), menuBar());
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), tools); // before Help
    QAction *syncNow = tools->addAction(tr("&Sync now"), this, [this] {
        if (!m_syncController->syncNow())
            MessageBox::warning(this, tr("Sync"), m_syncController->lastError());
    });
    syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    syncNow->setIcon(Icons::get(Icons::Name::Sync));
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    syncNow->setStatusTip(tr("Exchange changes with the other stations through the shared folder now"));
    QAction *conflicts = tools->addAction(tr("&Conflicts"), this, [this] { showPage(this->conflicts()); });
    conflicts->setObjectName(QStringLiteral("actionConflicts"));
    conflicts->setIcon(Icons::get(Icons::Name::Conflict));
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("S&ettings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setIcon(Icons::get(Icons::Name::Settings));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    m_syncController->setAutomatic(true);
}

namespace {

// Focus on the first control of `page` Tab would reach, so that typing goes on there.
void focusFirstField(QWidget *page)
{
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace

// Every page from the keyboard: Go lists them with Ctrl+1 to Ctrl+9 and Ctrl+0 for the first ten (shown in the
// menu and in the navigation's tool tips), and a mnemonic for each.
void MainWindow::buildGoMenu()
{
    auto *go = new QMenu(tr("&Go"), menuBar());
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.size() > 2 ? menus.at(2) : nullptr, go); // after File and Edit
    static constexpr int Keys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7,
        Qt::Key_8, Qt::Key_9, Qt::Key_0 };
    const QString mnemonics = QStringLiteral("1234567890ABCDEFGHIJ");
    for (int row = 0; row < m_nav->count() && row < mnemonics.size(); ++row) {
        QListWidgetItem *item = m_nav->item(row);
        QAction *action = go->addAction(
            item->icon(), QStringLiteral("&%1  %2").arg(mnemonics.at(row), item->text()), this, [this, row] {
                m_nav->setCurrentRow(row);
                focusFirstField(m_pages->currentWidget());
            });
        action->setObjectName(QStringLiteral("actionGoPage%1").arg(row + 1));
        if (row < int(std::size(Keys))) {
            action->setShortcut(QKeySequence(Qt::CTRL | Keys[row]));
            item->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
        }
    }
}

// "Visit recorded: tier red; next yearly review due 2027年11月26日": what the clerk tells the household or notes down.
QString MainWindow::visitRecordedText(const QString &householdId)
{
    auto where = m_services->households().standing(householdId);
    if (!where || where->tier == Tier::None)
        return tr("Visit recorded");
    if (!where->nextReview.isValid())
        return tr("Visit recorded: tier %1").arg(TierRules::display(where->tier));
    return tr("Visit recorded: tier %1; next %2 due %3")
        .arg(TierRules::display(where->tier), where->nextTask, format::date(where->nextReview));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_services, this);
    dialog.exec();
    m_syncController->reloadSettings();
    if (PendingRestore::isRequested()) {
        // The backup replaces the station file once the database is closed: the desk quits (each open form
        // asks about unsaved changes first), main() restores and starts SafetyNet again.
        if (close()) {
            QCoreApplication::exit(PendingRestore::RestartCode);
        } else {
            PendingRestore::cancel();
            statusBar()->showMessage(tr("The backup was not restored: the desk stayed open."), 10000);
        }
    }
}

} // namespace sn
