#include "ConflictsPage.h"

#include "AppServices.h"

#include "LazyRefresh.h"

#include "domain/Format.h"

#include "HistoryDialog.h"
#include "MessageBox.h"

#include "domain/Category.h"
#include "domain/HybridClock.h"
#include "domain/Tier.h"
#include "services/HouseholdService.h"
#include "services/StationService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

const QColor DifferentBackground(255, 236, 179); // amber: the fields the two versions disagree on

QString recordName(const QString &table)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("households"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Household") },
        { QStringLiteral("members"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Member") },
        { QStringLiteral("incomes"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Income") },
        { QStringLiteral("assets"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Asset") },
        { QStringLiteral("expenditures"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Rigid spending") },
        { QStringLiteral("review_tasks"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Review task") },
        { QStringLiteral("leads"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Lead") },
        { QStringLiteral("settings"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "District setting") },
        { QStringLiteral("standards"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Yearly standard") },
        { QStringLiteral("users"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "User") },
        { QStringLiteral("volunteers"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Volunteer") },
        { QStringLiteral("stations"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Station") },
    };
    const char *name = names.value(table);
    return name ? ConflictsPage::tr(name) : table;
}

// Stored column names in the clerk's words; a column not listed shows as stored.
QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("township_code"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Township") },
        { QStringLiteral("village_code"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Village or community") },
        { QStringLiteral("grid_code"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Grid") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Address") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Phone") },
        { QStringLiteral("area_type"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Urban or rural") },
        { QStringLiteral("category"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Category") },
        { QStringLiteral("category_override_reason"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Reason for override") },
        { QStringLiteral("monthly_amount_fen"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Monthly amount (fen)") },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Start date") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Status") },
        { QStringLiteral("exit_reason"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Exit reason") },
        { QStringLiteral("notes"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Notes") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Name") },
        { QStringLiteral("id_number"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "ID number") },
        { QStringLiteral("relation"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Relation to head") },
        { QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Birth date") },
        { QStringLiteral("sex"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Sex") },
        { QStringLiteral("household_id"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Household") },
        { QStringLiteral("created_at"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Created") },
        { QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Changed") },
        { QStringLiteral("deleted"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Removed") },
        { QStringLiteral("value"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Value") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Description") },
        { QStringLiteral("amount_fen"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Amount (fen)") },
        { QStringLiteral("monthly_fen"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Per month (fen)") },
        { QStringLiteral("value_fen"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Value (fen)") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Kind") },
        { QStringLiteral("due_date"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Due") },
        { QStringLiteral("has_capable_supporter"),
            QT_TRANSLATE_NOOP("sn::ConflictsPage", "Legal supporter able to support") },
        { QStringLiteral("tier"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Tier") },
        { QStringLiteral("tier_reason"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Why this tier") },
        { QStringLiteral("tier_override"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Tier chosen by hand") },
        { QStringLiteral("tier_override_reason"),
            QT_TRANSLATE_NOOP("sn::ConflictsPage", "Reason for the chosen tier") },
        { QStringLiteral("tier_checked_on"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Tier checked on") },
        { QStringLiteral("tier_next_check"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Next tier check") },
        { QStringLiteral("position"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Order") },
        { QStringLiteral("labour"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Labour capacity") },
        { QStringLiteral("disability_type"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Disability") },
        { QStringLiteral("disability_grade"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Disability grade") },
        { QStringLiteral("serious_illness"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Seriously ill") },
        { QStringLiteral("student"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Student") },
        { QStringLiteral("employment"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Employment") },
        { QStringLiteral("exclusion"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Counted in household") },
        { QStringLiteral("member_id"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Whose income") },
        { QStringLiteral("stable"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Stable") },
        { QStringLiteral("incurred_on"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Date") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("sn::ConflictsPage", "Note") },
    };
    const char *name = names.value(field);
    return name ? ConflictsPage::tr(name) : field;
}

// Sync stamps and the record's own keys are the same in both versions or say nothing to a clerk.
bool isHiddenField(const QString &field)
{
    return field == QLatin1String("hlc") || field == QLatin1String("station_id") || field == QLatin1String("id")
        || field == QLatin1String("household_id");
}

// Book-keeping the desk writes itself (times, the computed tier): shown, but not offered for a merge.
bool isDerived(const QString &field)
{
    return field == QLatin1String("created_at") || field == QLatin1String("updated_at")
        || field == QLatin1String("tier") || field == QLatin1String("tier_reason")
        || field == QLatin1String("tier_checked_on") || field == QLatin1String("tier_next_check");
}

bool isFlag(const QString &field)
{
    return field == QLatin1String("has_capable_supporter") || field == QLatin1String("serious_illness")
        || field == QLatin1String("student") || field == QLatin1String("stable");
}

QString when(const QString &hlc)
{
    bool ok = false;
    const HlcStamp stamp = HlcStamp::fromString(hlc, &ok);
    if (!ok || stamp.wallMs <= 0)
        return {};
    return format::dateTime(QDateTime::fromMSecsSinceEpoch(stamp.wallMs));
}

QTableWidgetItem *cell(const QString &text, const QString &tooltip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return item;
}

} // namespace

ConflictsPage::ConflictsPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(services.session())
    , m_sync(services.localSync())
    , m_households(services.households())
    , m_summary(new QLabel(this))
    , m_list(new QTableWidget(0, ListColumnCount, this))
    , m_versions(new QLabel(this))
    , m_compare(new QTableWidget(0, CompareColumnCount, this))
    , m_keep(new QPushButton(tr("&Keep current"), this))
    , m_restore(new QPushButton(tr("&Restore the other version"), this))
    , m_merge(new QPushButton(tr("&Merge chosen fields"), this))
{
    setObjectName(QStringLiteral("conflictsPage"));
    auto *title = new QLabel(tr("Conflicting edits"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *explain = new QLabel(tr("Two stations changed the same record before they synced. The later change is in "
                                  "the records now; the other one was kept here. Compare them, then keep the current "
                                  "version, restore the other one, or tick the fields to take from the other version "
                                  "and merge. Your choice reaches every station with the next sync."),
        this);
    explain->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("conflictsSummary"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshConflicts"));
    connect(refreshButton, &QPushButton::clicked, this, &ConflictsPage::refresh);

    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Open conflicts"));
    m_list->setHorizontalHeaderLabels({ tr("Detected"), tr("Record"), tr("Household"), tr("Stations") });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictsPage::showSelected);

    m_versions->setObjectName(QStringLiteral("conflictVersions"));
    m_versions->setWordWrap(true);
    m_compare->setObjectName(QStringLiteral("conflictComparison"));
    m_compare->setAccessibleName(tr("Field by field comparison"));
    m_compare->setHorizontalHeaderLabels({ tr("Field"), tr("Current version"), tr("Other version"), tr("Take other") });
    m_compare->horizontalHeaderItem(UseOtherColumn)
        ->setToolTip(tr("Tick the fields to take from the other version, then choose Merge."));
    m_compare->horizontalHeaderItem(CurrentColumn)
        ->setToolTip(tr("The version in the records now (the later change)."));
    m_compare->horizontalHeaderItem(OtherColumn)->setToolTip(tr("The version that was overwritten."));
    m_compare->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_compare->setWordWrap(false);
    m_compare->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->verticalHeader()->hide();
    m_compare->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_compare->horizontalHeader()->setSectionResizeMode(CurrentColumn, QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(OtherColumn, QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(UseOtherColumn, QHeaderView::ResizeToContents);
    connect(m_compare, &QTableWidget::itemChanged, this, &ConflictsPage::updateButtons);

    m_keep->setObjectName(QStringLiteral("keepCurrent"));
    m_keep->setToolTip(
        tr("The current version stays; the other one is dropped from this list (it stays in the history)."));
    m_restore->setObjectName(QStringLiteral("restoreOther"));
    m_restore->setToolTip(tr("Put the overwritten version back in place of the current one."));
    m_merge->setObjectName(QStringLiteral("mergeFields"));
    m_merge->setToolTip(tr("Keep the current version but take the ticked fields from the other one."));
    connect(m_keep, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepWinner); });
    connect(m_restore, &QPushButton::clicked, this, [this] { resolve(Resolution::TakeLoser); });
    connect(m_merge, &QPushButton::clicked, this, [this] { resolve(Resolution::Merge); });

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_summary);
    header->addWidget(refreshButton);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_versions);
    detailLayout->addWidget(m_compare, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keep);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_merge);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(explain);
    layout->addWidget(splitter, 1);

    setTabOrder(refreshButton, m_list);
    setTabOrder(m_list, m_compare);
    setTabOrder(m_compare, m_keep);
    setTabOrder(m_keep, m_restore);
    setTabOrder(m_restore, m_merge);
    updateButtons(); // nothing chosen until the conflicts are read
    m_lazy = new LazyRefresh(this, [this] { refresh(); }); // the conflicts are read when first shown
}

ConflictsPage::~ConflictsPage() = default;

void ConflictsPage::refresh()
{
    if (m_lazy)
        m_lazy->loaded();
    const QString current = selected() ? selected()->id : QString();
    auto loaded = m_sync.conflicts(true);
    m_conflicts = loaded ? loaded.value() : QList<ConflictEntry>();
    m_stations = m_services.stationNames();
    m_regions = m_services.regions();
    m_summary->setText(loaded ? tr("%n open conflict(s)", nullptr, int(m_conflicts.size()))
                              : tr("Conflicts could not be read: %1").arg(loaded.error().message));

    const QSignalBlocker block(m_list);
    m_list->clearContents();
    m_list->setRowCount(int(m_conflicts.size()));
    int select = m_conflicts.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const ConflictEntry &c = m_conflicts.at(row);
        if (c.id == current)
            select = row;
        m_list->setItem(row, DetectedColumn, cell(format::dateTime(c.detectedAt.toLocalTime())));
        m_list->setItem(row, RecordColumn, cell(recordName(c.table), c.table + QLatin1Char('/') + c.key));
        QString head;
        if (!c.householdId.isEmpty()) {
            auto household = m_households.get(c.householdId);
            head = household ? household->headName() : tr("(not visible to you)");
        }
        m_list->setItem(row, HouseholdColumn, cell(head.isEmpty() ? QStringLiteral("—") : head));
        const QString stations = tr("%1 and %2")
                                     .arg(stationName(c.winner.value(QStringLiteral("station_id")).toString()),
                                         stationName(c.loser.value(QStringLiteral("station_id")).toString()));
        m_list->setItem(row, StationsColumn, cell(stations));
    }
    if (select >= 0)
        m_list->selectRow(select);
    showSelected();
}

const ConflictEntry *ConflictsPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

QString ConflictsPage::stationName(const QString &stationId) const
{
    if (stationId.isEmpty())
        return tr("unknown station");
    const QString name = m_stations.value(stationId);
    if (stationId == m_services.stationId())
        return tr("%1 (this station)").arg(name.isEmpty() ? stationId.left(8) : name);
    return name.isEmpty() ? stationId.left(8) : name;
}

QString ConflictsPage::formatValue(const QString &field, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (field == QLatin1String("deleted"))
        return value.toInt() ? tr("yes, removed") : tr("no");
    const QString code = value.toVariant().toString();
    if (field == QLatin1String("category")) {
        bool ok = false;
        const Category category = CategoryNames::fromCode(code, &ok);
        if (ok)
            return CategoryNames::display(category);
    } else if (field == QLatin1String("tier") || field == QLatin1String("tier_override")) {
        bool ok = false;
        const Tier tier = TierRules::fromCode(code, &ok);
        if (ok)
            return TierRules::display(tier);
    } else if (field == QLatin1String("area_type")) {
        return code == QLatin1String("urban") ? tr("urban") : code == QLatin1String("rural") ? tr("rural") : code;
    } else if (field == QLatin1String("status")) {
        return code == QLatin1String("active") ? tr("receiving assistance")
            : code == QLatin1String("exited")  ? tr("exited")
                                               : code;
    } else if (field.endsWith(QLatin1String("_code"))) {
        if (const Region *region = m_regions.find(code))
            return region->name;
    } else if (isFlag(field)) {
        return value.toVariant().toInt() ? tr("yes") : tr("no");
    }
    QString text;
    if (value.isDouble()) {
        const double d = value.toDouble();
        text = d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    } else if (value.isBool()) {
        text = value.toBool() ? tr("yes") : tr("no");
    } else {
        text = value.toVariant().toString();
    }
    return text; // ID numbers arrive masked from the service for roles that may not see them
}

void ConflictsPage::showSelected()
{
    const QSignalBlocker block(m_compare);
    m_compare->clearContents();
    m_compare->setRowCount(0);
    const ConflictEntry *c = selected();
    if (!c) {
        m_versions->setText(m_conflicts.isEmpty() ? tr("No conflicts to review.") : tr("Choose a conflict above."));
        updateButtons();
        return;
    }
    const QString winnerStation = stationName(c->winner.value(QStringLiteral("station_id")).toString());
    const QString loserStation = stationName(c->loser.value(QStringLiteral("station_id")).toString());
    m_versions->setText(
        tr("<b>Current version</b>: written at %1, %2. <b>Other version</b>: written at %3, %4.")
            .arg(winnerStation.toHtmlEscaped(), when(c->winnerHlc), loserStation.toHtmlEscaped(), when(c->loserHlc)));
    m_compare->horizontalHeaderItem(CurrentColumn)->setText(tr("Current version (%1)").arg(winnerStation));
    m_compare->horizontalHeaderItem(OtherColumn)->setText(tr("Other version (%1)").arg(loserStation));

    QStringList fields;
    for (const QString &k : c->winner.keys() + c->loser.keys()) {
        if (!isHiddenField(k) && !fields.contains(k))
            fields.append(k);
    }
    // The fields that differ first: those are what the clerk decides on.
    std::stable_sort(fields.begin(), fields.end(), [c](const QString &a, const QString &b) {
        const bool da = c->winner.value(a) != c->loser.value(a);
        const bool db = c->winner.value(b) != c->loser.value(b);
        return da && !db;
    });
    m_compare->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        const bool differs = c->winner.value(field) != c->loser.value(field);
        auto *name = cell(fieldName(field), field);
        name->setData(Qt::UserRole, field);
        auto *current = cell(formatValue(field, c->winner.value(field)));
        auto *other = cell(formatValue(field, c->loser.value(field)));
        auto *use = cell(
            QString(), differs ? tr("Take this field from the other version when merging") : tr("Both versions agree"));
        if (differs) {
            const bool choosable = !isDerived(field);
            for (QTableWidgetItem *item : { name, current, other }) {
                item->setBackground(DifferentBackground);
                item->setForeground(QColor(Qt::black));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            name->setToolTip(tr("%1: the versions differ").arg(field));
            use->setBackground(DifferentBackground);
            if (choosable) {
                use->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                use->setCheckState(Qt::Unchecked);
            } else {
                use->setToolTip(tr("Recorded by SafetyNet itself; follows the version kept"));
            }
        }
        m_compare->setItem(row, FieldColumn, name);
        m_compare->setItem(row, CurrentColumn, current);
        m_compare->setItem(row, OtherColumn, other);
        m_compare->setItem(row, UseOtherColumn, use);
    }
    updateButtons();
}

void ConflictsPage::updateButtons()
{
    const bool have = selected() != nullptr;
    const bool may = m_session.can(Permission::EditHouseholds);
    int ticked = 0;
    for (int row = 0; row < m_compare->rowCount(); ++row) {
        const QTableWidgetItem *use = m_compare->item(row, UseOtherColumn);
        ticked += use && (use->flags() & Qt::ItemIsUserCheckable) && use->checkState() == Qt::Checked ? 1 : 0;
    }
    m_keep->setEnabled(have && may);
    m_restore->setEnabled(have && may);
    m_merge->setEnabled(have && may && ticked > 0);
    const QString why
        = may ? QString() : tr("Your role (%1) may not resolve conflicts.").arg(Roles::display(m_session.role));
    for (QPushButton *b : { m_keep, m_restore, m_merge })
        b->setStatusTip(why);
}

void ConflictsPage::resolve(Resolution resolution)
{
    const ConflictEntry *c = selected();
    if (!c)
        return;
    QJsonObject merged;
    if (resolution == Resolution::Merge) {
        for (int row = 0; row < m_compare->rowCount(); ++row) {
            const QTableWidgetItem *use = m_compare->item(row, UseOtherColumn);
            if (use && use->checkState() == Qt::Checked) {
                const QString field = m_compare->item(row, FieldColumn)->data(Qt::UserRole).toString();
                merged.insert(field, c->loser.value(field));
            }
        }
        if (merged.isEmpty())
            return;
    }
    const QString householdId = c->householdId;
    if (auto s = m_sync.resolve(c->id, resolution, merged); !s) {
        MessageBox::warning(this, tr("Resolve conflict"), s.error().message);
        refresh();
        return;
    }
    refresh();
    emit resolved(householdId);
}

} // namespace sn
