#include "SpreadsheetPage.h"

#include "AppServices.h"
#include "BackgroundTask.h"

#include "ColumnMappingDialog.h"
#include "MessageBox.h"

#include "domain/Clock.h"
#include "services/FeedbackFormExport.h"
#include "services/MonthlyReport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

SpreadsheetPage::SpreadsheetPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("spreadsheetPage"));

    // Ledger
    auto *ledgerBox = new QGroupBox(tr("Household ledger"), this);
    m_previewLedger = new QPushButton(tr("Import &ledger…"), ledgerBox);
    m_previewLedger->setObjectName(QStringLiteral("previewLedgerButton"));
    m_importLedger = new QPushButton(tr("&Import"), ledgerBox);
    m_importLedger->setObjectName(QStringLiteral("importLedgerButton"));
    m_importLedger->setEnabled(false);
    m_importValid = new QPushButton(tr("Import &valid households…"), ledgerBox);
    m_importValid->setObjectName(QStringLiteral("importValidButton"));
    m_importValid->setToolTip(tr("Import the households without problems and save the other rows, with their "
                                 "reasons, in a spreadsheet to correct and import again."));
    m_importValid->setEnabled(false);
    m_ledgerSummary
        = new QLabel(tr("Choose a ledger file (xlsx, xls or csv) to check it before importing."), ledgerBox);
    m_ledgerSummary->setObjectName(QStringLiteral("ledgerSummary"));
    m_ledgerSummary->setWordWrap(true);
    m_problems = makeTable({ tr("Row"), tr("Field"), tr("Problem") }, ledgerBox);
    m_problems->setObjectName(QStringLiteral("ledgerProblems"));
    m_problems->setAccessibleName(tr("Problems in the ledger"));
    auto *ledgerButtons = new QHBoxLayout;
    ledgerButtons->addWidget(m_previewLedger);
    ledgerButtons->addWidget(m_importLedger);
    ledgerButtons->addWidget(m_importValid);
    ledgerButtons->addStretch(1);
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->addLayout(ledgerButtons);
    ledgerLayout->addWidget(m_ledgerSummary);
    ledgerLayout->addWidget(m_problems, 1);

    // Department tables, annex 1 and the monthly report
    auto *monthBox = new QGroupBox(tr("Annex 1 and the monthly report"), this);
    m_month = new QDateEdit(monthBox);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setDate(Clock::today());
    m_department = new QComboBox(monthBox);
    m_department->setObjectName(QStringLiteral("departmentBox"));
    m_department->setEditable(true);
    m_department->addItems({ QStringLiteral("人社局"), QStringLiteral("医保局"), QStringLiteral("残联"),
        QStringLiteral("教育局"), QStringLiteral("住建局"), QStringLiteral("卫健委") });
    m_department->setCurrentIndex(0);
    m_exportAnnex = new QPushButton(tr("Export &annex 1…"), monthBox);
    m_exportAnnex->setObjectName(QStringLiteral("exportAnnexButton"));
    m_report = new QPushButton(tr("&Monthly report…"), monthBox);
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_payroll = new QPushButton(tr("Payment &roll…"), monthBox);
    m_payroll->setObjectName(QStringLiteral("payrollButton"));
    m_payroll->setToolTip(tr("The month's 低保 and 特困 payments, one row per household, with totals"));
    m_exportStatus
        = new QLabel(tr("Department tables are imported and verified on the Department data page."), monthBox);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Month:"), m_month);
    form->addRow(tr("Department:"), m_department);
    auto *monthButtons = new QHBoxLayout;
    monthButtons->addWidget(m_exportAnnex);
    monthButtons->addWidget(m_report);
    monthButtons->addWidget(m_payroll);
    monthButtons->addStretch(1);
    auto *monthLayout = new QVBoxLayout(monthBox);
    monthLayout->addLayout(form);
    monthLayout->addLayout(monthButtons);
    monthLayout->addWidget(m_exportStatus);
    monthLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ledgerBox, 1);
    layout->addWidget(monthBox);

    connect(m_previewLedger, &QPushButton::clicked, this, &SpreadsheetPage::chooseLedger);
    connect(m_importLedger, &QPushButton::clicked, this, &SpreadsheetPage::importLedger);
    connect(m_importValid, &QPushButton::clicked, this, &SpreadsheetPage::chooseRejectsAndImportValid);
    connect(m_exportAnnex, &QPushButton::clicked, this, &SpreadsheetPage::chooseAnnex);
    connect(m_report, &QPushButton::clicked, this, &SpreadsheetPage::chooseReport);
    connect(m_payroll, &QPushButton::clicked, this, &SpreadsheetPage::choosePayroll);
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

// ---- ledger

void SpreadsheetPage::chooseLedger()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import ledger"), {}, tr("Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"));
    if (!path.isEmpty())
        previewLedger(path);
}

bool SpreadsheetPage::previewLedger(const QString &path)
{
    m_preview.reset();
    m_importLedger->setEnabled(false);
    m_importValid->setEnabled(false);
    m_problems->setRowCount(0);
    const QString fileName = QFileInfo(path).fileName();
    auto sheet = SheetReader::readFile(path);
    if (!sheet) {
        m_ledgerSummary->setText(sheet.error().message);
        MessageBox::warning(this, tr("Import ledger"), sheet.error().message);
        return false;
    }
    ColumnMapping mapping;
    for (;;) {
        BackgroundTask task(m_services, this, tr("Checking %1…").arg(fileName));
        auto preview = task.run([&sheet, &fileName, &mapping](AppServices &services, const Progress &progress) {
            return services.ledger().preview(sheet.value(), fileName, mapping, progress);
        });
        const bool canceled = task.wasCanceled();
        if (preview) {
            m_preview = std::move(preview).value();
            break;
        }
        if (!canceled && ColumnMappingDialog::isMappingError(preview.error())) {
            // The headers do not name a needed column: the clerk says which column is which, then we check again.
            auto chosen = ColumnMappingDialog::ask(this, sheet.value(), m_services.ledger().requiredFields(),
                LedgerImportService::optionalFields(), preview.error().message);
            if (chosen) {
                mapping = *chosen;
                continue;
            }
        }
        m_ledgerSummary->setText(canceled ? tr("Cancelled.") : preview.error().message);
        if (!canceled && !ColumnMappingDialog::isMappingError(preview.error()))
            MessageBox::warning(this, tr("Import ledger"), preview.error().message);
        return false;
    }
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
            + tr("%n problem(s) to correct in the file before it can be imported.", nullptr, int(p.problems.size())));
    m_importLedger->setEnabled(p.ok() && p.households > 0);
    m_importValid->setEnabled(!p.ok() && p.households > 0);
}

