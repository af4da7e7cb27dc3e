#pragma once

#include "domain/Result.h"

#include "domain/Region.h"
#include "domain/Role.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sn {

class LazyRefresh;
class ServiceTeamService;

// The service team (主动发现服务队) and accountability: volunteers with their points and redeeming them,
// publicity events and the townships still without one this quarter, liaisons (联络员), and the yearly
// village assessment (考核). Everything through ServiceTeamService.
class ServiceTeamPage : public QWidget
{
    Q_OBJECT
public:
    ServiceTeamPage(ServiceTeamService &service, const Session &session, RegionTree regions, QWidget *parent = nullptr);
    ~ServiceTeamPage() override;

    void refresh();
    // The village assessment shown, as CSV (what the Export button writes after its file dialog).
    Status exportAssessment(const QString &path) const;

    QTableWidget *volunteerTable() const { return m_volunteers; }
    QSpinBox *redeemPoints() const { return m_redeemPoints; }
    QLineEdit *redeemReason() const { return m_redeemReason; }
    QPushButton *redeemButton() const { return m_redeem; }
    QLabel *withoutEventLabel() const { return m_withoutEvent; }
    QTableWidget *liaisonTable() const { return m_liaisons; }
    QSpinBox *assessmentYear() const { return m_year; }
    QTableWidget *assessmentTable() const { return m_assessment; }

private:
    QWidget *buildVolunteers();
    QWidget *buildPublicity();
    QWidget *buildLiaisons();
    QWidget *buildAssessment();
    QComboBox *townshipCombo(const QString &accessibleName, QWidget *parent) const;
    void loadVolunteers();
    void loadPublicity();
    void loadLiaisons();
    void loadAssessment();
    void addVolunteer();
    void redeem();
    void addEvent();
    void saveLiaison();
    QString regionName(const QString &code) const;
    static QString kindDisplay(const QString &kind);

    Session m_session;
    RegionTree m_regions;
    ServiceTeamService &m_service;
    QTableWidget *m_volunteers = nullptr;
    QLineEdit *m_volunteerName = nullptr;
    QLineEdit *m_volunteerPhone = nullptr;
    QComboBox *m_volunteerKind = nullptr;
    QComboBox *m_volunteerTownship = nullptr;
    QSpinBox *m_redeemPoints = nullptr;
    QLineEdit *m_redeemReason = nullptr;
    QPushButton *m_redeem = nullptr;
    QLabel *m_withoutEvent = nullptr;
    QComboBox *m_eventTownship = nullptr;
    QDateEdit *m_eventDate = nullptr;
    QLineEdit *m_eventPlace = nullptr;
    QSpinBox *m_eventParticipants = nullptr;
    QTableWidget *m_liaisons = nullptr;
    QComboBox *m_liaisonUnit = nullptr;
    QLineEdit *m_liaisonName = nullptr;
    QLineEdit *m_liaisonPhone = nullptr;
    QSpinBox *m_year = nullptr;
    QTableWidget *m_assessment = nullptr;
    LazyRefresh *m_lazy = nullptr; // loads the page when it is first shown
};

} // namespace sn
