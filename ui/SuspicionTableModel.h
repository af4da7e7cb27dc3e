#pragma once

#include "domain/Region.h"
#include "services/SuspicionService.h"

#include <QAbstractTableModel>

namespace sn {

// The rows of department tables as a clerk works through them.
class SuspicionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RowNumber,
        Department,
        HeadName,
        Address,
        Content,
        Status,
        MatchedBy,
        Township,
        Result,
        VerifiedOn,
        ColumnCount
    };

    SuspicionTableModel(RegionTree regions, QObject *parent = nullptr);
    void setRows(QList<SuspicionRow> rows);
    const SuspicionRow &row(int index) const { return m_rows.at(index); }
    int indexOf(const QString &rowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(SuspicionStatus s);
    static QString verificationText(Verification v);

private:
    RegionTree m_regions;
    QList<SuspicionRow> m_rows;
};

} // namespace sn
