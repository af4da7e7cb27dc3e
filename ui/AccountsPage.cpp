#include "AccountsPage.h"

#include "services/AccountService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

enum Column { NameColumn, DisplayNameColumn, RoleColumn, AreaColumn, ActiveColumn, MustChangeColumn, ColumnCount };

Role roleOf(const QComboBox *roles)
{
    return Roles::fromCode(roles->currentData().toString());
}

QLineEdit *passwordEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *policyLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setMinimumWidth(220);
    return label;
}

// The password field with the policy's answer beside it.
QWidget *besides(QLineEdit *edit, QLabel *policy, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(policy, 1);
    return row;
}

QComboBox *combo(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(accessibleName);
    return c;
}

} // namespace

AccountsPage::AccountsPage(AccountService &accounts, const Session &session, RegionTree regions, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_session(session)
    , m_regions(std::move(regions))
{
    setObjectName(QStringLiteral("accountsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("accountsFilter"));
    m_filter->setPlaceholderText(tr("User name, name, role or area"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("F&ind:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setHorizontalHeaderLabels({ tr("User name"), tr("Full name"), tr("Role"), tr("Township / village"),
        tr("Active"), tr("Must change password") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(buildSelected());
    sideLayout->addWidget(buildCreate());
    sideLayout->addStretch(1);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, this, &AccountsPage::filter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPage::selectionChanged);
    setFocusProxy(m_table);
    refresh();
}

QWidget *AccountsPage::buildCreate()
{
    auto *box = new QGroupBox(tr("New account"), this);
    box->setObjectName(QStringLiteral("accountsCreateBox"));
    auto *form = new QFormLayout(box);
    m_newName = new QLineEdit(box);
    m_newName->setObjectName(QStringLiteral("accountsNewName"));
    m_newName->setAccessibleName(tr("New user name"));
    m_newDisplayName = new QLineEdit(box);
    m_newDisplayName->setObjectName(QStringLiteral("accountsNewDisplayName"));
    m_newDisplayName->setAccessibleName(tr("Full name of the new account"));
    m_newRole = combo(QStringLiteral("accountsNewRole"), tr("Role of the new account"), box);
    m_newTownship = combo(QStringLiteral("accountsNewTownship"), tr("Township of the new account"), box);
    m_newVillage = combo(QStringLiteral("accountsNewVillage"), tr("Village of the new account"), box);
    m_newPassword = passwordEdit(QStringLiteral("accountsNewPassword"), tr("Password of the new account"), box);
    m_newPolicy = policyLabel(QStringLiteral("accountsNewPolicy"), box);
    m_create = new QPushButton(tr("&Create account"), box);
    m_create->setObjectName(QStringLiteral("accountsCreate"));
    form->addRow(tr("&User name:"), m_newName);
    form->addRow(tr("Full &name:"), m_newDisplayName);
    form->addRow(tr("R&ole:"), m_newRole);
    form->addRow(tr("&Township:"), m_newTownship);
    form->addRow(tr("&Village:"), m_newVillage);
    form->addRow(tr("&Password:"), besides(m_newPassword, m_newPolicy, box));
    form->addRow(QString(), m_create);

    fillRoles(m_newRole);
    const auto roleChanged = [this] {
        fillTownships(m_newTownship, roleOf(m_newRole));
        fillVillages(m_newVillage, m_newTownship->currentData().toString());
        m_newVillage->setEnabled(roleOf(m_newRole) == Role::VillageWorker);
    };
    connect(m_newRole, &QComboBox::currentIndexChanged, this, roleChanged);
    connect(m_newTownship, &QComboBox::currentIndexChanged, this,
        [this] { fillVillages(m_newVillage, m_newTownship->currentData().toString()); });
    const auto policy = [this] { showPolicy(m_newName->text(), m_newPassword, m_newPolicy); };
    connect(m_newPassword, &QLineEdit::textChanged, this, policy);
    connect(m_newName, &QLineEdit::textChanged, this, policy);
    connect(m_newPassword, &QLineEdit::returnPressed, this, &AccountsPage::create);
    connect(m_create, &QPushButton::clicked, this, &AccountsPage::create);
    roleChanged();
    policy();
    return box;
}

QWidget *AccountsPage::buildSelected()
{
    auto *box = new QGroupBox(tr("Selected account"), this);
    box->setObjectName(QStringLiteral("accountsSelectedBox"));
    auto *form = new QFormLayout(box);
    m_selectedName = new QLabel(box);
    m_selectedName->setObjectName(QStringLiteral("accountsSelectedName"));
    m_role = combo(QStringLiteral("accountsRole"), tr("Role of the selected account"), box);
    m_township = combo(QStringLiteral("accountsTownship"), tr("Township of the selected account"), box);
    m_village = combo(QStringLiteral("accountsVillage"), tr("Village of the selected account"), box);
    m_applyRole = new QPushButton(tr("&Apply role and area"), box);
    m_applyRole->setObjectName(QStringLiteral("accountsApplyRole"));
    m_toggleActive = new QPushButton(tr("&Disable account"), box);
    m_toggleActive->setObjectName(QStringLiteral("accountsToggleActive"));
    m_resetPassword = passwordEdit(QStringLiteral("accountsResetPassword"), tr("New password"), box);
    m_resetPolicy = policyLabel(QStringLiteral("accountsResetPolicy"), box);
    m_reset = new QPushButton(tr("&Reset password"), box);
    m_reset->setObjectName(QStringLiteral("accountsReset"));
    m_reset->setToolTip(tr("The account must choose its own password at the next sign-in."));
    form->addRow(tr("Account:"), m_selectedName);
    form->addRow(tr("Rol&e:"), m_role);
    form->addRow(tr("Town&ship:"), m_township);
    form->addRow(tr("Vi&llage:"), m_village);
    form->addRow(QString(), m_applyRole);
    form->addRow(QString(), m_toggleActive);
    form->addRow(tr("New pass&word:"), besides(m_resetPassword, m_resetPolicy, box));
    form->addRow(QString(), m_reset);

    fillRoles(m_role);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        const QString keep = m_township->currentData().toString();
        fillTownships(m_township, roleOf(m_role));
        if (const int i = m_township->findData(keep); i >= 0)
            m_township->setCurrentIndex(i);
        m_village->setEnabled(roleOf(m_role) == Role::VillageWorker);
    });
    connect(m_township, &QComboBox::currentIndexChanged, this,
        [this] { fillVillages(m_village, m_township->currentData().toString()); });
    connect(m_resetPassword, &QLineEdit::textChanged, this, [this] {
        const User *u = selected();
        showPolicy(u ? u->username : QString(), m_resetPassword, m_resetPolicy);
    });
    connect(m_applyRole, &QPushButton::clicked, this, &AccountsPage::changeRole);
    connect(m_toggleActive, &QPushButton::clicked, this, &AccountsPage::toggleActive);
    connect(m_resetPassword, &QLineEdit::returnPressed, this, &AccountsPage::resetPassword);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    return box;
}

// The roles this session may give here, as the service says (a township administrator: no district-wide role).
void AccountsPage::fillRoles(QComboBox *roles) const
{
    roles->clear();
    for (Role r : m_accounts.assignableRoles(m_session))
        roles->addItem(Roles::display(r), Roles::code(r));
    const int clerk = roles->findData(Roles::code(Role::TownshipClerk));
    roles->setCurrentIndex(clerk >= 0 ? clerk : 0);
}

void AccountsPage::fillTownships(QComboBox *townships, Role role) const
{
    const QSignalBlocker block(townships);
    townships->clear();
    if (Roles::districtWide(role)) {
        townships->addItem(tr("Whole district"), QString());
    } else {
        for (const Region *t : m_regions.townships()) {
            if (m_accounts.mayAssign(m_session, role, t->code))
                townships->addItem(t->name, t->code);
        }
    }
    townships->setEnabled(townships->count() > 1);
    fillVillages(townships == m_newTownship ? m_newVillage : m_village, townships->currentData().toString());
}

void AccountsPage::fillVillages(QComboBox *villages, const QString &townshipCode) const
{
    const QString keep = villages->currentData().toString();
    villages->clear();
    villages->addItem(tr("(none)"), QString());
    if (!townshipCode.isEmpty()) {
        for (const Region *v : m_regions.children(townshipCode))
            villages->addItem(v->name, v->code);
    }
    if (const int i = villages->findData(keep); i >= 0)
        villages->setCurrentIndex(i);
}

void AccountsPage::showPolicy(const QString &userName, const QLineEdit *password, QLabel *policy) const
{
    const Status ok = AccountService::checkPassword(userName, password->text());
    policy->setText(ok ? tr("Password accepted.") : ok.error().message);
    policy->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #b71c1c;"));
}

QString AccountsPage::areaText(const User &user) const
{
    if (user.townshipCode.isEmpty())
        return tr("Whole district");
    const Region *t = m_regions.find(user.townshipCode);
    QString text = t ? t->name : user.townshipCode;
    if (const Region *v = m_regions.find(user.villageCode))
        text += QStringLiteral(" · ") + v->name;
    return text;
}

void AccountsPage::refresh()
{
    auto users = m_accounts.users(m_session);
    const User *current = selected();
    const QString keep = current ? current->username : QString();
    m_users = users ? users.value() : QList<User>();
    if (!users)
        m_message->setText(users.error().message);
    const QSignalBlocker block(m_table);
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        const QStringList texts { u.username, u.displayName, Roles::display(u.role), areaText(u),
            u.active ? tr("Yes") : tr("No, disabled"), u.mustChangePassword ? tr("Yes") : tr("No") };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, row); // the index into m_users, whatever the sorting
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    filter(m_filter->text());
    if (!keep.isEmpty())
        select(keep);
    selectionChanged();
}

void AccountsPage::filter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.trimmed().isEmpty();
        for (int column = 0; column < ColumnCount && !match; ++column)
            match = m_table->item(row, column)->text().contains(text.trimmed(), Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

void AccountsPage::select(const QString &userName)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == userName) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, NameColumn);
            return;
        }
    }
}

