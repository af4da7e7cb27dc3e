#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace sn {

class Database;

// A bulk insert into tables that are still small (a ledger imported into a new station): their secondary
// indexes are dropped inside the caller's transaction and built again, each in one sorted pass, before it
// commits, instead of one random insert per row and index (W8: 13 indexes on households, 6 on members, 5 on
// review tasks, keyed by random ids). A rollback (or a crash) restores them with everything else. Unique
// indexes are kept (they check while the rows are written), and so are those named in `keep` (what the bulk
// itself reads by).
class BulkIndexes
{
public:
    explicit BulkIndexes(Database &db);
    ~BulkIndexes();

    // Whether `table` holds no more rows than the bulk brings (a new station): then building its indexes again
    // costs less than inserting into them.
    Result<bool> worthSuspending(const QString &table, qint64 incoming) const;
    Status suspend(const QStringList &tables, const QStringList &keep);
    Status restore(); // builds the dropped indexes again; nothing when none were dropped
    int suspended() const { return int(m_statements.size()); }

private:
    Database &m_db;
    QStringList m_statements; // CREATE INDEX statements, as sqlite_master holds them
};

} // namespace sn
