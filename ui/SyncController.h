#pragma once

#include "domain/Role.h"
#include "services/sync/SyncService.h"

#include <QDateTime>
#include <QObject>
#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace sn {

class AppServices;

// Drives sync for the desk: "sync now" and an automatic sync every N minutes (MachineSettings), each run on
// a worker thread with its own connection to the station file (one connection per thread,
// architecture.md), so the desk never freezes on a slow or dead share. Progress and the outcome come back
// to the UI thread as signals. Also keeps the numbers the status bar shows: pending changes and open
// conflicts. No widgets.
class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class State { NotSetUp, Idle, Running, Unreachable, Failed };

    explicit SyncController(AppServices &services, QObject *parent = nullptr);
    ~SyncController() override; // asks a running sync to stop at the next bundle and waits for it

    // Re-reads share folder, key file and interval (after Settings) and restarts the automatic timer.
    void reloadSettings();
    // Automatic sync on or off (the desk turns it on; tests drive "sync now" only).
    void setAutomatic(bool on);
    bool isAutomatic() const { return m_automatic; }

    bool isConfigured() const;
    bool isRunning() const { return m_thread != nullptr; }
    State state() const { return m_state; }
    QString shareFolder() const { return m_share; }
    QDateTime lastSync() const { return m_lastSync; }
    const SyncReport &lastReport() const { return m_report; }
    QString lastError() const { return m_error; }
    qint64 pendingChanges() const { return m_pending; }
    int openConflicts() const { return m_conflicts; }
    int intervalMinutes() const { return m_minutes; }

    // Starts a sync in the background; false (and lastError() says why) when not set up or already running.
    bool syncNow();
    void cancel();
    // Pending changes and open conflicts, read on the UI thread (after a save, a resolution, a timer).
    void refreshCounts();

signals:
    void started(bool automatic);
    void progress(int done, int total);
    void finished(bool automatic); // lastReport() and lastSync() are up to date
    void failed(const QString &message, bool automatic);
    void statusChanged(); // state or numbers changed

private:
    struct Job;
    bool start(bool automatic);
    void jobDone(const std::shared_ptr<Job> &job);
    static void run(Job &job, const std::atomic<bool> &cancel, const std::function<void(int, int)> &progress);

    AppServices &m_services;
    Session m_session;
    QString m_share;
    QString m_keyFile;
    bool m_stationKeys = false; // the station holds its keys: no key file needed
    int m_minutes = 0;
    bool m_automatic = false;
    State m_state = State::NotSetUp;
    QDateTime m_lastSync;
    SyncReport m_report;
    QString m_error;
    qint64 m_pending = 0;
    int m_conflicts = 0;
    QTimer *m_timer = nullptr;
    QTimer *m_countTimer = nullptr;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
};

} // namespace sn
