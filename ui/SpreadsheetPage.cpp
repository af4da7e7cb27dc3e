#include "SpreadsheetPage.h"

#include "MessageBox.h"

#include "domain/Clock.h"
#include "services/FeedbackFormExport.h"
#include "services/MonthlyReport.h"
#include "services/SuspicionService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QTableWidgetItem *numberItem(int n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    return item;
}

} // namespace

SpreadsheetPage::SpreadsheetPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session)
    , m_ledger(std::make_unique<LedgerImportService>(db, session))
{
    setObjectName(QStringLiteral("spreadsheetPage"));

    // Ledger
    auto *ledgerBox = new QGroupBox(tr("Household ledger"), this);
    m_previewLedger = new QPushButton(tr("Import ledger…"), ledgerBox);
    m_previewLedger->setObjectName(QStringLiteral("previewLedgerButton"));
    m_importLedger = new QPushButton(tr("Import"), ledgerBox);
    m_importLedger->setObjectName(QStringLiteral("importLedgerButton"));
    m_importLedger->setEnabled(false);
    m_ledgerSummary = new QLabel(tr("Choose a ledger file (xlsx, xls or csv) to check it before importing."), ledgerBox);
    m_ledgerSummary->setObjectName(QStringLiteral("ledgerSummary"));
    m_ledgerSummary->setWordWrap(true);
    m_problems = makeTable({tr("Row"), tr("Field"), tr("Problem")}, ledgerBox);
    m_problems->setObjectName(QStringLiteral("ledgerProblems"));
    m_problems->setAccessibleName(tr("Problems in the ledger"));
    auto *ledgerButtons = new QHBoxLayout;
    ledgerButtons->addWidget(m_previewLedger);
    ledgerButtons->addWidget(m_importLedger);
    ledgerButtons->addStretch(1);
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->addLayout(ledgerButtons);
    ledgerLayout->addWidget(m_ledgerSummary);
    ledgerLayout->addWidget(m_problems, 1);

    // Department tables, annex 1 and the monthly report
    auto *monthBox = new QGroupBox(tr("Department tables and reports"), this);
    m_month = new QDateEdit(monthBox);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setDate(Clock::today());
    m_department = new QComboBox(monthBox);
    m_department->setObjectName(QStringLiteral("departmentBox"));
    m_department->setEditable(true);
    m_department->addItems({QStringLiteral("人社局"), QStringLiteral("医保局"), QStringLiteral("残联"),
                            QStringLiteral("教育局"), QStringLiteral("住建局"), QStringLiteral("卫健委")});
    m_department->setCurrentIndex(0);
    m_importDepartment = new QPushButton(tr("Import department table…"), monthBox);
    m_importDepartment->setObjectName(QStringLiteral("importDepartmentButton"));
    m_exportAnnex = new QPushButton(tr("Export annex 1…"), monthBox);
    m_exportAnnex->setObjectName(QStringLiteral("exportAnnexButton"));
    m_report = new QPushButton(tr("Monthly report…"), monthBox);
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_suspicionSummary = new QLabel(monthBox);
    m_suspicionSummary->setObjectName(QStringLiteral("suspicionSummary"));
    m_suspicionSummary->setWordWrap(true);
    m_suspicions = makeTable({tr("Row"), tr("Head of household"), tr("Address"), tr("Suspicion"), tr("Status"),
                              tr("Reason")},
                             monthBox);
    m_suspicions->setObjectName(QStringLiteral("suspicionRows"));
    m_suspicions->setAccessibleName(tr("Imported department rows"));
    auto *form = new QFormLayout;
    form->addRow(tr("Month:"), m_month);
    form->addRow(tr("Department:"), m_department);
    auto *monthButtons = new QHBoxLayout;
    monthButtons->addWidget(m_importDepartment);
    monthButtons->addWidget(m_exportAnnex);
    monthButtons->addWidget(m_report);
    monthButtons->addStretch(1);
    auto *monthLayout = new QVBoxLayout(monthBox);
    monthLayout->addLayout(form);
    monthLayout->addLayout(monthButtons);
    monthLayout->addWidget(m_suspicionSummary);
    monthLayout->addWidget(m_suspicions, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ledgerBox, 1);
    layout->addWidget(monthBox, 1);

    connect(m_previewLedger, &QPushButton::clicked, this, &SpreadsheetPage::chooseLedger);
    connect(m_importLedger, &QPushButton::clicked, this, &SpreadsheetPage::importLedger);
    connect(m_importDepartment, &QPushButton::clicked, this, &SpreadsheetPage::chooseDepartmentTable);
    connect(m_exportAnnex, &QPushButton::clicked, this, &SpreadsheetPage::chooseAnnex);
    connect(m_report, &QPushButton::clicked, this, &SpreadsheetPage::chooseReport);
}

