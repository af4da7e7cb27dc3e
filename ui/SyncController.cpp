#include "SyncController.h"

#include "AppServices.h"
#include "MachineSettings.h"

#include "database/Database.h"
#include "services/StationService.h"

#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace sn {

// What one background sync needs and what it brings back. Written by the worker, read on the UI thread
// only after the worker has finished.
struct SyncController::Job
{
    QString databasePath;
    Session session;
    QString share;
    QString keyFile;
    QString startStamp; // the desk's clock, so stamps made by the worker come after the desk's
    bool automatic = false;

    bool ok = false;
    bool unreachable = false;
    QString error;
    SyncReport report;
    qint64 pending = -1;
    int conflicts = -1;
    QString lastStamp; // the worker's clock after applying others' changes, for the desk's clock
};

namespace {
constexpr int CountRefreshMs = 30 * 1000;
constexpr int FirstAutomaticSyncMs = 20 * 1000; // soon after start-up, once the desk has settled
} // namespace

SyncController::SyncController(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_session(services.session())
    , m_timer(new QTimer(this))
    , m_countTimer(new QTimer(this))
{
    m_lastSync = MachineSettings::lastSync();
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isRunning() && isConfigured())
            start(true);
    });
    m_countTimer->setInterval(CountRefreshMs);
    connect(m_countTimer, &QTimer::timeout, this, &SyncController::refreshCounts);
    m_countTimer->start();
    reloadSettings();
    refreshCounts();
}

SyncController::~SyncController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void SyncController::reloadSettings()
{
    m_share = MachineSettings::shareFolder();
    m_keyFile = MachineSettings::keyFile();
    m_stationKeys = m_services.stationKeys().present;
    m_minutes = MachineSettings::syncMinutes();
    if (!isRunning()) // a changed setting deserves a fresh try before an old failure is shown again
        m_state = isConfigured() ? State::Idle : State::NotSetUp;
    setAutomatic(m_automatic);
    emit statusChanged();
}

void SyncController::setAutomatic(bool on)
{
    const bool wasRunning = m_timer->isActive();
    m_automatic = on;
    if (!on || m_minutes <= 0 || !isConfigured()) {
        m_timer->stop();
        return;
    }
    m_timer->setInterval(m_minutes * 60 * 1000);
    if (!wasRunning) {
        m_timer->start();
        QTimer::singleShot(FirstAutomaticSyncMs, this, [this] {
            if (m_automatic && !isRunning() && isConfigured())
                start(true);
        });
    } else {
        m_timer->start(); // restarts with the new interval
    }
}

bool SyncController::isConfigured() const
{
    return !m_share.isEmpty() && (m_stationKeys || (!m_keyFile.isEmpty() && QFileInfo::exists(m_keyFile)));
}

bool SyncController::syncNow()
{
    return start(false);
}

void SyncController::cancel()
{
    m_cancel = true;
}

bool SyncController::start(bool automatic)
{
    if (isRunning()) {
        m_error = tr("A sync is already running.");
        return false;
    }
    if (m_share.isEmpty()) {
        m_error = tr("Choose the shared folder in Settings first.");
        return false;
    }
    if (!m_stationKeys && !QFileInfo::exists(m_keyFile)) {
        m_error = tr("This station holds no keys: join the district from an enrolment file, or import the district "
                     "key file in Settings.");
        return false;
    }
    auto job = std::make_shared<Job>();
    job->databasePath = m_services.databasePath();
    job->session = m_session;
    job->share = m_share;
    job->keyFile = m_keyFile;
    job->startStamp = m_services.clock().last().toString();
    job->automatic = automatic;
    m_cancel = false;
    m_state = State::Running;
    const auto report = [this](int done, int total) {
        // Queued to the UI thread; the destructor waits for the worker, so `this` outlives the call.
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([job, this, report] { run(*job, m_cancel, report); });
    m_thread->setObjectName(QStringLiteral("sync"));
    connect(m_thread, &QThread::finished, this, [this, job] { jobDone(job); });
    m_thread->start(QThread::LowPriority);
    emit started(automatic);
    emit statusChanged();
    return true;
}

// On the worker thread: nothing here touches the desk's Database object or any widget.
void SyncController::run(Job &job, const std::atomic<bool> &cancel, const std::function<void(int, int)> &progress)
{
    if (!QFileInfo(job.share).isDir()) {
        job.unreachable = true;
        job.error = tr("The shared folder %1 cannot be reached.").arg(job.share);
        return;
    }
    // The key file of a station made before enrolment; stations that hold their keys need none.
    SyncKey key;
    if (!job.keyFile.isEmpty() && QFileInfo::exists(job.keyFile)) {
        auto loaded = SyncKey::load(job.keyFile);
        if (!loaded) {
            job.error = loaded.error().message;
            return;
        }
        key = loaded.value();
    }
    auto opened = Database::open(job.databasePath);
    if (!opened) {
        job.error = opened.error().message;
        return;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    db->setActor({ job.session.userId, job.session.userName });
    bool ok = false;
    const HlcStamp deskStamp = HlcStamp::fromString(job.startStamp, &ok);
    if (ok)
        db->clock().observe(deskStamp);
    SyncService service(*db, job.session, key);
    auto result = service.sync(job.share, [&](int done, int total) {
        progress(done, total);
        return !cancel.load();
    });
    if (result) {
        job.ok = true;
        job.report = result.value();
    } else {
        job.error = result.error().message;
        job.unreachable = !QFileInfo(job.share).isDir();
    }
    if (auto pending = service.pendingChanges())
        job.pending = pending.value();
    if (auto open = service.conflicts())
        job.conflicts = int(open->size());
    job.lastStamp = db->clock().last().toString();
}

void SyncController::jobDone(const std::shared_ptr<Job> &job)
{
    m_thread->deleteLater();
    m_thread = nullptr;
    bool ok = false;
    const HlcStamp stamp = HlcStamp::fromString(job->lastStamp, &ok);
    if (ok)
        m_services.clock().observe(stamp); // the desk's next edit comes after what was just received
    if (job->pending >= 0)
        m_pending = job->pending;
    if (job->conflicts >= 0)
        m_conflicts = job->conflicts;
    if (job->ok) {
        m_report = job->report;
        m_error.clear();
        m_lastSync = QDateTime::currentDateTime();
        MachineSettings::setLastSync(m_lastSync);
        MachineSettings::setSyncStations(m_report.stations);
        m_state = State::Idle;
        emit finished(job->automatic);
    } else {
        m_error = job->error;
        m_state = job->unreachable ? State::Unreachable : State::Failed;
        emit failed(m_error, job->automatic);
    }
    refreshCounts();
}

void SyncController::refreshCounts()
{
    if (!isRunning()) {
        SyncService &service = m_services.localSync();
        if (auto pending = service.pendingChanges())
            m_pending = pending.value();
        if (auto open = service.conflicts())
            m_conflicts = int(open->size());
        if (m_state == State::NotSetUp && isConfigured())
            m_state = State::Idle;
        else if (!isConfigured())
            m_state = State::NotSetUp;
    }
    emit statusChanged();
}

} // namespace sn
