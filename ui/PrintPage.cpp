#include "PrintPage.h"

#include "EmptyStateHint.h"
#include "LazyRefresh.h"

#include "domain/Format.h"

#include "DocumentPrinter.h"
#include "Icons.h"
#include "MessageBox.h"

#include "services/documents/CardSheet.h"
#include "services/documents/Document.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sn {

namespace {
enum LogColumn { ColWho, ColWhen, ColWhat, ColCount };
} // namespace

PrintPage::PrintPage(CardService &cards, const Session &session, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_regions(std::move(regions))
    , m_cards(cards)
{
    setObjectName(QStringLiteral("printPage"));

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("cardScope"));
    m_scope->addItem(tr("Township"), int(Scope::Township));
    m_scope->addItem(tr("Village"), int(Scope::Village));
    m_scope->addItem(tr("All covered households"), int(Scope::All));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("cardRegion"));
    m_region->setAccessibleName(tr("Township or village"));
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("cardLayout"));
    m_layout->addItem(tr("A5, one card per sheet"), int(doc::CardLayout::A5));
    m_layout->addItem(tr("A4, two cards per sheet"), int(doc::CardLayout::A4x2));
    m_layout->addItem(tr("A4, four cards per sheet"), int(doc::CardLayout::A4x4));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cardSummary"));
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Cards for:"), m_scope);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Layout:"), m_layout);
    form->addRow(m_summary);

    m_preview = new QPushButton(tr("Pre&view…"), this);
    m_preview->setIcon(Icons::get(Icons::Name::PrintPreview));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setIcon(Icons::get(Icons::Name::Print));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(tr("Save P&DF…"), this);
    m_pdf->setIcon(Icons::get(Icons::Name::SavePdf));
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_official = new QPushButton(tr("Responsible &official…"), this);
    m_official->setObjectName(QStringLiteral("officialButton"));
    m_official->setToolTip(tr("The official (包保责任人) and phone printed on the cards of the selected township"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_official);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);

    m_log = new QTableWidget(0, ColCount, this);
    m_log->setObjectName(QStringLiteral("printLog"));
    m_log->setAccessibleName(tr("Print log"));
    m_log->setHorizontalHeaderLabels({ tr("Who"), tr("When"), tr("What") });
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->verticalHeader()->hide();
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    EmptyStateHint::attach(m_log,
        tr("Nothing printed yet. Choose the village and the layout above, check the cards "
           "with Preview…, then print them: each print is listed here."));
    m_reprint = new QPushButton(tr("R&eprint…"), this);
    m_reprint->setIcon(Icons::get(Icons::Name::Print));
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setEnabled(false);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setIcon(Icons::get(Icons::Name::Refresh));
    auto *logButtons = new QHBoxLayout;
    logButtons->addWidget(m_reprint);
    logButtons->addWidget(m_refresh);
    logButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Public-notice cards</b>"), this));
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<b>Print log</b>"), this));
    layout->addWidget(m_log, 1);
    layout->addLayout(logButtons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillRegions();
        updateSummary();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, &PrintPage::updateSummary);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &PrintPage::updateSummary);
    connect(m_preview, &QPushButton::clicked, this, &PrintPage::preview);
    connect(m_print, &QPushButton::clicked, this, &PrintPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &PrintPage::chooseAndSavePdf);
    connect(m_official, &QPushButton::clicked, this, &PrintPage::editOfficial);
    connect(m_reprint, &QPushButton::clicked, this, &PrintPage::reprintSelected);
    connect(m_refresh, &QPushButton::clicked, this, &PrintPage::refreshLog);
    connect(m_log, &QTableWidget::itemSelectionChanged, this,
        [this] { m_reprint->setEnabled(!m_log->selectedItems().isEmpty()); });

    fillRegions();
    m_lazy = new LazyRefresh(this, [this] { refreshLog(); }); // the print log is read when first shown
}

PrintPage::~PrintPage() = default;

void PrintPage::fillRegions()
{
    const auto scope = Scope(m_scope->currentData().toInt());
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    QList<const Region *> townships = m_regions.townships();
    if (!m_session.townshipCode.isEmpty()) {
        townships.clear();
        if (const Region *own = m_regions.find(m_session.townshipCode))
            townships.append(own);
    }
    for (const Region *township : townships) {
        if (scope == Scope::Township) {
            m_region->addItem(township->name, township->code);
        } else if (scope == Scope::Village) {
            for (const Region *village : m_regions.children(township->code)) {
                if (village->level == RegionLevel::Village)
                    m_region->addItem(township->name + QStringLiteral(" › ") + village->name, village->code);
            }
        }
    }
    m_region->setEnabled(scope != Scope::All);
}

void PrintPage::setScope(Scope scope, const QString &regionCode)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    fillRegions();
    if (!regionCode.isEmpty())
        m_region->setCurrentIndex(m_region->findData(regionCode));
    updateSummary();
}

