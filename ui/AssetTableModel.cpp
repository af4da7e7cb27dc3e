#include "AssetTableModel.h"

#include "domain/Format.h"

#include "HouseholdItemDelegate.h"

#include <QUuid>

namespace sn {

namespace {

constexpr const char *kKinds[] = {"housing", "vehicle", "deposit", "securities", "other"};
constexpr const char *kKindText[] = {QT_TRANSLATE_NOOP("sn::AssetTableModel", "Housing"),
                                     QT_TRANSLATE_NOOP("sn::AssetTableModel", "Vehicle"),
                                     QT_TRANSLATE_NOOP("sn::AssetTableModel", "Deposit"),
                                     QT_TRANSLATE_NOOP("sn::AssetTableModel", "Securities"),
                                     QT_TRANSLATE_NOOP("sn::AssetTableModel", "Other")};

int kindIndex(const QString &kind)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i) {
        if (kind == QLatin1String(kKinds[i]))
            return i;
    }
    return -1;
}

} // namespace

AssetTableModel::AssetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AssetTableModel::setAssets(const QList<Asset> &assets)
{
    beginResetModel();
    m_assets = assets;
    endResetModel();
}

void AssetTableModel::setReadOnly(bool readOnly)
{
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_assets.size())
        return {};
    const Asset &asset = m_assets.at(index.row());
    const int kind = kindIndex(asset.kind);
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return kind >= 0 ? tr(kKindText[kind]) : asset.kind;
        if (role == Qt::EditRole)
            return std::max(kind, 0);
        if (role == HouseholdItemDelegate::ChoicesRole) {
            QStringList list;
            for (const char *t : kKindText)
                list << tr(t);
            return list;
        }
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return asset.description;
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return format::money(asset.value);
        if (role == Qt::EditRole)
            return money::toYuanString(asset.value);
        if (role == HouseholdItemDelegate::YuanRole)
            return true;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool AssetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_readOnly || role != Qt::EditRole || index.row() >= m_assets.size())
        return false;
    Asset &asset = m_assets[index.row()];
    switch (index.column()) {
    case KindColumn: {
        const int choice = value.toInt();
        if (choice < 0 || choice >= int(std::size(kKinds)))
            return false;
        asset.kind = QLatin1String(kKinds[choice]);
        break;
    }
    case DescriptionColumn:
        asset.description = value.toString().trimmed();
        break;
    case ValueColumn: {
        const QString text = value.toString().trimmed();
        const std::optional<Fen> fen = text.isEmpty() ? std::optional<Fen>(0) : money::parseYuan(text);
        if (!fen)
            return false;
        asset.value = *fen;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags AssetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return m_readOnly ? f : f | Qt::ItemIsEditable;
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case KindColumn: return tr("Kind");
        case DescriptionColumn: return tr("Description");
        case ValueColumn: return tr("Value (yuan)");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == KindColumn)
        return tr("One row per home or vehicle: the number of homes and the total value of vehicles are tested.");
    return {};
}

bool AssetTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || row > m_assets.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Asset asset;
        asset.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        asset.kind = QLatin1String(kKinds[0]);
        m_assets.insert(row + i, asset);
    }
    endInsertRows();
    return true;
}

bool AssetTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count < 1 || row + count > m_assets.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_assets.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace sn
