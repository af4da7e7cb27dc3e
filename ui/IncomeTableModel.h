#pragma once

#include "domain/Household.h"

#include <QAbstractTableModel>

namespace sn {

class MemberTableModel;

// The income items of the household being edited: whose income (a member or the household as a whole),
// what kind, how much per month and whether it is stable.
class IncomeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MemberColumn, KindColumn, AmountColumn, StableColumn, ColumnCount };

    explicit IncomeTableModel(const MemberTableModel *members, QObject *parent = nullptr);

    void setIncomes(const QList<IncomeItem> &incomes);
    const QList<IncomeItem> &incomes() const { return m_incomes; }
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
    // An income of a member who is taken off the list stays, as household income, for the clerk to review.
    void memberRemoved(const QString &memberId);
    void membersChanged();
    QStringList memberChoices() const;
    int memberChoice(const QString &memberId) const;

    const MemberTableModel *m_members;
    QList<IncomeItem> m_incomes;
    bool m_readOnly = false;
};

} // namespace sn
