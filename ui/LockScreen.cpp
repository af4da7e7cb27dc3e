#include "LockScreen.h"

#include "services/AccountService.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

LockScreen::LockScreen(AccountService &accounts, const Session &session, QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint)
    , m_accounts(accounts)
    , m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("SafetyNet is locked"));
    setWindowModality(Qt::ApplicationModal);
    setAutoFillBackground(true);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QWidget(this);
    box->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(box);
    auto *icon = new QLabel(box);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/safetynet.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setObjectName(QStringLiteral("lockLogo"));
    icon->setFixedHeight(72); // never squashed when the error line below appears
    icon->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(icon);
    auto *title = new QLabel(tr("The desk is locked"), box);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *who = new QLabel(tr("Signed in: %1 (%2). Enter your password to continue.")
                               .arg(m_session.userName, Roles::display(m_session.role)),
        box);
    who->setWordWrap(true);
    who->setAlignment(Qt::AlignCenter);
    layout->addWidget(who);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Password:"), box);
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_password);
    auto *unlock = new QPushButton(tr("&Unlock"), box);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    row->addWidget(label);
    row->addWidget(m_password, 1);
    row->addWidget(unlock);
    layout->addLayout(row);

    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *quit = new QPushButton(tr("Sign out and &quit"), box);
    quit->setObjectName(QStringLiteral("unlockQuit"));
    quit->setToolTip(tr("Unsaved changes are lost"));
    layout->addWidget(quit, 0, Qt::AlignRight);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(quit, &QPushButton::clicked, this, &LockScreen::quitRequested);
    m_password->setFocus();
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LockScreen::tryUnlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_accounts.verify(m_session, m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        m_password->setFocus();
        return false;
    }
    done(Accepted);
    return true;
}

void LockScreen::reject()
{
    // Only the password closes the lock screen.
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    if (result() != Accepted)
        event->ignore();
}

} // namespace sn
