#pragma once

#include "domain/Region.h"
#include "domain/Role.h"
#include "services/documents/CardService.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sn {

class LazyRefresh;

namespace doc {
class CardSheet;
class Document;
} // namespace doc

// 打印: public-notice cards (annex 2) for a township, a village or every covered household in scope, in
// village order, in one of the three layouts; preview, print or save as PDF. Every print and PDF is
// recorded in the print log shown below, from which an earlier print can be made again.
class PrintPage : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Township, Village, All };

    PrintPage(CardService &cards, const Session &session, RegionTree regions, QWidget *parent = nullptr);
    ~PrintPage() override;

    void refreshLog();

    // The selection, as the combo boxes would set it (for tests and other pages).
    void setScope(Scope scope, const QString &regionCode = {});
    void setCardLayout(doc::CardLayout layout);
    doc::CardLayout cardLayout() const;

    // The cards of the current selection; null (and the reason shown) when they cannot be built.
    std::unique_ptr<doc::CardSheet> buildDocument();
    // What the "Save PDF…" button does after its file dialog: write, then record in the print log.
    bool savePdf(const QString &path);
    // The cards of a print log entry again, with today's data, into a PDF (the "Reprint" button prints).
    bool reprintToPdf(const QString &logId, const QString &path);

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *layoutBox() const { return m_layout; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *reprintButton() const { return m_reprint; }
    QPushButton *officialButton() const { return m_official; }
    QTableWidget *logTable() const { return m_log; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void fillRegions();
    void updateSummary();
    QString scopeCode() const;
    QString describe(const PrintLogEntry &entry) const;
    void preview();
    void print();
    void chooseAndSavePdf();
    void reprintSelected();
    bool printBatch(const CardBatch &batch, doc::CardLayout layout, const QString &scope, const QString &reprintOf);
    bool record(const CardBatch &batch, doc::CardLayout layout, const QString &scope, const QString &reprintOf);
    void showSkipped(const CardBatch &batch);
    // The township the selection lies in (empty for every covered household), whose official signs the cards.
    QString selectedTownship() const;
    void editOfficial();
    bool confirmMissingOfficials(const CardBatch &batch);

    Session m_session;
    RegionTree m_regions;
    CardService &m_cards;
    CardBatch m_batch;
    QComboBox *m_scope = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_layout = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_official = nullptr;
    QTableWidget *m_log = nullptr;
    LazyRefresh *m_lazy = nullptr; // loads the page when it is first shown
};

} // namespace sn
