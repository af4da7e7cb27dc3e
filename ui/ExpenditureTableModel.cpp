#include "ExpenditureTableModel.h"

#include "domain/Format.h"

#include "HouseholdItemDelegate.h"

#include "domain/Clock.h"

#include <QUuid>

namespace sn {

namespace {

constexpr const char *kKinds[] = {"medical", "education", "rehabilitation", "disaster", "accident", "other"};
constexpr const char *kKindText[] = {QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Medical (personal share)"),
                                     QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Education"),
                                     QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Disability rehabilitation"),
                                     QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Disaster"),
                                     QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Accident"),
                                     QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Other")};

int kindIndex(const QString &kind)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i) {
        if (kind == QLatin1String(kKinds[i]))
            return i;
    }
    return -1;
}

} // namespace

ExpenditureTableModel::ExpenditureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExpenditureTableModel::setExpenditures(const QList<RigidExpenditure> &expenditures)
{
    beginResetModel();
    m_items = expenditures;
    endResetModel();
}

void ExpenditureTableModel::setReadOnly(bool readOnly)
{
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

int ExpenditureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ExpenditureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpenditureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const RigidExpenditure &item = m_items.at(index.row());
    const int kind = kindIndex(item.kind);
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return kind >= 0 ? tr(kKindText[kind]) : item.kind;
        if (role == Qt::EditRole)
            return std::max(kind, 0);
        if (role == HouseholdItemDelegate::ChoicesRole) {
            QStringList list;
            for (const char *t : kKindText)
                list << tr(t);
            return list;
        }
        break;
    case AmountColumn:
        if (role == Qt::DisplayRole)
            return format::money(item.amount);
        if (role == Qt::EditRole)
            return money::toYuanString(item.amount);
        if (role == HouseholdItemDelegate::YuanRole)
            return true;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case DateColumn:
        if (role == Qt::DisplayRole)
            return format::date(item.incurredOn);
        if (role == Qt::EditRole)
            return item.incurredOn.isValid() ? item.incurredOn : Clock::today();
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return item.note;
        break;
    default:
        break;
    }
    if (role == Qt::ToolTipRole)
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    return {};
}

bool ExpenditureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_readOnly || role != Qt::EditRole || index.row() >= m_items.size())
        return false;
    RigidExpenditure &item = m_items[index.row()];
    switch (index.column()) {
    case KindColumn: {
        const int choice = value.toInt();
        if (choice < 0 || choice >= int(std::size(kKinds)))
            return false;
        item.kind = QLatin1String(kKinds[choice]);
        break;
    }
    case AmountColumn: {
        const QString text = value.toString().trimmed();
        const std::optional<Fen> fen = text.isEmpty() ? std::optional<Fen>(0) : money::parseYuan(text);
        if (!fen)
            return false;
        item.amount = *fen;
        break;
    }
    case DateColumn: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return false;
        item.incurredOn = date;
        break;
    }
    case NoteColumn:
        item.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ExpenditureTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return m_readOnly ? f : f | Qt::ItemIsEditable;
}

QVariant ExpenditureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case KindColumn: return tr("Kind");
        case AmountColumn: return tr("Amount (yuan)");
        case DateColumn: return tr("Date");
        case NoteColumn: return tr("Note");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == AmountColumn)
        return tr("What the household paid itself in the past 12 months, after insurance and other reimbursement.");
    return {};
}

bool ExpenditureTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || row > m_items.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        RigidExpenditure item;
        item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        item.kind = QLatin1String(kKinds[0]);
        item.incurredOn = Clock::today();
        m_items.insert(row + i, item);
    }
    endInsertRows();
    return true;
}

bool ExpenditureTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count < 1 || row + count > m_items.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace sn
