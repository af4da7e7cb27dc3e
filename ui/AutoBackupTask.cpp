#include "AutoBackupTask.h"

#include "database/Database.h"
#include "domain/Clock.h"
#include "services/BackupService.h"

#include <QThread>
#include <QTimer>
#include <memory>

namespace sn {

namespace {
constexpr int CheckMs = 30 * 60 * 1000; // looks for a new day every half hour

struct Outcome
{
    QStringList made;
    QString error;
};
} // namespace

AutoBackupTask::AutoBackupTask(QString databasePath, QString folder, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_folder(std::move(folder))
    , m_daily(new QTimer(this))
{
    m_daily->setInterval(CheckMs);
    connect(m_daily, &QTimer::timeout, this, [this] {
        if (Clock::today().toString(Qt::ISODate) != m_lastDay)
            runOnce();
    });
}

AutoBackupTask::~AutoBackupTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AutoBackupTask::start()
{
    runOnce();
    m_daily->start();
}

void AutoBackupTask::runOnce()
{
    if (m_thread)
        return;
    m_lastDay = Clock::today().toString(Qt::ISODate);
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_databasePath;
    const QString folder = m_folder;
    m_thread = QThread::create([outcome, path, folder] {
        auto db = Database::open(path); // this thread's own connection
        if (!db) {
            outcome->error = db.error().message;
            return;
        }
        auto made = BackupService::autoBackup(*db.value(), folder);
        if (made)
            outcome->made = made.value();
        else
            outcome->error = made.error().message;
    });
    m_thread->setObjectName(QStringLiteral("backup"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (outcome->error.isEmpty())
            emit finished(outcome->made);
        else
            emit failed(outcome->error);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace sn
