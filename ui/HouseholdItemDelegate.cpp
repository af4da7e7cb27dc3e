#include "HouseholdItemDelegate.h"

#include "DateLineEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QStyleOption>

namespace sn {

QWidget *HouseholdItemDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    const QVariant choices = index.data(ChoicesRole);
    if (choices.isValid()) {
        // Editable, so the choice is typed: the list completes what is typed ("配" gives 配偶), the arrow keys
        // step through it and Alt+Down opens it.
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(choices.toStringList());
        combo->setAccessibleName(header);
        combo->setToolTip(tr("Type the first characters of a choice; Alt+Down lists them all"));
        return combo;
    }
    if (index.data(Qt::EditRole).typeId() == QMetaType::QDate) {
        auto *date = new DateLineEdit(parent); // typed in one go, not in three sections
        date->setAccessibleName(header);
        return date;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setAccessibleName(header);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (index.data(YuanRole).toBool())
            line->setValidator(createYuanValidator(line));
        if (const int limit = index.data(MaxLengthRole).toInt(); limit > 0)
            line->setMaxLength(limit);
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
        if (combo->lineEdit() && combo->lineEdit()->isModified())
            return;
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        if (combo->lineEdit())
            combo->lineEdit()->selectAll(); // the first key typed replaces the choice shown
        return;
    }
    if (auto *date = qobject_cast<DateLineEdit *>(editor)) {
        if (!date->isModified())
            date->setDate(index.data(Qt::EditRole).toDate());
        return;
    }
    // What the clerk typed since the editor opened wins over the model until it is committed: the view
    // reloads open editors whenever the model reports a change in their range.
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && line->isModified())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

void HouseholdItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int choice = matchChoice(index.data(ChoicesRole).toStringList(), combo->currentText());
        // A text that is none of the choices may still be a word the model knows ("妻" for a spouse).
        if (choice >= 0)
            model->setData(index, choice, Qt::EditRole);
        else
            model->setData(index, combo->currentText().trimmed(), Qt::EditRole);
        return;
    }
    if (auto *date = qobject_cast<DateLineEdit *>(editor)) {
        if (date->date().isValid()) // a text that is no date leaves the cell as it was
            model->setData(index, date->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

QSize HouseholdItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (choices.isEmpty())
        return size;
    int widest = 0;
    for (const QString &choice : choices)
        widest = std::max(widest, option.fontMetrics.horizontalAdvance(choice));
    QStyleOptionComboBox combo;
    combo.rect = option.rect;
    combo.editable = true;
    const QSize box = QApplication::style()->sizeFromContents(
        QStyle::CT_ComboBox, &combo, QSize(widest, option.fontMetrics.height()));
    return size.expandedTo(QSize(box.width(), 0));
}

int HouseholdItemDelegate::matchChoice(const QStringList &choices, const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return -1;
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i).compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i).startsWith(text, Qt::CaseInsensitive))
            return i;
    }
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i).contains(text, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

QValidator *HouseholdItemDelegate::createYuanValidator(QObject *parent)
{
    // Plain digits (also full-width) with at most two decimals; "812." stays intermediate, so an editor
    // cannot commit a text money::parseYuan would refuse. Empty means zero.
    static const QRegularExpression pattern(QStringLiteral("\\s*[0-9０-９]+([.．][0-9０-９]{1,2})?\\s*|\\s*"));
    return new QRegularExpressionValidator(pattern, parent);
}

} // namespace sn
