#include "VerifySuspicionDialog.h"

#include "SuspicionTableModel.h"

#include "domain/Clock.h"
#include "domain/Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

VerifySuspicionDialog::VerifySuspicionDialog(const SuspicionRow &row, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("verifySuspicionDialog"));
    setWindowTitle(tr("Verify: %1").arg(row.headName));
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("verificationBox"));
    m_result->setAccessibleName(tr("Verification result"));
    m_result->addItem(tr("Choose…"), QString());
    for (Verification v :
        { Verification::Excluded, Verification::TakenIn, Verification::Referred, Verification::Adjusted })
        m_result->addItem(SuspicionTableModel::verificationText(v), SuspicionService::verificationCode(v));
    if (row.verification != Verification::None)
        m_result->setCurrentIndex(m_result->findData(SuspicionService::verificationCode(row.verification)));
    m_date = new QDateEdit(row.verifiedOn.isValid() ? row.verifiedOn : Clock::today(), this);
    m_date->setObjectName(QStringLiteral("verifiedOnEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::today());
    m_date->setAccessibleName(tr("Verified on"));
    m_notes = new QLineEdit(row.verificationNotes, this);
    m_notes->setObjectName(QStringLiteral("verificationNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What the visit or the check found"));

    auto *facts = new QLabel(tr("%1, %2\n%3: %4").arg(row.headName, row.address, row.department, row.content), this);
    facts->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Result:"), m_result);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] { m_ok->setEnabled(!m_result->currentData().toString().isEmpty()); };
    connect(m_result, &QComboBox::currentIndexChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(facts);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Verification VerifySuspicionDialog::result() const
{
    return SuspicionService::verificationFromCode(m_result->currentData().toString());
}

QDate VerifySuspicionDialog::date() const
{
    return m_date->date();
}

QString VerifySuspicionDialog::notes() const
{
    return m_notes->text().trimmed();
}

} // namespace sn
