#include "ReviewCalendarPage.h"

#include "Icons.h"
#include "LazyRefresh.h"
#include "RowListView.h"

#include "domain/Format.h"

#include "CompleteTaskDialog.h"
#include "CsvWriter.h"
#include "DocumentPrinter.h"
#include "FilterBar.h"
#include "MessageBox.h"
#include "ReviewCalendarWidget.h"
#include "ReviewTaskModel.h"

#include "domain/Clock.h"
#include "services/Config.h"
#include "services/ReviewService.h"
#include "services/documents/Document.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sn {

namespace {

const QString SettingsGroup = QStringLiteral("reviews");
constexpr int AgendaDays = 7;

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

ReviewCalendarPage::ReviewCalendarPage(
    ReviewService &service, const Session &session, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_regions(std::move(regions))
    , m_service(service)
{
    setObjectName(QStringLiteral("reviewCalendarPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildFilters(session));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);
    QWidget *left = buildCalendarSide(splitter);
    QWidget *right = buildTaskSide(splitter, session);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    connectSignals();
    m_lazy = new LazyRefresh(this, [this] { refresh(); }); // the calendar is filled when first shown
}

QHBoxLayout *ReviewCalendarPage::buildFilters(const Session &session)
{
    auto *filters = new QHBoxLayout;
    FilterBar::Options options;
    options.objectPrefix = QStringLiteral("review");
    options.villageLabel = tr("&Village / worker:");
    options.villageToolTip
        = tr("Visits are made by the village or community worker: choose a village to see one worker's tasks.");
    options.ownVillageOnlyForVillageWorker = true; // ReviewService narrows a village worker to the own village
    m_filters = new FilterBar(session, m_regions, options, this);

    m_refresh = new QPushButton(Icons::get(Icons::Name::Refresh), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("reviewRefresh"));
    m_export = new QPushButton(Icons::get(Icons::Name::Export), tr("E&xport month"), this);
    m_export->setObjectName(QStringLiteral("reviewExport"));
    m_export->setToolTip(tr("Save every task due in the month shown"));
    m_exportMenu = new QMenu(m_export);
    m_exportMenu->addAction(tr("CSV (UTF-8 with BOM)…"), this, &ReviewCalendarPage::exportCsvAsked)
        ->setObjectName(QStringLiteral("reviewExportCsv"));
    m_export->setMenu(m_exportMenu);

    filters->addWidget(m_filters);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);

    return filters;
}

QLabel *ReviewCalendarPage::buildLegend(QWidget *parent)
{
    auto *legend = new QLabel(parent);
    QStringList swatches;
    for (Tier t : ReviewCalendarWidget::shownTiers())
        swatches.append(
            QStringLiteral("<span style='color:%1'>%2</span> %3")
                .arg(ReviewTaskModel::tierColor(t).name(), Icons::tierMark(t), TierRules::display(t).toHtmlEscaped()));
    legend->setText(swatches.join(QStringLiteral("&nbsp;&nbsp;")));
    legend->setAccessibleName(tr("Tier colours"));

    return legend;
}

QWidget *ReviewCalendarPage::buildCalendarSide(QWidget *parent)
{
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_calendar = new ReviewCalendarWidget(left);
    m_calendar->setSelectedDate(Clock::today());
    m_daySummary = new QLabel(left);
    m_daySummary->setObjectName(QStringLiteral("reviewDaySummary"));
    m_daySummary->setWordWrap(true);
    QLabel *legend = buildLegend(left);
    leftLayout->addWidget(m_calendar, 1);
    leftLayout->addWidget(legend);
    leftLayout->addWidget(m_daySummary);

    return left;
}

QWidget *ReviewCalendarPage::buildTaskSide(QWidget *parent, const Session &session)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_dayModel = new ReviewTaskModel(m_regions, this);
    m_overdueModel = new ReviewTaskModel(m_regions, this);
    m_weekModel = new ReviewTaskModel(m_regions, this);
    m_dayView = makeView(m_dayModel, QStringLiteral("reviewDayView"), tr("Tasks of the selected day"));
    m_overdueView
        = makeView(m_overdueModel, QStringLiteral("reviewOverdueView"), tr("Overdue tasks, most overdue first"));
    m_weekView = makeView(m_weekModel, QStringLiteral("reviewWeekView"), tr("Tasks of the next seven days"));
    m_tabs->addTab(m_dayView, tr("Selected day"));
    m_tabs->addTab(m_overdueView, tr("Overdue"));
    m_tabs->addTab(m_weekView, tr("Next 7 days"));
    rightLayout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    m_complete = new QPushButton(Icons::get(Icons::Name::RecordVisit), tr("Record vi&sit…"), right);
    m_complete->setObjectName(QStringLiteral("reviewComplete"));
    m_complete->setToolTip(
        tr("Record the visit or review of the selected task; the next one is scheduled from its date"));
    m_complete->setVisible(session.can(Permission::CompleteReviews));
    m_open = new QPushButton(Icons::get(Icons::Name::Open), tr("&Open household"), right);
    m_open->setObjectName(QStringLiteral("reviewOpen"));
    buttons->addWidget(m_complete);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    return right;
}

void ReviewCalendarPage::connectSignals()
{
    connect(m_filters, &FilterBar::changed, this, &ReviewCalendarPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ReviewCalendarPage::refresh);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        loadDay();
        m_tabs->setCurrentWidget(m_dayView);
    });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &ReviewCalendarPage::loadCounts);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReviewCalendarPage::updateButtons);
    connect(m_complete, &QPushButton::clicked, this, &ReviewCalendarPage::completeCurrent);
    connect(m_open, &QPushButton::clicked, this, &ReviewCalendarPage::openCurrent);

    setTabOrder(m_filters->townshipBox(), m_filters->villageBox());
    setTabOrder(m_filters->villageBox(), m_refresh);
    setTabOrder(m_refresh, m_export);
    setTabOrder(m_export, m_calendar);
    setTabOrder(m_calendar, m_tabs);
    setTabOrder(m_tabs, m_complete);
    setTabOrder(m_complete, m_open);
}

