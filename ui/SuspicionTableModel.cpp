#include "SuspicionTableModel.h"

#include "domain/Format.h"

namespace sn {

SuspicionTableModel::SuspicionTableModel(RegionTree regions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_regions(std::move(regions))
{
}

void SuspicionTableModel::setRows(QList<SuspicionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SuspicionTableModel::indexOf(const QString &rowId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == rowId)
            return i;
    }
    return -1;
}

int SuspicionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SuspicionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SuspicionTableModel::statusText(SuspicionStatus s)
{
    switch (s) {
    case SuspicionStatus::Matched:
        return tr("Matched");
    case SuspicionStatus::Candidate:
        return tr("To confirm");
    case SuspicionStatus::Unmatched:
        return tr("Not registered");
    case SuspicionStatus::Invalid:
        return tr("Invalid");
    }
    return {};
}

QString SuspicionTableModel::verificationText(Verification v)
{
    switch (v) {
    case Verification::Excluded:
        return tr("Excluded");
    case Verification::TakenIn:
        return tr("Taken into assistance");
    case Verification::Referred:
        return tr("Referred");
    case Verification::Adjusted:
        return tr("Assistance adjusted");
    case Verification::None:
        break;
    }
    return tr("To verify");
}

QVariant SuspicionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SuspicionRow &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && !r.reason.isEmpty())
            return r.reason;
        if (index.column() == Result && !r.verificationNotes.isEmpty())
            return r.verificationNotes;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case RowNumber:
        return r.rowNumber;
    case Department:
        return r.department;
    case HeadName:
        return r.headName;
    case Address:
        return r.address;
    case Content:
        return r.content;
    case Status: {
        QString text = statusText(r.status);
        if (r.status == SuspicionStatus::Matched && r.confirmation == QLatin1String("confirmed"))
            text = tr("Matched (confirmed)");
        if (!r.leadId.isEmpty())
            text = tr("%1, lead made").arg(text);
        return text;
    }
    case MatchedBy:
        switch (r.matchedBy) {
        case sn::MatchedBy::IdNumber:
            return tr("ID number");
        case sn::MatchedBy::NameAddress:
            return tr("Name and address (%1)").arg(r.score);
        case sn::MatchedBy::None:
            return QString();
        }
        return {};
    case Township: {
        const Region *t = m_regions.find(r.townshipCode);
        return t ? t->name : QString();
    }
    case Result:
        return verificationText(r.verification);
    case VerifiedOn:
        return r.verifiedOn.isValid() ? format::date(r.verifiedOn) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SuspicionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RowNumber:
        return tr("Row");
    case Department:
        return tr("Department");
    case HeadName:
        return tr("Head of household");
    case Address:
        return tr("Address");
    case Content:
        return tr("Suspicion");
    case Status:
        return tr("Match");
    case MatchedBy:
        return tr("Matched by");
    case Township:
        return tr("Township");
    case Result:
        return tr("Verification");
    case VerifiedOn:
        return tr("Verified on");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sn
