#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace sn {

class HouseholdService;

// Every recorded change of one household: when, who, at which station, which table and field, the value
// before and after. ID numbers in the values are masked unless the user may see them in full.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        StationColumn,
        ActionColumn,
        TableColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ColumnCount
    };

    HistoryDialog(HouseholdService &service, const QString &householdId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void load(HouseholdService &service, const QString &householdId);

    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace sn
