#include "ApplicationsPage.h"

#include "Icons.h"
#include "MessageBox.h"

#include "domain/Clock.h"
#include "domain/Format.h"
#include "domain/Money.h"
#include "services/ApplicationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {
enum Column { Applicant, AssistanceColumn, Step, Deadline, Left, ColumnCount };
}

ApplicationsPage::ApplicationsPage(
    ApplicationService &service, const Session &session, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(session)
    , m_regions(std::move(regions))
{
    setObjectName(QStringLiteral("applicationsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_overdueOnly = new QCheckBox(tr("Overdue onl&y"), this);
    m_overdueOnly->setObjectName(QStringLiteral("applicationsOverdueOnly"));
    m_overdueOnly->setToolTip(tr("Applications past a step's deadline or the overall time limit"));
    m_total = new QLabel(this);
    auto *refreshButton = new QPushButton(Icons::get(Icons::Name::Refresh), tr("Re&fresh"), this);
    top->addWidget(m_overdueOnly);
    top->addStretch(1);
    top->addWidget(m_total);
    top->addWidget(refreshButton);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setAccessibleName(tr("Open applications"));
    m_table->setHorizontalHeaderLabels(
        { tr("Applicant"), tr("Assistance"), tr("Step"), tr("Deadline"), tr("Working days left") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ApplicationsPage::refresh);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &ApplicationsPage::refresh);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ApplicationsPage::showCurrent);
    connect(m_nextStep, &QComboBox::currentIndexChanged, this, &ApplicationsPage::updateDecisionFields);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ApplicationsPage::updateDecisionFields);
    connect(m_advance, &QPushButton::clicked, this, &ApplicationsPage::advance);
    refresh();
}

QWidget *ApplicationsPage::buildDetail()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_summary = new QLabel(panel);
    m_summary->setObjectName(QStringLiteral("applicationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_history = new QListWidget(panel);
    m_history->setObjectName(QStringLiteral("applicationHistory"));
    m_history->setAccessibleName(tr("Steps so far"));
    layout->addWidget(m_history, 1);
    auto *form = new QFormLayout;
    m_nextStep = new QComboBox(panel);
    m_nextStep->setObjectName(QStringLiteral("applicationNextStep"));
    form->addRow(tr("&Next step:"), m_nextStep);
    m_date = new QDateEdit(Clock::today(), panel);
    m_date->setObjectName(QStringLiteral("applicationDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_date);
    m_note = new QLineEdit(panel);
    m_note->setObjectName(QStringLiteral("applicationNote"));
    m_note->setPlaceholderText(tr("Survey findings, objections to the notice, or a note"));
    form->addRow(tr("N&ote:"), m_note);
    m_outcome = new QComboBox(panel);
    m_outcome->setObjectName(QStringLiteral("applicationOutcome"));
    m_outcome->addItem(ApplicationRules::display(ApplicationOutcome::Approved), int(ApplicationOutcome::Approved));
    m_outcome->addItem(ApplicationRules::display(ApplicationOutcome::Refused), int(ApplicationOutcome::Refused));
    form->addRow(tr("O&utcome:"), m_outcome);
    m_amount = new QLineEdit(panel);
    m_amount->setObjectName(QStringLiteral("applicationAmount"));
    m_amount->setPlaceholderText(tr("computed from the rules when empty"));
    form->addRow(tr("A&mount (yuan/month):"), m_amount);
    m_reason = new QLineEdit(panel);
    m_reason->setObjectName(QStringLiteral("applicationReason"));
    form->addRow(tr("&Reasons of a refusal:"), m_reason);
    layout->addLayout(form);
    m_advance = new QPushButton(tr("&Advance"), panel);
    m_advance->setObjectName(QStringLiteral("applicationAdvance"));
    layout->addWidget(m_advance, 0, Qt::AlignRight);
    return panel;
}

void ApplicationsPage::fillRow(int row, const ApplicationRow &r)
{
    const Application &a = r.application;
    const QStringList texts { a.applicantName, ApplicationRules::display(a.assistance),
        ApplicationRules::display(a.step), format::date(a.stepDeadline), r.countdown };
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(texts.at(c));
        if (c == Applicant)
            item->setData(Qt::UserRole, a.id);
        if (r.overdue)
            item->setForeground(QColor(0xb0, 0x1c, 0x1c)); // the same red as overdue leads
        m_table->setItem(row, c, item);
    }
}

void ApplicationsPage::refresh()
{
    const QString keep = currentId();
    auto rows = m_service.list(m_overdueOnly->isChecked());
    m_table->setRowCount(0);
    if (!rows) {
        m_total->setText(rows.error().message);
        showCurrent();
        return;
    }
    m_table->setRowCount(int(rows->size()));
    int overdue = 0;
    for (int i = 0; i < rows->size(); ++i) {
        fillRow(i, rows->at(i));
        overdue += rows->at(i).overdue ? 1 : 0;
    }
    m_total->setText(tr("%n open application(s)", nullptr, int(rows->size()))
        + (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
    if (!selectApplication(keep) && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    showCurrent();
}

bool ApplicationsPage::selectApplication(const QString &id)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (!id.isEmpty() && m_table->item(r, Applicant)->data(Qt::UserRole).toString() == id) {
            m_table->setCurrentCell(r, 0);
            return true;
        }
    }
    return false;
}

QString ApplicationsPage::currentId() const
{
    const int r = m_table->currentRow();
    return r >= 0 && m_table->item(r, Applicant) ? m_table->item(r, Applicant)->data(Qt::UserRole).toString()
                                                 : QString();
}

void ApplicationsPage::showCurrent()
{
    m_history->clear();
    m_nextStep->clear();
    auto a = currentId().isEmpty() ? Result<Application>(Error::notFound({})) : m_service.get(currentId());
    m_advance->setEnabled(a.ok());
    if (!a) {
        m_summary->setText(tr("Select an application."));
        updateDecisionFields();
        return;
    }
    const ApplicationRow r = m_service.row(a.value());
    m_summary->setText(tr("%1 — %2\nStep: %3 since %4, due %5 (%6)\nOverall limit: %7\nPlatform case: %8")
                           .arg(a->applicantName, ApplicationRules::display(a->assistance),
                               ApplicationRules::display(a->step), format::date(a->stepStartedOn),
                               format::date(a->stepDeadline), r.countdown, format::date(a->overallDeadline),
                               a->platformCaseNo.isEmpty() ? tr("not recorded") : a->platformCaseNo));
    if (auto steps = m_service.history(a->id)) {
        for (const ApplicationStepRecord &s : steps.value())
            m_history->addItem(tr("%1 → %2 on %3%4%5")
                                   .arg(ApplicationRules::display(s.step), ApplicationRules::display(s.to),
                                       format::date(s.completedOn), s.late ? tr(" (late)") : QString(),
                                       s.note.isEmpty() ? QString() : QStringLiteral(": ") + s.note));
    }
    for (ApplicationStep s : m_service.nextSteps(a.value()))
        m_nextStep->addItem(ApplicationRules::display(s), int(s));
    m_advance->setEnabled(m_nextStep->count() > 0 && m_session.can(Permission::EditHouseholds));
    m_date->setDate(Clock::today());
    updateDecisionFields();
}

void ApplicationsPage::updateDecisionFields()
{
    const bool deciding = m_nextStep->currentData().toInt() == int(ApplicationStep::Decided);
    const bool refusing = m_outcome->currentData().toInt() == int(ApplicationOutcome::Refused);
    m_outcome->setEnabled(deciding);
    m_amount->setEnabled(deciding && !refusing);
    m_reason->setEnabled(deciding && refusing);
}

void ApplicationsPage::advance()
{
    const QString id = currentId();
    if (id.isEmpty() || m_nextStep->currentIndex() < 0)
        return;
    AdvanceRequest r;
    r.to = ApplicationStep(m_nextStep->currentData().toInt());
    r.date = m_date->date();
    r.note = m_note->text();
    if (r.to == ApplicationStep::Decided) {
        r.outcome = ApplicationOutcome(m_outcome->currentData().toInt());
        r.reasons = m_reason->text();
        if (r.outcome == ApplicationOutcome::Approved && !m_amount->text().trimmed().isEmpty()) {
            const auto amount = money::parseYuan(m_amount->text());
            if (!amount) {
                MessageBox::warning(this, tr("Advance"), tr("The amount is not an amount in yuan."));
                return;
            }
            r.amount = *amount;
        }
    }
    if (auto s = m_service.advance(id, r); !s) {
        MessageBox::warning(this, tr("Advance"), s.error().message);
        return;
    }
    m_note->clear();
    m_amount->clear();
    m_reason->clear();
    refresh();
    if (!selectApplication(id))
        m_summary->setText(tr("The application is finished."));
}

TodoSource ApplicationsPage::todoSource(ApplicationService &service, std::function<void()> open)
{
    return [&service, open]() {
        QList<TodoItem> items;
        auto overdue = service.list(true);
        if (!overdue)
            return items;
        for (const ApplicationRow &r : overdue.value())
            items.append(
                { tr("Application: %1 — %2 %3")
                        .arg(r.application.applicantName, ApplicationRules::display(r.application.step), r.countdown),
                    QDateTime(r.application.stepDeadline, QTime(17, 0)), QString(), open });
        return items;
    };
}

} // namespace sn
