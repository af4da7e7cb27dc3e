#include "AuditLog.h"

#include "Database.h"
#include "SqlUtil.h"

#include "domain/Clock.h"

#include <QCryptographicHash>

namespace sn {

namespace {
const QByteArray GenesisHash = QByteArray(64, '0');

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.userId = q.value(2).toString();
    e.userName = q.value(3).toString();
    e.stationId = q.value(4).toString();
    e.action = q.value(5).toString();
    e.table = q.value(6).toString();
    e.recordId = q.value(7).toString();
    e.householdId = q.value(8).toString();
    e.field = q.value(9).toString();
    e.oldValue = q.value(10).toString();
    e.newValue = q.value(11).toString();
    return e;
}

const char *SelectColumns = "SELECT seq, at, user_id, user_name, station_id, action, table_name, record_id, household_id, "
                            "field, old_value, new_value, prev_hash, hash FROM audit_log ";
} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QByteArray AuditLog::hashOf(const AuditEntry &e, const QByteArray &prevHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    const QString fields[] = {QString::number(e.seq), e.at.toString(Qt::ISODateWithMs), e.userId, e.userName,
                              e.stationId, e.action, e.table, e.recordId, e.householdId, e.field, e.oldValue,
                              e.newValue};
    for (const QString &f : fields) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(f.toUtf8());
    }
    return hash.result().toHex();
}

Status AuditLog::append(AuditEntry entry)
{
    if (!entry.at.isValid())
        entry.at = Clock::now();
    if (entry.userId.isEmpty() && entry.userName.isEmpty()) {
        entry.userId = m_db.actor().userId;
        entry.userName = m_db.actor().userName;
    }
    if (entry.stationId.isEmpty())
        entry.stationId = m_db.stationId();
    // The chain is read from the table, not cached, so a rolled-back transaction cannot leave a stale hash
    // (unless a bulk writer asked for caching within its own transaction).
    QByteArray prev = GenesisHash;
    entry.seq = 1;
    if (m_cacheChain && m_headSeq >= 0) {
        entry.seq = m_headSeq + 1;
        prev = m_headHash;
    } else {
        auto last = sql::exec(m_db.sql(), QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return last.error();
        if (last.value().next()) {
            entry.seq = last.value().value(0).toLongLong() + 1;
            prev = last.value().value(1).toByteArray();
        }
    }
    const QByteArray hash = hashOf(entry, prev);
    if (!m_insert) {
        m_insert.emplace(m_db.sql());
        m_insert->prepare(QStringLiteral(
            "INSERT INTO audit_log (seq, at, user_id, user_name, station_id, action, table_name, record_id, household_id, "
            "field, old_value, new_value, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    auto s = sql::run(*m_insert, {entry.seq, entry.at.toString(Qt::ISODateWithMs), entry.userId, entry.userName,
                                  entry.stationId, entry.action, entry.table, entry.recordId,
                                  sql::nullIfEmpty(entry.householdId), entry.field, entry.oldValue, entry.newValue,
                                  QString::fromLatin1(prev), QString::fromLatin1(hash)});
    if (s && m_cacheChain) {
        m_headSeq = entry.seq;
        m_headHash = hash;
    }
    return s;
}

Result<QList<AuditEntry>> AuditLog::forHousehold(const QString &householdId, int limit) const
{
    auto q = sql::exec(m_db.sql(), QString::fromLatin1(SelectColumns) + QStringLiteral("WHERE household_id = ? ORDER BY seq DESC LIMIT ?"),
                       {householdId, limit});
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q.value().next())
        list.append(fromRow(q.value()));
    return list;
}

Result<QList<AuditEntry>> AuditLog::recent(int limit) const
{
    auto q = sql::exec(m_db.sql(), QString::fromLatin1(SelectColumns) + QStringLiteral("ORDER BY seq DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q.value().next())
        list.append(fromRow(q.value()));
    return list;
}

Result<qint64> AuditLog::verify() const
{
    auto q = sql::exec(m_db.sql(), QString::fromLatin1(SelectColumns) + QStringLiteral("ORDER BY seq"));
    if (!q)
        return q.error();
    QByteArray prev = GenesisHash;
    qint64 expectedSeq = 1;
    qint64 count = 0;
    while (q.value().next()) {
        const AuditEntry e = fromRow(q.value());
        if (e.seq != expectedSeq)
            return Error::invalid(tr("Audit entry %1 is missing (the log jumps from %2 to %3).").arg(expectedSeq).arg(expectedSeq - 1).arg(e.seq));
        const QByteArray storedPrev = q.value().value(12).toByteArray();
        const QByteArray stored = q.value().value(13).toByteArray();
        if (storedPrev != prev || hashOf(e, prev) != stored)
            return Error::invalid(tr("Audit entry %1 was altered: its hash does not match its content.").arg(e.seq));
        prev = stored;
        ++expectedSeq;
        ++count;
    }
    return count;
}

} // namespace sn
