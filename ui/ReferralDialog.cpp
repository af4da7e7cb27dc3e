#include "ReferralDialog.h"

#include "MessageBox.h"
#include "PolicyChecklist.h"

#include "services/HouseholdService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sn {

ReferralDialog::ReferralDialog(ReferralService &referrals, HouseholdService &households, const QString &householdId,
    const QString &householdName, QWidget *parent)
    : QDialog(parent)
    , m_referrals(referrals)
    , m_householdService(households)
    , m_fixedHousehold(householdId)
{
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(householdName.isEmpty() ? tr("Refer a household") : tr("Refer %1").arg(householdName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (m_fixedHousehold.isEmpty()) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("referralSearch"));
        m_search->setAccessibleName(tr("Find the household"));
        m_search->setPlaceholderText(tr("Name, pinyin initials, ID number or phone"));
        form->addRow(tr("&Find:"), m_search);
        m_households = new QListWidget(this);
        m_households->setObjectName(QStringLiteral("referralHouseholds"));
        m_households->setAccessibleName(tr("Households found"));
        form->addRow(tr("&Household:"), m_households);
        connect(m_search, &QLineEdit::textChanged, this, &ReferralDialog::findHouseholds);
    } else {
        form->addRow(tr("Household:"), new QLabel(householdName, this));
    }
    m_policies = new PolicyChecklist(this);
    m_policies->setObjectName(QStringLiteral("referralPolicies"));
    m_policies->setToolTip(tr("Tick every policy the household is referred to (Space ticks)"));
    if (auto policies = m_referrals.policies())
        m_policies->setPolicies(policies.value());
    form->addRow(tr("&Policies:"), m_policies);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("referralNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);
    resize(520, sizeHint().height());
}

void ReferralDialog::findHouseholds()
{
    m_households->clear();
    HouseholdQuery query;
    query.text = m_search->text();
    query.limit = 20;
    if (query.text.trimmed().isEmpty())
        return;
    auto found = m_householdService.search(query);
    if (!found)
        return;
    for (const HouseholdSummary &h : found.value()) {
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3").arg(h.headName, h.headIdNumber, h.address), m_households);
        item->setData(Qt::UserRole, h.id);
    }
    if (m_households->count() > 0)
        m_households->setCurrentRow(0);
}

bool ReferralDialog::choosePolicy(const QString &policyId)
{
    return m_policies->check(policyId);
}

void ReferralDialog::accept()
{
    Referral r;
    r.householdId = m_fixedHousehold;
    if (r.householdId.isEmpty() && m_households->currentItem())
        r.householdId = m_households->currentItem()->data(Qt::UserRole).toString();
    if (r.householdId.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Find and choose the household first."));
        return;
    }
    r.policyIds = m_policies->checkedIds();
    if (r.policyIds.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Tick at least one policy: the one-time notification lists them."));
        return;
    }
    r.note = m_note->toPlainText();
    auto made = m_referrals.refer(r);
    if (!made) {
        MessageBox::warning(this, windowTitle(), made.error().message);
        return;
    }
    m_referralId = made.value();
    QDialog::accept();
}

} // namespace sn
