#include "HouseholdTableModel.h"

#include "domain/Format.h"

#include "domain/Money.h"

#include <QScopedValueRollback>

namespace sn {

HouseholdTableModel::HouseholdTableModel(const HouseholdService &service, RegionTree regions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_regions(std::move(regions))
{
}

void HouseholdTableModel::setQuery(const HouseholdQuery &query)
{
    m_query = query;
    m_query.offset = 0;
    m_query.limit = PageSize;
    m_lastError = {};
    auto firstPage = m_service.search(m_query);
    auto total = m_service.count(m_query);

    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows = firstPage ? firstPage.value() : QList<HouseholdSummary>();
    m_matchReasons.clear();
    m_total = total ? total.value() : int(m_rows.size());
    m_exhausted = !firstPage || m_rows.size() < PageSize || m_rows.size() >= m_total;
    endResetModel();

    if (!firstPage)
        fail(firstPage.error());
    else if (!total)
        fail(total.error());
    emit totalChanged(m_total);
}

void HouseholdTableModel::refresh()
{
    setQuery(m_query);
}

void HouseholdTableModel::fail(const Error &error)
{
    m_lastError = error;
    emit errorOccurred(error.message);
}

QString HouseholdTableModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int HouseholdTableModel::rowOf(const QString &householdId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == householdId)
            return i;
    }
    return -1;
}

int HouseholdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HouseholdTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void HouseholdTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    if (m_changing) {
        // Asked from a modelReset or rowsInserted handler: a nested insert would confuse views; do it afterwards.
        QMetaObject::invokeMethod(
            this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    HouseholdQuery page = m_query;
    page.offset = int(m_rows.size());
    auto result = m_service.search(page);
    if (!result) {
        m_exhausted = true;
        fail(result.error());
        return;
    }
    const QList<HouseholdSummary> &more = result.value();
    if (more.size() < PageSize)
        m_exhausted = true;
    if (more.isEmpty())
        return;
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    if (m_rows.size() >= m_total)
        m_exhausted = true;
    endInsertRows();
}

QString HouseholdTableModel::regionName(const QString &code) const
{
    if (code.isEmpty())
        return {};
    const Region *r = m_regions.find(code);
    return r ? r->name : code;
}

QString HouseholdTableModel::matchReason(const HouseholdSummary &h) const
{
    if (m_query.text.trimmed().isEmpty())
        return {};
    auto it = m_matchReasons.constFind(h.id);
    if (it == m_matchReasons.constEnd()) {
        const auto reason = m_service.matchReason(m_query.text, h.id);
        it = m_matchReasons.insert(h.id, reason ? reason.value() : QString());
    }
    return *it;
}

QVariant HouseholdTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdSummary &h = m_rows.at(index.row());
    if (role == HouseholdIdRole)
        return h.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Members || index.column() == MonthlyAmount)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !h.gaps.isEmpty())
        return tr("To complete: %1").arg(h.gaps.join(tr(", ")));
    if (role == Qt::ToolTipRole && index.column() != Matched && !m_query.text.trimmed().isEmpty()) {
        const QString reason = matchReason(h);
        return reason.isEmpty() ? QVariant() : QVariant(tr("Matched: %1").arg(reason));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case HeadName:
        return h.headName;
    case IdNumber:
        return h.headIdNumber;
    case Township:
        return regionName(h.townshipCode);
    case Village:
        return regionName(h.villageCode);
    case Address:
        return h.address;
    case Phone:
        return h.phone;
    case CategoryColumn:
        return CategoryNames::display(h.category);
    case Members:
        return h.memberCount;
    case MonthlyAmount:
        return format::money(h.monthlyAmount);
    case Status: {
        const QString status = h.status == HouseholdStatus::Active ? tr("Active") : tr("Exited");
        return h.gaps.isEmpty() ? status : tr("%1 · to complete").arg(status);
    }
    case Matched:
        return matchReason(h);
    default:
        return {};
    }
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadName:
        return tr("Household head");
    case IdNumber:
        return tr("ID number");
    case Township:
        return tr("Township");
    case Village:
        return tr("Village/community");
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    case CategoryColumn:
        return tr("Category");
    case Members:
        return tr("Members");
    case MonthlyAmount:
        return tr("Monthly (yuan)");
    case Status:
        return tr("Status");
    case Matched:
        return tr("Matched");
    default:
        return {};
    }
}

} // namespace sn
