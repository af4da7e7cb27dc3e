#pragma once

#include "domain/Household.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace sn {

// The members of the household being edited, one row each. Birth date, sex and age are read-only: they
// follow the ID number as it is entered. So does the labour capacity of a new member until the clerk
// chooses one: a member of 68 or 11 starts as unable to work, with the reason shown in the cell. Cells named by the
// last validation are shown in red with the problem as their tooltip.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdColumn,
        RelationColumn,
        BirthColumn,
        SexColumn,
        AgeColumn,
        PhoneColumn,
        LabourColumn,
        EmploymentColumn,
        ExclusionColumn,
        DisabilityTypeColumn,
        DisabilityGradeColumn,
        IllnessColumn,
        StudentColumn,
        ColumnCount
    };

    explicit MemberTableModel(QObject *parent = nullptr);

    void setMembers(const QList<Member> &members);
    const QList<Member> &members() const { return m_members; }
    // Read-only sessions see masked ID numbers, which are not checked.
    void setReadOnly(bool readOnly);
    void setProblems(const QList<HouseholdProblem> &problems);

    QString idError(int row) const; // what IdNumber::parse says about the row's number; empty when valid
    QStringList rowProblems(int row) const;
    QString label(int row) const; // the name, or "Member 2" while it has none
    static int columnOf(const QString &field); // "idNumber" -> IdColumn; -1 when not a column

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void memberRemoved(const QString &memberId);

private:
    void checkId(int row);
    // Until the clerk chooses a member's labour capacity, it follows age and disability
    // (AssistanceRules::derivedLabour); true when it changed.
    bool deriveLabour(int row);
    QString labourReason(const Member &m) const; // "aged 68" when age or disability decide; empty otherwise
    QStringList choices(int column) const;
    int choiceIndex(const Member &m, int column) const;
    void setChoice(Member &m, int column, int choice);
    QVariant display(const Member &m, int column) const;

    QList<Member> m_members;
    QStringList m_idErrors;
    QList<bool> m_labourChosen; // per row: the labour capacity was chosen by the clerk (or stored before)
    QHash<QPair<int, int>, QStringList> m_problems; // (row, column or -1 for the row as such) -> messages
    bool m_readOnly = false;
};

} // namespace sn
