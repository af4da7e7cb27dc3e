#pragma once

#include "Bundle.h"

#include "database/ConflictRepository.h"
#include "database/SyncedRowStore.h"
#include "domain/HybridClock.h"
#include "domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace sn {

class AuditLog;

namespace sync {

// Content without the stamps: two versions with the same content are not a conflict.
bool sameContent(QJsonObject a, QJsonObject b);
bool sameContent(const Row &a, const Row &b);
// Tables whose rows belong to one household, and the column that says which ("" for the others).
QString householdColumn(const QString &table);

// What applying the changes of one bundle did, for the steps after it in the same transaction.
struct AppliedChanges
{
    int applied = 0; // rows written
    QString unknownTable; // set: the bundle names a table not synced here; applying stopped there
    QList<DetectedConflict> conflicts;
    // Households whose search document (their own row, their members) or tier (also incomes) may have changed,
    // and every household the bundle touched with the tables it changed, for the audit log.
    QSet<QString> searchHouseholds;
    QSet<QString> tierHouseholds;
    QHash<QString, QStringList> householdTables;
    HlcStamp newest; // the greatest stamp the bundle carries
};

// Applies the changes of one bundle to the local tables, inside the caller's transaction. A version that has seen
// the local one replaces it; one the local version has seen is dropped; of two made without seeing each other
// (VersionVector), the greater stamp wins (deterministic: stamps sort like their text, the station id breaks ties)
// and the other is kept as a conflict when its content differs (audited as `auditUser`), so no version is lost
// silently and no conflict pairs a version with one it descends from.
class RowApplier
{
public:
    RowApplier(SyncedRowStore &store, AuditLog &audit, QString auditUser);

    Status apply(const QList<Change> &changes, AppliedChanges &applied);

private:
    Status applyOne(const SyncedTable &t, const Change &c, AppliedChanges &applied);
    // Writes the remote version and what it has seen. Recorded even when that is only its own stamp: a local
    // edit on top of it replaces the row's stamp, and must still say it has seen this version.
    Status writeRemote(
        const SyncedTable &t, const Change &c, bool exists, const VersionVector &seen, AppliedChanges &applied);
    // A concurrent edit: kept as a conflict unless both versions say the same.
    Status keepIfDifferent(const SyncedTable &t, const Change &c, bool remoteWins, AppliedChanges &applied);
    void noteHousehold(const Change &c, AppliedChanges &applied);

    SyncedRowStore &m_store;
    AuditLog &m_audit;
    QString m_auditUser;
    QHash<const RowShape *, int> m_householdIndex; // position of the household column in rows of each shape
};

} // namespace sync
} // namespace sn
