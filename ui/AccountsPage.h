#pragma once

#include "domain/Region.h"
#include "domain/Result.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sn {

class AccountService;

// The station's accounts (issue 18): a district administrator sees everyone, a township administrator the
// accounts of its own township. Creates accounts, disables and enables them, resets a password (changed at the
// next sign-in), changes role and area. Which accounts are listed and which roles and townships may be given
// is AccountService's answer; the page only shows it and says what the service refused.
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    AccountsPage(AccountService &accounts, const Session &session, RegionTree regions, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    QString message() const; // the last outcome shown under the table
    void select(const QString &userName); // the row of that account, if listed

private:
    QWidget *buildCreate();
    QWidget *buildSelected();
    void fillRoles(QComboBox *roles) const;
    void fillTownships(QComboBox *townships, Role role) const;
    void fillVillages(QComboBox *villages, const QString &townshipCode) const;
    void showPolicy(const QString &userName, const QLineEdit *password, QLabel *policy) const;
    void filter(const QString &text);
    void selectionChanged();
    void create();
    void toggleActive();
    void resetPassword();
    void changeRole();
    void say(const Status &done, const QString &doneText, const QString &userName);
    QString areaText(const User &user) const;
    const User *selected() const;

    AccountService &m_accounts;
    Session m_session;
    RegionTree m_regions;
    QList<User> m_users;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    // New account
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newDisplayName = nullptr;
    QComboBox *m_newRole = nullptr;
    QComboBox *m_newTownship = nullptr;
    QComboBox *m_newVillage = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLabel *m_newPolicy = nullptr;
    QPushButton *m_create = nullptr;
    // Selected account
    QLabel *m_selectedName = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_township = nullptr;
    QComboBox *m_village = nullptr;
    QPushButton *m_applyRole = nullptr;
    QPushButton *m_toggleActive = nullptr;
    QLineEdit *m_resetPassword = nullptr;
    QLabel *m_resetPolicy = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace sn
