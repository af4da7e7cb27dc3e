#include "ChangesPage.h"

#include "DocumentPrinter.h"
#include "Icons.h"

#include "domain/Clock.h"
#include "domain/Format.h"
#include "domain/Money.h"
#include "services/ChangeService.h"
#include "services/HouseholdService.h"
#include "services/documents/DocumentService.h"
#include "services/documents/FlowDocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sn {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fillRow(QTableWidget *table, int row, const QString &id, const QStringList &texts)
{
    for (int c = 0; c < texts.size(); ++c) {
        auto *item = new QTableWidgetItem(texts.at(c));
        if (c == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}

QString idAt(const QTableWidget *table)
{
    const int r = table->currentRow();
    return r >= 0 && table->item(r, 0) ? table->item(r, 0)->data(Qt::UserRole).toString() : QString();
}

bool selectId(QTableWidget *table, const QString &id)
{
    for (int r = 0; r < table->rowCount() && !id.isEmpty(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == id) {
            table->setCurrentCell(r, 0);
            return true;
        }
    }
    return false;
}

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(Clock::today(), parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ChangesPage::ChangesPage(ChangeService &changes, HouseholdService &households, DocumentService &documents,
    const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_service(changes)
    , m_households(households)
    , m_documents(documents)
    , m_session(session)
{
    setObjectName(QStringLiteral("changesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *hint = new QLabel(tr("A change is proposed from the household's form (Adjust payment…); the bureau confirms "
                               "it here. Confirmed changes take effect when their month begins."),
        this);
    hint->setWordWrap(true);
    auto *refreshButton = new QPushButton(Icons::get(Icons::Name::Refresh), tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("changesRefresh"));
    top->addWidget(hint, 1);
    top->addWidget(refreshButton);
    layout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildChanges());
    splitter->addWidget(buildAppeals());
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Result of the last action"));
    layout->addWidget(m_message);

    connect(refreshButton, &QPushButton::clicked, this, &ChangesPage::refresh);
    connect(m_changes, &QTableWidget::currentCellChanged, this, &ChangesPage::updateButtons);
    connect(m_appeals, &QTableWidget::currentCellChanged, this, &ChangesPage::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, &ChangesPage::confirm);
    connect(m_withdraw, &QPushButton::clicked, this, &ChangesPage::withdraw);
    connect(m_notice, &QPushButton::clicked, this, &ChangesPage::printNotice);
    connect(m_recordAppeal, &QPushButton::clicked, this, &ChangesPage::recordAppeal);
    connect(m_decide, &QPushButton::clicked, this, &ChangesPage::decideAppeal);
    refresh();
}

QWidget *ChangesPage::buildChanges()
{
    auto *box = new QGroupBox(tr("Changes of payment"), this);
    auto *layout = new QVBoxLayout(box);
    m_changes = makeTable({ tr("Head of household"), tr("Change"), tr("Effective month"), tr("Amount (yuan/month)"),
                              tr("State"), tr("Reasons") },
        QStringLiteral("changesTable"), tr("Changes of payment"), box);
    layout->addWidget(m_changes, 1);
    auto *actions = new QHBoxLayout;
    m_confirm = new QPushButton(tr("C&onfirm"), box);
    m_confirm->setObjectName(QStringLiteral("confirmChange"));
    m_confirm->setToolTip(tr("The bureau's decision: from the effective month the household follows the change"));
    auto *reasonLabel = new QLabel(tr("Reason to &withdraw:"), box);
    m_withdrawReason = new QLineEdit(box);
    m_withdrawReason->setObjectName(QStringLiteral("withdrawReason"));
    reasonLabel->setBuddy(m_withdrawReason);
    m_withdraw = new QPushButton(tr("With&draw"), box);
    m_withdraw->setObjectName(QStringLiteral("withdrawChange"));
    m_notice = new QPushButton(Icons::get(Icons::Name::Print), tr("Print &notice…"), box);
    m_notice->setObjectName(QStringLiteral("printChangeNotice"));
    m_notice->setToolTip(tr("The written notice (变更告知书 / 停发告知书) of a decided change, to the head"));
    actions->addWidget(m_confirm);
    actions->addWidget(reasonLabel);
    actions->addWidget(m_withdrawReason, 1);
    actions->addWidget(m_withdraw);
    actions->addWidget(m_notice);
    layout->addLayout(actions);

    auto *appealBox = new QGroupBox(tr("Appeal against the selected change"), box);
    auto *form = new QFormLayout(appealBox);
    m_appealKind = new QComboBox(appealBox);
    m_appealKind->setObjectName(QStringLiteral("appealKind"));
    for (AppealKind k : { AppealKind::Complaint, AppealKind::Reconsideration })
        m_appealKind->addItem(ChangeRules::display(k), int(k));
    form->addRow(tr("&Kind:"), m_appealKind);
    m_appellant = new QLineEdit(appealBox);
    m_appellant->setObjectName(QStringLiteral("appellant"));
    form->addRow(tr("A&ppellant:"), m_appellant);
    m_lodgedOn = dateEdit(QStringLiteral("appealLodgedOn"), appealBox);
    form->addRow(tr("&Lodged on:"), m_lodgedOn);
    m_grounds = new QLineEdit(appealBox);
    m_grounds->setObjectName(QStringLiteral("appealGrounds"));
    m_grounds->setPlaceholderText(tr("What the appellant says is wrong"));
    form->addRow(tr("G&rounds:"), m_grounds);
    m_recordAppeal = new QPushButton(tr("Record &appeal"), appealBox);
    m_recordAppeal->setObjectName(QStringLiteral("recordAppeal"));
    form->addRow(QString(), m_recordAppeal);
    layout->addWidget(appealBox);
    return box;
}

QWidget *ChangesPage::buildAppeals()
{
    auto *box = new QGroupBox(tr("Appeals (申诉 / 行政复议)"), this);
    auto *layout = new QVBoxLayout(box);
    m_appeals = makeTable(
        { tr("Head of household"), tr("Kind"), tr("Appellant"), tr("Lodged on"), tr("Grounds"), tr("Outcome") },
        QStringLiteral("appealsTable"), tr("Appeals"), box);
    layout->addWidget(m_appeals, 1);
    auto *decide = new QHBoxLayout;
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("appealOutcome"));
    for (AppealOutcome o : { AppealOutcome::Upheld, AppealOutcome::Changed, AppealOutcome::Withdrawn })
        m_outcome->addItem(ChangeRules::display(o), int(o));
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), box);
    outcomeLabel->setBuddy(m_outcome);
    m_decidedOn = dateEdit(QStringLiteral("appealDecidedOn"), box);
    auto *dateLabel = new QLabel(tr("Dec&ided on:"), box);
    dateLabel->setBuddy(m_decidedOn);
    m_outcomeNote = new QLineEdit(box);
    m_outcomeNote->setObjectName(QStringLiteral("appealOutcomeNote"));
    m_outcomeNote->setPlaceholderText(tr("How the decision changed (needed for changed)"));
    auto *noteLabel = new QLabel(tr("Outco&me note:"), box);
    noteLabel->setBuddy(m_outcomeNote);
    m_decide = new QPushButton(tr("Record out&come"), box);
    m_decide->setObjectName(QStringLiteral("decideAppeal"));
    decide->addWidget(outcomeLabel);
    decide->addWidget(m_outcome);
    decide->addWidget(dateLabel);
    decide->addWidget(m_decidedOn);
    decide->addWidget(noteLabel);
    decide->addWidget(m_outcomeNote, 1);
    decide->addWidget(m_decide);
    layout->addLayout(decide);
    return box;
}

