#pragma once

#include "domain/Region.h"
#include "services/LeadService.h"

#include <QAbstractTableModel>

namespace sn {

// Open leads (救助线索) with their deadline countdown. tick() recomputes the countdown from the clock
// without asking the database again, so a running list stays live between refreshes.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Countdown, Emergency, State, Place, Source, Reported, ColumnCount };
    enum Roles { LeadIdRole = Qt::UserRole + 1, OverdueRole };

    explicit LeadTableModel(RegionTree regions, QObject *parent = nullptr);

    void setRows(const QList<LeadRow> &rows);
    void tick();
    const LeadRow *row(int index) const;
    int rowOf(const QString &leadId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RegionTree m_regions;
    QList<LeadRow> m_rows;
};

} // namespace sn
