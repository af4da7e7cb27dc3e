#pragma once

#include <QObject>
#include <QStringList>

class QThread;
class QTimer;

namespace sn {

// The automatic daily backup (BackupService::autoBackup) on a worker thread with its own connection to the
// station file, so a large database never holds up the desk: once at start-up, then again whenever the
// date changes while the desk stays open. The destructor waits for a running backup.
class AutoBackupTask : public QObject
{
    Q_OBJECT
public:
    AutoBackupTask(QString databasePath, QString folder, QObject *parent = nullptr);
    ~AutoBackupTask() override;

    void start();             // now, and daily from now on
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished(const QStringList &made);
    void failed(const QString &message);

private:
    void runOnce();

    QString m_databasePath;
    QString m_folder;
    QTimer *m_daily;
    QThread *m_thread = nullptr;
    QString m_lastDay;
};

} // namespace sn