ReviewCalendarPage::~ReviewCalendarPage()
{
    saveSettings();
}

QTableView *ReviewCalendarPage::makeView(ReviewTaskModel *model, const QString &name, const QString &accessibleName)
{
    const QList<RowListView::Width> widths = {
        { ReviewTaskModel::HeadName, QStringLiteral("欧阳建国") },
        { ReviewTaskModel::Village, QStringLiteral("北川河东路社区") },
        { ReviewTaskModel::TierColumn, QStringLiteral("Monitoring") },
        { ReviewTaskModel::TaskColumn, QStringLiteral("Monitoring visit") },
        { ReviewTaskModel::Due, format::date(QDate(2026, 12, 31)) }, // "2026年12月31日" in Chinese
        { ReviewTaskModel::DaysOverdue, QStringLiteral("1000") },
    };
    auto *view = RowListView::make(this, model, name, accessibleName, widths, Config::viewKey(SettingsGroup, name));
    view->setColumnHidden(ReviewTaskModel::StatusColumn, true); // these lists hold open tasks only
    connect(view, &QTableView::activated, this, [this] {
        if (m_complete->isVisible())
            completeCurrent();
        else
            openCurrent();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewCalendarPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ReviewCalendarPage::updateButtons);
    return view;
}

void ReviewCalendarPage::saveSettings() const
{
    for (QTableView *view : { m_dayView, m_overdueView, m_weekView })
        RowListView::saveHeader(view, Config::viewKey(SettingsGroup, view->objectName()));
}

QComboBox *ReviewCalendarPage::townshipFilter() const
{
    return m_filters->townshipBox();
}

QComboBox *ReviewCalendarPage::villageFilter() const
{
    return m_filters->villageBox();
}

QString ReviewCalendarPage::villageName(const QString &code) const
{
    const Region *v = m_regions.find(code);
    return v ? v->name : code;
}

void ReviewCalendarPage::showError(const Error &error)
{
    MessageBox::warning(this, tr("Reviews"), error.message);
}

void ReviewCalendarPage::refresh()
{
    if (m_lazy)
        m_lazy->loaded();
    loadCounts();
    loadDay();
    loadLists();
}

void ReviewCalendarPage::loadCounts()
{
    // The whole grid: the days of the neighbouring months shown around the month too.
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    auto counts = m_service.dueCounts(
        first.addDays(-7), first.addMonths(1).addDays(14), m_filters->townshipCode(), m_filters->villageCode());
    if (!counts) {
        showError(counts.error());
        m_calendar->setCounts({});
        return;
    }
    m_calendar->setCounts(counts.value());
    m_daySummary->setText(tr("%1: %2").arg(QLocale().toString(m_calendar->selectedDate(), QLocale::LongFormat),
        m_calendar->describe(m_calendar->selectedDate())));
}

void ReviewCalendarPage::loadDay()
{
    const QDate day = m_calendar->selectedDate();
    TaskQuery q;
    q.dueFrom = day;
    q.dueTo = day;
    q.townshipCode = m_filters->townshipCode();
    q.villageCode = m_filters->villageCode();
    auto rows = m_service.tasks(q);
    if (!rows) {
        showError(rows.error());
        m_dayModel->setRows({});
    } else {
        m_dayModel->setRows(rows.value());
    }
    m_daySummary->setText(tr("%1: %2").arg(QLocale().toString(day, QLocale::LongFormat), m_calendar->describe(day)));
    m_tabs->setTabText(m_tabs->indexOf(m_dayView), tr("%1 (%2)").arg(format::date(day)).arg(m_dayModel->rowCount()));
}

void ReviewCalendarPage::loadLists()
{
    TaskQuery q;
    q.townshipCode = m_filters->townshipCode();
    q.villageCode = m_filters->villageCode();
    auto overdue = m_service.overdue(q);
    if (!overdue) {
        showError(overdue.error());
        m_overdueModel->setRows({});
    } else {
        QList<TaskRow> rows = overdue.value();
        // Most overdue first; the household's name keeps the order of a day's tasks stable.
        std::stable_sort(
            rows.begin(), rows.end(), [](const TaskRow &a, const TaskRow &b) { return a.task.due < b.task.due; });
        m_overdueModel->setRows(rows);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_overdueView), tr("Overdue (%1)").arg(m_overdueModel->rowCount()));

    q.dueFrom = Clock::today();
    q.dueTo = Clock::today().addDays(AgendaDays - 1);
    auto week = m_service.tasks(q);
    if (!week) {
        showError(week.error());
        m_weekModel->setRows({});
    } else {
        m_weekModel->setRows(week.value());
    }
    m_tabs->setTabText(m_tabs->indexOf(m_weekView), tr("Next 7 days (%1)").arg(m_weekModel->rowCount()));
}

