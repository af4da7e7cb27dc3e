#pragma once

#include <QTableView>

namespace sn {

// A table of the household form, driven from the keyboard like a paper register: Enter moves to the next
// cell (committing what was typed), and Enter in the last cell of the last row asks for a new row.
class HouseholdRowsView : public QTableView
{
    Q_OBJECT
public:
    explicit HouseholdRowsView(QWidget *parent = nullptr);

    // Commit an open cell editor, so a save started with Ctrl+S sees what is being typed.
    void commitPendingEdit();
    // Make a cell current and, when it is editable, open its editor.
    void editCell(int row, int column);

signals:
    void addRowRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void advanceFrom(const QModelIndex &index);
    bool isStop(const QModelIndex &index) const;
};

} // namespace sn
