#include "IdIndexRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QHash>
#include <QSqlQuery>

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
    // live household of that township holds it now: one statement for all of them (a first sync refreshes the
    // whole station).
    if (auto s = sql::tempIds(m_db.sql(), QStringLiteral("id_index_households"), householdIds); !s)
        return s;
    auto pairs = sql::exec(m_db.sql(),
        QStringLiteral("WITH pairs AS (SELECT DISTINCT m.id_number AS idn, h.township_code AS t FROM members m "
                       "JOIN households h ON h.id = m.household_id WHERE h.id IN (SELECT id FROM "
                       "temp.id_index_households) AND length(m.id_number) = 18) "
                       "SELECT p.idn, p.t, EXISTS (SELECT 1 FROM members m2 JOIN households h2 ON h2.id = "
                       "m2.household_id WHERE m2.id_number = p.idn AND m2.id_number <> '' AND m2.deleted = 0 AND "
                       "h2.deleted = 0 AND h2.township_code = p.t) FROM pairs p"));
    if (!pairs)
        return pairs.error();
    struct Entry
    {
        QString hash, township;
        bool live;
    };
    QList<Entry> entries;
    while (pairs.value().next()) {
        const QString h = hash(pairs.value().value(0).toString());
        if (h.isEmpty())
            return {}; // no index key at this station
        entries.append({ h, pairs.value().value(1).toString(), pairs.value().value(2).toBool() });
    }
    QHash<QString, bool> stored; // id -> live
    auto current = sql::exec(m_db.sql(), QStringLiteral("SELECT id, deleted FROM id_index"));
    if (!current)
        return current.error();
    while (current.value().next())
        stored.insert(current.value().value(0).toString(), current.value().value(1).toInt() == 0);
    QSqlQuery insert(m_db.sql());
    QSqlQuery update(m_db.sql());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO id_index (id, id_hash, township_code, hlc, station_id) VALUES (?, ?, ?, ?, ?)")))
        return sql::toError(insert, QStringLiteral("id_index"));
    if (!update.prepare(QStringLiteral("UPDATE id_index SET deleted = ?, hlc = ?, station_id = ? WHERE id = ?")))
        return sql::toError(update, QStringLiteral("id_index"));
    for (const Entry &e : std::as_const(entries)) {
        const QString id = e.hash + QLatin1Char(':') + e.township;
        const auto it = stored.constFind(id);
        Status written;
        if (it == stored.constEnd()) {
            if (e.live)
                written = sql::run(insert, { id, e.hash, e.township, m_db.stamp(), m_db.stationId() });
        } else if (*it != e.live) {
            written = sql::run(update, { e.live ? 0 : 1, m_db.stamp(), m_db.stationId(), id });
        }
        if (!written)
            return written;
    }
    return {};
}

} // namespace sn