QTableView *ReviewCalendarPage::currentView() const
{
    return qobject_cast<QTableView *>(m_tabs->currentWidget());
}

const TaskRow *ReviewCalendarPage::currentTask() const
{
    QTableView *view = currentView();
    if (!view || !view->currentIndex().isValid())
        return nullptr;
    return static_cast<ReviewTaskModel *>(view->model())->row(view->currentIndex().row());
}

void ReviewCalendarPage::updateButtons()
{
    const TaskRow *task = currentTask();
    m_open->setEnabled(task);
    m_complete->setEnabled(task && task->task.status == TaskStatus::Open);
}

void ReviewCalendarPage::completeCurrent()
{
    const TaskRow *task = currentTask();
    if (!task || task->task.status != TaskStatus::Open)
        return;
    auto *dialog = new CompleteTaskDialog(m_service, *task, villageName(task->villageCode), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TaskOutcome outcome = dialog->outcome();
        const QString householdId = dialog->task().task.householdId;
        refresh();
        emit visitRecorded(householdId);
        // The change itself is recorded in the household form, which opens from the one place that opens forms.
        if (outcome == TaskOutcome::ChangeFound)
            emit householdRequested(householdId);
    });
    dialog->open();
}

void ReviewCalendarPage::openCurrent()
{
    if (const TaskRow *task = currentTask())
        emit householdRequested(task->task.householdId);
}

