#include "LoginDialog.h"

#include "ChangePasswordDialog.h"

#include "services/AccountService.h"
#include "services/Config.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

LoginDialog::LoginDialog(AccountService &accounts, const QString &stationText, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setWindowTitle(tr("Sign in to SafetyNet"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/safetynet.svg")));
    auto *layout = new QVBoxLayout(this);

    auto *station = new QLabel(stationText, this);
    station->setObjectName(QStringLiteral("loginStation"));
    QFont big = station->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    station->setFont(big);
    station->setWordWrap(true);
    layout->addWidget(station);

    auto *form = new QFormLayout;
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("loginUser"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setText(Config::get(Config::Key::LastUser).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(m_buttons);

    setMinimumWidth(380);
    if (m_userName->text().isEmpty())
        m_userName->setFocus();
    else
        m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    if (m_userName->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_userName->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment on purpose
    auto result = m_accounts.login(m_userName->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_session = result.value();
    if (m_session.mustChangePassword) {
        // An administrator reset the password: the clerk chooses their own before the desk opens.
        ChangePasswordDialog change(m_accounts, m_session,
            tr("An administrator reset your password. Choose your own password before you go on."), this);
        if (change.exec() != QDialog::Accepted) {
            m_error->setText(tr("Choose a new password to sign in."));
            m_error->show();
            return;
        }
        m_session.mustChangePassword = false;
    }
    Config::set(Config::Key::LastUser, m_userName->text().trimmed());
    m_error->hide();
    QDialog::accept();
}

} // namespace sn
