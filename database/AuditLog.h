#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace sn {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString userId;
    QString userName;
    QString stationId;
    QString action;     // create, update, delete, unmask, print, login, override, sync, ...
    QString table;
    QString recordId;
    QString householdId;
    QString field;
    QString oldValue;
    QString newValue;
};

// The append-only, hash-chained audit log. Each entry's hash covers its content and the previous hash.
// append() must run inside the caller's transaction, so the change and its audit commit together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(sn::AuditLog)
public:
    explicit AuditLog(Database &db);
    // Bulk writers (sync apply, imports) that append many entries inside one transaction keep the chain's head
    // in memory instead of reading it back for every entry. The object must not outlive that transaction.
    void setCacheChain(bool on) { m_cacheChain = on; }

    // Fills in time (now), actor and station from the database when empty.
    Status append(AuditEntry entry);
    Result<QList<AuditEntry>> forHousehold(const QString &householdId, int limit = 1000) const;
    Result<QList<AuditEntry>> recent(int limit) const;

    // Walk the chain. On success returns the number of entries; on failure names the first broken entry.
    Result<qint64> verify() const;

    static QByteArray hashOf(const AuditEntry &entry, const QByteArray &prevHash);

private:
    Database &m_db;
    std::optional<QSqlQuery> m_insert;
    bool m_cacheChain = false;
    qint64 m_headSeq = -1;
    QByteArray m_headHash;
};

} // namespace sn
