#include "HouseholdRowsPage.h"

#include "HouseholdItemDelegate.h"
#include "HouseholdRowsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace sn {

HouseholdRowsPage::HouseholdRowsPage(QAbstractItemModel *model, const QString &tableName, const QString &addText,
    const QString &removeText, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new HouseholdRowsView(this))
    , m_delegate(new HouseholdItemDelegate(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
{
    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tableName);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Check of the current row"));
    m_status->hide();

    m_remove->setToolTip(tr("Remove the current row (Ctrl+Delete)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &HouseholdRowsPage::addRow);
    connect(m_remove, &QPushButton::clicked, this, &HouseholdRowsPage::removeCurrentRow);
    connect(m_view, &HouseholdRowsView::addRowRequested, this, &HouseholdRowsPage::addRow);
    auto *remove = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), this);
    remove->setContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, &HouseholdRowsPage::removeCurrentRow);
    auto updateRemove = [this] { m_remove->setEnabled(!m_readOnly && m_view->currentIndex().isValid()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateRemove);
    connect(model, &QAbstractItemModel::rowsRemoved, this, updateRemove);
    connect(model, &QAbstractItemModel::modelReset, this, updateRemove);
    updateRemove();
}

void HouseholdRowsPage::addRow()
{
    if (m_readOnly)
        return;
    m_view->commitPendingEdit();
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    emit rowAdded(row);
    m_view->editCell(row, 0);
}

void HouseholdRowsPage::focusTable()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void HouseholdRowsPage::removeCurrentRow()
{
    if (m_readOnly)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_view->commitPendingEdit();
    const int row = current.row();
    const int column = current.column();
    m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
    m_view->setFocus(Qt::OtherFocusReason);
}

void HouseholdRowsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && m_view->currentIndex().isValid());
}

void HouseholdRowsPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

} // namespace sn
