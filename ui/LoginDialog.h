#pragma once

#include "domain/Role.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sn {

class AccountService;

// Sign-in at the start of the day. The service decides everything (Argon2id check, throttling, lockout);
// the dialog shows its message inline, where the clerk is looking.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AccountService &accounts, const QString &stationText, QWidget *parent = nullptr);

    Session session() const { return m_session; }
    QString errorText() const;

    QLineEdit *userNameEdit() const { return m_userName; }
    QLineEdit *passwordEdit() const { return m_password; }

public slots:
    void accept() override; // tries to sign in; stays open on failure

private:
    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
