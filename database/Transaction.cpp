#include "Transaction.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QAtomicInt>
#include <sqlite3.h>

namespace sn {

Transaction::Transaction(Database &db, Nesting nesting)
    : m_db(db)
{
    sqlite3 *h = sql::handle(db.sql());
    const bool nested = h && sqlite3_get_autocommit(h) == 0;
    if (nested && nesting == Nesting::JoinOuter) {
        m_joined = true;
        m_active = true;
        return;
    }
    if (nested) {
        static QAtomicInt counter;
        m_savepoint = QStringLiteral("sn_sp_%1").arg(counter.fetchAndAddRelaxed(1));
    }
    const QString begin = nested ? QStringLiteral("SAVEPOINT %1").arg(m_savepoint) : QStringLiteral("BEGIN IMMEDIATE");
    auto result = sql::exec(db.sql(), begin);
    m_active = result.ok();
    if (!m_active)
        m_error = result.error();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? Error::internal(QStringLiteral("transaction not active")) : m_error;
    if (m_joined) {
        m_active = false;
        return {};
    }
    const QString statement = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(m_savepoint);
    auto result = sql::exec(m_db.sql(), statement);
    if (!result) {
        rollback();
        return result.error();
    }
    m_active = false;
    if (m_savepoint.isEmpty() && m_db.takeAuditPending()) {
        // The commit stands whatever happens here; a head file that cannot move forward is audit-verify's to report.
        if (auto s = AuditLog::updateHeadFile(m_db); !s)
            qWarning("SafetyNet: audit head file not updated: %s", qPrintable(s.error().message));
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_joined)
        return; // the caller's transaction: its owner rolls back on the error we pass up
    if (m_savepoint.isEmpty()) {
        (void)m_db.takeAuditPending();
        (void)sql::exec(m_db.sql(), QStringLiteral("ROLLBACK"));
    } else {
        (void)sql::exec(m_db.sql(), QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
        (void)sql::exec(m_db.sql(), QStringLiteral("RELEASE %1").arg(m_savepoint));
    }
}

} // namespace sn
