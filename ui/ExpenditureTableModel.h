#pragma once

#include "domain/Household.h"

#include <QAbstractTableModel>

namespace sn {

// The rigid spending of the past 12 months (medical personal share, education, rehabilitation, disaster,
// accident) of the household being edited.
class ExpenditureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, AmountColumn, DateColumn, NoteColumn, ColumnCount };

    explicit ExpenditureTableModel(QObject *parent = nullptr);

    void setExpenditures(const QList<RigidExpenditure> &expenditures);
    const QList<RigidExpenditure> &expenditures() const { return m_items; }
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
    QList<RigidExpenditure> m_items;
    bool m_readOnly = false;
};

} // namespace sn
