#include "KeyRingRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

namespace sn {

Result<QHash<QString, QByteArray>> KeyRingRepository::all() const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT name, value FROM keyring"));
    if (!q)
        return q.error();
    QHash<QString, QByteArray> entries;
    while (q.value().next())
        entries.insert(q.value().value(0).toString(), q.value().value(1).toByteArray());
    return entries;
}

Status KeyRingRepository::replace(const QHash<QString, QByteArray> &entries)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto r = sql::exec(m_db.sql(), QStringLiteral("DELETE FROM keyring")); !r)
        return r.error();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (auto r = sql::exec(m_db.sql(), QStringLiteral("INSERT INTO keyring (name, value) VALUES (?, ?)"),
                { it.key(), it.value() });
            !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace sn
