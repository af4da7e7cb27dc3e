#pragma once

#include "domain/Result.h"
#include "services/spreadsheet/Sheet.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>
#include <type_traits>

class QWidget;

namespace sn {

class AppServices;

// A long job of the desk (an import, an export) run on a worker thread, while a window-modal progress dialog
// on the UI thread shows how far it is and the event loop keeps running: no processEvents() inside a
// service's progress callback, with the desk's connection in the middle of a transaction.
//
// SQLite allows one connection per thread, so the worker opens its own connection on the station's file and
// builds its own services with the desk's session; it starts from the desk's hybrid clock and hands its last
// stamp back, so stamps keep growing across both connections. domain/Clock is one process-wide value, so a
// fixed "now" (tests, the CLI's --now) holds on the worker too. Once the worker has committed, the desk's
// connection sees the rows (WAL). Cancel sets a flag that the job's progress callback returns; the services
// then return an error and their transaction rolls back, so nothing is half written.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(sn::BackgroundTask)
public:
    // `desk`: the desk's services, whose session, file and clock the worker takes. The dialog is a child of
    // `parent` (objectName "backgroundTaskDialog", its button "backgroundTaskCancel").
    BackgroundTask(AppServices &desk, QWidget *parent, QString label);

    // Runs `job(services, progress)` on the worker and returns its result once it has finished. The job gets
    // services over the worker's own connection; `progress` is the callback to hand to the service.
    template <class Job> auto run(Job job) -> std::invoke_result_t<Job &, AppServices &, const Progress &>
    {
        using R = std::invoke_result_t<Job &, AppServices &, const Progress &>;
        std::optional<R> result;
        const Status opened = runOnWorker([&job, &result](AppServices &services, const Progress &progress) {
            result.emplace(job(services, progress));
        });
        if (!opened)
            return R(opened.error());
        return std::move(*result);
    }

    // True when the clerk asked to cancel (the job may still have finished before it noticed).
    bool wasCanceled() const { return m_canceled; }

    // Test seam: called on the worker thread at each progress report, before the cancel flag is read.
    using ProgressHook = std::function<void(int done, int total)>;
    static void setProgressHook(ProgressHook hook);

private:
    using Body = std::function<void(AppServices &services, const Progress &progress)>;
    // Opens the worker's connection, runs `body` there and waits in an event loop; an error when the worker
    // could not open the database.
    Status runOnWorker(const Body &body);

    AppServices &m_desk;
    QWidget *m_parent;
    QString m_label;
    bool m_canceled = false;
};

} // namespace sn
