#include "SyncStatusIndicator.h"

#include "domain/Format.h"

#include "Icons.h"
#include "MessageBox.h"
#include "SyncController.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QStatusBar>

namespace sn {

SyncStatusIndicator::SyncStatusIndicator(SyncController *controller, QLabel *label, QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_label(label)
    , m_icon(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
{
    m_icon->setObjectName(QStringLiteral("syncStateIcon"));
    m_icon->hide();
    bar->addPermanentWidget(m_icon);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m bundles"));
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_progress->hide();
    bar->addPermanentWidget(m_progress);
    m_label->setCursor(Qt::PointingHandCursor);
    m_label->installEventFilter(this);
    connect(controller, &SyncController::statusChanged, this, &SyncStatusIndicator::update);
    connect(controller, &SyncController::progress, this, &SyncStatusIndicator::showProgress);
    connect(controller, &SyncController::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(controller, &SyncController::finished, this, &SyncStatusIndicator::finished);
    connect(controller, &SyncController::failed, this, &SyncStatusIndicator::failed);
    update();
}

QString SyncStatusIndicator::text() const
{
    const qint64 pending = m_controller->pendingChanges();
    QString text;
    switch (m_controller->state()) {
    case SyncController::State::NotSetUp:
        return tr("Sync: not set up");
    case SyncController::State::Running:
        text = tr("Sync: running…");
        break;
    case SyncController::State::Unreachable:
        text = tr("Sync: Shared folder unreachable · %1 pending").arg(pending);
        break;
    case SyncController::State::Failed:
        text = tr("Sync: failed · %1 pending").arg(pending);
        break;
    case SyncController::State::Idle: {
        const QDateTime last = m_controller->lastSync();
        if (!last.isValid()) {
            text = tr("Sync: never · %1 pending").arg(pending);
        } else {
            const QString when = last.date() == QDate::currentDate()
                ? last.toString(QStringLiteral("HH:mm"))
                : last.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            text = tr("Sync: %1 · %2 pending").arg(when).arg(pending);
        }
        break;
    }
    }
    if (m_controller->openConflicts() > 0)
        text += QStringLiteral(" · ") + tr("%n conflict(s) to review", nullptr, m_controller->openConflicts());
    return text;
}

QString SyncStatusIndicator::details() const
{
    QStringList lines;
    if (m_controller->state() == SyncController::State::NotSetUp) {
        lines.append(tr(
            "Choose the shared folder and import the district key file to exchange changes with the other stations."));
    } else {
        lines.append(tr("Shared folder: %1").arg(QDir::toNativeSeparators(m_controller->shareFolder())));
        if (m_controller->lastSync().isValid())
            lines.append(tr("Last successful sync: %1").arg(format::dateTime(m_controller->lastSync())));
        lines.append(tr("Changes not yet sent: %1").arg(m_controller->pendingChanges()));
        if (m_controller->intervalMinutes() > 0)
            lines.append(tr("Automatic sync every %n minute(s).", nullptr, m_controller->intervalMinutes()));
        else
            lines.append(tr("Automatic sync is off."));
        if (!m_controller->lastError().isEmpty())
            lines.append(m_controller->lastError());
        const SyncReport &r = m_controller->lastReport();
        if (!r.refused.isEmpty())
            lines.append(tr("Refused bundles (tried again next time): %1").arg(r.refused.join(QStringLiteral("; "))));
        if (!r.heldBack.isEmpty())
            lines.append(tr("Waiting for earlier bundles: %1").arg(r.heldBack.size()));
        for (const StationLag &s : r.stations) {
            if (s.published > s.appliedHere)
                lines.append(tr("%1: %2 of its bundles not applied here yet. %3")
                                 .arg(s.name.isEmpty() ? s.station : s.name)
                                 .arg(s.published - s.appliedHere)
                                 .arg(s.reason));
        }
    }
    lines.append(tr("Click for the sync settings."));
    return lines.join(QLatin1Char('\n'));
}

void SyncStatusIndicator::update()
{
    m_label->setText(text());
    m_label->setToolTip(details());
    m_label->setAccessibleDescription(details());
    const auto state = m_controller->state();
    const bool bad = state == SyncController::State::Unreachable || state == SyncController::State::Failed;
    m_label->setStyleSheet(bad ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
    const int conflicts = m_controller->openConflicts();
    const QIcon icon = conflicts > 0 ? Icons::get(Icons::Name::Conflict)
        : bad                        ? Icons::get(Icons::Name::Warning)
                                     : QIcon();
    const int side = m_label->fontMetrics().height();
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(QSize(side, side), m_icon->devicePixelRatioF()));
    m_icon->setAccessibleName(conflicts > 0 ? tr("%n conflict(s) to review", nullptr, conflicts)
            : bad                           ? tr("Sync needs attention")
                                            : QString());
    m_icon->setToolTip(m_icon->accessibleName());
    m_icon->setVisible(!icon.isNull());
    if (state != SyncController::State::Running)
        m_progress->hide();
}

void SyncStatusIndicator::showProgress(int done, int total)
{
    if (!m_controller->isRunning())
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(std::min(done, std::max(total, 1)));
    m_progress->setVisible(total > 0);
}

void SyncStatusIndicator::finished(bool automatic)
{
    m_progress->hide();
    const SyncReport &r = m_controller->lastReport();
    if (!automatic && !r.refused.isEmpty()) {
        MessageBox::warning(m_label->window(), tr("Sync"),
            tr("Some bundles on the shared folder were refused and will be tried again next time:\n%1")
                .arg(r.refused.join(QLatin1Char('\n'))));
    }
}

void SyncStatusIndicator::failed(const QString &message, bool automatic)
{
    m_progress->hide();
    if (!automatic)
        MessageBox::warning(m_label->window(), tr("Sync"), message);
}

bool SyncStatusIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        emit settingsRequested();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sn
