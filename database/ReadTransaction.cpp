#include "ReadTransaction.h"

#include "Database.h"
#include "SqlUtil.h"

#include <sqlite3.h>

namespace sn {

Status ReadTransaction::begin()
{
    sqlite3 *h = sql::handle(m_db.sql());
    if (!h || !sqlite3_get_autocommit(h))
        return {};
    if (auto r = sql::exec(m_db.sql(), QStringLiteral("BEGIN DEFERRED")); !r)
        return r.error();
    m_open = true;
    return {};
}

void ReadTransaction::end()
{
    // Nothing was written: a COMMIT that fails (a statement still reading) is a ROLLBACK just as well.
    if (m_open && !sql::exec(m_db.sql(), QStringLiteral("COMMIT")))
        (void)sql::exec(m_db.sql(), QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace sn