SpreadsheetPage::~SpreadsheetPage() = default;

QString SpreadsheetPage::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

void SpreadsheetPage::setMonth(const QDate &month)
{
    m_month->setDate(month);
}

std::unique_ptr<QProgressDialog> SpreadsheetPage::progressDialog(const QString &label)
{
    auto dialog = std::make_unique<QProgressDialog>(label, tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    return dialog;
}

Progress SpreadsheetPage::progressOf(QProgressDialog *dialog)
{
    return [dialog](int done, int total) {
        if (total > 0 && dialog->maximum() != total)
            dialog->setMaximum(total);
        dialog->setValue(qMin(done, qMax(total, 0)));
        QCoreApplication::processEvents();
        return !dialog->wasCanceled();
    };
}

// ---- ledger

void SpreadsheetPage::chooseLedger()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import ledger"), {},
                                                      tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"));
    if (!path.isEmpty())
        previewLedger(path);
}

bool SpreadsheetPage::previewLedger(const QString &path)
{
    m_preview.reset();
    m_importLedger->setEnabled(false);
    m_problems->setRowCount(0);
    auto progress = progressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    auto preview = m_ledger->preview(path, {}, {}, progressOf(progress.get()));
    const bool canceled = progress->wasCanceled();
    progress.reset();
    if (!preview) {
        m_ledgerSummary->setText(canceled ? tr("Cancelled.") : preview.error().message);
        if (!canceled)
            MessageBox::warning(this, tr("Import ledger"), preview.error().message);
        return false;
    }
    m_preview = std::move(preview).value();
    showProblems();
    return true;
}

