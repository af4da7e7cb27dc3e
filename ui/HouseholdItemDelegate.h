#pragma once

#include <QStyledItemDelegate>

class QValidator;

namespace sn {

// The editors of the form's tables. A model asks for a drop-down by answering ChoicesRole with the
// display texts (EditRole is then the chosen index; a typed text that names no choice is offered to setData as
// a string), and for an amount of yuan by answering YuanRole.
class HouseholdItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    static constexpr int YuanRole = Qt::UserRole + 2;
    static constexpr int MaxLengthRole = Qt::UserRole + 3; // the most characters a text cell takes

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // A choice column is as wide as its widest choice in the drop-down editor: "户主" is never cut to "户…".
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The choice a typed text means: the one it names (any case), else the first it begins, else the first
    // containing it; -1 for none.
    static int matchChoice(const QStringList &choices, const QString &typed);
    // Accepts what money::parseYuan accepts, so a typed amount can never be unreadable.
    static QValidator *createYuanValidator(QObject *parent);

signals:
    // Every keystroke in a text editor, before it is committed: the form checks ID numbers as they are typed.
    void textEdited(const QModelIndex &index, const QString &text) const;
};

} // namespace sn
