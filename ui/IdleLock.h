#pragma once

#include "domain/Role.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace sn {

class AccountService;
class LockScreen;

// Locks the desk after a while without keyboard or mouse input (AccountService::idleLockMinutes, default
// 5): the public stands at the counter. An application-wide event filter restarts the countdown on input;
// when locked, every window of the application is covered and a LockScreen asks for the same user's password.
// Ctrl+L locks from any window (an open household form too); unlocking gives the keyboard back to the field
// that had it.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(AccountService &accounts, const Session &session, QWidget *window, QObject *parent = nullptr);
    ~IdleLock() override;

    // Tests use a short timeout; 0 or less disables the idle lock (Ctrl+L still works).
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    bool isLocked() const;
    LockScreen *lockScreen() const;

public slots:
    void lock();

signals:
    void locked();
    void unlocked();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();
    void cover();
    void uncover();
    void restartCountdown();
    bool insideLockScreen(QObject *object) const;
    bool isLockKey(QEvent *event) const; // Ctrl+L while unlocked

    AccountService &m_accounts;
    Session m_session;
    QPointer<QWidget> m_window;
    QTimer m_countdown;
    int m_timeoutMs = 0;
    QPointer<LockScreen> m_screen;
    QList<QPointer<QWidget>> m_covers;
    QPointer<QWidget> m_focusBefore; // the field the clerk was in when the desk locked
};

} // namespace sn
