#pragma once

#include "domain/Role.h"
#include "services/LedgerImport.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sn {

class AppServices;

// 表格: importing a ledger (花名册) after a preview that lists every problem by row (asking which column is
// which when the headers do not say), exporting the annex 1 feedback form and the monthly report. Each button
// asks for its file, then calls the public method of the same job (which tests call directly). Department
// tables are imported and verified on the SuspicionsPage.
class SpreadsheetPage : public QWidget
{
    Q_OBJECT
public:
    explicit SpreadsheetPage(AppServices &services, QWidget *parent = nullptr);
    ~SpreadsheetPage() override;

    // Read and check a ledger; nothing is written. Fills the problem table; Import is enabled only when the
    // preview has no problem. False when the file could not be read at all (the reason shown).
    bool previewLedger(const QString &path);
    // Write the previewed ledger (enabled only for a clean preview).
    bool importLedger();
    // The valid households of a preview with problems; the other rows, with their reasons, to `rejectsPath`.
    bool importValidHouseholds(const QString &rejectsPath);
    // Annex 1 for a month: one sheet for `department`, or one per department when empty.
    bool exportAnnex(const QString &month, const QString &department, const QString &path);
    bool exportReport(const QString &month, const QString &path);
    bool exportPayroll(const QString &month, const QString &path);

    QString month() const; // the month picker, YYYY-MM
    void setMonth(const QDate &month);

    const std::optional<LedgerPreview> &ledgerPreview() const { return m_preview; }
    QTableWidget *problemTable() const { return m_problems; }
    QLabel *ledgerSummary() const { return m_ledgerSummary; }
    QPushButton *previewLedgerButton() const { return m_previewLedger; }
    QPushButton *importLedgerButton() const { return m_importLedger; }
    QPushButton *importValidButton() const { return m_importValid; }
    QComboBox *departmentBox() const { return m_department; }
    QDateEdit *monthEdit() const { return m_month; }
    QLabel *exportStatus() const { return m_exportStatus; }
    QPushButton *exportAnnexButton() const { return m_exportAnnex; }
    QPushButton *reportButton() const { return m_report; }

private:
    void chooseLedger();
    void chooseRejectsAndImportValid();
    void chooseAnnex();
    void chooseReport();
    void choosePayroll();
    void showProblems();

    AppServices &m_services;
    std::optional<LedgerPreview> m_preview;

    QPushButton *m_previewLedger = nullptr;
    QPushButton *m_importLedger = nullptr;
    QPushButton *m_importValid = nullptr;
    QLabel *m_ledgerSummary = nullptr;
    QTableWidget *m_problems = nullptr;
    QDateEdit *m_month = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_exportStatus = nullptr;
    QPushButton *m_exportAnnex = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_payroll = nullptr;
};

} // namespace sn
