#include "HouseholdItemDelegate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace sn {

QWidget *HouseholdItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    const QString header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    const QVariant choices = index.data(ChoicesRole);
    if (choices.isValid()) {
        auto *combo = new QComboBox(parent);
        combo->addItems(choices.toStringList());
        combo->setAccessibleName(header);
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setAccessibleName(header);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (index.data(YuanRole).toBool())
            line->setValidator(createYuanValidator(line));
        const QPersistentModelIndex persistent(index);
        connect(line, &QLineEdit::textEdited, this, [this, persistent](const QString &text) {
            if (persistent.isValid())
                emit textEdited(persistent, text);
        });
    }
    return editor;
}

void HouseholdItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void HouseholdItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

QValidator *HouseholdItemDelegate::createYuanValidator(QObject *parent)
{
    // Plain digits (also full-width) with at most two decimals; "812." stays intermediate, so an editor
    // cannot commit a text money::parseYuan would refuse. Empty means zero.
    static const QRegularExpression pattern(QStringLiteral("\\s*[0-9０-９]+([.．][0-9０-９]{1,2})?\\s*|\\s*"));
    return new QRegularExpressionValidator(pattern, parent);
}

} // namespace sn
