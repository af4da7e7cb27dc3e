#include "ProxyDialog.h"

#include "MessageBox.h"

#include "services/LeadService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sn {

ProxyDialog::ProxyDialog(LeadService &service, const Lead &lead, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_leadId(lead.id)
{
    setObjectName(QStringLiteral("proxyDialog"));
    setWindowTitle(tr("Proxy application for %1").arg(lead.personName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("For a person who cannot apply themselves (帮办代办): who applies on their behalf?"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(lead.proxyName, this);
    m_name->setObjectName(QStringLiteral("proxyName"));
    m_name->setAccessibleName(tr("Name of the proxy"));
    form->addRow(tr("&Name:"), m_name);
    m_relation = new QLineEdit(lead.proxyRelation, this);
    m_relation->setObjectName(QStringLiteral("proxyRelation"));
    m_relation->setAccessibleName(tr("Relation to the person"));
    m_relation->setToolTip(tr("For example: daughter, neighbour, village cadre, grid worker"));
    form->addRow(tr("&Relation:"), m_relation);
    m_phone = new QLineEdit(lead.proxyPhone, this);
    m_phone->setObjectName(QStringLiteral("proxyPhone"));
    m_phone->setAccessibleName(tr("Phone of the proxy"));
    form->addRow(tr("&Phone:"), m_phone);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProxyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProxyDialog::reject);
}

void ProxyDialog::accept()
{
    if (auto s = m_service.setProxy(m_leadId, m_name->text(), m_relation->text(), m_phone->text()); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sn
