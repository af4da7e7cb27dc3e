#pragma once

#include "domain/Household.h"

#include <QAbstractTableModel>

namespace sn {

// The property of the household being edited: housing, vehicles, deposits, securities and other assets.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, DescriptionColumn, ValueColumn, ColumnCount };

    explicit AssetTableModel(QObject *parent = nullptr);

    void setAssets(const QList<Asset> &assets);
    const QList<Asset> &assets() const { return m_assets; }
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<Asset> m_assets;
    bool m_readOnly = false;
};

} // namespace sn
