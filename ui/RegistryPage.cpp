#include "RegistryPage.h"

#include "FilterBar.h"
#include "Icons.h"
#include "RowListView.h"

#include "domain/Tier.h"

#include "HouseholdTableModel.h"
#include "MessageBox.h"

#include "services/Config.h"
#include "services/HouseholdService.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sn {

namespace {

const QString HeaderKey = Config::viewKey(QStringLiteral("registry"), QStringLiteral("header"));

} // namespace

RegistryPage::RegistryPage(HouseholdService &service, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_regions(std::move(regions))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildSearchRow());
    layout->addLayout(buildFilters());
    buildTable();
    layout->addWidget(m_view, 1);
    layout->addLayout(buildButtons());
    connectSignals();
    setTabOrders();

    search();
}

QHBoxLayout *RegistryPage::buildSearchRow()
{
    const Session &session = m_service.session();
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registrySearch"));
    m_search->setAccessibleName(tr("Search households"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, pinyin or initials (zs), ID number or its last 4+ digits, phone, address"));
    m_search->setToolTip(tr("Type any of: a member's name, its pinyin (zhangsan) or initials (zs), an ID number "
                            "or its last four or more digits, a phone number, part of the address. "
                            "Several words must all match."));
    searchLabel->setBuddy(m_search);
    m_new = new QPushButton(Icons::get(Icons::Name::NewHousehold), tr("&New household"), this);
    m_new->setObjectName(QStringLiteral("registryNew"));
    m_new->setVisible(session.can(Permission::EditHouseholds));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_new);
    return searchRow;
}

QHBoxLayout *RegistryPage::buildFilters()
{
    auto *filters = new QHBoxLayout;
    FilterBar::Options options;
    options.objectPrefix = QStringLiteral("registry");
    options.villageLabel = tr("&Village:");
    options.sizeToContents = true; // category, tier and status follow in the same row
    m_filters = new FilterBar(m_service.session(), m_regions, options, this);
    m_category = m_filters->addCombo(tr("&Category:"), tr("Category filter"), QStringLiteral("registryCategory"));
    m_category->addItem(tr("All categories"), QString());
    for (Category c : CategoryNames::all())
        m_category->addItem(CategoryNames::display(c), CategoryNames::code(c));

    m_tier = m_filters->addCombo(tr("T&ier:"), tr("Three-colour tier filter"), QStringLiteral("registryTier"));
    m_tier->addItem(tr("All tiers"), QString());
    for (Tier t : TierRules::all())
        m_tier->addItem(TierRules::display(t), TierRules::code(t));

    m_status = m_filters->addCombo(tr("St&atus:"), tr("Status filter"), QStringLiteral("registryStatus"));
    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Exited"), QStringLiteral("exited"));
    // Imported ledgers rarely carry the start date or every ID number: the records a clerk still has to complete.
    m_status->addItem(tr("Records to complete"), QStringLiteral("to_complete"));
    m_status->setItemData(
        m_status->count() - 1, tr("Start date unknown, or a member without an ID number"), Qt::ToolTipRole);

    filters->addWidget(m_filters);
    filters->addStretch(1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("registryTotal"));
    filters->addWidget(m_total);
    return filters;
}

// First widths fit typical content and the column title; the clerk's own widths are remembered.
void RegistryPage::buildTable()
{
    m_model = new HouseholdTableModel(m_service, m_regions, this);
    QString longestCategory;
    for (Category c : CategoryNames::all()) {
        if (CategoryNames::display(c).size() > longestCategory.size())
            longestCategory = CategoryNames::display(c);
    }
    const QList<RowListView::Width> widths = {
        { HouseholdTableModel::HeadName, QStringLiteral("欧阳建国"), 0 },
        { HouseholdTableModel::IdNumber, QStringLiteral("630105********0018"), 0 },
        { HouseholdTableModel::Township, QStringLiteral("火车西站街道"), 0 },
        { HouseholdTableModel::Village, QStringLiteral("北川河东路社区"), 0 },
        { HouseholdTableModel::Address, QStringLiteral("青藏路107号青工小区2号楼"), 0 },
        { HouseholdTableModel::Phone, QStringLiteral("13897001234"), 0 },
        { HouseholdTableModel::CategoryColumn, longestCategory, 200 },
        { HouseholdTableModel::Members, QStringLiteral("10"), 0 },
        { HouseholdTableModel::MonthlyAmount, QStringLiteral("10000.00"), 0 },
        { HouseholdTableModel::Status, tr("Exited"), 0 },
    };
    m_view = RowListView::make(this, m_model, QStringLiteral("registryView"), tr("Households"), widths, HeaderKey);
}

QHBoxLayout *RegistryPage::buildButtons()
{
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(Icons::get(Icons::Name::Open), tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("registryOpen"));
    m_open->setEnabled(false);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    return buttons;
}

void RegistryPage::connectSignals()
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RegistryPage::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search();
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    connect(m_filters, &FilterBar::changed, this, &RegistryPage::search);
    connect(m_view, &QTableView::activated, this, &RegistryPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &RegistryPage::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &RegistryPage::newRequested);
    connect(m_model, &HouseholdTableModel::totalChanged, this, &RegistryPage::showTotal);
    connect(m_model, &HouseholdTableModel::errorOccurred, this, &RegistryPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_open->setEnabled(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });
}

