#pragma once

#include "TodoItem.h"

#include "domain/Region.h"
#include "domain/Role.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace sn {

class LazyRefresh;
class LeadDetailPanel;
class LeadService;
class LeadTableModel;
class ReportLeadDialog;
class ServiceTeamService;

// 主动发现: the open leads with a live deadline countdown, the selected lead's detail and steps, reporting
// a lead, and (district roles) the escalation list of every township's overdue leads.
class LeadsPage : public QWidget
{
    Q_OBJECT
public:
    LeadsPage(LeadService &service, ServiceTeamService &team, const Session &session, RegionTree regions,
        QWidget *parent = nullptr);
    ~LeadsPage() override;

    void refresh();
    void tick(); // countdowns again from the clock (every CountdownMs)
    void saveSettings() const;
    bool selectLead(const QString &leadId);
    // After the intake form saved the household of a lead: link them.
    void linkRegisteredHousehold(const QString &leadId, const QString &householdId);

    // The workbench's "Today": running leads due today or overdue.
    static TodoSource todoSource(LeadService &service);

    static constexpr int CountdownMs = 30 * 1000;

    QCheckBox *overdueOnlyBox() const { return m_overdueOnly; }
    QCheckBox *emergencyOnlyBox() const { return m_emergencyOnly; }
    QComboBox *stateFilter() const { return m_state; }
    QPushButton *reportButton() const { return m_report; }
    QTableView *view() const { return m_view; }
    LeadTableModel *model() const { return m_model; }
    LeadDetailPanel *detail() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *escalationView() const { return m_escalationView; } // null for township roles
    QTimer *countdownTimer() const { return m_timer; }
    ReportLeadDialog *reportLead(); // opens the dialog (window-modal) and returns it

signals:
    void householdRequested(const QString &householdId);
    void intakeRequested(const QString &leadId);

private:
    void setTabOrders(QWidget *refreshButton);
    QTableView *makeView(LeadTableModel *model, const QString &name, const QString &accessibleName);
    QString currentLeadId() const;
    void showCurrent();

    Session m_session;
    RegionTree m_regions;
    LeadService &m_service;
    ServiceTeamService &m_team;
    QCheckBox *m_overdueOnly = nullptr;
    QCheckBox *m_emergencyOnly = nullptr;
    QComboBox *m_state = nullptr;
    QPushButton *m_report = nullptr;
    QLabel *m_total = nullptr;
    QTabWidget *m_tabs = nullptr;
    LeadTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    LeadDetailPanel *m_detail = nullptr;
    LeadTableModel *m_escalationModel = nullptr;
    QTableView *m_escalationView = nullptr;
    QTimer *m_timer = nullptr;
    LazyRefresh *m_lazy = nullptr; // loads the page when it is first shown
};

} // namespace sn
