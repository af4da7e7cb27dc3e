#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <optional>

namespace sn {

class Database;

// What audit-verify found: the chain walked entry by entry, then its head compared with every other record
// of the head (meta row, sqlite_sequence, the file beside the database, backups).
struct AuditVerification
{
    qint64 entries = 0;
    qint64 lastSeq = 0;
    QByteArray lastHash;
    QStringList checked; // what the head was compared with
    QStringList notes; // records of the head that were not compared, and why
    QStringList problems; // tampering found, each naming the audit entry
    bool ok() const { return problems.isEmpty(); }
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
    // Either way the next entry reads the head from the table again, so a head cached in an earlier transaction
    // is never used.
    void setCacheChain(bool on)
    {
        m_cacheChain = on;
        m_headSeq = -1;
    }

    // Fills in time (now), actor and station from the database when empty.
    Status append(AuditEntry entry);
    Result<QList<AuditEntry>> forHousehold(const QString &householdId, int limit = 1000) const;
    Result<QList<AuditEntry>> recent(int limit) const;
    QString hashAt(qint64 seq) const; // the hash of entry `seq`, empty when there is none

    // Walk the chain and compare its head with the meta row, sqlite_sequence and the head file. On success
    // returns the number of entries; on failure names the first broken or missing entry.
    Result<qint64> verify() const;
    // The same, plus the heads of the given backup files (each backup's chain must be a prefix of this one).
    // Fails only when the log cannot be read; tampering is in the returned problems.
    Result<AuditVerification> verifyAll(const QStringList &backupFiles = {}) const;

    // The copy of the chain's head beside the database ("<db>.audit-head": station id, seq, hash), rewritten
    // after every commit that appended entries. It only moves forward: when the database no longer holds the
    // recorded head entry unchanged, the file is kept as evidence and an error returned.
    static QString headFile(const QString &databasePath);
    static Status updateHeadFile(Database &db);
    // Before a restore puts `restoredFile` in place of the database: its head replaces the recorded one
    // (a restore legitimately goes back in time; the replaced file and its head file are kept aside).
    static Status resetHeadFile(const QString &databasePath, const QString &restoredFile);

    static QByteArray hashOf(const AuditEntry &entry, const QByteArray &prevHash);

private:
    Database &m_db;
    std::optional<QSqlQuery> m_insert;
    bool m_cacheChain = false;
    qint64 m_headSeq = -1;
    QByteArray m_headHash;
};

} // namespace sn
