#pragma once

#include "domain/Region.h"
#include "domain/TaskRow.h"

#include <QAbstractTableModel>

namespace sn {

// Rows of review tasks (三色管理) for the calendar's day list, the overdue list and the week agenda. Holds
// what ReviewService returned; days overdue are counted against the clock of the last setRows().
class ReviewTaskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeadName, Village, TierColumn, TaskColumn, Due, DaysOverdue, StatusColumn, ColumnCount };
    enum Roles { TaskIdRole = Qt::UserRole + 1, HouseholdIdRole };

    explicit ReviewTaskModel(RegionTree regions, QObject *parent = nullptr);

    void setRows(const QList<TaskRow> &rows);
    const QList<TaskRow> &rows() const { return m_rows; }
    const TaskRow *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour of a tier wherever it is shown: red, yellow (#d4a017, readable on white), green, monitoring blue.
    static QColor tierColor(Tier tier);
    static QString statusText(TaskStatus status);

private:
    RegionTree m_regions;
    QList<TaskRow> m_rows;
    QDate m_today;
};

} // namespace sn
