#include "PoliciesPage.h"

#include "AppServices.h"

#include "DocumentPrinter.h"
#include "Icons.h"
#include "MessageBox.h"
#include "ReferralDialog.h"

#include "domain/Clock.h"
#include "domain/Format.h"
#include "services/HouseholdService.h"
#include "services/ReferralService.h"
#include "services/documents/CardService.h"
#include "services/documents/Document.h"
#include "services/documents/DocumentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QString &id = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (!id.isEmpty())
        item->setData(Qt::UserRole, id);
    return item;
}

} // namespace

PoliciesPage::PoliciesPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_session(services.session())
    , m_service(services.referrals())
    , m_households(services.households())
    , m_documents(services.documents())
    , m_cards(services.cards())
{
    setObjectName(QStringLiteral("policiesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Policies and referrals</b>"), this));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildCatalogue(), tr("Policy &catalogue"));
    m_tabs->addTab(buildReferrals(), tr("&Referrals"));
    layout->addWidget(m_tabs, 1);
    refresh();
}

PoliciesPage::~PoliciesPage() = default;

QWidget *PoliciesPage::buildCatalogue()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_reviewNote = new QLabel(page);
    m_reviewNote->setObjectName(QStringLiteral("policyReviewNote"));
    m_reviewNote->setWordWrap(true);
    layout->addWidget(m_reviewNote);
    m_departments
        = table({ tr("Department"), tr("Policies"), tr("Least recently reviewed"), tr("Reviewed by 30 April") },
            QStringLiteral("departmentReviews"), page);
    m_departments->setAccessibleName(tr("Review of each department's policies"));
    m_departments->setMaximumHeight(m_departments->fontMetrics().lineSpacing() * 11);
    layout->addWidget(m_departments);

    m_policies = table({ tr("Department"), tr("Policy"), tr("Who qualifies"), tr("Materials"), tr("Where to go"),
                           tr("Contact"), tr("Last reviewed") },
        QStringLiteral("policyTable"), page);
    m_policies->setAccessibleName(tr("Policies"));
    layout->addWidget(m_policies, 1);
    connect(m_policies, &QTableWidget::itemSelectionChanged, this, &PoliciesPage::showPolicy);

    const bool editable = m_session.can(Permission::EditStandards);
    auto *editor = new QGroupBox(editable ? tr("Policy") : tr("Policy (kept by the district bureau)"), page);
    auto *form = new QFormLayout(editor);
    m_department = new QLineEdit(editor);
    m_department->setObjectName(QStringLiteral("policyDepartment"));
    m_department->setPlaceholderText(tr("e.g. 残联, 医保局, 住建局"));
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("policyName"));
    m_serviceCombo = new QComboBox(editor);
    m_serviceCombo->setObjectName(QStringLiteral("policyService"));
    for (const QString &code : ReferralService::services())
        m_serviceCombo->addItem(ReferralService::serviceDisplay(code), code);
    m_eligibility = new QPlainTextEdit(editor);
    m_eligibility->setObjectName(QStringLiteral("policyEligibility"));
    m_eligibility->setTabChangesFocus(true);
    m_materials = new QPlainTextEdit(editor);
    m_materials->setObjectName(QStringLiteral("policyMaterials"));
    m_materials->setTabChangesFocus(true);
    m_materials->setPlaceholderText(tr("One material per line"));
    // Room for a policy's usual three or four materials without scrolling.
    for (QPlainTextEdit *e : { m_eligibility, m_materials })
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 14);
    m_where = new QLineEdit(editor);
    m_where->setObjectName(QStringLiteral("policyWhere"));
    m_contact = new QLineEdit(editor);
    m_contact->setObjectName(QStringLiteral("policyContact"));
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, editor);
        l->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, field);
    };
    row(tr("&Department:"), m_department);
    row(tr("Policy &name:"), m_name);
    row(tr("&Service:"), m_serviceCombo);
    row(tr("&Who qualifies:"), m_eligibility);
    row(tr("&Materials:"), m_materials);
    row(tr("W&here to go:"), m_where);
    row(tr("C&ontact:"), m_contact);
    for (QLineEdit *e : { m_department, m_name, m_where, m_contact })
        e->setReadOnly(!editable);
    for (QPlainTextEdit *e : { m_eligibility, m_materials })
        e->setReadOnly(!editable);
    m_serviceCombo->setEnabled(editable);
    layout->addWidget(editor);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("N&ew policy"), page);
    add->setObjectName(QStringLiteral("policyNew"));
    m_save = new QPushButton(tr("Save polic&y"), page);
    m_save->setObjectName(QStringLiteral("policySave"));
    m_reviewed = new QPushButton(tr("Mark rev&iewed"), page);
    m_reviewed->setObjectName(QStringLiteral("policyReviewed"));
    m_reviewed->setToolTip(tr("Checked with the department and unchanged: reviewed today"));
    m_remove = new QPushButton(tr("Remo&ve"), page);
    m_remove->setObjectName(QStringLiteral("policyRemove"));
    for (QPushButton *b : { add, m_save, m_reviewed, m_remove }) {
        b->setVisible(editable);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *print = new QPushButton(tr("&Print catalogue…"), page);
    print->setIcon(Icons::get(Icons::Name::Print));
    print->setObjectName(QStringLiteral("policyPrint"));
    auto *pdf = new QPushButton(tr("Catalogue as PD&F…"), page);
    pdf->setIcon(Icons::get(Icons::Name::SavePdf));
    pdf->setObjectName(QStringLiteral("policyPdf"));
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PoliciesPage::newPolicy);
    connect(m_save, &QPushButton::clicked, this, &PoliciesPage::savePolicy);
    connect(m_reviewed, &QPushButton::clicked, this, &PoliciesPage::markReviewed);
    connect(m_remove, &QPushButton::clicked, this, &PoliciesPage::removePolicy);
    connect(print, &QPushButton::clicked, this, &PoliciesPage::printCatalogue);
    connect(pdf, &QPushButton::clicked, this, &PoliciesPage::saveCatalogueAs);
    return page;
}

