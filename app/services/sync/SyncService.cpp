#include "SyncService.h"

#include "database/Database.h"
#include "database/SyncStateRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

// The use cases of sync: one run, what is pending, the digest. Export, import and conflicts live in
// SyncExport.cpp, SyncImport.cpp and SyncConflicts.cpp.
namespace sn {

QJsonObject SyncReport::toJson() const
{
    return {{QStringLiteral("share_reachable"), shareReachable},
            {QStringLiteral("exported"), exportedChanges},
            {QStringLiteral("exported_bundle"), exportedSeq},
            {QStringLiteral("imported_bundles"), importedBundles},
            {QStringLiteral("imported"), appliedChanges},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("refused"), QJsonArray::fromStringList(refused)},
            {QStringLiteral("held_back"), QJsonArray::fromStringList(heldBack)},
            {QStringLiteral("parked"), QJsonArray::fromStringList(parked)}};
}

SyncService::SyncService(Database &db, Session session, SyncKey key)
    : m_db(db)
    , m_session(std::move(session))
    , m_key(std::move(key))
{
}

QString SyncService::bundleName(qint64 seq)
{
    return QStringLiteral("%1.bundle").arg(seq, 8, 10, QLatin1Char('0'));
}

const QRegularExpression &SyncService::bundlePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8})\\.bundle$"));
    return pattern;
}

Result<qint64> SyncService::pendingChanges() const
{
    return SyncStateRepository(m_db).pendingChanges();
}

Result<SyncReport> SyncService::sync(const QString &share, const Progress &progress)
{
    if (!m_key.isValid())
        return Error::invalid(tr("No district key: import the key file first."), QStringLiteral("key"));
    if (m_db.stationId().isEmpty())
        return Error::invalid(tr("This database has no station id."));
    SyncReport report;
    if (!QFileInfo(share).isDir()) {
        report.shareReachable = false;
        return Error::io(tr("The shared folder %1 cannot be reached.").arg(share));
    }
    // Import first, so what we export already reflects what others sent (fewer conflicts downstream).
    if (auto s = importFrom(share, report, progress); !s)
        return s.error();
    if (auto s = exportTo(share, report); !s)
        return s.error();
    return report;
}

Result<QList<TableDigest>> SyncService::digest(Database &db)
{
    return SyncedRowStore::digest(db);
}

} // namespace sn
