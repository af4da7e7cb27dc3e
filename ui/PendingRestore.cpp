#include "PendingRestore.h"

#include "MessageBox.h"

#include "services/BackupService.h"

#include <QProcess>

namespace sn {

namespace {
QString &pending()
{
    static QString file;
    return file;
}
} // namespace

PendingRestore::PendingRestore(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

PendingRestore::~PendingRestore()
{
    if (!isRequested())
        return;
    if (auto s = run(m_databasePath); !s)
        MessageBox::warning(nullptr, tr("Restore backup"), tr("The backup was not restored: %1").arg(s.error().message));
    relaunch();
}

void PendingRestore::request(const QString &backupFile)
{
    pending() = backupFile;
}

void PendingRestore::cancel()
{
    pending().clear();
}

QString PendingRestore::requested()
{
    return pending();
}

Status PendingRestore::run(const QString &databasePath)
{
    const QString file = pending();
    pending().clear();
    if (file.isEmpty())
        return {};
    return BackupService::restore(databasePath, file);
}

bool PendingRestore::relaunch()
{
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
}

} // namespace sn
