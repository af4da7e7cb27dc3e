#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace sn {

class SyncController;

// The sync part of the status bar: the desk's "Sync: …" label (last sync, pending changes, an unreachable
// share, open conflicts), an icon beside it for a state that needs the clerk (the conflict mark, or the warning
// when the share is unreachable or the sync failed: not colour alone), and a progress bar while a sync runs. A click on
// the label asks for the settings. A failed "sync now" (not an automatic one) is also shown in a message box.
class SyncStatusIndicator : public QObject
{
    Q_OBJECT
public:
    SyncStatusIndicator(SyncController *controller, QLabel *label, QStatusBar *bar, QObject *parent = nullptr);

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *stateIcon() const { return m_icon; } // shown beside the label for open conflicts or a failed sync
    QString text() const; // what the label shows now
    QString details() const; // its tooltip

signals:
    void settingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void showProgress(int done, int total);
    void finished(bool automatic);
    void failed(const QString &message, bool automatic);

    SyncController *m_controller;
    QLabel *m_label;
    QLabel *m_icon;
    QProgressBar *m_progress;
};

} // namespace sn
