#pragma once

#include "SuspicionRecords.h"

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace sn {

class Database;

// An import of one department's table for one month (suspicion_imports).
struct SuspicionImportRecord
{
    QString id;
    QString department;
    QString month;
    QString fileName;
    QString sha256;
    int rowCount = 0;
    QString importedAt; // ISO-8601
    QString importedBy;
};

// What rows() selects. `township` set: only the rows routed there (a township clerk's scope).
// A query as the service passes it: what the caller asked for, plus the session's township scope.
struct SuspicionRowFilter : SuspicionQuery
{
    std::optional<QString> township; // the scope: nullopt district-wide
};

// One group of progress(): the rows of one department and month with one status and verification.
struct SuspicionRowCount
{
    QString department;
    QString month;
    SuspicionStatus status = SuspicionStatus::Unmatched;
    Verification verification = Verification::None;
    int count = 0;
};

// The lead a department row becomes (leads: source department, state reported).
// Department suspicion tables: every statement on suspicion_imports and suspicion_rows except the bulk insert
// of an import's rows (SuspicionRowWriter). Rows come back with full ID numbers: masking, permissions and
// township scope are SuspicionService's.
class SuspicionRepository
{
public:
    explicit SuspicionRepository(Database &db)
        : m_db(db)
    {
    }

    static QString statusCode(SuspicionStatus s);
    static SuspicionStatus statusFromCode(const QString &code);
    static QString matchedByCode(MatchedBy m);
    static MatchedBy matchedByFromCode(const QString &code);
    static QString verificationCode(Verification v);
    static Verification verificationFromCode(const QString &code, bool *ok = nullptr);

    // The live import of the same file (by its SHA-256) for the department and month, if any.
    Result<std::optional<SuspicionImportRecord>> findImport(
        const QString &department, const QString &month, const QString &sha256) const;
    Status insertImport(const SuspicionImportRecord &import);
    // Queue every row of an import for sync in one statement, in row order (an import written without the
    // capture triggers, see SuspicionRowWriter).
    Status queueRowsForSync(const QString &importId);

    // Ordered by month, department, import time and row number.
    Result<QList<SuspicionRow>> rows(const SuspicionRowFilter &filter) const;
    Result<std::optional<SuspicionRow>> row(const QString &id) const; // a deleted row is none
    Result<QStringList> departments(const QString &month) const; // that imported tables for the month
    // Ordered by month and department; `township` set: only the rows routed there.
    Result<QList<SuspicionRowCount>> counts(const QString &month, const std::optional<QString> &township) const;

    // A doubtful match confirmed (matched) or rejected (unmatched, its household forgotten), by whom and when.
    Status confirmMatch(const QString &rowId, const QString &userName, const QDateTime &at);
    Status rejectMatch(const QString &rowId, const QString &userName, const QDateTime &at);
    Status setTownship(const QString &rowId, const QString &townshipCode);
    Status setVerification(
        const QString &rowId, Verification result, const QDate &date, const QString &notes, const QString &userName);
    // The row's lead: inserted into leads (its origin_ref is the row), and noted on the row.
    Status setLead(const QString &rowId, const QString &leadId);

private:
    Database &m_db;
};

} // namespace sn
