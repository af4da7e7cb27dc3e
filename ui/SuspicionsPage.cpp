#include "SuspicionsPage.h"

#include "AppServices.h"
#include "BackgroundTask.h"

#include "LazyRefresh.h"

#include "domain/Format.h"

#include "ColumnMappingDialog.h"
#include "MessageBox.h"

#include "domain/Clock.h"
#include "services/Config.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace sn {

namespace {
const QString SettingsGroup = QStringLiteral("suspicionsPage");
} // namespace

// ---- page

SuspicionsPage::SuspicionsPage(AppServices &services, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(services.session())
    , m_regions(std::move(regions))
{
    setObjectName(QStringLiteral("suspicionsPage"));
    buildInputs();
    buildTables();
    auto *layout = new QVBoxLayout(this);
    addFilterRows(layout);
    layout->addWidget(buildSplitter(buildActions()), 1);
    connectSignals();
    m_lazy = new LazyRefresh(this, [this] { refresh(); }); // the month's rows are read when first shown
}

// The month, the department, the match filter and the import button.
void SuspicionsPage::buildInputs()
{
    m_month = new QDateEdit(Clock::today(), this);
    m_month->setObjectName(QStringLiteral("suspicionMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setAccessibleName(tr("Month"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("suspicionDepartment"));
    m_department->setEditable(true);
    m_department->setAccessibleName(tr("Department"));
    m_department->setToolTip(tr("The department that sent the table; type a new one if it is not in the list."));
    m_department->setMinimumContentsLength(8);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("suspicionStatus"));
    m_status->setAccessibleName(tr("Match"));
    m_status->addItem(tr("All rows"), QString());
    for (SuspicionStatus s :
        { SuspicionStatus::Candidate, SuspicionStatus::Matched, SuspicionStatus::Unmatched, SuspicionStatus::Invalid })
        m_status->addItem(SuspicionTableModel::statusText(s), SuspicionService::statusCode(s));
    m_unverifiedOnly = new QCheckBox(tr("Still to verify onl&y"), this);
    m_unverifiedOnly->setObjectName(QStringLiteral("unverifiedOnly"));
    m_import = new QPushButton(tr("&Import table…"), this);
    m_import->setObjectName(QStringLiteral("importSuspicionsButton"));
    m_import->setEnabled(m_services.suspicions().canImport().ok());
    m_import->setToolTip(tr("Import the month's table of the department (annex 1: 户主姓名, 家庭住址, 疑点内容, "
                            "联系电话) and match it against the registry."));
}

void SuspicionsPage::addFilterRows(QVBoxLayout *layout)
{
    // Two short rows rather than one long one: the page must fit beside the navigation with a large font.
    auto *source = new QHBoxLayout;
    source->addWidget(new QLabel(tr("Month:"), this));
    source->addWidget(m_month);
    source->addWidget(new QLabel(tr("Department:"), this));
    source->addWidget(m_department, 1);
    source->addWidget(m_import);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Match:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_unverifiedOnly);
    filters->addStretch(1);
    layout->addLayout(source);
    layout->addLayout(filters);
}

// The progress by department above, the rows of the tables below.
void SuspicionsPage::buildTables()
{
    m_progress = new QTableWidget(0, 8, this);
    m_progress->setObjectName(QStringLiteral("suspicionProgress"));
    m_progress->setAccessibleName(tr("Verification progress by department"));
    m_progress->setHorizontalHeaderLabels({ tr("Department"), tr("Rows"), tr("Matched"), tr("To confirm"),
        tr("Not registered"), tr("Invalid"), tr("Verified"), tr("Done") });
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_progress->setSelectionMode(QAbstractItemView::SingleSelection);
    m_progress->horizontalHeader()->setStretchLastSection(true);

    m_model = new SuspicionTableModel(m_regions, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("suspicionRows"));
    m_view->setAccessibleName(tr("Rows of the department tables"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
}

QGridLayout *SuspicionsPage::buildActions()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("suspicionSummary"));
    m_summary->setWordWrap(true);
    m_confirm = new QPushButton(tr("&Confirm match"), this);
    m_confirm->setObjectName(QStringLiteral("confirmMatchButton"));
    m_confirm->setToolTip(tr("The row is about the household it was matched to by name and address."));
    m_reject = new QPushButton(tr("&Reject match"), this);
    m_reject->setObjectName(QStringLiteral("rejectMatchButton"));
    m_reject->setToolTip(tr("The row is about someone else: it becomes not registered."));
    m_leads = new QPushButton(tr("Make &leads"), this);
    m_leads->setObjectName(QStringLiteral("makeLeadsButton"));
    m_leads->setToolTip(
        tr("Each selected row not in the registry becomes a lead for its township, answer due in one day."));
    m_verify = new QPushButton(tr("Record &verification…"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_open = new QPushButton(tr("Open &household"), this);
    m_open->setObjectName(QStringLiteral("openHouseholdButton"));
    m_route = new QPushButton(tr("Send to &township…"), this);
    m_route->setObjectName(QStringLiteral("routeButton"));
    m_route->setToolTip(
        tr("The row concerns another township than the one its address or match gave: send it there to verify."));
    m_route->setVisible(m_services.suspicions().canRoute().ok());
    auto *actions = new QGridLayout;
    actions->addWidget(m_confirm, 0, 0);
    actions->addWidget(m_reject, 0, 1);
    actions->addWidget(m_leads, 0, 2);
    actions->addWidget(m_verify, 1, 0);
    actions->addWidget(m_open, 1, 1);
    actions->addWidget(m_route, 1, 2);
    actions->setColumnStretch(3, 1);
    return actions;
}

QSplitter *SuspicionsPage::buildSplitter(QGridLayout *actions)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("suspicionSplitter"));
    splitter->addWidget(m_progress);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_view, 1);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addLayout(actions);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    m_widthsRestored = m_view->horizontalHeader()->restoreState(
        Config::viewState(Config::viewKey(SettingsGroup, QStringLiteral("rows"))));
    splitter->restoreState(Config::viewState(Config::viewKey(SettingsGroup, QStringLiteral("splitter"))));
    return splitter;
}

