#pragma once

#include "domain/Lead.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace sn {

class LeadService;

// First help / temporary assistance (临时救助) for a lead. For an emergency, recording it stops the
// 12-hour clock; "small amount first" (先行小额救助) is paid at once, approval and paperwork follow.
class GrantDialog : public QDialog
{
    Q_OBJECT
public:
    GrantDialog(LeadService &service, const Lead &lead, QWidget *parent = nullptr);

    QString grantId() const { return m_grantId; }
    QLineEdit *amountEdit() const { return m_amount; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *smallAmountFirstBox() const { return m_smallFirst; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    LeadService &m_service;
    Lead m_lead;
    QString m_grantId;
    QLineEdit *m_amount = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_smallFirst = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
