#include "ChangePasswordDialog.h"

#include "services/AccountService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

namespace {

QLineEdit *passwordEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(
    AccountService &accounts, const Session &session, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
{
    setWindowTitle(tr("Choose a new password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(reason, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_current = passwordEdit(QStringLiteral("currentPassword"), tr("Current password"), this);
    m_new = passwordEdit(QStringLiteral("newPassword"), tr("New password"), this);
    m_repeat = passwordEdit(QStringLiteral("repeatPassword"), tr("New password again"), this);
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("New password &again:"), m_repeat);
    layout->addLayout(form);
    auto *rules = new QLabel(tr("At least %1 characters; not your user name; not a common password such as 12345678.")
                                 .arg(AccountService::MinPasswordLength),
        this);
    rules->setWordWrap(true);
    layout->addWidget(rules);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change &password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_current->setFocus();
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangePasswordDialog::accept()
{
    const auto refuse = [this](const QString &message, QLineEdit *focus) {
        m_error->setText(message);
        m_error->show();
        focus->setFocus();
        focus->selectAll();
    };
    if (m_new->text() != m_repeat->text())
        return refuse(tr("The two new passwords differ."), m_repeat);
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment on purpose
    const Status changed = m_accounts.changePassword(m_session, m_current->text(), m_new->text());
    QApplication::restoreOverrideCursor();
    if (!changed)
        return refuse(changed.error().message,
            changed.error().field == QLatin1String("password") && !m_current->text().isEmpty() ? m_new : m_current);
    m_error->hide();
    QDialog::accept();
}

} // namespace sn
