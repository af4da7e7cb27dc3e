#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QStringList>

namespace sn {

class Database;

// What sync knows about one synced table: its key column and the columns that travel in bundles.
struct SyncedTable
{
    QString name;
    QString key; // primary key column (id, code or key)
    QStringList columns; // every column, key first, including hlc, station_id and deleted
    QStringList local; // derived or per-station columns that never travel (tier, lockout counters, ...)
    QStringList payload() const; // columns minus local ones
};

// Change capture for sync (architecture.md): every table with an hlc column is synced; triggers append the
// key of each row whose stamp changed to sync_outbox in the same transaction, unless a bundle is being
// applied (sync_control.applying = 1). Created idempotently on every open, so tables added by later
// migrations are captured too.
class ChangeCapture
{
public:
    static Status ensureTriggers(Database &db);
    static Result<QList<SyncedTable>> tables(Database &db);
    // Queue every existing row of every synced table (upgrading a database that predates change capture).
    static Status seedOutbox(Database &db);
    // Suppress capture while applying remote changes (inside the caller's transaction).
    static Status setApplying(Database &db, bool applying);
    // Drop the capture triggers inside the caller's transaction, for a bulk apply: even a trigger whose WHEN
    // is false costs every row written about as much as the insert itself. ensureTriggers() puts them back
    // before that transaction commits; a rollback (or a crash) restores them with everything else.
    static Status dropTriggers(Database &db);

    // Bulk inserts into these tables (a ledger stored in bulk): their insert triggers are dropped inside the
    // caller's transaction (a trigger program per row costs about as much as the row), edits stay captured by
    // their triggers; the returned marks (each table's highest rowid) are given back to resumeInsertCapture(),
    // which queues every row inserted since in one statement, in the order written (by stamp), as the triggers
    // would have, and puts the triggers back. A rollback (or a crash) restores them with everything else.
    static Result<QHash<QString, qint64>> suspendInsertCapture(Database &db, const QStringList &tables);
    static Status resumeInsertCapture(Database &db, const QHash<QString, qint64> &marks);
};

} // namespace sn
