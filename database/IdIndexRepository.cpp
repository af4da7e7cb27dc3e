#include "IdIndexRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSet>

namespace sn {

Result<QStringList> IdIndexRepository::townships(const QString &hash) const
{
    return sql::strings(m_db.sql(),
        QStringLiteral("SELECT township_code FROM id_index WHERE id_hash = ? AND deleted = 0 ORDER BY township_code"),
        { hash });
}

Result<QStringList> IdIndexRepository::pendingHouseholds(qint64 afterSeq) const
{
    return sql::strings(m_db.sql(),
        QStringLiteral("SELECT row_key FROM sync_outbox WHERE seq > ? AND table_name = 'households' "
                       "UNION SELECT m.household_id FROM sync_outbox o JOIN members m ON m.id = o.row_key "
                       "WHERE o.seq > ? AND o.table_name = 'members'"),
        { afterSeq, afterSeq });
}

Status IdIndexRepository::refresh(const QStringList &householdIds, const Hash &hash)
{
    // Every (ID number, township) these households ever held, live or not, and whether any live member of a
    // live household of that township holds it now.
    QSet<QString> seen;
    for (const QString &householdId : householdIds) {
        auto pairs = sql::exec(m_db.sql(),
            QStringLiteral("SELECT m.id_number, h.township_code, EXISTS (SELECT 1 FROM members m2 JOIN households h2 "
                           "ON h2.id = m2.household_id WHERE m2.id_number = m.id_number AND h2.township_code = "
                           "h.township_code AND m2.deleted = 0 AND h2.deleted = 0) FROM members m JOIN households h "
                           "ON h.id = m.household_id WHERE h.id = ? AND length(m.id_number) = 18"),
            { householdId });
        if (!pairs)
            return pairs.error();
        while (pairs.value().next()) {
            const QString idNumber = pairs.value().value(0).toString();
            const QString township = pairs.value().value(1).toString();
            if (seen.contains(idNumber + township))
                continue;
            seen.insert(idNumber + township);
            const QString h = hash(idNumber);
            if (h.isEmpty())
                return {};
            if (auto s = put(h, township, pairs.value().value(2).toBool()); !s)
                return s;
        }
    }
    return {};
}

Status IdIndexRepository::put(const QString &hash, const QString &township, bool live)
{
    const QString id = hash + QLatin1Char(':') + township;
    auto current = sql::scalar(m_db.sql(), QStringLiteral("SELECT deleted FROM id_index WHERE id = ?"), { id });
    if (!current)
        return current.error();
    const bool exists = current.value().isValid();
    if (exists && current.value().toInt() == (live ? 0 : 1))
        return {}; // as it is
    if (!exists && !live)
        return {};
    auto r = exists
        ? sql::exec(m_db.sql(), QStringLiteral("UPDATE id_index SET deleted = ?, hlc = ?, station_id = ? WHERE id = ?"),
            { live ? 0 : 1, m_db.stamp(), m_db.stationId(), id })
        : sql::exec(m_db.sql(),
            QStringLiteral("INSERT INTO id_index (id, id_hash, township_code, hlc, station_id) VALUES (?, ?, ?, ?, ?)"),
            { id, hash, township, m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

} // namespace sn
