#include "HouseholdRowsView.h"

#include <QApplication>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>

namespace sn {

HouseholdRowsView::HouseholdRowsView(QWidget *parent)
    : QTableView(parent)
{
    // Tab leaves the table (the household form continues after it); arrows and Enter move inside it.
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
