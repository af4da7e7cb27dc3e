#pragma once

#include "domain/Household.h"
#include "domain/Region.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace sn {

class DateLineEdit;

// The household part of the intake form: where the household lives, how to reach it, and its assistance
// (status, start date, monthly amount). Category and its override live with the classification.
class HouseholdFieldsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HouseholdFieldsWidget(QWidget *parent = nullptr);

    // The region choices; a township clerk's township is fixed (empty `fixedTownship`: any township).
    void setRegions(const RegionTree &tree, const QString &fixedTownship);
    void load(const Household &household);
    void apply(Household &household) const;
    void setReadOnly(bool readOnly);
    // Give focus to the input of a problem's field ("address", "village", ...); false when not ours.
    bool focusField(const QString &field);
    // What was typed but cannot be read (a start date that is no date); the form lists these with the rules'.
    QList<HouseholdProblem> inputProblems() const;

    QWidget *firstField() const;
    // Tab order: where the household lives and how to reach it (the clerk goes on into the members from
    // there), then the assistance fields, which come after the tables.
    QList<QWidget *> addressChain() const;
    QList<QWidget *> assistanceChain() const;
    QCheckBox *startDateUnknownBox() const { return m_startUnknown; }
    QLabel *startDateNote() const { return m_startNote; }

signals:
    void changed();

private:
    void setUpFields();
    void layOut();
    void connectSignals();
    void fillVillages();
    void fillGrids();
    void villageChosen();
    void updateExitReason();
    void updateStartDate();

    RegionTree m_tree;
    QString m_fixedTownship;
    bool m_filling = false;
    bool m_readOnly = false;
    QComboBox *m_township;
    QComboBox *m_village;
    QComboBox *m_grid;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QComboBox *m_area;
    DateLineEdit *m_startDate;
    QCheckBox *m_startUnknown;
    QLabel *m_startNote;
    QDate m_registeredOn;
    QComboBox *m_status;
    QLineEdit *m_exitReason;
    QLineEdit *m_monthlyAmount;
    QCheckBox *m_supporter;
    QPlainTextEdit *m_notes;
};

} // namespace sn
