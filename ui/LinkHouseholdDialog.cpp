#include "LinkHouseholdDialog.h"

#include "MessageBox.h"

#include "services/LeadService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

LinkHouseholdDialog::LinkHouseholdDialog(LeadService &service, const Lead &lead, const RegionTree &regions, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_leadId(lead.id)
{
    setObjectName(QStringLiteral("linkHouseholdDialog"));
    setWindowTitle(tr("Link %1 to a household").arg(lead.personName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Registry households that may be this person (same ID number, phone, name or address):"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("linkCandidates"));
    m_list->setAccessibleName(tr("Candidate households"));
    layout->addWidget(m_list, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);

    auto found = service.candidates(lead.id);
    if (!found) {
        m_list->addItem(found.error().message);
    } else {
        for (const HouseholdSummary &s : found.value()) {
            const Region *v = regions.find(s.villageCode);
            auto *item = new QListWidgetItem(tr("%1 · %2 · %3 · %4 · %5")
                                                 .arg(s.headName, s.headIdNumber, v ? v->name : s.villageCode, s.address, s.phone),
                                             m_list);
            item->setData(Qt::UserRole, s.id);
        }
        if (found->isEmpty())
            m_list->addItem(tr("No household in the registry matches. Register one with the intake form."));
    }
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(item && !item->data(Qt::UserRole).toString().isEmpty());
    });
    connect(m_list, &QListWidget::itemActivated, this, &LinkHouseholdDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkHouseholdDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LinkHouseholdDialog::reject);
    resize(560, 320);
}

bool LinkHouseholdDialog::hasCandidates() const
{
    return m_list->count() > 0 && !m_list->item(0)->data(Qt::UserRole).toString().isEmpty();
}

void LinkHouseholdDialog::accept()
{
    const QString householdId = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    if (householdId.isEmpty())
        return;
    if (auto s = m_service.linkHousehold(m_leadId, householdId); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sn
