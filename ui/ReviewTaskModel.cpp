#include "ReviewTaskModel.h"

#include "Icons.h"
#include "domain/Format.h"

#include "domain/Clock.h"
#include "domain/Tier.h"

#include <QColor>
#include <QLocale>

namespace sn {

ReviewTaskModel::ReviewTaskModel(RegionTree regions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_regions(std::move(regions))
{
}

void ReviewTaskModel::setRows(const QList<TaskRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_today = Clock::today();
    endResetModel();
}

const TaskRow *ReviewTaskModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int ReviewTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ReviewTaskModel::tierColor(Tier tier)
{
    switch (tier) {
    case Tier::Red:
        return QColor(0xc6, 0x28, 0x28);
    case Tier::Yellow:
        return QColor(0xd4, 0xa0, 0x17);
    case Tier::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case Tier::Monitoring:
        return QColor(0x15, 0x65, 0xc0);
    case Tier::None:
        break;
    }
    return QColor(Qt::gray);
}

QString ReviewTaskModel::statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return tr("Open");
    case TaskStatus::Done:
        return tr("Done");
    case TaskStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant ReviewTaskModel::data(const QModelIndex &index, int role) const
{
    const TaskRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const qint64 overdue = r->task.status == TaskStatus::Open ? r->task.due.daysTo(m_today) : 0;
    const Tier tier = r->task.tier == Tier::None ? r->householdTier : r->task.tier;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeadName:
            return r->headName;
        case Village: {
            const Region *v = m_regions.find(r->villageCode);
            return v ? v->name : r->villageCode;
        }
        case TierColumn:
            return TierRules::display(tier);
        case TaskColumn:
            return ReviewSchedule::display(r->task.type);
        case Due:
            return format::date(r->task.due);
        case DaysOverdue:
            return overdue > 0 ? QVariant(QLocale().toString(overdue)) : QVariant(QString());
        case StatusColumn:
            return statusText(r->task.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == HeadName || index.column() == Village)
            return tr("%1, %2").arg(r->address, r->phone);
        break;
    case Qt::DecorationRole:
        // The tier's shape beside its name (colour alone does not tell red from green); overdue marked.
        if (index.column() == TierColumn)
            return Icons::tier(tier);
        if (index.column() == DaysOverdue && overdue > 0)
            return Icons::get(Icons::Name::Overdue);
        break;
    case Qt::ForegroundRole:
        if (index.column() == TierColumn)
            return tierColor(tier);
        if (overdue > 0)
            return QColor(Qt::darkRed);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TaskIdRole:
        return r->task.id;
    case HouseholdIdRole:
        return r->task.householdId;
    case Qt::UserRole: // sort key
        switch (index.column()) {
        case Due:
            return r->task.due;
        case DaysOverdue:
            return overdue;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ReviewTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadName:
        return tr("Head of household");
    case Village:
        return tr("Village / community");
    case TierColumn:
        return tr("Tier");
    case TaskColumn:
        return tr("Task");
    case Due:
        return tr("Due");
    case DaysOverdue:
        return tr("Days overdue");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace sn
