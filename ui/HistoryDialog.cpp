#include "HistoryDialog.h"

#include "ScreenFit.h"
#include "domain/Format.h"

#include "services/HouseholdService.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

QString tableName(const QString &table)
{
    if (table == QLatin1String("households"))
        return HistoryDialog::tr("Household");
    if (table == QLatin1String("members"))
        return HistoryDialog::tr("Member");
    if (table == QLatin1String("incomes"))
        return HistoryDialog::tr("Income");
    if (table == QLatin1String("assets"))
        return HistoryDialog::tr("Asset");
    if (table == QLatin1String("expenditures"))
        return HistoryDialog::tr("Rigid spending");
    return table;
}

QString actionName(const QString &action)
{
    if (action == QLatin1String("create"))
        return HistoryDialog::tr("Created");
    if (action == QLatin1String("update"))
        return HistoryDialog::tr("Changed");
    if (action == QLatin1String("delete"))
        return HistoryDialog::tr("Removed");
    if (action == QLatin1String("unmask"))
        return HistoryDialog::tr("Full ID numbers shown");
    return action;
}

// Stored column names in the clerk's words; a column not listed shows as stored.
QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("township_code"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Township") },
        { QStringLiteral("village_code"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Village or community") },
        { QStringLiteral("grid_code"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Grid") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Address") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Phone") },
        { QStringLiteral("area_type"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Urban or rural") },
        { QStringLiteral("category"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Category") },
        { QStringLiteral("category_override_reason"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Reason for override") },
        { QStringLiteral("monthly_amount_fen"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Monthly amount (fen)") },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Start date") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Status") },
        { QStringLiteral("exit_reason"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Exit reason") },
        { QStringLiteral("has_capable_supporter"),
            QT_TRANSLATE_NOOP("sn::HistoryDialog", "Legal supporter able to support") },
        { QStringLiteral("notes"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Notes") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Name") },
        { QStringLiteral("id_number"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "ID number") },
        { QStringLiteral("relation"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Relation to head") },
        { QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Birth date") },
        { QStringLiteral("sex"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Sex") },
        { QStringLiteral("labour"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Labour capacity") },
        { QStringLiteral("disability_type"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Disability") },
        { QStringLiteral("disability_grade"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Disability grade") },
        { QStringLiteral("serious_illness"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Seriously ill") },
        { QStringLiteral("student"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Student") },
        { QStringLiteral("employment"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Employment") },
        { QStringLiteral("exclusion"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Counted in household") },
        { QStringLiteral("member_id"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Whose income") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Kind") },
        { QStringLiteral("monthly_fen"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Per month (fen)") },
        { QStringLiteral("stable"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Stable") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Description") },
        { QStringLiteral("value_fen"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Value (fen)") },
        { QStringLiteral("amount_fen"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Amount (fen)") },
        { QStringLiteral("incurred_on"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Date") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("sn::HistoryDialog", "Note") },
    };
    if (field == QLatin1String("*"))
        return {};
    const char *name = names.value(field);
    return name ? HistoryDialog::tr(name) : field;
}

// A new household's compact entry ({"head":"张三","members":3,"incomes":2}) in words; any other value as stored
// (entries written before issue 23 hold every row of the new household as JSON).
QString shownValue(const AuditEntry &e, const QString &value)
{
    if (e.action != QLatin1String("create") || e.table != QLatin1String("households")
        || !value.startsWith(QLatin1Char('{')))
        return value;
    const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
    if (!o.contains(QStringLiteral("head")) || o.contains(QStringLiteral("households")))
        return value;
    QStringList parts { HistoryDialog::tr("head %1").arg(o.value(QStringLiteral("head")).toString()),
        HistoryDialog::tr("%n member(s)", nullptr, o.value(QStringLiteral("members")).toInt()) };
    if (const int n = o.value(QStringLiteral("incomes")).toInt())
        parts << HistoryDialog::tr("%n income item(s)", nullptr, n);
    if (const int n = o.value(QStringLiteral("assets")).toInt())
        parts << HistoryDialog::tr("%n asset(s)", nullptr, n);
    if (const int n = o.value(QStringLiteral("expenditures")).toInt())
        parts << HistoryDialog::tr("%n rigid spending item(s)", nullptr, n);
    return parts.join(HistoryDialog::tr(", "));
}

QTableWidgetItem *item(const QString &text, const QString &tooltip = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return cell;
}

// A whole-record value (JSON of a created or removed row) is long: one line in the cell, all of it in the tooltip.
QTableWidgetItem *valueItem(const QString &text)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (shown.size() > 120)
        shown = shown.left(117) + QStringLiteral("...");
    return item(shown, text);
}

} // namespace

HistoryDialog::HistoryDialog(HouseholdService &service, const QString &householdId, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Change history"));
    m_table->setObjectName(QStringLiteral("history"));
    m_table->setAccessibleName(tr("Changes of the household"));
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("User"), tr("Station"), tr("Action"), tr("Record"), tr("Field"),
        tr("Old value"), tr("New value") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeToScreen(this, QSize(1100, 560));

    load(service, householdId);
}

void HistoryDialog::load(HouseholdService &service, const QString &householdId)
{
    const auto history = service.history(householdId);
    if (!history) {
        m_summary->setText(history.error().message);
        return;
    }
    const bool fullIds = service.session().can(Permission::SeeFullIdNumbers);
    const QList<AuditEntry> &entries = history.value();
    m_summary->setText(fullIds
            ? tr("%n change(s), newest first.", nullptr, int(entries.size()))
            : tr("%n change(s), newest first. ID numbers are masked for your role.", nullptr, int(entries.size())));
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        // Masked by HouseholdService::history for a role without full ID numbers.
        const QString oldValue = shownValue(e, e.oldValue);
        const QString newValue = shownValue(e, e.newValue);
        m_table->setItem(row, TimeColumn, item(format::dateTime(e.at.toLocalTime())));
        m_table->setItem(row, UserColumn, item(e.userName.isEmpty() ? e.userId : e.userName, e.userId));
        m_table->setItem(row, StationColumn, item(e.stationId));
        m_table->setItem(row, ActionColumn, item(actionName(e.action)));
        m_table->setItem(row, TableColumn, item(tableName(e.table)));
        m_table->setItem(row, FieldColumn, item(fieldName(e.field), e.field));
        m_table->setItem(row, OldValueColumn, valueItem(oldValue));
        m_table->setItem(row, NewValueColumn, valueItem(newValue));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
}

} // namespace sn