void SuspicionsPage::connectSignals()
{
    connect(m_month, &QDateEdit::dateChanged, this, &SuspicionsPage::refresh);
    connect(m_department, &QComboBox::currentIndexChanged, this, &SuspicionsPage::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SuspicionsPage::refresh);
    connect(m_unverifiedOnly, &QCheckBox::toggled, this, &SuspicionsPage::refresh);
    connect(m_import, &QPushButton::clicked, this, &SuspicionsPage::chooseTable);
    connect(m_progress, &QTableWidget::cellClicked, this, [this](int row) {
        if (auto *item = m_progress->item(row, 0))
            m_department->setCurrentIndex(std::max(0, m_department->findText(item->text())));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SuspicionsPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        const auto rows = selectedRows();
        if (rows.size() == 1 && !rows.first().householdId.isEmpty())
            emit householdRequested(rows.first().householdId);
    });
    connect(m_confirm, &QPushButton::clicked, this, &SuspicionsPage::confirmSelected);
    connect(m_reject, &QPushButton::clicked, this, &SuspicionsPage::rejectSelected);
    connect(m_leads, &QPushButton::clicked, this, &SuspicionsPage::makeLeadsForSelected);
    connect(m_verify, &QPushButton::clicked, this, &SuspicionsPage::verifyCurrent);
    connect(m_route, &QPushButton::clicked, this, &SuspicionsPage::chooseTownship);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const auto rows = selectedRows();
        if (rows.size() == 1 && !rows.first().householdId.isEmpty())
            emit householdRequested(rows.first().householdId);
    });
}

void SuspicionsPage::saveSettings() const
{
    Config::setViewState(
        Config::viewKey(SettingsGroup, QStringLiteral("rows")), m_view->horizontalHeader()->saveState());
    Config::setViewState(Config::viewKey(SettingsGroup, QStringLiteral("splitter")), m_splitter->saveState());
}

QString SuspicionsPage::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

void SuspicionsPage::setMonth(const QDate &month)
{
    m_month->setDate(month);
}

