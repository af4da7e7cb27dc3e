#include "ProposeChangeDialog.h"

#include "domain/BenefitChange.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "services/ChangeService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

ProposeChangeDialog::ProposeChangeDialog(
    ChangeService &changes, const QString &householdId, const QString &headName, QWidget *parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_householdId(householdId)
{
    setObjectName(QStringLiteral("proposeChangeDialog"));
    setWindowTitle(tr("Change of payment — %1").arg(headName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("changeKind"));
    for (ChangeKind k : { ChangeKind::Decrease, ChangeKind::Increase, ChangeKind::Stop })
        m_kind->addItem(ChangeRules::display(k), int(k));
    form->addRow(tr("&Kind:"), m_kind);
    m_month = new QDateEdit(QDate(Clock::today().year(), Clock::today().month(), 1), this);
    m_month->setObjectName(QStringLiteral("changeMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setToolTip(tr("The first month paid the new way (or not paid, for a stop)"));
    form->addRow(tr("&Effective month:"), m_month);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("changeAmount"));
    m_amount->setPlaceholderText(tr("yuan per month"));
    form->addRow(tr("New &amount (yuan/month):"), m_amount);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("changeCategory"));
    m_category->addItem(tr("Unchanged"), int(Category::None));
    for (Category c : { Category::Dibao, Category::Tekun })
        m_category->addItem(CategoryNames::display(c), int(c));
    form->addRow(tr("New ca&tegory:"), m_category);
    m_reasons = new QPlainTextEdit(this);
    m_reasons->setObjectName(QStringLiteral("changeReasons"));
    m_reasons->setTabChangesFocus(true);
    m_reasons->setPlaceholderText(tr("What changed in the household, as the notice will say"));
    form->addRow(tr("&Reasons:"), m_reasons);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changeMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Why the change was not recorded"));
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Propose"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProposeChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProposeChangeDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProposeChangeDialog::updateFields);
    updateFields();
}

void ProposeChangeDialog::updateFields()
{
    const bool stop = ChangeKind(m_kind->currentData().toInt()) == ChangeKind::Stop;
    m_amount->setEnabled(!stop);
    m_category->setEnabled(!stop);
}

void ProposeChangeDialog::accept()
{
    BenefitChange c;
    c.householdId = m_householdId;
    c.kind = ChangeKind(m_kind->currentData().toInt());
    c.effectiveMonth = m_month->date().toString(QStringLiteral("yyyy-MM"));
    c.reasons = m_reasons->toPlainText();
    if (c.kind != ChangeKind::Stop) {
        const auto amount = money::parseYuan(m_amount->text());
        if (!amount) {
            m_message->setText(tr("New amount: write the monthly amount in yuan, e.g. 420 or 420.50."));
            m_amount->setFocus();
            return;
        }
        c.newAmount = *amount;
        c.newCategory = Category(m_category->currentData().toInt());
    }
    auto id = m_changes.propose(c);
    if (!id) {
        m_message->setText(id.error().message);
        return;
    }
    m_changeId = id.value();
    QDialog::accept();
}

} // namespace sn
