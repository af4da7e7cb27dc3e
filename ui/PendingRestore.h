#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sn {

// Restoring a backup replaces the station file, which needs the database closed; the desk holds it open
// until it quits. So Settings only asks for the restore (request()) and closes the desk; main() keeps a
// PendingRestore declared before the database, whose destructor runs after the database is closed:
// it restores the backup (BackupService::restore keeps the replaced file beside it) and starts SafetyNet
// again. Nothing is remembered across a crash: a restore is never carried out by surprise later.
class PendingRestore
{
    Q_DECLARE_TR_FUNCTIONS(sn::PendingRestore)
public:
    static constexpr int RestartCode = 75; // the desk's exit code when it quits to restore (EX_TEMPFAIL)

    explicit PendingRestore(QString databasePath);
    ~PendingRestore();
    PendingRestore(const PendingRestore &) = delete;
    PendingRestore &operator=(const PendingRestore &) = delete;

    static void request(const QString &backupFile);
    static void cancel();
    static bool isRequested() { return !requested().isEmpty(); }
    static QString requested();

    // Restores the requested backup over `databasePath` (closed) and clears the request.
    static Status run(const QString &databasePath);
    // Starts this program again with the same arguments.
    static bool relaunch();

private:
    QString m_databasePath;
};

} // namespace sn