void SuspicionsPage::refresh()
{
    if (m_lazy)
        m_lazy->loaded();
    SuspicionService &service = m_services.suspicions();
    // Departments: the usual ones, those with a table this month, and what the clerk typed.
    const QString typed = m_department->currentText().trimmed();
    QStringList names { tr("All departments") };
    if (auto known = service.departments(month()))
        names.append(known.value());
    for (const QString &usual : { QStringLiteral("人社局"), QStringLiteral("医保局"), QStringLiteral("残联"),
             QStringLiteral("教育局"), QStringLiteral("住建局"), QStringLiteral("卫健委") }) {
        if (!names.contains(usual))
            names.append(usual);
    }
    if (!typed.isEmpty() && !names.contains(typed))
        names.append(typed);
    {
        const QSignalBlocker blocker(m_department);
        m_department->clear();
        m_department->addItems(names);
        m_department->setCurrentIndex(typed.isEmpty() ? 0 : std::max(0, m_department->findText(typed)));
    }

    auto progress = service.progress(month());
    m_progress->setRowCount(0);
    if (progress) {
        m_progress->setRowCount(int(progress->size()));
        int row = 0;
        for (const SuspicionProgress &p : progress.value()) {
            const int verified = p.total - p.byVerification.value(Verification::None);
            const QList<QVariant> cells { p.department, p.total, p.byStatus.value(SuspicionStatus::Matched),
                p.byStatus.value(SuspicionStatus::Candidate), p.byStatus.value(SuspicionStatus::Unmatched),
                p.byStatus.value(SuspicionStatus::Invalid), verified,
                p.total > 0 ? QLocale().toString(100.0 * verified / p.total, 'f', 0) + QLocale().percent()
                            : QString() };
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem;
                item->setData(Qt::DisplayRole, cells.at(c));
                m_progress->setItem(row, c, item);
            }
            ++row;
        }
        m_progress->resizeColumnsToContents();
    }

    SuspicionQuery query;
    query.month = month();
    if (m_department->currentIndex() > 0)
        query.department = m_department->currentText().trimmed();
    if (const QString code = m_status->currentData().toString(); !code.isEmpty())
        query.status = SuspicionService::statusFromCode(code);
    query.unverifiedOnly = m_unverifiedOnly->isChecked();
    auto rows = service.rows(query);
    if (!rows) {
        m_model->setRows({});
        m_summary->setText(rows.error().message);
        updateButtons();
        return;
    }
    m_model->setRows(rows.value());
    int toVerify = 0;
    for (const SuspicionRow &r : rows.value())
        toVerify += r.verification == Verification::None ? 1 : 0;
    m_summary->setText(rows->isEmpty()
            ? tr("No rows for %1. Import a department's table with Import table….").arg(month())
            : tr("%n row(s) shown, %1 still to verify.", nullptr, int(rows->size())).arg(toVerify));
    if (!m_widthsRestored)
        m_view->resizeColumnsToContents();
    updateButtons();
}

void SuspicionsPage::chooseTable()
{
    const QString department = m_department->currentText().trimmed();
    if (department.isEmpty() || department == m_department->itemText(0)) {
        MessageBox::warning(this, tr("Import table"), tr("Choose or type the department that sent the table first."));
        m_department->setFocus();
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Table of %1 for %2").arg(department, month()), {},
        tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"));
    if (!path.isEmpty())
        importTable(department, month(), path);
}

bool SuspicionsPage::importTable(const QString &department, const QString &month, const QString &path)
{
    SuspicionImportRequest request;
    request.department = department;
    request.month = month;
    request.path = path;
    std::optional<Sheet> sheet;
    for (;;) {
        BackgroundTask task(m_services, this, tr("Matching the table of %1…").arg(department));
        auto result = task.run([&request](AppServices &services, const Progress &progress) {
            return services.suspicions().importFile(request, progress);
        });
        const bool canceled = task.wasCanceled();
        if (result) {
            m_month->setDate(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate));
            const QSignalBlocker blocker(m_department);
            if (m_department->findText(department) < 0)
                m_department->addItem(department);
            m_department->setCurrentIndex(m_department->findText(department));
            refresh();
            m_summary->setText(tr("%1, %2: %3 row(s): %4 matched, %5 to confirm, %6 not registered, %7 invalid.")
                                   .arg(department, month)
                                   .arg(result->rows.size())
                                   .arg(result->counts.value(SuspicionStatus::Matched))
                                   .arg(result->counts.value(SuspicionStatus::Candidate))
                                   .arg(result->counts.value(SuspicionStatus::Unmatched))
                                   .arg(result->counts.value(SuspicionStatus::Invalid)));
            return true;
        }
        if (!canceled && ColumnMappingDialog::isMappingError(result.error())) {
            if (!sheet) {
                auto read = SheetReader::readFile(path);
                if (!read) {
                    MessageBox::warning(this, tr("Import table"), read.error().message);
                    return false;
                }
                sheet = std::move(read).value();
            }
            if (auto chosen = ColumnMappingDialog::ask(this, *sheet, SuspicionService::requiredFields(),
                    SuspicionService::optionalFields(), result.error().message)) {
                request.mapping = *chosen;
                continue;
            }
            m_summary->setText(result.error().message);
            return false;
        }
        m_summary->setText(canceled ? tr("Cancelled: nothing was imported.") : result.error().message);
        if (!canceled)
            MessageBox::warning(this, tr("Import table"), result.error().message);
        return false;
    }
}

QList<SuspicionRow> SuspicionsPage::selectedRows() const
{
    QList<SuspicionRow> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_model->row(index.row()));
    return rows;
}

QStringList SuspicionsPage::selectedRowIds() const
{
    QStringList ids;
    for (const SuspicionRow &r : selectedRows())
        ids.append(r.id);
    return ids;
}

