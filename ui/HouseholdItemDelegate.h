#pragma once

#include <QStyledItemDelegate>

class QValidator;

namespace sn {

// The editors of the form's tables. A model asks for a drop-down by answering ChoicesRole with the
// display texts (EditRole is then the chosen index), and for an amount of yuan by answering YuanRole.
class HouseholdItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    static constexpr int YuanRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // Accepts what money::parseYuan accepts, so a typed amount can never be unreadable.
    static QValidator *createYuanValidator(QObject *parent);

signals:
    // Every keystroke in a text editor, before it is committed: the form checks ID numbers as they are typed.
    void textEdited(const QModelIndex &index, const QString &text) const;
};

} // namespace sn