Result<QList<TaskRow>> ReviewCalendarPage::monthTasks() const
{
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    TaskQuery q;
    q.dueFrom = first;
    q.dueTo = first.addMonths(1).addDays(-1);
    q.status = std::nullopt;
    q.townshipCode = m_filters->townshipCode();
    q.villageCode = m_filters->villageCode();
    return m_service.tasks(q);
}

Status ReviewCalendarPage::exportCsv(const QString &path) const
{
    auto tasks = monthTasks();
    if (!tasks)
        return tasks.error();
    QList<QStringList> rows;
    rows.append({ tr("Head of household"), tr("Township"), tr("Village / community"), tr("Address"), tr("Phone"),
        tr("Tier"), tr("Task"), tr("Due"), tr("Status"), tr("Completed on"), tr("Outcome"), tr("Notes") });
    for (const TaskRow &r : tasks.value()) {
        const Region *township = m_regions.find(r.townshipCode);
        rows.append(
            { r.headName, township ? township->name : r.townshipCode, villageName(r.villageCode), r.address, r.phone,
                TierRules::display(r.task.tier), ReviewSchedule::display(r.task.type), r.task.due.toString(Qt::ISODate),
                ReviewTaskModel::statusText(r.task.status), r.task.completedOn.toString(Qt::ISODate),
                r.task.outcome == TaskOutcome::None ? QString() : ReviewSchedule::outcomeDisplay(r.task.outcome),
                r.task.notes });
    }
    return CsvWriter::write(path, rows);
}

void ReviewCalendarPage::exportCsvAsked()
{
    const QDate month(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("review-tasks-%1.csv").arg(month.toString(QStringLiteral("yyyy-MM"))));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the month's tasks"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = exportCsv(path); !s)
        showError(s.error());
}

void ReviewCalendarPage::addMonthExporter(const QString &label, const QString &fileFilter, MonthExporter exporter)
{
    m_exportMenu->addAction(label, this, [this, label, fileFilter, exporter = std::move(exporter)] {
        const QDate month = firstOfMonth(QDate(m_calendar->yearShown(), m_calendar->monthShown(), 1));
        const QString path = QFileDialog::getSaveFileName(this, label, QString(), fileFilter);
        if (path.isEmpty())
            return;
        auto tasks = monthTasks();
        if (!tasks) {
            showError(tasks.error());
            return;
        }
        if (auto s = exporter(tasks.value(), month, path); !s)
            showError(s.error());
    });
}

void ReviewCalendarPage::addMonthPrinter(const QString &label, MonthDocument build)
{
    QAction *action = m_exportMenu->addAction(label, this, [this, label, build = std::move(build)] {
        const QDate month = firstOfMonth(QDate(m_calendar->yearShown(), m_calendar->monthShown(), 1));
        auto tasks = monthTasks();
        if (!tasks) {
            showError(tasks.error());
            return;
        }
        auto document = build(tasks.value(), month);
        if (!document) {
            showError(document.error());
            return;
        }
        DocumentPrinter::print(*document.value(), label, this);
    });
    action->setObjectName(QStringLiteral("reviewPrintTasks"));
}

TodoSource ReviewCalendarPage::todoSource(ReviewService &service, const RegionTree &regions)
{
    return [&service, regions]() {
        QList<TodoItem> items;
        TaskQuery today;
        today.dueFrom = Clock::today();
        today.dueTo = Clock::today();
        if (auto rows = service.tasks(today)) {
            for (const TaskRow &r : rows.value()) {
                const Region *v = regions.find(r.villageCode);
                TodoItem item { tr("%1 due: %2 (%3)")
                                    .arg(ReviewSchedule::display(r.task.type), r.headName, v ? v->name : r.villageCode),
                    QDateTime(Clock::today(), QTime(17, 0)), r.task.householdId };
                item.allDay = true;
                items.append(item);
            }
        }
        if (auto overdue = service.overdueByTownship()) {
            int total = 0;
            for (int n : overdue.value())
                total += n;
            if (total > 0)
                items.append({ tr("%n review task(s) overdue: see Reviews", nullptr, total), QDateTime(), QString() });
        }
        return items;
    };
}

} // namespace sn
