#pragma once

#include "domain/PrintLog.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace sn {

class Database;

// The print log (print_log): every card sheet, letter and list printed or saved. Who may print is the
// document services'; the audit entries that go with each print are theirs too.
class PrintLogRepository
{
public:
    explicit PrintLogRepository(Database &db)
        : m_db(db)
    {
    }

    Status insert(const PrintLogEntry &entry); // stamped for sync
    // Newest first; `townshipCode` empty: every township's.
    Result<QList<PrintLogEntry>> recent(const QString &townshipCode, int limit) const;
    Result<std::optional<PrintLogEntry>> find(const QString &id) const;

private:
    Database &m_db;
};

} // namespace sn
