#include "GrantDialog.h"

#include "MessageBox.h"

#include "domain/Money.h"
#include "services/LeadService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

GrantDialog::GrantDialog(LeadService &service, const Lead &lead, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_lead(lead)
{
    setObjectName(QStringLiteral("grantDialog"));
    setWindowTitle(tr("First help for %1").arg(lead.personName));
    auto *layout = new QVBoxLayout(this);
    if (lead.emergency && !lead.answeredAt.isValid()) {
        auto *clock
            = new QLabel(tr("Recording the first help answers this emergency and stops its 12-hour clock."), this);
        clock->setWordWrap(true);
        layout->addWidget(clock);
    }
    auto *form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("grantAmount"));
    m_amount->setAccessibleName(tr("Amount in yuan"));
    m_amount->setPlaceholderText(QStringLiteral("500.00"));
    m_amount->setToolTip(tr("In yuan, at most two decimals (500, 500.5 or 500.50)"));
    form->addRow(tr("&Amount (yuan):"), m_amount);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("grantReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(60);
    form->addRow(tr("Reaso&n:"), m_reason);
    m_smallFirst = new QCheckBox(tr("&Small amount paid first (先行小额救助)"), this);
    m_smallFirst->setObjectName(QStringLiteral("grantSmallFirst"));
    m_smallFirst->setToolTip(tr("Paid at once through the green channel; approval and paperwork follow"));
    m_smallFirst->setChecked(lead.emergency);
    form->addRow(QString(), m_smallFirst);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GrantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GrantDialog::reject);
    resize(420, sizeHint().height());
}

void GrantDialog::accept()
{
    const std::optional<Fen> amount = money::parseYuan(m_amount->text());
    if (!amount) {
        MessageBox::warning(this, windowTitle(), tr("\"%1\" is not an amount in yuan.").arg(m_amount->text()));
        m_amount->setFocus();
        return;
    }
    TemporaryGrant grant;
    grant.leadId = m_lead.id;
    grant.householdId = m_lead.householdId;
    grant.amount = *amount;
    grant.reason = m_reason->toPlainText().trimmed();
    grant.smallAmountFirst = m_smallFirst->isChecked();
    auto id = m_service.recordGrant(grant);
    if (!id) {
        MessageBox::warning(this, windowTitle(), id.error().message);
        return;
    }
    m_grantId = id.value();
    QDialog::accept();
}

} // namespace sn
