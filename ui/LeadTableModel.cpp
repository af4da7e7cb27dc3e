#include "LeadTableModel.h"

#include "Icons.h"
#include "domain/Format.h"

#include "domain/Clock.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace sn {

LeadTableModel::LeadTableModel(RegionTree regions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_regions(std::move(regions))
{
}

void LeadTableModel::setRows(const QList<LeadRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void LeadTableModel::tick()
{
    const QDateTime now = Clock::now();
    for (LeadRow &r : m_rows) {
        r.secondsLeft = LeadRules::secondsLeft(r.lead, now);
        r.countdown = LeadRules::countdown(r.lead, now);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const LeadRow *LeadTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int LeadTableModel::rowOf(const QString &leadId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).lead.id == leadId)
            return i;
    }
    return -1;
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    const LeadRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const Lead &l = r->lead;
    const bool overdue = !l.answeredAt.isValid() && r->secondsLeft < 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reported:
            return format::dateTime(l.reportedAt);
        case Person:
            return l.personName;
        case Place: {
            const Region *t = m_regions.find(l.townshipCode);
            const Region *v = m_regions.find(l.villageCode);
            return v ? tr("%1 %2").arg(t ? t->name : QString(), v->name) : (t ? t->name : l.townshipCode);
        }
        case Source:
            return LeadRules::display(l.source);
        case State:
            return LeadRules::display(l.state);
        case Emergency:
            return l.emergency ? tr("Emergency") : QString();
        case Countdown:
            return r->countdown;
        }
        break;
    case Qt::ToolTipRole:
        return l.description;
    case Qt::DecorationRole:
        if (overdue && index.column() == Countdown)
            return Icons::get(Icons::Name::Overdue); // not the red text alone
        break;
    case Qt::ForegroundRole:
        if (overdue)
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == Countdown && l.answeredAt.isValid())
            return QColor(0x2e, 0x7d, 0x32);
        break;
    case Qt::FontRole:
        if (index.column() == Emergency || (overdue && index.column() == Countdown)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case LeadIdRole:
        return l.id;
    case OverdueRole:
        return overdue;
    }
    return {};
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reported:
        return tr("Reported");
    case Person:
        return tr("Person");
    case Place:
        return tr("Township / village");
    case Source:
        return tr("Source");
    case State:
        return tr("State");
    case Emergency:
        return tr("Emergency");
    case Countdown:
        return tr("Deadline");
    }
    return {};
}

} // namespace sn
