#pragma once

#include <QTableView>

namespace sn {

// A table of the household form, driven from the keyboard like a paper register: Tab and Enter move to the
// next cell that takes input (committing what was typed), row after row; Enter in the last cell of the last
// row asks for a new row, Tab there leaves the table (Shift+Tab in the first cell leaves it backwards).
// Every key typed lands in the cell it was typed for: an open editor is never reloaded from the model while
// the clerk types in it (the form's checks repaint cells every few hundred milliseconds).
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
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    bool focusNextPrevChild(bool next) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;

private:
    void advanceFrom(const QModelIndex &index);
    bool isStop(const QModelIndex &index) const;
    // The next (or previous) cell taking input in reading order; invalid past the last (or first) one.
    QModelIndex stopAfter(const QModelIndex &index, bool forward) const;
};

} // namespace sn
