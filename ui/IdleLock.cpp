#include "IdleLock.h"

#include "LockScreen.h"

#include "services/AccountService.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace sn {

IdleLock::IdleLock(AccountService &accounts, const Session &session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_session(session)
    , m_window(window)
{
    m_countdown.setSingleShot(true);
    connect(&m_countdown, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    setTimeoutMs(m_accounts.idleLockMinutes() * 60 * 1000);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    uncover();
    delete m_screen;
}

bool IdleLock::isLocked() const
{
    return !m_screen.isNull();
}

LockScreen *IdleLock::lockScreen() const
{
    return m_screen;
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    restartCountdown();
}

void IdleLock::restartCountdown()
{
    if (m_timeoutMs > 0 && !isLocked())
        m_countdown.start(m_timeoutMs);
    else
        m_countdown.stop();
}

bool IdleLock::insideLockScreen(QObject *object) const
{
    for (QObject *o = object; o; o = o->parent()) {
        if (o == m_screen)
            return true;
    }
    return false;
}

bool IdleLock::isLockKey(QEvent *event) const
{
    if (isLocked() || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    return key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+L in any window: the main window's menu shortcut does not reach a household form. Claimed at
    // ShortcutOverride (so no other shortcut takes it), acted on at the key press.
    if (isLockKey(event)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            lock();
        return true;
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (!isLocked() && m_countdown.isActive())
            m_countdown.start(m_timeoutMs);
        break;
    case QEvent::Shortcut:
        // Menu shortcuts (Ctrl+N, Ctrl+F...) must not reach the desk behind the lock screen.
        if (isLocked() && !insideLockScreen(watched))
            return true;
        break;
    case QEvent::Resize:
        for (const QPointer<QWidget> &c : std::as_const(m_covers)) {
            if (c && c->parentWidget() == watched)
                c->setGeometry(c->parentWidget()->rect());
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (isLocked())
        return;
    m_countdown.stop();
    m_focusBefore = QApplication::focusWidget();
    cover();
    // A child of the window in use, so that closing it hands the keyboard back there (an open household form),
    // not to the main window behind it.
    QWidget *active = m_focusBefore ? m_focusBefore->window() : QApplication::activeWindow();
    m_screen = new LockScreen(m_accounts, m_session, active && active->isVisible() ? active : m_window.data());
    m_screen->setAttribute(Qt::WA_DeleteOnClose, false);
    if (m_window && m_window->isVisible())
        m_screen->setGeometry(m_window->geometry());
    else if (QScreen *screen = QGuiApplication::primaryScreen())
        m_screen->setGeometry(screen->availableGeometry());
    connect(m_screen, &LockScreen::accepted, this, &IdleLock::unlock);
    connect(m_screen, &LockScreen::quitRequested, this, &IdleLock::quitRequested);
    m_screen->show();
    m_screen->raise();
    m_screen->activateWindow();
    m_screen->passwordEdit()->setFocus();
    emit locked();
}

void IdleLock::unlock()
{
    if (m_screen) {
        m_screen->hide();
        m_screen->deleteLater();
        m_screen.clear();
    }
    uncover();
    // Back to the window and the field the clerk was in (a household form, not the main window behind it).
    // Queued: hiding the lock screen hands activation to its parent window first.
    QPointer<QWidget> field = m_focusBefore;
    QPointer<QWidget> window = field ? field->window() : m_window.data();
    m_focusBefore.clear();
    QTimer::singleShot(0, this, [field, window] {
        if (window) {
            window->raise();
            window->activateWindow();
        }
        if (field)
            field->setFocus(Qt::OtherFocusReason);
    });
    restartCountdown();
    emit unlocked();
}

void IdleLock::cover()
{
    // Every visible window (the main window, an open household form...) gets a blank cover, so no personal
    // data stays on screen beside the lock screen.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (!w->isVisible() || w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip)
            continue;
        auto *c = new QWidget(w);
        c->setObjectName(QStringLiteral("idleLockCover"));
        c->setAutoFillBackground(true);
        c->setGeometry(w->rect());
        c->show();
        c->raise();
        m_covers.append(c);
    }
}

void IdleLock::uncover()
{
    for (const QPointer<QWidget> &c : std::as_const(m_covers))
        delete c.data();
    m_covers.clear();
}

} // namespace sn
