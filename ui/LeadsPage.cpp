#include "LeadsPage.h"

#include "EmptyStateHint.h"
#include "Icons.h"
#include "LazyRefresh.h"

#include "RowListView.h"
#include "domain/Format.h"

#include "LeadDetailPanel.h"
#include "LeadTableModel.h"
#include "MessageBox.h"
#include "ReportLeadDialog.h"

#include "domain/Clock.h"
#include "services/Config.h"
#include "services/LeadService.h"
#include "services/ServiceTeamService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sn {

namespace {
const QString SettingsGroup = QStringLiteral("leads");
}

LeadsPage::LeadsPage(
    LeadService &service, ServiceTeamService &team, const Session &session, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_regions(std::move(regions))
    , m_service(service)
    , m_team(team)
{
    setObjectName(QStringLiteral("leadsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_report = new QPushButton(Icons::get(Icons::Name::NewItem), tr("&Report lead…"), this);
    m_report->setObjectName(QStringLiteral("leadsReport"));
    m_report->setVisible(session.role != Role::Auditor);
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("leadsOverdueOnly"));
    m_overdueOnly->setToolTip(tr("Leads past their deadline and not yet answered"));
    m_emergencyOnly = new QCheckBox(tr("&Emergencies only"), this);
    m_emergencyOnly->setObjectName(QStringLiteral("leadsEmergencyOnly"));
    auto *stateLabel = new QLabel(tr("&State:"), this);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("leadsState"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(12);
    m_state->addItem(tr("Any open state"), -1);
    for (LeadState s : LeadRules::allStates()) {
        if (s != LeadState::Closed)
            m_state->addItem(LeadRules::display(s), int(s));
    }
    stateLabel->setBuddy(m_state);
    auto *refreshButton = new QPushButton(Icons::get(Icons::Name::Refresh), tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("leadsRefresh"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("leadsTotal"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_report);
    top->addStretch(1);
    top->addWidget(m_total);
    top->addWidget(refreshButton);
    layout->addLayout(top);
    filters->addWidget(m_overdueOnly);
    filters->addWidget(m_emergencyOnly);
    filters->addSpacing(12);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("leadsTabs"));
    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    splitter->setObjectName(QStringLiteral("leadsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_model = new LeadTableModel(m_regions, this);
    m_view = makeView(m_model, QStringLiteral("leadsView"), tr("Open leads"));
    EmptyStateHint::attach(m_view,
        tr("No open leads. When a grid worker, a department or a caller names someone in "
           "difficulty, enter it with Report lead…; its deadline starts then."));
    m_detail = new LeadDetailPanel(m_service, session, m_regions, splitter);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 700, 460 });
    m_tabs->addTab(splitter, tr("Open leads"));
    if (Roles::districtWide(session.role)) {
        m_escalationModel = new LeadTableModel(m_regions, this);
        m_escalationView
            = makeView(m_escalationModel, QStringLiteral("leadsEscalationView"), tr("Overdue leads of every township"));
        m_escalationView->setToolTip(
            tr("Every township's leads past their deadline: the district bureau follows them up"));
        m_tabs->addTab(m_escalationView, tr("Escalation"));
    }
    layout->addWidget(m_tabs, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(CountdownMs);
    connect(m_timer, &QTimer::timeout, this, &LeadsPage::tick);
    m_timer->start();

    connect(m_report, &QPushButton::clicked, this, &LeadsPage::reportLead);
    connect(refreshButton, &QPushButton::clicked, this, &LeadsPage::refresh);
    for (QCheckBox *box : { m_overdueOnly, m_emergencyOnly })
        connect(box, &QCheckBox::toggled, this, &LeadsPage::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &LeadsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadsPage::showCurrent);
    connect(m_detail, &LeadDetailPanel::changed, this, [this](const QString &id) {
        refresh();
        selectLead(id);
    });
    connect(m_detail, &LeadDetailPanel::householdRequested, this, &LeadsPage::householdRequested);
    connect(m_detail, &LeadDetailPanel::intakeRequested, this, &LeadsPage::intakeRequested);
    if (m_escalationView) {
        connect(m_escalationView, &QTableView::activated, this, [this](const QModelIndex &index) {
            const QString id = index.data(LeadTableModel::LeadIdRole).toString();
            m_overdueOnly->setChecked(false);
            m_emergencyOnly->setChecked(false);
            m_state->setCurrentIndex(0);
            m_tabs->setCurrentIndex(0);
            selectLead(id);
        });
    }

    setTabOrders(refreshButton);
    m_lazy = new LazyRefresh(this, [this] { refresh(); }); // the lists are filled when first shown
}

void LeadsPage::setTabOrders(QWidget *refreshButton)
{
    setTabOrder(m_report, m_overdueOnly);
    setTabOrder(m_overdueOnly, m_emergencyOnly);
    setTabOrder(m_emergencyOnly, m_state);
    setTabOrder(m_state, refreshButton);
    setTabOrder(refreshButton, m_tabs);
    setTabOrder(m_tabs, m_view);
}

LeadsPage::~LeadsPage()
{
    saveSettings();
}

QTableView *LeadsPage::makeView(LeadTableModel *model, const QString &name, const QString &accessibleName)
{
    const QList<RowListView::Width> widths = {
        { LeadTableModel::Person, QStringLiteral("欧阳建国") },
        { LeadTableModel::Countdown, QStringLiteral("overdue by 23 h 59 min") },
        { LeadTableModel::Emergency, tr("Emergency") },
        { LeadTableModel::State, QStringLiteral("已报乡镇窗口") },
        { LeadTableModel::Place, QStringLiteral("小桥大街街道 毛胜寺村") },
        { LeadTableModel::Source, QStringLiteral("网格员上报") },
        // As the UI's language writes it ("2026年12月31日 23:59" in Chinese): never cut.
        { LeadTableModel::Reported, format::dateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59))) },
    };
    auto *view = RowListView::make(this, model, name, accessibleName, widths, Config::viewKey(SettingsGroup, name));
    return view;
}

void LeadsPage::saveSettings() const
{
    RowListView::saveHeader(m_view, Config::viewKey(SettingsGroup, m_view->objectName()));
    if (m_escalationView)
        RowListView::saveHeader(m_escalationView, Config::viewKey(SettingsGroup, m_escalationView->objectName()));
}

QString LeadsPage::currentLeadId() const
{
    const LeadRow *row = m_model->row(m_view->currentIndex().row());
    return row ? row->lead.id : QString();
}

void LeadsPage::showCurrent()
{
    const QString id = currentLeadId();
    if (id != m_detail->leadId())
        m_detail->setLead(id);
}

void LeadsPage::refresh()
{
    if (m_lazy)
        m_lazy->loaded();
    const QString current = currentLeadId().isEmpty() ? m_detail->leadId() : currentLeadId();
    auto rows = m_service.list(m_overdueOnly->isChecked());
    if (!rows) {
        m_model->setRows({});
        m_total->setText(tr("The leads could not be read"));
        MessageBox::warning(this, tr("Leads"), rows.error().message);
        return;
    }
    const int state = m_state->currentData().toInt();
    QList<LeadRow> shown;
    for (const LeadRow &r : rows.value()) {
        if (m_emergencyOnly->isChecked() && !r.lead.emergency)
            continue;
        if (state >= 0 && int(r.lead.state) != state)
            continue;
        shown.append(r);
    }
    m_model->setRows(shown);
    int overdue = 0;
    for (const LeadRow &r : std::as_const(shown))
        overdue += !r.lead.answeredAt.isValid() && r.secondsLeft < 0;
    m_total->setText(overdue > 0 ? tr("%n lead(s), %1 overdue", nullptr, int(shown.size())).arg(overdue)
                                 : tr("%n lead(s)", nullptr, int(shown.size())));
    if (!selectLead(current))
        m_detail->setLead(QString());

    if (m_escalationModel) {
        auto escalated = m_service.escalations();
        m_escalationModel->setRows(escalated ? escalated.value() : QList<LeadRow>());
        m_tabs->setTabText(m_tabs->indexOf(m_escalationView), tr("Escalation (%1)").arg(m_escalationModel->rowCount()));
    }
}

void LeadsPage::tick()
{
    // New leads may have arrived (another desk, a sync): read the list again; the selection stays.
    refresh();
    m_detail->tick();
}

bool LeadsPage::selectLead(const QString &leadId)
{
    const int row = leadId.isEmpty() ? -1 : m_model->rowOf(leadId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectRow(row);
    if (m_detail->leadId() != leadId)
        m_detail->setLead(leadId);
    return true;
}

ReportLeadDialog *LeadsPage::reportLead()
{
    auto volunteers = m_team.volunteers();
    auto *dialog = new ReportLeadDialog(
        m_service, m_session, m_regions, volunteers ? volunteers.value() : QList<Volunteer>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->leadId();
        m_overdueOnly->setChecked(false);
        m_emergencyOnly->setChecked(false);
        m_state->setCurrentIndex(0);
        refresh();
        selectLead(id);
    });
    dialog->open();
    return dialog;
}

void LeadsPage::linkRegisteredHousehold(const QString &leadId, const QString &householdId)
{
    // The form saves again and again while it is open: link once.
    if (auto lead = m_service.get(leadId); !lead || !lead->householdId.isEmpty())
        return;
    if (auto s = m_service.linkHousehold(leadId, householdId); !s) {
        MessageBox::warning(this, tr("Leads"), s.error().message);
        return;
    }
    refresh();
    selectLead(leadId);
}

TodoSource LeadsPage::todoSource(LeadService &service)
{
    return [&service]() {
        QList<TodoItem> items;
        auto due = service.dueToday();
        if (!due)
            return items;
        for (const LeadRow &r : due.value()) {
            const QString text = r.lead.emergency ? tr("Emergency lead: %1 — %2").arg(r.lead.personName, r.countdown)
                                                  : tr("Lead: %1 — %2").arg(r.lead.personName, r.countdown);
            items.append({ text, r.lead.deadlineAt, r.lead.householdId });
        }
        return items;
    };
}

} // namespace sn
