#pragma once

#include "domain/Lead.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace sn {

class LeadService;

// 帮办代办: who applies on behalf of a person who cannot apply themselves (LeadService::setProxy).
class ProxyDialog : public QDialog
{
    Q_OBJECT
public:
    ProxyDialog(LeadService &service, const Lead &lead, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *relationEdit() const { return m_relation; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    LeadService &m_service;
    QString m_leadId;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_relation = nullptr;
    QLineEdit *m_phone = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
