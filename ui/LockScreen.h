#pragma once

#include "domain/Role.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sn {

class AccountService;

// What the public at the counter sees when the desk is locked: no personal data, only who is signed in
// and a password field. Closes only when AccountService::verify accepts the same user's password.
class LockScreen : public QDialog
{
    Q_OBJECT
public:
    LockScreen(AccountService &accounts, const Session &session, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;
    bool tryUnlock(); // with the password typed; true when verified

signals:
    void quitRequested();

public slots:
    void reject() override; // Esc does not unlock

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sn