QString ChangesPage::headName(const QString &householdId)
{
    if (householdId.isEmpty())
        return {};
    if (!m_heads.contains(householdId)) {
        auto h = m_households.get(householdId);
        m_heads.insert(householdId, h ? h->headName() : householdId);
    }
    return m_heads.value(householdId);
}

void ChangesPage::refresh()
{
    const QString keepChange = currentChange();
    const QString keepAppeal = currentAppeal();
    m_heads.clear();
    m_changeRows.clear();
    m_changes->setRowCount(0);
    m_appeals->setRowCount(0);
    auto changes = m_service.list();
    if (!changes) {
        m_message->setText(changes.error().message);
        updateButtons();
        return;
    }
    QList<BenefitChange> rows = changes.value();
    // Those waiting for someone first: proposed (the bureau), then confirmed (their month), then the rest.
    std::stable_sort(rows.begin(), rows.end(),
        [](const BenefitChange &a, const BenefitChange &b) { return int(a.state) < int(b.state); });
    m_changes->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const BenefitChange &c = rows.at(i);
        m_changeRows.insert(c.id, c);
        fillRow(m_changes, i, c.id,
            { headName(c.householdId), ChangeRules::display(c.kind), c.effectiveMonth,
                QStringLiteral("%1 → %2").arg(money::toYuanString(c.oldAmount), money::toYuanString(c.newAmount)),
                ChangeRules::display(c.state), c.reasons });
    }
    if (auto appeals = m_service.appeals()) {
        m_appeals->setRowCount(int(appeals->size()));
        for (int i = 0; i < appeals->size(); ++i) {
            const Appeal &a = appeals->at(i);
            fillRow(m_appeals, i, a.id,
                { headName(a.householdId), ChangeRules::display(a.kind), a.appellant, format::date(a.lodgedOn),
                    a.grounds,
                    a.outcome == AppealOutcome::Pending
                        ? tr("pending")
                        : tr("%1 on %2").arg(ChangeRules::display(a.outcome), format::date(a.decidedOn)) });
        }
    }
    if (!selectChange(keepChange) && m_changes->rowCount() > 0)
        m_changes->setCurrentCell(0, 0);
    if (!selectAppeal(keepAppeal) && m_appeals->rowCount() > 0)
        m_appeals->setCurrentCell(0, 0);
    updateButtons();
}