void PrintPage::setCardLayout(doc::CardLayout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

doc::CardLayout PrintPage::cardLayout() const
{
    return doc::CardLayout(m_layout->currentData().toInt());
}

QString PrintPage::scopeCode() const
{
    if (Scope(m_scope->currentData().toInt()) == Scope::All)
        return QStringLiteral("all");
    return m_region->currentData().toString();
}

void PrintPage::updateSummary()
{
    m_summary->clear();
}

std::unique_ptr<doc::CardSheet> PrintPage::buildDocument()
{
    CardQuery query;
    const auto scope = Scope(m_scope->currentData().toInt());
    const QString code = m_region->currentData().toString();
    if (scope != Scope::All && code.isEmpty()) {
        MessageBox::warning(this, tr("Cards"), tr("Choose a township or village first."));
        return nullptr;
    }
    if (scope == Scope::Township)
        query.townshipCode = code;
    else if (scope == Scope::Village) {
        query.townshipCode = m_regions.townshipOf(code);
        query.villageCode = code;
    }
    auto batch = m_cards.cards(query);
    if (!batch) {
        MessageBox::warning(this, tr("Cards"), batch.error().message);
        return nullptr;
    }
    m_batch = std::move(batch).value();
    if (m_batch.cards.isEmpty()) {
        MessageBox::information(this, tr("Cards"), tr("No covered household in this selection gets a card."));
        return nullptr;
    }
    if (!confirmMissingOfficials(m_batch))
        return nullptr;
    auto sheet = std::make_unique<doc::CardSheet>(m_batch.cards, cardLayout());
    m_summary->setText(tr("%n card(s) on %1 page(s); %2 household(s) skipped.", nullptr, int(m_batch.cards.size()))
                           .arg(sheet->pageCount())
                           .arg(m_batch.skipped.size()));
    return sheet;
}

// A card without its responsible official has a blank line where the township's name and phone belong:
// the clerk is told before anything is printed, and may stop to enter them.
bool PrintPage::confirmMissingOfficials(const CardBatch &batch)
{
    const auto missing = std::count_if(batch.cards.cbegin(), batch.cards.cend(),
        [](const doc::PublicCard &card) { return card.officialName.trimmed().isEmpty(); });
    if (missing == 0)
        return true;
    const auto answer = MessageBox::question(this, tr("Cards"),
        tr("%n card(s) have no responsible official (包保责任人): the line is printed blank, to be filled in by "
           "hand. To print the name and phone instead, choose No, then Responsible official….\n\nPrint with the "
           "line blank?",
            nullptr, int(missing)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

QString PrintPage::selectedTownship() const
{
    const auto scope = Scope(m_scope->currentData().toInt());
    const QString code = m_region->currentData().toString();
    if (scope == Scope::Township)
        return code;
    if (scope == Scope::Village)
        return m_regions.townshipOf(code);
    return m_session.townshipCode;
}

void PrintPage::editOfficial()
{
    const QString township = selectedTownship();
    if (township.isEmpty()) {
        MessageBox::warning(this, tr("Responsible official"), tr("Choose a township or village first."));
        return;
    }
    const auto [name, phone] = m_cards.official(township);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("officialDialog"));
    const Region *region = m_regions.find(township);
    dialog.setWindowTitle(tr("Responsible official: %1").arg(region ? region->name : township));
    auto *nameEdit = new QLineEdit(name, &dialog);
    nameEdit->setObjectName(QStringLiteral("officialName"));
    nameEdit->setMaxLength(40);
    auto *phoneEdit = new QLineEdit(phone, &dialog);
    phoneEdit->setObjectName(QStringLiteral("officialPhone"));
    phoneEdit->setMaxLength(30);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), nameEdit);
    form->addRow(tr("&Phone:"), phoneEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status saved = m_cards.setOfficial(township, nameEdit->text(), phoneEdit->text()); !saved)
        MessageBox::warning(this, tr("Responsible official"), saved.error().message);
    else
        m_summary->setText(
            tr("The cards of %1 now name %2.").arg(region ? region->name : township, nameEdit->text().trimmed()));
}

void PrintPage::preview()
{
    const auto sheet = buildDocument();
    if (!sheet)
        return;
    DocumentPrinter::preview(*sheet, tr("Preview: %1").arg(sheet->title()), this);
}

bool PrintPage::printBatch(
    const CardBatch &batch, doc::CardLayout layout, const QString &scope, const QString &reprintOf)
{
    const doc::CardSheet sheet(batch.cards, layout);
    if (!DocumentPrinter::print(sheet, tr("Print %1").arg(sheet.title()), this))
        return false;
    return record(batch, layout, scope, reprintOf);
}

void PrintPage::print()
{
    if (!buildDocument())
        return;
    showSkipped(m_batch);
    printBatch(m_batch, cardLayout(), scopeCode(), {});
}

void PrintPage::chooseAndSavePdf()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save cards as PDF"), tr("cards.pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool PrintPage::savePdf(const QString &path)
{
    const auto sheet = buildDocument();
    if (!sheet)
        return false;
    const Status written = doc::Rendering::writePdf(*sheet, path);
    if (!written) {
        MessageBox::warning(this, tr("Save PDF"), written.error().message);
        return false;
    }
    return record(m_batch, cardLayout(), scopeCode(), {});
}

bool PrintPage::reprintToPdf(const QString &logId, const QString &path)
{
    auto again = m_cards.reprint(logId);
    if (!again) {
        MessageBox::warning(this, tr("Reprint"), again.error().message);
        return false;
    }
    const auto &[batch, layout] = again.value();
    if (batch.cards.isEmpty()) {
        MessageBox::information(this, tr("Reprint"), tr("None of these households is covered any more."));
        return false;
    }
    const doc::CardSheet sheet(batch.cards, layout);
    const Status written = doc::Rendering::writePdf(sheet, path);
    if (!written) {
        MessageBox::warning(this, tr("Reprint"), written.error().message);
        return false;
    }
    return record(batch, layout, QStringLiteral("reprint"), logId);
}

void PrintPage::reprintSelected()
{
    const auto selected = m_log->selectedItems();
    if (selected.isEmpty())
        return;
    const QString logId = m_log->item(selected.first()->row(), ColWho)->data(Qt::UserRole).toString();
    auto again = m_cards.reprint(logId);
    if (!again) {
        MessageBox::warning(this, tr("Reprint"), again.error().message);
        return;
    }
    const auto &[batch, layout] = again.value();
    if (batch.cards.isEmpty()) {
        MessageBox::information(this, tr("Reprint"), tr("None of these households is covered any more."));
        return;
    }
    showSkipped(batch);
    printBatch(batch, layout, QStringLiteral("reprint"), logId);
}

bool PrintPage::record(const CardBatch &batch, doc::CardLayout layout, const QString &scope, const QString &reprintOf)
{
    const auto logged = m_cards.recordPrint(batch, layout, scope, reprintOf);
    refreshLog();
    if (!logged) {
        MessageBox::warning(this, tr("Print log"), logged.error().message);
        return false;
    }
    return true;
}

void PrintPage::showSkipped(const CardBatch &batch)
{
    if (batch.skipped.isEmpty())
        return;
    QStringList reasons;
    for (const SkippedCard &s : batch.skipped)
        reasons.append(s.reason);
    reasons.removeDuplicates();
    MessageBox::information(this, tr("Cards"),
        tr("%n household(s) get no card: %1", nullptr, int(batch.skipped.size())).arg(reasons.join(tr("; "))));
}

QString PrintPage::describe(const PrintLogEntry &entry) const
{
    QString what;
    if (entry.kind == QStringLiteral("cards"))
        what = tr("Cards (%1)").arg(entry.layout);
    else if (entry.kind == QStringLiteral("letter"))
        what = tr("Notification letter");
    else if (entry.kind == QStringLiteral("slip"))
        what = tr("Referral slip");
    else if (entry.kind == QStringLiteral("file_sheet"))
        what = tr("Household file sheet");
    else if (entry.kind == QStringLiteral("tasklist"))
        what = tr("Task list");
    else
        what = entry.kind;
    QString scope = entry.scope;
    if (const Region *region = m_regions.find(entry.scope))
        scope = region->name;
    else if (entry.scope == QStringLiteral("all"))
        scope = tr("all covered households");
    else if (entry.scope == QStringLiteral("reprint"))
        scope = tr("reprint");
    return tr("%1, %2: %n item(s), %3 page(s)", nullptr, entry.itemCount).arg(what, scope).arg(entry.pageCount);
}

void PrintPage::refreshLog()
{
    if (m_lazy)
        m_lazy->loaded();
    m_log->setRowCount(0);
    m_reprint->setEnabled(false);
    auto log = m_cards.printLog();
    if (!log)
        return;
    const QLocale locale;
    m_log->setRowCount(int(log->size()));
    int row = 0;
    for (const PrintLogEntry &e : log.value()) {
        auto *who = new QTableWidgetItem(e.userName);
        who->setData(Qt::UserRole, e.id);
        m_log->setItem(row, ColWho, who);
        m_log->setItem(row, ColWhen, new QTableWidgetItem(format::dateTime(e.printedAt, locale)));
        auto *what = new QTableWidgetItem(describe(e));
        what->setData(Qt::UserRole, e.kind);
        m_log->setItem(row, ColWhat, what);
        ++row;
    }
    m_log->resizeColumnToContents(ColWho);
    m_log->resizeColumnToContents(ColWhen);
}

} // namespace sn