QWidget *PoliciesPage::buildReferrals()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_dueOnly = new QCheckBox(tr("Only follow-ups &due"), page);
    m_dueOnly->setObjectName(QStringLiteral("referralDueOnly"));
    m_dueOnly->setToolTip(tr("Referrals sent or accepted whose follow-up date is today or earlier"));
    auto *refer = new QPushButton(tr("Refer a &household…"), page);
    refer->setIcon(Icons::get(Icons::Name::NewItem));
    refer->setObjectName(QStringLiteral("referralNew"));
    refer->setVisible(m_session.can(Permission::EditHouseholds));
    top->addWidget(m_dueOnly);
    top->addStretch(1);
    top->addWidget(refer);
    layout->addLayout(top);
    connect(m_dueOnly, &QCheckBox::toggled, this, &PoliciesPage::loadReferrals);
    connect(refer, &QPushButton::clicked, this, [this] {
        if (ReferralDialog *dialog = referHousehold())
            dialog->open();
    });

    m_referrals = table({ tr("Sent"), tr("Household"), tr("Policies"), tr("Status"), tr("Follow-up"), tr("Note") },
        QStringLiteral("referralTable"), page);
    m_referrals->setAccessibleName(tr("Referrals"));
    layout->addWidget(m_referrals, 1);
    connect(m_referrals, &QTableWidget::itemSelectionChanged, this, &PoliciesPage::showReferral);
    connect(m_referrals, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        if (item)
            emit householdRequested(m_referrals->item(item->row(), HouseholdColumn)->data(Qt::UserRole).toString());
    });

    auto *statusRow = new QHBoxLayout;
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("referralStatus"));
    m_status->setAccessibleName(tr("Status of the referral"));
    for (ReferralStatus s :
        { ReferralStatus::Sent, ReferralStatus::Accepted, ReferralStatus::Done, ReferralStatus::Declined })
        m_status->addItem(ReferralService::statusDisplay(s), int(s));
    m_followUp = new QDateEdit(page);
    m_followUp->setObjectName(QStringLiteral("referralFollowUp"));
    m_followUp->setAccessibleName(tr("Next follow-up"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_statusNote = new QLineEdit(page);
    m_statusNote->setObjectName(QStringLiteral("referralStatusNote"));
    m_statusNote->setAccessibleName(tr("Note on the status"));
    m_statusNote->setPlaceholderText(tr("What the department said (required when declined)"));
    m_update = new QPushButton(tr("&Update"), page);
    m_update->setObjectName(QStringLiteral("referralUpdate"));
    auto *statusLabel = new QLabel(tr("S&tatus:"), page);
    statusLabel->setBuddy(m_status);
    auto *followLabel = new QLabel(tr("&Follow up on:"), page);
    followLabel->setBuddy(m_followUp);
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(m_status);
    statusRow->addWidget(followLabel);
    statusRow->addWidget(m_followUp);
    statusRow->addWidget(m_statusNote, 1);
    statusRow->addWidget(m_update);
    layout->addLayout(statusRow);
    connect(m_update, &QPushButton::clicked, this, &PoliciesPage::updateReferral);

    auto *docs = new QHBoxLayout;
    auto *letter = new QPushButton(tr("Print &notification letter…"), page);
    letter->setIcon(Icons::get(Icons::Name::Print));
    letter->setObjectName(QStringLiteral("referralPrintLetter"));
    auto *letterPdf = new QPushButton(tr("&Letter as PDF…"), page);
    letterPdf->setIcon(Icons::get(Icons::Name::SavePdf));
    letterPdf->setObjectName(QStringLiteral("referralLetterPdf"));
    auto *slip = new QPushButton(tr("Print referral &slip…"), page);
    slip->setIcon(Icons::get(Icons::Name::Print));
    slip->setObjectName(QStringLiteral("referralPrintSlip"));
    docs->addStretch(1);
    for (QPushButton *b : { letter, letterPdf, slip }) {
        docs->addWidget(b);
        m_referralButtons.append(b);
    }
    m_referralButtons.append(m_update);
    layout->addLayout(docs);
    connect(letter, &QPushButton::clicked, this, [this] { printReferralDocument(false); });
    connect(slip, &QPushButton::clicked, this, [this] { printReferralDocument(true); });
    connect(letterPdf, &QPushButton::clicked, this, &PoliciesPage::saveLetterAs);
    return page;
}

void PoliciesPage::refresh()
{
    loadPolicies();
    loadReferrals();
}

void PoliciesPage::loadPolicies()
{
    const QString selected = selectedPolicy();
    m_policies->setRowCount(0);
    auto policies = m_service.policies();
    if (!policies) {
        m_reviewNote->setText(policies.error().message);
        return;
    }
    for (const Policy &p : policies.value()) {
        const int r = m_policies->rowCount();
        m_policies->insertRow(r);
        m_policies->setItem(r, DepartmentColumn, cell(p.department, p.id));
        m_policies->setItem(r, NameColumn, cell(p.title));
        m_policies->setItem(r, EligibilityColumn, cell(p.whoQualifies.simplified()));
        m_policies->setItem(
            r, MaterialsColumn, cell(p.materials.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(tr("; "))));
        m_policies->setItem(r, WhereColumn, cell(p.whereToGo));
        m_policies->setItem(r, ContactColumn, cell(p.contact));
        m_policies->setItem(r, ReviewedColumn, cell(p.reviewedOn.isValid() ? format::date(p.reviewedOn) : tr("never")));
        if (p.id == selected)
            m_policies->selectRow(r);
    }
    m_policies->resizeColumnsToContents();

    m_departments->setRowCount(0);
    const QDate deadline = m_service.reviewDeadline();
    int notReviewed = 0;
    int reviewedLate = 0;
    if (auto reviews = m_service.departmentReviews()) {
        for (const DepartmentReview &d : reviews.value()) {
            const int r = m_departments->rowCount();
            m_departments->insertRow(r);
            m_departments->setItem(r, 0, cell(d.department));
            m_departments->setItem(r, 1, cell(QString::number(d.policies)));
            m_departments->setItem(r, 2, cell(d.oldestReview.isValid() ? format::date(d.oldestReview) : tr("never")));
            using State = DepartmentReview::State;
            QString state;
            switch (d.state) {
            case State::OnTime:
                state = tr("yes");
                break;
            case State::ReviewedLate:
                state = tr("reviewed late");
                ++reviewedLate;
                break;
            case State::NotYetDue:
                state = tr("not yet (due %1)").arg(format::date(deadline));
                ++notReviewed;
                break;
            case State::Overdue:
                state = tr("no: overdue");
                ++notReviewed;
                break;
            }
            auto *item = cell(state);
            if (d.state == State::Overdue)
                item->setForeground(QColor(Qt::darkRed));
            m_departments->setItem(r, 3, item);
        }
    }
    m_departments->resizeColumnsToContents();
    if (notReviewed > 0)
        m_reviewNote->setText(tr("%n department(s) still to review their policies (each by %1).", nullptr, notReviewed)
                                  .arg(format::date(deadline)));
    else if (reviewedLate > 0)
        m_reviewNote->setText(
            tr("Every department's policies were reviewed this year; %n department(s) after 30 April.", nullptr,
                reviewedLate));
    else
        m_reviewNote->setText(tr("Every department's policies were reviewed this year."));
    showPolicy();
}

void PoliciesPage::loadReferrals()
{
    const QString selected = selectedReferral();
    m_referrals->setRowCount(0);
    auto rows = m_service.list(m_dueOnly->isChecked() ? Clock::today() : QDate());
    if (!rows)
        return;
    for (const ReferralRow &row : rows.value()) {
        const Referral &ref = row.referral;
        const int r = m_referrals->rowCount();
        m_referrals->insertRow(r);
        m_referrals->setItem(r, SentColumn, cell(format::date(ref.sentOn), ref.id));
        m_referrals->setItem(r, HouseholdColumn, cell(row.headName, ref.householdId));
        m_referrals->setItem(r, PoliciesColumn, cell(row.policyTitles.join(tr("; "))));
        m_referrals->setItem(r, StatusColumn, cell(ReferralService::statusDisplay(ref.status)));
        m_referrals->item(r, StatusColumn)->setData(Qt::UserRole, int(ref.status));
        auto *follow = cell(ref.followUpOn.isValid() ? format::date(ref.followUpOn) : QString());
        follow->setData(Qt::UserRole, ref.followUpOn);
        if (ReferralService::followUpDue(ref, Clock::today()))
            follow->setForeground(QColor(Qt::darkRed)); // due
        m_referrals->setItem(r, FollowUpColumn, follow);
        m_referrals->setItem(r, NoteColumn, cell(ref.note));
        if (ref.id == selected)
            m_referrals->selectRow(r);
    }
    m_referrals->resizeColumnsToContents();
    showReferral();
}

QString PoliciesPage::selectedPolicy() const
{
    const int r = m_policies->currentRow();
    return r >= 0 && m_policies->item(r, DepartmentColumn) && m_policies->item(r, DepartmentColumn)->isSelected()
        ? m_policies->item(r, DepartmentColumn)->data(Qt::UserRole).toString()
        : QString();
}

QString PoliciesPage::selectedReferral() const
{
    const int r = m_referrals->currentRow();
    return r >= 0 && m_referrals->item(r, SentColumn) && m_referrals->item(r, SentColumn)->isSelected()
        ? m_referrals->item(r, SentColumn)->data(Qt::UserRole).toString()
        : QString();
}

void PoliciesPage::showPolicy()
{
    const QString id = selectedPolicy();
    const bool editable = m_session.can(Permission::EditStandards);
    m_reviewed->setEnabled(editable && !id.isEmpty());
    m_remove->setEnabled(editable && !id.isEmpty());
    if (id.isEmpty())
        return;
    auto p = m_service.policy(id);
    if (!p)
        return;
    m_department->setText(p->department);
    m_name->setText(p->title);
    m_serviceCombo->setCurrentIndex(std::max(0, m_serviceCombo->findData(p->service)));
    m_eligibility->setPlainText(p->whoQualifies);
    m_materials->setPlainText(p->materials);
    m_where->setText(p->whereToGo);
    m_contact->setText(p->contact);
}

void PoliciesPage::newPolicy()
{
    m_policies->clearSelection();
    for (QLineEdit *e : { m_department, m_name, m_where, m_contact })
        e->clear();
    m_eligibility->clear();
    m_materials->clear();
    m_serviceCombo->setCurrentIndex(m_serviceCombo->findData(QStringLiteral("other")));
    m_department->setFocus();
}

bool PoliciesPage::savePolicy()
{
    Policy p;
    p.id = selectedPolicy();
    p.department = m_department->text();
    p.title = m_name->text();
    p.service = m_serviceCombo->currentData().toString();
    p.whoQualifies = m_eligibility->toPlainText();
    p.materials = m_materials->toPlainText();
    p.whereToGo = m_where->text();
    p.contact = m_contact->text();
    auto saved = m_service.savePolicy(p);
    if (!saved) {
        MessageBox::warning(this, tr("Policy"), saved.error().message);
        if (saved.error().field == QLatin1String("name"))
            m_name->setFocus();
        else if (saved.error().field == QLatin1String("department"))
            m_department->setFocus();
        return false;
    }
    loadPolicies();
    for (int r = 0; r < m_policies->rowCount(); ++r) {
        if (m_policies->item(r, DepartmentColumn)->data(Qt::UserRole).toString() == saved.value())
            m_policies->selectRow(r);
    }
    return true;
}

bool PoliciesPage::markReviewed()
{
    if (auto s = m_service.markReviewed(selectedPolicy()); !s) {
        MessageBox::warning(this, tr("Policy"), s.error().message);
        return false;
    }
    loadPolicies();
    return true;
}

void PoliciesPage::removePolicy()
{
    const QString id = selectedPolicy();
    if (id.isEmpty()
        || MessageBox::question(this, tr("Remove policy"),
               tr("Remove \"%1\" from the catalogue? Letters already printed keep it.").arg(m_name->text()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    if (auto s = m_service.removePolicy(id); !s)
        MessageBox::warning(this, tr("Policy"), s.error().message);
    newPolicy();
    loadPolicies();
}

ReferralDialog *PoliciesPage::referHousehold(const QString &householdId, const QString &householdName)
{
    auto *dialog = new ReferralDialog(m_service, m_households, householdId, householdName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        loadReferrals();
        m_tabs->setCurrentIndex(1);
    });
    return dialog;
}

void PoliciesPage::showReferral()
{
    const QString id = selectedReferral();
    for (QPushButton *b : std::as_const(m_referralButtons))
        b->setEnabled(!id.isEmpty());
    if (id.isEmpty())
        return;
    const int r = m_referrals->currentRow();
    m_status->setCurrentIndex(m_status->findData(m_referrals->item(r, StatusColumn)->data(Qt::UserRole)));
    const QDate follow = m_referrals->item(r, FollowUpColumn)->data(Qt::UserRole).toDate();
    m_followUp->setDate(follow.isValid() ? follow : Clock::today());
    m_statusNote->clear();
}

bool PoliciesPage::updateReferral()
{
    const QString id = selectedReferral();
    if (id.isEmpty())
        return false;
    if (auto s = m_service.setStatus(
            id, ReferralStatus(m_status->currentData().toInt()), m_statusNote->text(), m_followUp->date());
        !s) {
        MessageBox::warning(this, tr("Referral"), s.error().message);
        if (s.error().field == QLatin1String("note"))
            m_statusNote->setFocus();
        return false;
    }
    loadReferrals();
    return true;
}

Status PoliciesPage::saveCatalogue(const QString &path) const
{
    auto document = m_documents.policyCatalogue();
    if (!document)
        return document.error();
    return doc::Rendering::writePdf(*document.value(), path);
}

Status PoliciesPage::saveLetter(const QString &path) const
{
    const QString id = selectedReferral();
    auto document = m_documents.notificationLetter(id);
    if (!document)
        return document.error();
    if (auto s = doc::Rendering::writePdf(*document.value(), path); !s)
        return s;
    return recordReferralDocument(QStringLiteral("letter"), id, *document.value()); // as `letter --out` does
}

Status PoliciesPage::recordReferralDocument(
    const QString &kind, const QString &referralId, const doc::Document &document) const
{
    auto household = m_documents.referralHousehold(referralId);
    if (!household)
        return household.error();
    auto logged = m_cards.recordDocumentPrint(kind, referralId, { household.value() }, document.pageCount());
    return logged ? Status() : Status(logged.error());
}

void PoliciesPage::printCatalogue()
{
    auto document = m_documents.policyCatalogue();
    if (!document) {
        MessageBox::warning(this, tr("Policy catalogue"), document.error().message);
        return;
    }
    DocumentPrinter::print(*document.value(), tr("Print the policy catalogue"), this);
}

void PoliciesPage::printReferralDocument(bool slip)
{
    const QString id = selectedReferral();
    auto document = slip ? m_documents.referralSlip(id) : m_documents.notificationLetter(id);
    if (!document) {
        MessageBox::warning(this, tr("Referral"), document.error().message);
        return;
    }
    if (!DocumentPrinter::print(
            *document.value(), slip ? tr("Print the referral slip") : tr("Print the notification letter"), this))
        return;
    if (auto s
        = recordReferralDocument(slip ? QStringLiteral("slip") : QStringLiteral("letter"), id, *document.value());
        !s)
        MessageBox::warning(
            this, tr("Referral"), tr("Printed, but not recorded in the print log: %1").arg(s.error().message));
}

void PoliciesPage::saveCatalogueAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the catalogue as PDF"), tr("policy-catalogue.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = saveCatalogue(path); !s)
        MessageBox::warning(this, tr("Policy catalogue"), s.error().message);
}

void PoliciesPage::saveLetterAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the notification letter as PDF"), tr("notification-letter.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = saveLetter(path); !s)
        MessageBox::warning(this, tr("Referral"), s.error().message);
}

} // namespace sn
