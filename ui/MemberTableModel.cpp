#include "MemberTableModel.h"

#include "domain/Format.h"

#include "HouseholdItemDelegate.h"

#include "domain/AssistanceRules.h"
#include "domain/Clock.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <QUuid>

namespace sn {

namespace {

// The choices of each column, in the order the form lists them (labels come from the domain's tables).
const QList<Relation> kRelations = allRelations();
const QList<LabourCapacity> kLabour = allLabourCapacities();
const QList<Employment> kEmployment = allEmployments();
const QList<Exclusion> kExclusion = allExclusions();
constexpr const char *kDisabilityCodes[]
    = { "", "visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple" };
constexpr const char *kDisabilityText[] = { QT_TRANSLATE_NOOP("sn::MemberTableModel", "None"),
    QT_TRANSLATE_NOOP("sn::MemberTableModel", "Visual"), QT_TRANSLATE_NOOP("sn::MemberTableModel", "Hearing"),
    QT_TRANSLATE_NOOP("sn::MemberTableModel", "Speech"), QT_TRANSLATE_NOOP("sn::MemberTableModel", "Physical"),
    QT_TRANSLATE_NOOP("sn::MemberTableModel", "Intellectual"), QT_TRANSLATE_NOOP("sn::MemberTableModel", "Mental"),
    QT_TRANSLATE_NOOP("sn::MemberTableModel", "Multiple") };

template <typename T> int indexIn(const QList<T> &values, T value)
{
    return std::max(0, int(values.indexOf(value)));
}

bool isChoiceColumn(int column)
{
    switch (column) {
    case MemberTableModel::RelationColumn:
    case MemberTableModel::LabourColumn:
    case MemberTableModel::EmploymentColumn:
    case MemberTableModel::ExclusionColumn:
    case MemberTableModel::DisabilityTypeColumn:
    case MemberTableModel::DisabilityGradeColumn:
        return true;
    default:
        return false;
    }
}

bool isCheckColumn(int column)
{
    return column == MemberTableModel::IllnessColumn || column == MemberTableModel::StudentColumn;
}

} // namespace

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setMembers(const QList<Member> &members)
{
    beginResetModel();
    m_members = members;
    m_idErrors = QStringList(members.size(), QString());
    m_labourChosen = QList<bool>(members.size(), true); // stored values are the clerk's, never re-derived
    m_problems.clear();
    if (!m_readOnly) {
        for (int row = 0; row < m_members.size(); ++row) {
            const QString &number = m_members.at(row).idNumber;
            const IdNumber id = IdNumber::parse(number, Clock::today());
            if (!number.isEmpty() && !id.isValid())
                m_idErrors[row] = id.errorText();
        }
    }
    endResetModel();
}

void MemberTableModel::setReadOnly(bool readOnly)
{
    beginResetModel();
    m_readOnly = readOnly;
    if (readOnly)
        m_idErrors = QStringList(m_members.size(), QString());
    endResetModel();
}

int MemberTableModel::columnOf(const QString &field)
{
    static const QHash<QString, int> columns {
        { QStringLiteral("name"), NameColumn },
        { QStringLiteral("idNumber"), IdColumn },
        { QStringLiteral("relation"), RelationColumn },
        { QStringLiteral("birthDate"), IdColumn },
        { QStringLiteral("sex"), IdColumn },
        { QStringLiteral("phone"), PhoneColumn },
        { QStringLiteral("labour"), LabourColumn },
        { QStringLiteral("employment"), EmploymentColumn },
        { QStringLiteral("exclusion"), ExclusionColumn },
        { QStringLiteral("disabilityType"), DisabilityTypeColumn },
        { QStringLiteral("disabilityGrade"), DisabilityGradeColumn },
        { QStringLiteral("seriousIllness"), IllnessColumn },
        { QStringLiteral("student"), StudentColumn },
    };
    return columns.value(field, -1);
}

void MemberTableModel::setProblems(const QList<HouseholdProblem> &problems)
{
    static const QRegularExpression path(QStringLiteral("^members\\[(\\d+)\\]\\.(\\w+)$"));
    QHash<QPair<int, int>, QStringList> cells;
    for (const HouseholdProblem &p : problems) {
        const QRegularExpressionMatch m = path.match(p.field);
        if (m.hasMatch())
            cells[{ m.captured(1).toInt(), columnOf(m.captured(2)) }].append(p.message);
    }
    if (cells == m_problems)
        return;
    m_problems = cells;
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            { Qt::ForegroundRole, Qt::BackgroundRole, Qt::ToolTipRole });
}

