#include "HouseholdRowsView.h"

#include <QApplication>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>

namespace sn {

HouseholdRowsView::HouseholdRowsView(QWidget *parent)
    : QTableView(parent)
{
    // Tab moves from cell to cell through focusNextPrevChild and moveCursor below, and leaves the table past
    // its last cell; Qt's own tab navigation would stop on read-only cells and never leave.
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setAlternatingRowColors(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
}

bool HouseholdRowsView::isStop(const QModelIndex &index) const
{
    // Read-only cells (birth date, sex, age: derived from the ID number) are passed over.
    const Qt::ItemFlags f = index.flags();
    return !isColumnHidden(index.column()) && (f & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
}

QModelIndex HouseholdRowsView::stopAfter(const QModelIndex &index, bool forward) const
{
    if (!model())
        return {};
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    if (rows == 0 || columns == 0)
        return {};
    const int cells = rows * columns;
    int position = index.isValid() ? index.row() * columns + index.column() : (forward ? -1 : cells);
    for (position += forward ? 1 : -1; position >= 0 && position < cells; position += forward ? 1 : -1) {
        const QModelIndex candidate = model()->index(position / columns, position % columns);
        if (isStop(candidate) && !isRowHidden(candidate.row()))
            return candidate;
    }
    return {};
}

QModelIndex HouseholdRowsView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Tab from an open editor (the delegate closes it with EditNextItem) lands on the next cell that takes
    // input, so the digits typed next are not swallowed by a read-only birth date or age cell.
    if (cursorAction == MoveNext || cursorAction == MovePrevious)
        return stopAfter(currentIndex(), cursorAction == MoveNext);
    return QTableView::moveCursor(cursorAction, modifiers);
}

bool HouseholdRowsView::focusNextPrevChild(bool next)
{
    if (state() != EditingState && hasFocus()) {
        const QModelIndex target = stopAfter(currentIndex(), next);
        if (target.isValid()) {
            setCurrentIndex(target);
            scrollTo(target);
            return true;
        }
    }
    return QTableView::focusNextPrevChild(next); // past the last cell: on to the next field of the form
}

void HouseholdRowsView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The form's checks repaint problem cells (colours and tool tips) a moment after each change. Qt's
    // dataChanged would also reload every open editor in the range from the model, wiping the digits the
    // clerk typed since the editor opened; a repaint is all those roles need.
    const bool values = roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole)
        || roles.contains(Qt::CheckStateRole);
    if (!values) {
        viewport()->update();
        return;
    }
    QTableView::dataChanged(topLeft, bottomRight, roles);
}

void HouseholdRowsView::advanceFrom(const QModelIndex &index)
{
    if (!index.isValid() || !model())
        return;
    const int columns = model()->columnCount();
    for (int c = index.column() + 1; c < columns; ++c) {
        const QModelIndex next = model()->index(index.row(), c);
        if (isStop(next)) {
            setCurrentIndex(next);
            return;
        }
    }
    if (index.row() + 1 < model()->rowCount()) {
        setCurrentIndex(model()->index(index.row() + 1, 0));
        return;
    }
    emit addRowRequested();
}

void HouseholdRowsView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && state() != EditingState) {
        advanceFrom(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void HouseholdRowsView::inputMethodEvent(QInputMethodEvent *event)
{
    // Chinese names arrive from the input method, not as key presses. QAbstractItemView opens the editor for
    // them but does not hand the committed text on, so the first word would be lost.
    const QModelIndex index = currentIndex();
    if (state() != EditingState && index.isValid() && (index.flags() & Qt::ItemIsEditable)
        && (editTriggers() & AnyKeyPressed) && !event->commitString().isEmpty()
        && edit(index, AnyKeyPressed, nullptr)) {
        QWidget *editor = QApplication::focusWidget();
        if (editor && editor != this) {
            QCoreApplication::sendEvent(editor, event);
            return;
        }
    }
    QTableView::inputMethodEvent(event);
}

void HouseholdRowsView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The delegate closes with SubmitModelCache when Enter was pressed in the editor.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex index = currentIndex();
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        advanceFrom(index);
        return;
    }
    // Tab in the last cell (Shift+Tab in the first) leaves the table, like Tab in any other field.
    const bool tab = hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem;
    const bool forward = hint == QAbstractItemDelegate::EditNextItem;
    if (tab && !stopAfter(currentIndex(), forward).isValid()) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        QTableView::focusNextPrevChild(forward);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void HouseholdRowsView::commitPendingEdit()
{
    if (state() != EditingState)
        return;
    QWidget *editor = QApplication::focusWidget();
    while (editor && editor->parentWidget() != viewport())
        editor = editor->parentWidget();
    if (!editor)
        return;
    commitData(editor);
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void HouseholdRowsView::editCell(int row, int column)
{
    if (!model())
        return;
    const QModelIndex index = model()->index(row, column);
    if (!index.isValid())
        return;
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(index);
    scrollTo(index);
    if (index.flags() & Qt::ItemIsEditable && editTriggers() != NoEditTriggers)
        edit(index);
}

} // namespace sn