bool SuspicionsPage::selectRow(const QString &rowId)
{
    const int index = m_model->indexOf(rowId);
    if (index < 0)
        return false;
    m_view->selectRow(index);
    m_view->scrollTo(m_model->index(index, 0));
    return true;
}

void SuspicionsPage::reselect(const QStringList &rowIds)
{
    m_view->clearSelection();
    for (const QString &id : rowIds) {
        const int index = m_model->indexOf(id);
        if (index >= 0)
            m_view->selectionModel()->select(
                m_model->index(index, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void SuspicionsPage::updateButtons()
{
    // Which rows may be confirmed, rejected, made leads, verified or sent on is SuspicionService's rule: ask it.
    const SuspicionService &service = m_services.suspicions();
    const QList<SuspicionRow> rows = selectedRows();
    auto all = [&rows](const std::function<Status(const SuspicionRow &)> &allowed) {
        return !rows.isEmpty()
            && std::all_of(rows.cbegin(), rows.cend(), [&](const SuspicionRow &r) { return allowed(r).ok(); });
    };
    m_confirm->setEnabled(all([&](const SuspicionRow &r) { return service.canConfirm(r); }));
    m_reject->setEnabled(all([&](const SuspicionRow &r) { return service.canReject(r); }));
    m_leads->setEnabled(all([&](const SuspicionRow &r) { return service.canMakeLead(r); }));
    m_verify->setEnabled(rows.size() == 1 && service.canVerify(rows.first()).ok());
    m_open->setEnabled(rows.size() == 1 && !rows.first().householdId.isEmpty());
    m_route->setEnabled(!rows.isEmpty() && service.canRoute().ok());
}

void SuspicionsPage::chooseTownship()
{
    QStringList names;
    QStringList codes;
    for (const Region *t : m_regions.townships()) {
        names.append(t->name);
        codes.append(t->code);
    }
    const QList<SuspicionRow> rows = selectedRows();
    const int current = rows.isEmpty() ? 0 : std::max<int>(0, codes.indexOf(rows.first().townshipCode));
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Send to township"), tr("Township that verifies the selected row(s):"), names, current, false, &ok);
    if (ok && names.contains(name))
        routeSelected(codes.at(names.indexOf(name)));
}

bool SuspicionsPage::routeSelected(const QString &townshipCode)
{
    return forEachSelected(tr("Send to township"),
        [&townshipCode](SuspicionService &service, const QString &id) { return service.route(id, townshipCode); });
}

bool SuspicionsPage::forEachSelected(
    const QString &title, const std::function<Status(SuspicionService &, const QString &)> &step)
{
    const QStringList ids = selectedRowIds();
    SuspicionService &service = m_services.suspicions();
    for (const QString &id : ids) {
        if (auto s = step(service, id); !s) {
            MessageBox::warning(this, title, s.error().message);
            refresh();
            return false;
        }
    }
    refresh();
    reselect(ids);
    return !ids.isEmpty();
}

bool SuspicionsPage::confirmSelected()
{
    return forEachSelected(
        tr("Confirm match"), [](SuspicionService &service, const QString &id) { return service.confirm(id); });
}

bool SuspicionsPage::rejectSelected()
{
    return forEachSelected(
        tr("Reject match"), [](SuspicionService &service, const QString &id) { return service.reject(id); });
}

int SuspicionsPage::makeLeadsForSelected()
{
    const QStringList ids = selectedRowIds();
    auto leads = m_services.suspicions().makeLeads(ids);
    if (!leads) {
        MessageBox::warning(this, tr("Make leads"), leads.error().message);
        return -1;
    }
    refresh();
    reselect(ids);
    m_summary->setText(tr("%n lead(s) made; the townships have one day to answer.", nullptr, int(leads->size())));
    if (!leads->isEmpty())
        emit leadsMade(leads.value());
    return int(leads->size());
}

void SuspicionsPage::verifyCurrent()
{
    const QList<SuspicionRow> rows = selectedRows();
    if (rows.size() != 1)
        return;
    VerifySuspicionDialog dialog(rows.first(), this);
    if (dialog.exec() == QDialog::Accepted)
        verifySelected(dialog.result(), dialog.date(), dialog.notes());
}

bool SuspicionsPage::verifySelected(Verification result, const QDate &date, const QString &notes)
{
    const QStringList ids = selectedRowIds();
    if (ids.size() != 1)
        return false;
    if (auto s = m_services.suspicions().verify(ids.first(), result, date, notes); !s) {
        MessageBox::warning(this, tr("Record verification"), s.error().message);
        return false;
    }
    refresh();
    reselect(ids);
    return true;
}

} // namespace sn