void SpreadsheetPage::chooseRejectsAndImportValid()
{
    if (!m_preview)
        return;
    const QString suggested
        = QFileInfo(m_preview->fileName).completeBaseName() + tr("-not-imported") + QStringLiteral(".xlsx");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the rows not imported"), suggested, tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        importValidHouseholds(path);
}

bool SpreadsheetPage::importValidHouseholds(const QString &rejectsPath)
{
    if (!m_preview || m_preview->plan.isEmpty())
        return false;
    BackgroundTask task(m_services, this, tr("Importing %1…").arg(m_preview->fileName));
    const LedgerPreview &preview = *m_preview;
    // The rejects are written after the import's transaction committed, so a cancelled import leaves neither.
    auto summary = task.run([&preview](AppServices &services, const Progress &progress) {
        return services.ledger().commit(preview, progress, true);
    });
    const bool canceled = task.wasCanceled();
    if (!summary) {
        m_ledgerSummary->setText(canceled ? tr("Cancelled: nothing was imported.") : summary.error().message);
        if (!canceled)
            MessageBox::warning(this, tr("Import ledger"), summary.error().message);
        return false;
    }
    const Status rejects = LedgerImportService::writeRejects(preview, rejectsPath);
    const int rejected = int(preview.rejected.size());
    m_preview.reset();
    m_importLedger->setEnabled(false);
    m_importValid->setEnabled(false);
    QString text = tr("Imported %1 household(s) (%2 new, %3 updated), %4 person(s).")
                       .arg(summary->households)
                       .arg(summary->created)
                       .arg(summary->updated)
                       .arg(summary->persons);
    if (!rejects) {
        m_ledgerSummary->setText(text + QLatin1Char(' ') + rejects.error().message);
        MessageBox::warning(this, tr("Import ledger"), rejects.error().message);
        return false;
    }
    text += QLatin1Char(' ')
        + tr("%n row(s) not imported are in %1 with their reasons: correct them there and import that file.", nullptr,
            rejected)
              .arg(QDir::toNativeSeparators(rejectsPath));
    m_ledgerSummary->setText(text);
    return true;
}

bool SpreadsheetPage::importLedger()
{
    if (!m_preview || !m_preview->ok())
        return false;
    BackgroundTask task(m_services, this, tr("Importing %1…").arg(m_preview->fileName));
    const LedgerPreview &preview = *m_preview;
    auto summary = task.run([&preview](AppServices &services, const Progress &progress) {
        return services.ledger().commit(preview, progress);
    });
    const bool canceled = task.wasCanceled();
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

// ---- exports

void SpreadsheetPage::chooseAnnex()
{
    const QString department = m_department->currentText().trimmed();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export annex 1"), tr("annex1-%1.xlsx").arg(month()), tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportAnnex(month(), department, path);
}

bool SpreadsheetPage::exportAnnex(const QString &month, const QString &department, const QString &path)
{
    BackgroundTask task(m_services, this, tr("Writing annex 1…"));
    const Status written = task.run([&](AppServices &services, const Progress &progress) {
        return services.writeFeedbackForm(month, department, path, progress);
    });
    const bool canceled = task.wasCanceled();
    if (!written) {
        if (!canceled)
            MessageBox::warning(this, tr("Export annex 1"), written.error().message);
        return false;
    }
    m_exportStatus->setText(tr("Annex 1 for %1 written to %2.").arg(month, QFileInfo(path).fileName()));
    return true;
}

void SpreadsheetPage::chooseReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Monthly report"), tr("monthly-report-%1.xlsx").arg(month()), tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportReport(month(), path);
}

void SpreadsheetPage::choosePayroll()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Payment roll"), tr("payment-roll-%1.xlsx").arg(month()), tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportPayroll(month(), path);
}

bool SpreadsheetPage::exportPayroll(const QString &month, const QString &path)
{
    auto written = m_services.writePayroll(month, path);
    if (!written) {
        MessageBox::warning(this, tr("Payment roll"), written.error().message);
        return false;
    }
    m_exportStatus->setText(tr("Payment roll for %1 written to %2: %n household(s).", nullptr, written.value())
                                .arg(month, QFileInfo(path).fileName()));
    return true;
}

bool SpreadsheetPage::exportReport(const QString &month, const QString &path)
{
    BackgroundTask task(m_services, this, tr("Writing the monthly report…"));
    const Status written = task.run([&month, &path](AppServices &services, const Progress &progress) {
        return services.writeMonthlyReport(month, path, progress);
    });
    const bool canceled = task.wasCanceled();
    if (!written) {
        if (!canceled)
            MessageBox::warning(this, tr("Monthly report"), written.error().message);
        return false;
    }
    m_exportStatus->setText(tr("Monthly report for %1 written to %2.").arg(month, QFileInfo(path).fileName()));
    return true;
}

} // namespace sn
