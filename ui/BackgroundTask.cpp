#include "BackgroundTask.h"

#include "AppServices.h"

#include "database/Database.h"

#include <QCloseEvent>
#include <QDialog>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <atomic>
#include <memory>

namespace sn {

namespace {

BackgroundTask::ProgressHook &progressHook()
{
    static BackgroundTask::ProgressHook hook;
    return hook;
}

// Carries the worker's progress reports to the UI thread: emitted on the worker, delivered queued.
class ProgressRelay : public QObject
{
    Q_OBJECT
signals:
    void progressed(int done, int total);
};

// The dialog of one job. It closes only when the job has ended: Escape, the close button and Cancel ask the
// job to stop, then the dialog waits for it.
class TaskDialog : public QDialog
{
public:
    TaskDialog(const QString &label, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("backgroundTaskDialog"));
        setWindowModality(Qt::WindowModal);
        m_label = new QLabel(label, this);
        m_bar = new QProgressBar(this);
        m_bar->setRange(0, 0); // busy until the first report gives a total
        m_cancel = new QPushButton(BackgroundTask::tr("Cancel"), this);
        m_cancel->setObjectName(QStringLiteral("backgroundTaskCancel"));
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(m_cancel);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_label);
        layout->addWidget(m_bar);
        layout->addLayout(buttons);
        setMinimumWidth(360);
        QObject::connect(m_cancel, &QPushButton::clicked, this, &TaskDialog::reject);
    }

    void report(int done, int total)
    {
        if (total > 0 && m_bar->maximum() != total)
            m_bar->setRange(0, total);
        m_bar->setValue(std::min(done, std::max(total, 0)));
    }

    bool canceled() const { return m_canceled.load(); }
    void finish()
    {
        m_finished = true;
        done(m_canceled ? Rejected : Accepted);
    }

    void reject() override
    {
        if (m_finished) {
            QDialog::reject();
            return;
        }
        m_canceled = true;
        m_cancel->setEnabled(false);
        m_label->setText(BackgroundTask::tr("Cancelling…"));
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (m_finished)
            return QDialog::closeEvent(event);
        event->ignore();
        reject();
    }

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    std::atomic_bool m_canceled { false };
    bool m_finished = false;
};

} // namespace

BackgroundTask::BackgroundTask(AppServices &desk, QWidget *parent, QString label)
    : m_desk(desk)
    , m_parent(parent)
    , m_label(std::move(label))
{
}

void BackgroundTask::setProgressHook(ProgressHook hook)
{
    progressHook() = std::move(hook);
}

Status BackgroundTask::runOnWorker(const Body &body)
{
    TaskDialog dialog(m_label, m_parent);
    ProgressRelay relay;
    QObject::connect(&relay, &ProgressRelay::progressed, &dialog, &TaskDialog::report, Qt::QueuedConnection);

    // What the worker takes from the desk, read here on the UI thread.
    const QString path = m_desk.databasePath();
    const Session session = m_desk.session();
    const HlcStamp deskStamp = m_desk.clock().last();
    const ProgressHook hook = progressHook();

    Status opened;
    HlcStamp workerStamp;
    const Progress progress = [&relay, &dialog, &hook](int done, int total) {
        if (hook)
            hook(done, total);
        emit relay.progressed(done, total);
        return !dialog.canceled();
    };
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = Database::open(path);
        if (!db) {
            opened = db.error();
            return;
        }
        db.value()->clock().observe(deskStamp);
        {
            AppServices services(*db.value(), session);
            body(services, progress);
        }
        workerStamp = db.value()->clock().last();
    }));
    worker->setObjectName(QStringLiteral("backgroundTask"));

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    dialog.open();
    worker->start();
    loop.exec();
    worker->wait();

    if (!workerStamp.isNull())
        m_desk.clock().observe(workerStamp);
    m_canceled = dialog.canceled();
    dialog.finish();
    return opened;
}

} // namespace sn

#include "BackgroundTask.moc"