const User *AccountsPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int index = items.first()->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_users.size() ? &m_users.at(index) : nullptr;
}

void AccountsPage::selectionChanged()
{
    const User *u = selected();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_role, m_township, m_village, m_applyRole, m_toggleActive, m_resetPassword, m_reset })
        w->setEnabled(u != nullptr);
    m_resetPassword->clear();
    m_resetPolicy->clear();
    if (!u) {
        m_selectedName->setText(tr("(select an account in the table)"));
        return;
    }
    m_selectedName->setText(
        u->displayName.isEmpty() ? u->username : QStringLiteral("%1 (%2)").arg(u->username, u->displayName));
    m_toggleActive->setText(u->active ? tr("&Disable account") : tr("&Enable account"));
    const int role = m_role->findData(Roles::code(u->role));
    if (role < 0)
        m_role->addItem(Roles::display(u->role), Roles::code(u->role)); // shown, even if not one this session gives
    m_role->setCurrentIndex(m_role->findData(Roles::code(u->role)));
    fillTownships(m_township, u->role);
    if (const int t = m_township->findData(u->townshipCode); t >= 0)
        m_township->setCurrentIndex(t);
    fillVillages(m_village, m_township->currentData().toString());
    if (const int v = m_village->findData(u->villageCode); v >= 0)
        m_village->setCurrentIndex(v);
    m_village->setEnabled(u->role == Role::VillageWorker);
}

