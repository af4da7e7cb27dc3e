#pragma once

#include "domain/Role.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sn {

class AccountService;

// A new password for the signed-in account: after an administrator reset it (asked at sign-in, before the desk
// opens), or whenever the clerk chooses. The rules are AccountService's (8 characters, not the user name, not a
// common password); what is wrong is said under the fields.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(
        AccountService &accounts, const Session &session, const QString &reason, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString errorText() const;

    void accept() override;

private:
    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sn
