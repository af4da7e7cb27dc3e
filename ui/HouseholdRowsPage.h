#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace sn {

class HouseholdItemDelegate;
class HouseholdRowsView;

// One tab of the household form: a table of members, incomes, assets or spending, with buttons to add
// and remove rows and a line under the table for what is wrong with the current row.
class HouseholdRowsPage : public QWidget
{
    Q_OBJECT
public:
    HouseholdRowsPage(QAbstractItemModel *model, const QString &tableName, const QString &addText,
        const QString &removeText, QWidget *parent = nullptr);

    HouseholdRowsView *view() const { return m_view; }
    HouseholdItemDelegate *delegate() const { return m_delegate; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    void addRow(); // at the end; the cursor goes into its first cell
    void removeCurrentRow();
    // The keyboard into the table, on its current cell (the first one when there is none).
    void focusTable();
    void setReadOnly(bool readOnly);
    // Red text under the table; empty hides it.
    void showStatus(const QString &text, bool problem);

signals:
    void rowAdded(int row);

private:
    QAbstractItemModel *m_model;
    HouseholdRowsView *m_view;
    HouseholdItemDelegate *m_delegate;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_readOnly = false;
};

} // namespace sn
