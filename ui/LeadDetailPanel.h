#pragma once

#include "domain/Lead.h"
#include "domain/Region.h"
#include "domain/Role.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sn {

class LeadService;

// The selected lead: where it stands, its deadline, its history, and the steps it may take next. Only the
// steps LeadRules allows are offered; every action goes through LeadService and its refusals are shown.
class LeadDetailPanel : public QWidget
{
    Q_OBJECT
public:
    LeadDetailPanel(LeadService &service, const Session &session, RegionTree regions, QWidget *parent = nullptr);

    void setLead(const QString &leadId); // empty: nothing selected
    QString leadId() const { return m_lead.id; }
    const Lead &lead() const { return m_lead; }
    void tick(); // the countdown again, from the clock

    QLabel *stateLabel() const { return m_state; }
    QLabel *countdownLabel() const { return m_countdown; }
    QTableWidget *historyTable() const { return m_history; }
    QList<QPushButton *> stepButtons() const { return m_stepButtons; }
    QPushButton *stepButton(LeadState to) const; // null when the step is not offered
    QPushButton *linkButton() const { return m_link; }
    QPushButton *intakeButton() const { return m_intake; }
    QPushButton *proxyButton() const { return m_proxy; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *openHouseholdButton() const { return m_openHousehold; }

    // The dialogs open window-modal (open(), not exec()): a test finds them with findChild.
    void askStep(LeadState to);
    void askLink();
    void askProxy();
    void askGrant();

signals:
    void changed(const QString &leadId);
    void householdRequested(const QString &householdId);
    void intakeRequested(const QString &leadId);

private:
    void fill(const Lead &lead);
    void clear();
    void requestIntake();
    void openDialog(QDialog *dialog);

    LeadService &m_service;
    Session m_session;
    RegionTree m_regions;
    Lead m_lead;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_history = nullptr;
    QHBoxLayout *m_stepsLayout = nullptr;
    QList<QPushButton *> m_stepButtons;
    QPushButton *m_link = nullptr;
    QPushButton *m_intake = nullptr;
    QPushButton *m_proxy = nullptr;
    QPushButton *m_grant = nullptr;
    QPushButton *m_openHousehold = nullptr;
};

} // namespace sn
