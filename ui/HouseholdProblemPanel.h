#pragma once

#include "domain/Household.h"

#include <QGroupBox>

class QLabel;

namespace sn {

// The live list of what stops the household from being saved. Each problem has a "Go to" link (reachable
// with Tab, followed with Enter) that asks for the field it is about.
class HouseholdProblemPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit HouseholdProblemPanel(QWidget *parent = nullptr);

    // Problems block saving; warnings are listed after them, to look at before saving.
    void setProblems(const QList<HouseholdProblem> &problems, const QList<HouseholdProblem> &warnings = {});
    const QList<HouseholdProblem> &problems() const { return m_problems; }
    const QList<HouseholdProblem> &warnings() const { return m_warnings; }
    QLabel *label() const { return m_text; }

signals:
    void problemActivated(const QString &field);

private:
    QList<HouseholdProblem> m_problems;
    QList<HouseholdProblem> m_warnings;
    QLabel *m_text;
    bool m_shown = false;
};

} // namespace sn
