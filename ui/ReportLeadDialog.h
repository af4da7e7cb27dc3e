#pragma once

#include "domain/Region.h"
#include "domain/Role.h"
#include "services/ServiceTeamService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sn {

class LeadService;

// Reporting a lead (救助线索): where it came from, who is in difficulty, what happened. OK hands it to
// LeadService::report, which sets the deadline; a refusal is shown and the dialog stays open.
class ReportLeadDialog : public QDialog
{
    Q_OBJECT
public:
    ReportLeadDialog(LeadService &service, const Session &session, const RegionTree &regions, QList<Volunteer> volunteers,
                     QWidget *parent = nullptr);

    QString leadId() const { return m_leadId; } // set once reported

    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *reporterEdit() const { return m_reporter; }
    QLineEdit *reporterPhoneEdit() const { return m_reporterPhone; }
    QComboBox *volunteerCombo() const { return m_volunteer; }
    QLineEdit *personEdit() const { return m_person; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QLabel *idNumberError() const { return m_idError; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *emergencyBox() const { return m_emergency; }
    QComboBox *townshipCombo() const { return m_township; }
    QComboBox *villageCombo() const { return m_village; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void fillVillages();
    void fillVolunteers();
    void checkIdNumber();

    LeadService &m_service;
    RegionTree m_regions;
    QList<Volunteer> m_volunteers;
    QString m_leadId;
    QComboBox *m_source = nullptr;
    QLineEdit *m_reporter = nullptr;
    QLineEdit *m_reporterPhone = nullptr;
    QComboBox *m_volunteer = nullptr;
    QLineEdit *m_person = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idError = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_emergency = nullptr;
    QComboBox *m_township = nullptr;
    QComboBox *m_village = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