bool ChangesPage::selectChange(const QString &id)
{
    return selectId(m_changes, id);
}

bool ChangesPage::selectAppeal(const QString &id)
{
    return selectId(m_appeals, id);
}

QString ChangesPage::currentChange() const
{
    return idAt(m_changes);
}

QString ChangesPage::currentAppeal() const
{
    return idAt(m_appeals);
}

// The buttons follow the selected row's state; whether the account may do it is the service's answer.
void ChangesPage::updateButtons()
{
    const auto change = m_changeRows.constFind(currentChange());
    const bool has = change != m_changeRows.constEnd();
    const ChangeState state = has ? change->state : ChangeState::Withdrawn;
    m_confirm->setEnabled(has && state == ChangeState::Proposed);
    m_withdraw->setEnabled(has && state == ChangeState::Proposed);
    m_notice->setEnabled(has && (state == ChangeState::Confirmed || state == ChangeState::Applied));
    m_recordAppeal->setEnabled(has && (state == ChangeState::Confirmed || state == ChangeState::Applied));
    m_decide->setEnabled(!currentAppeal().isEmpty());
}

void ChangesPage::done(const Status &s, const QString &said)
{
    m_message->setText(s ? said : s.error().message);
    if (s)
        refresh();
}

void ChangesPage::confirm()
{
    const QString id = currentChange();
    const Status s = m_service.confirm(id, Clock::today());
    done(s, tr("Confirmed. The household follows the change from its effective month."));
    selectChange(id);
}

void ChangesPage::withdraw()
{
    const QString id = currentChange();
    const Status s = m_service.withdraw(id, m_withdrawReason->text());
    if (s)
        m_withdrawReason->clear();
    done(s, tr("Withdrawn: the change will not take effect."));
    selectChange(id);
}

void ChangesPage::printNotice()
{
    auto document = m_documents.changeNotice(currentChange());
    if (!document) {
        m_message->setText(document.error().message);
        return;
    }
    DocumentPrinter::preview(*document.value(), tr("Notice of the change"), this);
}

void ChangesPage::recordAppeal()
{
    Appeal a;
    a.changeId = currentChange();
    a.kind = AppealKind(m_appealKind->currentData().toInt());
    a.appellant = m_appellant->text();
    a.lodgedOn = m_lodgedOn->date();
    a.grounds = m_grounds->text();
    auto id = m_service.addAppeal(a);
    if (!id) {
        m_message->setText(id.error().message);
        return;
    }
    m_appellant->clear();
    m_grounds->clear();
    done({}, tr("Appeal recorded; record its outcome below once it is decided."));
    selectAppeal(id.value());
}

void ChangesPage::decideAppeal()
{
    const QString id = currentAppeal();
    const Status s = m_service.decideAppeal(
        id, AppealOutcome(m_outcome->currentData().toInt()), m_decidedOn->date(), m_outcomeNote->text());
    if (s)
        m_outcomeNote->clear();
    done(s, tr("Outcome recorded."));
    selectAppeal(id);
}

} // namespace sn
