#include "IncomeTableModel.h"

#include "domain/Format.h"

#include "HouseholdItemDelegate.h"
#include "MemberTableModel.h"

#include <QUuid>

namespace sn {

namespace {

// The last three are not counted as income (AssistanceRules::ExcludedIncomes); the label says so.
constexpr const char *kKinds[] = {"wage", "farming", "business", "pension", "transfer", "other",
                                  "basic_pension", "old_age_allowance", "special_care"};
constexpr const char *kKindText[] = {QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Wages"),
                                     QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Farming"),
                                     QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Business"),
                                     QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Pension"),
                                     QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Transfers"),
                                     QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Other"),
                                     QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Basic pension (not counted)"),
                                     QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Old-age allowance (not counted)"),
                                     QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Special-care payments (not counted)")};

int kindIndex(const QString &kind)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i) {
        if (kind == QLatin1String(kKinds[i]))
            return i;
    }
    return -1;
}

} // namespace

IncomeTableModel::IncomeTableModel(const MemberTableModel *members, QObject *parent)
    : QAbstractTableModel(parent)
    , m_members(members)
{
    connect(members, &MemberTableModel::memberRemoved, this, &IncomeTableModel::memberRemoved);
    connect(members, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                if (topLeft.column() == MemberTableModel::NameColumn
                    && (roles.isEmpty() || roles.contains(Qt::EditRole) || roles.contains(Qt::DisplayRole)))
                    membersChanged();
            });
    connect(members, &QAbstractItemModel::rowsInserted, this, &IncomeTableModel::membersChanged);
    connect(members, &QAbstractItemModel::modelReset, this, &IncomeTableModel::membersChanged);
}

void IncomeTableModel::setIncomes(const QList<IncomeItem> &incomes)
{
    beginResetModel();
    m_incomes = incomes;
    endResetModel();
}

void IncomeTableModel::setReadOnly(bool readOnly)
{
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

void IncomeTableModel::memberRemoved(const QString &memberId)
{
    for (int row = 0; row < m_incomes.size(); ++row) {
        if (m_incomes.at(row).memberId == memberId) {
            m_incomes[row].memberId.clear();
            emit dataChanged(index(row, MemberColumn), index(row, MemberColumn));
        }
    }
}

void IncomeTableModel::membersChanged()
{
    // Only the names shown in the first column change: not an edit of any income.
    if (!m_incomes.isEmpty())
        emit dataChanged(index(0, MemberColumn), index(rowCount() - 1, MemberColumn),
                         {Qt::DisplayRole, HouseholdItemDelegate::ChoicesRole});
}

QStringList IncomeTableModel::memberChoices() const
{
    QStringList list{tr("Whole household")};
    for (int row = 0; row < m_members->rowCount(); ++row)
        list << m_members->label(row);
    return list;
}

int IncomeTableModel::memberChoice(const QString &memberId) const
{
    if (memberId.isEmpty())
        return 0;
    const QList<Member> &members = m_members->members();
    for (int i = 0; i < members.size(); ++i) {
        if (members.at(i).id == memberId)
            return i + 1;
    }
    return 0;
}

int IncomeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incomes.size());
}

int IncomeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncomeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_incomes.size())
        return {};
    const IncomeItem &item = m_incomes.at(index.row());
    const int kind = kindIndex(item.kind);
    switch (index.column()) {
    case MemberColumn:
        if (role == Qt::DisplayRole)
            return memberChoices().value(memberChoice(item.memberId));
        if (role == Qt::EditRole)
            return memberChoice(item.memberId);
        if (role == HouseholdItemDelegate::ChoicesRole)
            return memberChoices();
        break;
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
            return format::money(item.monthlyAmount);
        if (role == Qt::EditRole)
            return money::toYuanString(item.monthlyAmount);
        if (role == HouseholdItemDelegate::YuanRole)
            return true;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StableColumn:
        if (role == Qt::CheckStateRole)
            return item.stable ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return headerData(StableColumn, Qt::Horizontal, Qt::ToolTipRole);
        break;
    default:
        break;
    }
    return {};
}

bool IncomeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_readOnly || index.row() >= m_incomes.size())
        return false;
    IncomeItem &item = m_incomes[index.row()];
    switch (index.column()) {
    case MemberColumn: {
        if (role != Qt::EditRole)
            return false;
        const int choice = value.toInt();
        if (choice < 0 || choice > m_members->rowCount())
            return false;
        item.memberId = choice == 0 ? QString() : m_members->members().at(choice - 1).id;
        break;
    }
    case KindColumn: {
        const int choice = value.toInt();
        if (role != Qt::EditRole || choice < 0 || choice >= int(std::size(kKinds)))
            return false;
        item.kind = QLatin1String(kKinds[choice]);
        break;
    }
    case AmountColumn: {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        const std::optional<Fen> fen = text.isEmpty() ? std::optional<Fen>(0) : money::parseYuan(text);
        if (!fen)
            return false;
        item.monthlyAmount = *fen;
        break;
    }
    case StableColumn:
        if (role != Qt::CheckStateRole)
            return false;
        item.stable = value.toInt() == Qt::Checked;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags IncomeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return f;
    return f | (index.column() == StableColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant IncomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case MemberColumn: return tr("Whose income");
        case KindColumn: return tr("Kind");
        case AmountColumn: return tr("Per month (yuan)");
        case StableColumn: return tr("Stable");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == StableColumn)
            return tr("Regular income. Unstable income of members able to work puts a minimum-living-guarantee household in the green tier. Press Space to change.");
        if (section == MemberColumn)
            return tr("Income of a member who is not counted in the household is left out of the per-capita income.");
    }
    return {};
}

bool IncomeTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || row > m_incomes.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        IncomeItem item;
        item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        item.kind = QLatin1String(kKinds[0]);
        m_incomes.insert(row + i, item);
    }
    endInsertRows();
    return true;
}

bool IncomeTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count < 1 || row + count > m_incomes.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_incomes.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace sn