QString MemberTableModel::idError(int row) const
{
    return row >= 0 && row < m_idErrors.size() ? m_idErrors.at(row) : QString();
}

QStringList MemberTableModel::rowProblems(int row) const
{
    QStringList list;
    // Until the debounced validation has run, the live check is the only word on a changed ID number.
    const QString live = idError(row);
    if (!live.isEmpty() && !m_problems.contains({ row, IdColumn }))
        list << live;
    for (int column = -1; column < ColumnCount; ++column)
        list << m_problems.value({ row, column });
    return list;
}

QString MemberTableModel::label(int row) const
{
    const QString name = m_members.value(row).name.trimmed();
    return name.isEmpty() ? tr("Member %1").arg(row + 1) : name;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList MemberTableModel::choices(int column) const
{
    QStringList list;
    switch (column) {
    case RelationColumn:
        for (Relation r : kRelations)
            list << relationDisplay(r);
        break;
    case LabourColumn:
        for (LabourCapacity l : kLabour)
            list << labourDisplay(l);
        break;
    case EmploymentColumn:
        for (Employment e : kEmployment)
            list << employmentDisplay(e);
        break;
    case ExclusionColumn:
        for (Exclusion e : kExclusion)
            list << exclusionDisplay(e);
        break;
    case DisabilityTypeColumn:
        for (const char *t : kDisabilityText)
            list << tr(t);
        break;
    case DisabilityGradeColumn:
        list << tr("None");
        for (int grade = 1; grade <= 4; ++grade)
            list << tr("Grade %1").arg(grade);
        break;
    default:
        break;
    }
    return list;
}

int MemberTableModel::choiceIndex(const Member &m, int column) const
{
    switch (column) {
    case RelationColumn:
        return indexIn(kRelations, m.relation);
    case LabourColumn:
        return indexIn(kLabour, m.labour);
    case EmploymentColumn:
        return indexIn(kEmployment, m.employment);
    case ExclusionColumn:
        return indexIn(kExclusion, m.exclusion);
    case DisabilityGradeColumn:
        return std::clamp(m.disabilityGrade, 0, 4);
    case DisabilityTypeColumn:
        for (int i = 0; i < int(std::size(kDisabilityCodes)); ++i) {
            if (m.disabilityType == QLatin1String(kDisabilityCodes[i]))
                return i;
        }
        return 0;
    default:
        return 0;
    }
}

void MemberTableModel::setChoice(Member &m, int column, int choice)
{
    switch (column) {
    case RelationColumn:
        m.relation = kRelations[choice];
        break;
    case LabourColumn:
        m.labour = kLabour[choice];
        break;
    case EmploymentColumn:
        m.employment = kEmployment[choice];
        break;
    case ExclusionColumn:
        m.exclusion = kExclusion[choice];
        break;
    case DisabilityTypeColumn:
        m.disabilityType = QLatin1String(kDisabilityCodes[choice]);
        break;
    case DisabilityGradeColumn:
        m.disabilityGrade = choice;
        break;
    default:
        break;
    }
}

QVariant MemberTableModel::display(const Member &m, int column) const
{
    switch (column) {
    case NameColumn:
        return m.name;
    case IdColumn:
        return m.idNumber;
    case BirthColumn:
        return format::date(m.birthDate);
    case SexColumn:
        return m.sex == Sex::Male ? tr("Male") : m.sex == Sex::Female ? tr("Female") : QString();
    case AgeColumn:
        return m.birthDate.isValid() ? QString::number(m.ageOn(Clock::today())) : QString();
    case PhoneColumn:
        return m.phone;
    case LabourColumn: {
        const QString reason = labourReason(m);
        const QString label = choices(column).value(choiceIndex(m, column));
        return reason.isEmpty() || m.labour != LabourCapacity::None ? label : tr("%1 (%2)").arg(label, reason);
    }
    default:
        if (isChoiceColumn(column))
            return choices(column).value(choiceIndex(m, column));
        return {};
    }
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const Member &m = m_members.at(index.row());
    const int column = index.column();
    QStringList problems = m_problems.value({ index.row(), column });
    if (column == IdColumn && problems.isEmpty() && !idError(index.row()).isEmpty())
        problems << idError(index.row());
    // An empty cell of a fresh row is listed in the problem panel but not painted red: less noise.
    const bool flagged = !problems.isEmpty() && !display(m, column).toString().isEmpty();

    switch (role) {
    case Qt::DisplayRole:
        return isCheckColumn(column) ? QVariant() : display(m, column);
    case Qt::EditRole:
        if (isChoiceColumn(column))
            return choiceIndex(m, column);
        return isCheckColumn(column) ? QVariant() : display(m, column);
    case HouseholdItemDelegate::ChoicesRole:
        return isChoiceColumn(column) ? QVariant(choices(column)) : QVariant();
    case HouseholdItemDelegate::MaxLengthRole:
        return column == NameColumn ? QVariant(HouseholdLimits::Name)
            : column == PhoneColumn ? QVariant(HouseholdLimits::Phone)
                                    : QVariant();
    case Qt::CheckStateRole:
        if (column == IllnessColumn)
            return m.seriousIllness ? Qt::Checked : Qt::Unchecked;
        if (column == StudentColumn)
            return m.student ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (!problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        if (column == LabourColumn && !labourReason(m).isEmpty()) {
            if (m.labour == LabourCapacity::None)
                return tr("Unable to work by the rules: %1. Choose another value if an assessment says otherwise.")
                    .arg(labourReason(m));
            return tr("The rules count this member as unable to work (%1) for extreme-poverty support, whatever "
                      "is chosen here.")
                .arg(labourReason(m));
        }
        return headerData(column, Qt::Horizontal, Qt::ToolTipRole);
    case Qt::ForegroundRole:
        return flagged ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    case Qt::BackgroundRole:
        return flagged ? QVariant(QBrush(QColor(0xfd, 0xe7, 0xe9))) : QVariant();
    default:
        return {};
    }
}

void MemberTableModel::checkId(int row)
{
    Member &m = m_members[row];
    const IdNumber id = IdNumber::parse(m.idNumber, Clock::today());
    if (id.isValid()) {
        m.idNumber = id.normalized();
        m.birthDate = id.birthDate();
        m.sex = id.sex();
        m_idErrors[row].clear();
    } else {
        m.idNumber = IdNumber::normalize(m.idNumber);
        m.birthDate = QDate();
        m.sex = Sex::Unknown;
        m_idErrors[row] = id.errorText();
    }
}

bool MemberTableModel::deriveLabour(int row)
{
    if (m_labourChosen.value(row, true))
        return false;
    Member &m = m_members[row];
    const LabourCapacity derived = AssistanceRules::derivedLabour(m, Clock::today());
    if (m.labour == derived)
        return false;
    m.labour = derived;
    return true;
}

QString MemberTableModel::labourReason(const Member &m) const
{
    const AssistanceRules::LabourFinding finding = AssistanceRules::labourFinding(m, Clock::today());
    switch (finding.reason) {
    case AssistanceRules::LabourFinding::Elder:
        return tr("aged %1").arg(m.ageOn(Clock::today()));
    case AssistanceRules::LabourFinding::Minor:
        return tr("under 16, aged %1").arg(m.ageOn(Clock::today()));
    case AssistanceRules::LabourFinding::Disability:
        return tr("%1, grade %2")
            .arg(QCoreApplication::translate("sn::AssistanceRules", finding.disability->name))
            .arg(finding.grade);
    default:
        return {};
    }
}

bool MemberTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_readOnly || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    Member &m = m_members[index.row()];
    const int column = index.column();
    if (role == Qt::CheckStateRole && isCheckColumn(column)) {
        const bool on = value.toInt() == Qt::Checked;
        (column == IllnessColumn ? m.seriousIllness : m.student) = on;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (isChoiceColumn(column) && value.typeId() == QMetaType::QString) {
        // A typed word that is none of the listed labels: the relation words of registers ("妻", "长子").
        bool known = false;
        const Relation r = relationFromText(value.toString(), &known);
        if (column != RelationColumn || !known)
            return false;
        m.relation = r;
    } else if (isChoiceColumn(column)) {
        const int choice = value.toInt();
        if (choice < 0 || choice >= choices(column).size())
            return false;
        // Passing through the cell with Tab commits the value shown: only a different one is the clerk's choice.
        if (column == LabourColumn && choice != choiceIndex(m, column))
            m_labourChosen[index.row()] = true;
        setChoice(m, column, choice);
        if ((column == DisabilityTypeColumn || column == DisabilityGradeColumn) && deriveLabour(index.row()))
            emit dataChanged(this->index(index.row(), LabourColumn), this->index(index.row(), LabourColumn));
    } else if (column == NameColumn) {
        m.name = value.toString().trimmed();
    } else if (column == PhoneColumn) {
        m.phone = value.toString().trimmed();
    } else if (column == IdColumn) {
        const QString before = m.idNumber;
        m.idNumber = value.toString();
        checkId(index.row());
        m_problems.remove({ index.row(), IdColumn }); // said about the old number
        const bool labour = deriveLabour(index.row());
        if (m.idNumber == before && m_idErrors.at(index.row()).isEmpty() && !labour)
            return true;
        emit dataChanged(
            this->index(index.row(), IdColumn), this->index(index.row(), labour ? LabourColumn : AgeColumn));
        return true;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return f;
    const int column = index.column();
    if (column == BirthColumn || column == SexColumn || column == AgeColumn)
        return f;
    if (isCheckColumn(column))
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case IdColumn:
            return tr("ID number");
        case RelationColumn:
            return tr("Relation");
        case BirthColumn:
            return tr("Birth date");
        case SexColumn:
            return tr("Sex");
        case AgeColumn:
            return tr("Age");
        case PhoneColumn:
            return tr("Phone");
        case LabourColumn:
            return tr("Labour");
        case EmploymentColumn:
            return tr("Employment");
        case ExclusionColumn:
            return tr("Counted");
        case DisabilityTypeColumn:
            return tr("Disability");
        case DisabilityGradeColumn:
            return tr("Grade");
        case IllnessColumn:
            return tr("Seriously ill");
        case StudentColumn:
            return tr("Student");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RelationColumn:
            return tr("Relation to the head of household");
        case IdColumn:
            return tr("18-character resident ID number; a 15-digit old number is upgraded. Birth date, sex and age are "
                      "taken from it.");
        case BirthColumn:
        case SexColumn:
        case AgeColumn:
            return tr("Filled in from the ID number");
        case LabourColumn:
            return tr("Labour capacity as assessed. Members aged 60 or over, under 18, or with a grade 1 or 2 "
                      "disability count as "
                      "unable to work for extreme-poverty support whatever is chosen here.");
        case ExclusionColumn:
            return tr("Counted in the household: whether the member counts towards the household's per-capita income. "
                      "Not counted: members in "
                      "prison or compulsory rehabilitation, declared missing, clergy away for three years or more, "
                      "or not living together.");
        case DisabilityGradeColumn:
            return tr(
                "Disability grade on the certificate: 1 is the most severe; grades 1 and 2 are severe disability.");
        case IllnessColumn:
            return tr("Set from medical evidence. Press Space to change.");
        case StudentColumn:
            return tr("Full-time student. Press Space to change.");
        default:
            return {};
        }
    }
    return {};
}

bool MemberTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || row > m_members.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Member m;
        // Ids are given here, not on save, so income items can name a member that is not stored yet.
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.relation = m_members.isEmpty() ? Relation::Head : Relation::Other;
        m_members.insert(row + i, m);
        m_idErrors.insert(row + i, QString());
        m_labourChosen.insert(row + i, false);
    }
    // Problems refer to rows by position; the next validation renumbers them.
    m_problems.clear();
    endInsertRows();
    return true;
}

bool MemberTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count < 1 || row + count > m_members.size())
        return false;
    QStringList removed;
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        removed << m_members.takeAt(row).id;
        m_idErrors.removeAt(row);
        m_labourChosen.removeAt(row);
    }
    m_problems.clear();
    endRemoveRows();
    for (const QString &id : std::as_const(removed))
        emit memberRemoved(id);
    return true;
}

} // namespace sn