void RegistryPage::setTabOrders()
{
    setTabOrder(m_search, m_new);
    setTabOrder(m_new, m_filters->townshipBox());
    setTabOrder(m_filters->townshipBox(), m_filters->villageBox());
    setTabOrder(m_filters->villageBox(), m_category);
    setTabOrder(m_category, m_tier);
    setTabOrder(m_tier, m_status);
    setTabOrder(m_status, m_view);
    setTabOrder(m_view, m_open);
}

RegistryPage::~RegistryPage()
{
    saveSettings();
}

void RegistryPage::saveSettings() const
{
    RowListView::saveHeader(m_view, HeaderKey);
}

QComboBox *RegistryPage::townshipFilter() const
{
    return m_filters->townshipBox();
}

QComboBox *RegistryPage::villageFilter() const
{
    return m_filters->villageBox();
}

void RegistryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegistryPage::refresh()
{
    const QString current = m_model->householdId(m_view->currentIndex().row());
    m_model->refresh();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->selectRow(row);
}

void RegistryPage::search()
{
    m_debounce->stop();
    HouseholdQuery query;
    query.text = m_search->text();
    query.townshipCode = m_filters->townshipCode();
    query.villageCode = m_filters->villageCode();
    if (const QString code = m_category->currentData().toString(); !code.isEmpty())
        query.category = CategoryNames::fromCode(code);
    if (const QString code = m_tier->currentData().toString(); !code.isEmpty())
        query.tier = TierRules::fromCode(code);
    if (const QString code = m_status->currentData().toString(); code == QLatin1String("to_complete"))
        query.toCompleteOnly = true;
    else if (!code.isEmpty())
        query.status = code == QLatin1String("active") ? HouseholdStatus::Active : HouseholdStatus::Exited;
    m_model->setQuery(query);
    if (m_model->lastError().message.isEmpty())
        m_lastError.clear();
}

void RegistryPage::showRecordsToComplete()
{
    m_search->clear();
    const int toComplete = m_status->findData(QStringLiteral("to_complete"));
    if (m_status->currentIndex() == toComplete)
        search(); // already chosen: run it again now (and drop the pending keystroke search)
    else
        m_status->setCurrentIndex(toComplete); // searches
}

void RegistryPage::openCurrent()
{
    const QString id = m_model->householdId(m_view->currentIndex().row());
    if (!id.isEmpty())
        emit openRequested(id);
}

void RegistryPage::showTotal(int total)
{
    m_total->setText(total == 1 ? tr("1 household") : tr("%1 households").arg(QLocale().toString(total)));
}

void RegistryPage::showError(const QString &message)
{
    m_total->setText(tr("Search failed"));
    // Typing repeats the same query many times: say it once, not on every keystroke.
    if (message == m_lastError)
        return;
    m_lastError = message;
    MessageBox::warning(this, tr("Households"), message);
}

} // namespace sn
