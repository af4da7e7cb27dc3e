#pragma once

#include "HouseholdItemDelegate.h"

#include "domain/Clock.h"
#include "domain/Format.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>
#include <QUuid>
#include <functional>

namespace sn {

// How one column of a household sub-table (incomes, assets, rigid spending) shows and edits a field of its
// row. The texts are translated in the model's context, so each table keeps the context of the class it
// was written in (sn::AssetTableModel, ...).
template <class Row> struct RowColumn
{
    enum class Editor {
        Text, // get/set a QString (trimmed on the way in)
        Choice, // get/set the index into choices() (-1: a code the list does not know, shown as display())
        Yuan, // get/set Fen; an empty text is 0, more than two decimals is refused
        Date, // get/set a QDate; an empty date is edited as today
        Check, // get/set bool through the check box
    };

    const char *header = nullptr;
    Editor editor = Editor::Text;
    std::function<QVariant(const Row &)> get;
    std::function<void(Row &, const QVariant &)> set;
    std::function<QStringList()> choices; // Choice: the texts offered
    std::function<QString(const Row &)> display; // optional: the text shown, when not the value's own
    const char *toolTip = nullptr; // of the header
    bool cellToolTip = false; // the cells show the header's tool tip too
};

// One table model for the household's sub-tables, described by its columns. A new row gets a fresh id and
// what newRow() sets.
template <class Row> class RowTableModel : public QAbstractTableModel
{
public:
    using Column = RowColumn<Row>;
    using Editor = typename Column::Editor;

    RowTableModel(const char *context, QList<Column> columns, std::function<Row()> newRow, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_context(context)
        , m_columns(std::move(columns))
        , m_newRow(std::move(newRow))
    {
    }

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    void setReadOnly(bool readOnly)
    {
        beginResetModel();
        m_readOnly = readOnly;
        endResetModel();
    }

    // Rows changed from outside the table (a member taken off): `change` says whether it changed the row.
    void changeRows(int column, const std::function<bool(Row &)> &change)
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (change(m_rows[row]))
                emit dataChanged(index(row, column), index(row, column));
        }
    }
    // What a column shows changed (the names of the members), without an edit of any row.
    void shownChanged(int column, const QList<int> &roles)
    {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, column), index(rowCount() - 1, column), roles);
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        const Column &c = m_columns.at(index.column());
        const Row &row = m_rows.at(index.row());
        if (role == Qt::ToolTipRole)
            return c.cellToolTip ? headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole) : QVariant();
        switch (c.editor) {
        case Editor::Text:
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return c.get(row);
            break;
        case Editor::Choice:
            if (role == Qt::DisplayRole)
                return c.display ? QVariant(c.display(row)) : QVariant(c.choices().value(c.get(row).toInt()));
            if (role == Qt::EditRole)
                return std::max(c.get(row).toInt(), 0);
            if (role == HouseholdItemDelegate::ChoicesRole)
                return c.choices();
            break;
        case Editor::Yuan:
            if (role == Qt::DisplayRole)
                return format::money(c.get(row).toLongLong());
            if (role == Qt::EditRole)
                return money::toYuanString(c.get(row).toLongLong());
            if (role == HouseholdItemDelegate::YuanRole)
                return true;
            if (role == Qt::TextAlignmentRole)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case Editor::Date: {
            const QDate date = c.get(row).toDate();
            if (role == Qt::DisplayRole)
                return format::date(date);
            if (role == Qt::EditRole)
                return date.isValid() ? date : Clock::today();
            break;
        }
        case Editor::Check:
            if (role == Qt::CheckStateRole)
                return c.get(row).toBool() ? Qt::Checked : Qt::Unchecked;
            break;
        }
        return {};
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!index.isValid() || m_readOnly || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return false;
        const Column &c = m_columns.at(index.column());
        if (role != (c.editor == Editor::Check ? Qt::CheckStateRole : Qt::EditRole))
            return false;
        Row &row = m_rows[index.row()];
        switch (c.editor) {
        case Editor::Text:
            c.set(row, value.toString().trimmed());
            break;
        case Editor::Choice: {
            const int choice = value.toInt();
            if (choice < 0 || choice >= c.choices().size())
                return false;
            c.set(row, choice);
            break;
        }
        case Editor::Yuan: {
            const QString text = value.toString().trimmed();
            const std::optional<Fen> fen = text.isEmpty() ? std::optional<Fen>(0) : money::parseYuan(text);
            if (!fen)
                return false;
            c.set(row, QVariant::fromValue<qlonglong>(*fen));
            break;
        }
        case Editor::Date: {
            const QDate date = value.toDate();
            if (!date.isValid())
                return false;
            c.set(row, date);
            break;
        }
        case Editor::Check:
            c.set(row, value.toInt() == Qt::Checked);
            break;
        }
        emit dataChanged(index, index);
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_readOnly)
            return f;
        const bool check = index.column() < m_columns.size() && m_columns.at(index.column()).editor == Editor::Check;
        return f | (check ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Vertical)
            return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
        if (section < 0 || section >= m_columns.size())
            return {};
        const Column &c = m_columns.at(section);
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate(m_context, c.header);
        if (role == Qt::ToolTipRole && c.toolTip)
            return QCoreApplication::translate(m_context, c.toolTip);
        return {};
    }

    bool insertRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || m_readOnly || row < 0 || row > m_rows.size() || count < 1)
            return false;
        beginInsertRows(parent, row, row + count - 1);
        for (int i = 0; i < count; ++i) {
            Row item = m_newRow();
            item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_rows.insert(row + i, item);
        }
        endInsertRows();
        return true;
    }

    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || m_readOnly || row < 0 || count < 1 || row + count > m_rows.size())
            return false;
        beginRemoveRows(parent, row, row + count - 1);
        m_rows.remove(row, count);
        endRemoveRows();
        return true;
    }

private:
    const char *m_context;
    QList<Column> m_columns;
    std::function<Row()> m_newRow;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace sn