QString AccountsPage::message() const
{
    return m_message->text();
}

void AccountsPage::say(const Status &done, const QString &doneText, const QString &userName)
{
    m_message->setText(done ? doneText : done.error().message);
    m_message->setStyleSheet(done ? QString() : QStringLiteral("color: #b71c1c;"));
    if (done) {
        refresh();
        select(userName);
    }
}

void AccountsPage::create()
{
    User user;
    user.username = m_newName->text().trimmed();
    user.displayName = m_newDisplayName->text().trimmed();
    user.role = roleOf(m_newRole);
    user.townshipCode = m_newTownship->currentData().toString();
    user.villageCode = user.role == Role::VillageWorker ? m_newVillage->currentData().toString() : QString();
    auto created = m_accounts.createUser(&m_session, user, m_newPassword->text());
    say(created ? Status() : Status(created.error()),
        tr("Created %1 (%2). Give the password in person; it can be changed at the desk.")
            .arg(user.username, Roles::display(user.role)),
        user.username);
    if (created) {
        m_newName->clear();
        m_newDisplayName->clear();
        m_newPassword->clear();
        m_table->setFocus();
    } else {
        m_newName->setFocus();
    }
}

void AccountsPage::toggleActive()
{
    const User *u = selected();
    if (!u)
        return;
    const QString name = u->username;
    const bool active = !u->active;
    say(m_accounts.setActive(m_session, name, active),
        active ? tr("%1 may sign in again.").arg(name)
               : tr("%1 is disabled: the account can no longer sign in.").arg(name),
        name);
}

void AccountsPage::resetPassword()
{
    const User *u = selected();
    if (!u)
        return;
    const QString name = u->username;
    say(m_accounts.resetPassword(m_session, name, m_resetPassword->text()),
        tr("The password of %1 is reset: a new one must be chosen at the next sign-in.").arg(name), name);
}

void AccountsPage::changeRole()
{
    const User *u = selected();
    if (!u)
        return;
    const QString name = u->username;
    const Role role = roleOf(m_role);
    const QString village = role == Role::VillageWorker ? m_village->currentData().toString() : QString();
    say(m_accounts.changeRole(m_session, name, role, m_township->currentData().toString(), village),
        tr("%1 is now a %2.").arg(name, Roles::display(role)), name);
}

} // namespace sn
