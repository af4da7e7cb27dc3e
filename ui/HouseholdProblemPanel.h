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

    void setProblems(const QList<HouseholdProblem> &problems);
    const QList<HouseholdProblem> &problems() const { return m_problems; }
    QLabel *label() const { return m_text; }

signals:
    void problemActivated(const QString &field);

private:
    QList<HouseholdProblem> m_problems;
    QLabel *m_text;
    bool m_shown = false;
};

} // namespace sn