void SpreadsheetPage::showProblems()
{
    const LedgerPreview &p = *m_preview;
    m_problems->setRowCount(int(p.problems.size()));
    int row = 0;
    for (const ImportProblem &problem : p.problems) {
        m_problems->setItem(row, 0, numberItem(problem.row));
        m_problems->setItem(row, 1, new QTableWidgetItem(problem.field));
        m_problems->setItem(row, 2, new QTableWidgetItem(problem.reason));
        ++row;
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    const QString counts = tr("%1: %2 row(s), %3 household(s) (%4 new, %5 updated), %6 person(s).")
                               .arg(p.fileName)
                               .arg(p.rows)
                               .arg(p.households)
                               .arg(p.newHouseholds)
                               .arg(p.updatedHouseholds)
                               .arg(p.persons);
    if (p.ok())
        m_ledgerSummary->setText(counts + QLatin1Char(' ') + tr("No problems: ready to import."));
    else
        m_ledgerSummary->setText(counts + QLatin1Char(' ')
                                 + tr("%n problem(s) to correct in the file before it can be imported.", nullptr,
                                      int(p.problems.size())));
    m_importLedger->setEnabled(p.ok() && p.households > 0);
}

bool SpreadsheetPage::importLedger()
{
    if (!m_preview || !m_preview->ok())
        return false;
    auto progress = progressDialog(tr("Importing %1…").arg(m_preview->fileName));
    auto summary = m_ledger->commit(*m_preview, progressOf(progress.get()));
    const bool canceled = progress->wasCanceled();
    progress.reset();
    if (!summary) {
        m_ledgerSummary->setText(canceled ? tr("Cancelled: nothing was imported.") : summary.error().message);
        if (!canceled)
            MessageBox::warning(this, tr("Import ledger"), summary.error().message);
        return false;
    }
    m_preview.reset();
    m_importLedger->setEnabled(false);
    m_ledgerSummary->setText(tr("Imported %1 household(s) (%2 new, %3 updated), %4 person(s).")
                                 .arg(summary->households)
                                 .arg(summary->created)
                                 .arg(summary->updated)
                                 .arg(summary->persons));
    return true;
}

// ---- department tables

void SpreadsheetPage::chooseDepartmentTable()
{
    const QString department = m_department->currentText().trimmed();
    if (department.isEmpty()) {
        MessageBox::warning(this, tr("Import department table"), tr("Enter the department's name first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Table of %1 for %2").arg(department, month()), {},
                                                      tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"));
    if (!path.isEmpty())
        importDepartmentTable(department, month(), path);
}

bool SpreadsheetPage::importDepartmentTable(const QString &department, const QString &month, const QString &path)
{
    m_suspicions->setRowCount(0);
    SuspicionImportRequest request;
    request.department = department;
    request.month = month;
    request.path = path;
    auto progress = progressDialog(tr("Matching the table of %1…").arg(department));
    auto result = SuspicionService(m_db, m_session).importFile(request, progressOf(progress.get()));
    const bool canceled = progress->wasCanceled();
    progress.reset();
    if (!result) {
        m_suspicionSummary->setText(canceled ? tr("Cancelled: nothing was imported.") : result.error().message);
        if (!canceled)
            MessageBox::warning(this, tr("Import department table"), result.error().message);
        return false;
    }
    const auto statusText = [](SuspicionStatus s) {
        switch (s) {
        case SuspicionStatus::Matched: return tr("Matched");
        case SuspicionStatus::Candidate: return tr("To confirm");
        case SuspicionStatus::Unmatched: return tr("Not registered");
        case SuspicionStatus::Invalid: return tr("Invalid");
        }
        return QString();
    };
    m_suspicions->setRowCount(int(result->rows.size()));
    int row = 0;
    for (const SuspicionRow &r : result->rows) {
        m_suspicions->setItem(row, 0, numberItem(r.rowNumber));
        m_suspicions->setItem(row, 1, new QTableWidgetItem(r.headName));
        m_suspicions->setItem(row, 2, new QTableWidgetItem(r.address));
        m_suspicions->setItem(row, 3, new QTableWidgetItem(r.content));
        auto *status = new QTableWidgetItem(statusText(r.status));
        status->setData(Qt::UserRole, SuspicionService::statusCode(r.status));
        m_suspicions->setItem(row, 4, status);
        m_suspicions->setItem(row, 5, new QTableWidgetItem(r.reason));
        ++row;
    }
    m_suspicionSummary->setText(tr("%1, %2: %3 row(s): %4 matched, %5 to confirm, %6 not registered, %7 invalid.")
                                    .arg(department, month)
                                    .arg(result->rows.size())
                                    .arg(result->counts.value(SuspicionStatus::Matched))
                                    .arg(result->counts.value(SuspicionStatus::Candidate))
                                    .arg(result->counts.value(SuspicionStatus::Unmatched))
                                    .arg(result->counts.value(SuspicionStatus::Invalid)));
    return true;
}

// ---- exports

void SpreadsheetPage::chooseAnnex()
{
    const QString department = m_department->currentText().trimmed();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export annex 1"),
                                                      tr("annex1-%1.xlsx").arg(month()),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportAnnex(month(), department, path);
}

bool SpreadsheetPage::exportAnnex(const QString &month, const QString &department, const QString &path)
{
    auto progress = progressDialog(tr("Writing annex 1…"));
    const Status written = FeedbackFormExport::write(m_db, m_session, month, department, path, progressOf(progress.get()));
    const bool canceled = progress->wasCanceled();
    progress.reset();
    if (!written) {
        if (!canceled)
            MessageBox::warning(this, tr("Export annex 1"), written.error().message);
        return false;
    }
    m_suspicionSummary->setText(tr("Annex 1 for %1 written to %2.").arg(month, QFileInfo(path).fileName()));
    return true;
}

void SpreadsheetPage::chooseReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Monthly report"),
                                                      tr("monthly-report-%1.xlsx").arg(month()),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportReport(month(), path);
}

bool SpreadsheetPage::exportReport(const QString &month, const QString &path)
{
    auto progress = progressDialog(tr("Writing the monthly report…"));
    const Status written = MonthlyReport::write(m_db, m_session, month, path, progressOf(progress.get()));
    const bool canceled = progress->wasCanceled();
    progress.reset();
    if (!written) {
        if (!canceled)
            MessageBox::warning(this, tr("Monthly report"), written.error().message);
        return false;
    }
    m_suspicionSummary->setText(tr("Monthly report for %1 written to %2.").arg(month, QFileInfo(path).fileName()));
    return true;
}

} // namespace sn
