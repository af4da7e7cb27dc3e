#include "LeadDetailPanel.h"

#include "domain/Format.h"

#include "GrantDialog.h"
#include "LeadStepDialog.h"
#include "LinkHouseholdDialog.h"
#include "MessageBox.h"
#include "ProxyDialog.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "services/LeadService.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

LeadDetailPanel::LeadDetailPanel(LeadService &service, const Session &session, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(session)
    , m_regions(std::move(regions))
{
    setObjectName(QStringLiteral("leadDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("leadTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("leadState"));
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("leadCountdown"));
    m_countdown->setAccessibleName(tr("Deadline"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("leadDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_countdown);
    layout->addWidget(m_details);

    auto *steps = new QGroupBox(tr("Next step"), this);
    m_stepsLayout = new QHBoxLayout(steps);
    layout->addWidget(steps);

    auto *actions = new QGridLayout;
    m_grant = new QPushButton(tr("First help / &temporary assistance…"), this);
    m_grant->setObjectName(QStringLiteral("leadGrant"));
    m_grant->setToolTip(tr("Record the first help (临时救助); for an emergency this stops the 12-hour clock"));
    m_link = new QPushButton(tr("&Link household…"), this);
    m_link->setObjectName(QStringLiteral("leadLink"));
    m_link->setToolTip(tr("Find the registry household of this person and link the lead to it"));
    m_intake = new QPushButton(tr("&Intake form…"), this);
    m_intake->setObjectName(QStringLiteral("leadIntake"));
    m_intake->setToolTip(tr("Register the person as a new household"));
    m_proxy = new QPushButton(tr("&Proxy application…"), this);
    m_proxy->setObjectName(QStringLiteral("leadProxy"));
    m_proxy->setToolTip(tr("帮办代办: someone applies on behalf of a person who cannot apply themselves"));
    m_openHousehold = new QPushButton(tr("Open &household"), this);
    m_openHousehold->setObjectName(QStringLiteral("leadOpenHousehold"));
    actions->addWidget(m_grant, 0, 0);
    actions->addWidget(m_proxy, 0, 1);
    actions->addWidget(m_link, 1, 0);
    actions->addWidget(m_openHousehold, 1, 1);
    actions->addWidget(m_intake, 2, 0);
    layout->addLayout(actions);

    m_history = new QTableWidget(this);
    m_history->setObjectName(QStringLiteral("leadHistory"));
    m_history->setAccessibleName(tr("History of the lead"));
    m_history->setColumnCount(4);
    m_history->setHorizontalHeaderLabels({ tr("When"), tr("Step"), tr("By"), tr("Note") });
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setWordWrap(false);
    m_history->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_history, 1);

    connect(m_grant, &QPushButton::clicked, this, &LeadDetailPanel::askGrant);
    connect(m_link, &QPushButton::clicked, this, &LeadDetailPanel::askLink);
    connect(m_proxy, &QPushButton::clicked, this, &LeadDetailPanel::askProxy);
    connect(m_intake, &QPushButton::clicked, this, &LeadDetailPanel::requestIntake);
    connect(m_openHousehold, &QPushButton::clicked, this, [this] {
        if (!m_lead.householdId.isEmpty())
            emit householdRequested(m_lead.householdId);
    });
    clear();
}

void LeadDetailPanel::clear()
{
    m_lead = Lead();
    m_lead.state = LeadState::Closed;
    m_title->setText(tr("No lead selected"));
    m_state->clear();
    m_countdown->clear();
    m_details->clear();
    m_history->setRowCount(0);
    qDeleteAll(m_stepButtons);
    m_stepButtons.clear();
    for (QPushButton *b : { m_grant, m_link, m_intake, m_proxy, m_openHousehold })
        b->setEnabled(false);
}

void LeadDetailPanel::setLead(const QString &leadId)
{
    if (leadId.isEmpty()) {
        clear();
        return;
    }
    auto lead = m_service.get(leadId);
    if (!lead) {
        clear();
        MessageBox::warning(this, tr("Lead"), lead.error().message);
        return;
    }
    fill(lead.value());
}

void LeadDetailPanel::fill(const Lead &lead)
{
    m_lead = lead;
    m_title->setText(lead.emergency ? tr("%1 — emergency").arg(lead.personName) : lead.personName);
    QString state = tr("State: %1").arg(LeadRules::display(lead.state));
    if (lead.decision != LeadDecision::None)
        state += tr(" · decision: %1").arg(LeadRules::display(lead.decision));
    m_state->setText(state);
    tick();

    const Region *t = m_regions.find(lead.townshipCode);
    const Region *v = m_regions.find(lead.villageCode);
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append(QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
    };
    line(tr("Reported:"),
        tr("%1 by %2 (%3)")
            .arg(format::dateTime(lead.reportedAt), lead.reporterName.isEmpty() ? tr("unnamed") : lead.reporterName,
                LeadRules::display(lead.source)));
    line(tr("Where:"), tr("%1 %2").arg(t ? t->name : lead.townshipCode, v ? v->name : QString()));
    line(tr("ID number:"), lead.personIdNumber); // masked by LeadService for a role without full numbers
    line(tr("Address:"), lead.address);
    line(tr("Phone:"), lead.phone);
    line(tr("What happened:"), lead.description);
    if (!lead.proxyName.isEmpty())
        line(tr("Proxy application:"), tr("%1 (%2) %3").arg(lead.proxyName, lead.proxyRelation, lead.proxyPhone));
    line(tr("Household:"), lead.householdId.isEmpty() ? tr("not linked yet") : tr("linked"));
    m_details->setText(lines.join(QStringLiteral("<br>")));

    qDeleteAll(m_stepButtons);
    m_stepButtons.clear();
    const bool mayEdit = m_session.can(Permission::EditHouseholds);
    for (LeadState to : LeadRules::nextStates(lead)) {
        auto *button = new QPushButton(tr("→ %1").arg(LeadRules::display(to)), this);
        button->setObjectName(QStringLiteral("leadStep_") + LeadRules::code(to));
        button->setEnabled(mayEdit || (to == LeadState::Verified && m_session.can(Permission::CompleteReviews)));
        connect(button, &QPushButton::clicked, this, [this, to] { askStep(to); });
        m_stepsLayout->addWidget(button);
        m_stepButtons.append(button);
    }
    if (m_stepButtons.isEmpty()) {
        auto *none = new QPushButton(tr("No further step"), this);
        none->setEnabled(false);
        m_stepsLayout->addWidget(none);
        m_stepButtons.append(none);
    }
    const bool open = lead.state != LeadState::Closed;
    m_grant->setEnabled(mayEdit && open);
    m_link->setEnabled(mayEdit && open);
    m_intake->setEnabled(mayEdit && open && lead.householdId.isEmpty());
    m_proxy->setEnabled(mayEdit && open);
    m_openHousehold->setEnabled(!lead.householdId.isEmpty());

    m_history->setRowCount(0);
    auto events = m_service.history(lead.id);
    if (!events)
        return;
    for (const LeadEvent &e : events.value()) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const QString step = e.from == e.to ? LeadRules::display(e.to)
                                            : tr("%1 → %2").arg(LeadRules::display(e.from), LeadRules::display(e.to));
        m_history->setItem(row, 0, new QTableWidgetItem(format::dateTime(e.at)));
        m_history->setItem(row, 1, new QTableWidgetItem(step));
        m_history->setItem(row, 2, new QTableWidgetItem(e.userName));
        auto *note = new QTableWidgetItem(e.note);
        note->setToolTip(e.note);
        m_history->setItem(row, 3, note);
    }
    m_history->resizeColumnsToContents();
}

void LeadDetailPanel::tick()
{
    if (m_lead.id.isEmpty())
        return;
    const QDateTime now = Clock::now();
    const bool overdue = LeadRules::isLate(m_lead, now);
    QString text = tr("Deadline %1: %2").arg(format::dateTime(m_lead.deadlineAt), LeadRules::countdown(m_lead, now));
    if (m_lead.answeredAt.isValid() && m_lead.answer != LeadAnswer::None)
        text += tr(" (reply: %1, %2)").arg(LeadRules::display(m_lead.answer), format::dateTime(m_lead.answeredAt));
    m_countdown->setText(text);
    m_countdown->setStyleSheet(overdue    ? QStringLiteral("color: #c62828; font-weight: bold")
            : m_lead.answeredAt.isValid() ? QStringLiteral("color: #2e7d32")
                                          : QString());
}

QPushButton *LeadDetailPanel::stepButton(LeadState to) const
{
    for (QPushButton *b : m_stepButtons) {
        if (b->objectName() == QStringLiteral("leadStep_") + LeadRules::code(to))
            return b;
    }
    return nullptr;
}

void LeadDetailPanel::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_lead.id;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        setLead(id);
        emit changed(id);
    });
    dialog->open();
}

void LeadDetailPanel::askStep(LeadState to)
{
    // The rules are asked again: the lead may have moved on at another desk since it was shown.
    if (const QString why
        = LeadRules::checkTransition(m_lead, to, to == LeadState::Decided ? LeadDecision::Duplicate : m_lead.decision);
        !why.isEmpty()) {
        MessageBox::warning(this, tr("Lead"), why);
        return;
    }
    openDialog(new LeadStepDialog(m_service, m_lead, to, this));
}

void LeadDetailPanel::askLink()
{
    openDialog(new LinkHouseholdDialog(m_service, m_lead, m_regions, this));
}

void LeadDetailPanel::askProxy()
{
    openDialog(new ProxyDialog(m_service, m_lead, this));
}

void LeadDetailPanel::askGrant()
{
    openDialog(new GrantDialog(m_service, m_lead, this));
}

void LeadDetailPanel::requestIntake()
{
    // The draft proves the lead may be taken in; the form itself is opened by the main window.
    if (auto draft = m_service.intakeDraft(m_lead.id); !draft) {
        MessageBox::warning(this, tr("Intake"), draft.error().message);
        return;
    }
    emit intakeRequested(m_lead.id);
}

} // namespace sn
