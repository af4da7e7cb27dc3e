#pragma once

#include "SuspicionMatcher.h"
#include "spreadsheet/Sheet.h"
#include "spreadsheet/TableLocator.h"

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace sn {

class Database;

struct SuspicionImportRequest
{
    QString department; // 人社局, 医保局, ...
    QString month; // YYYY-MM
    QString path;
    QString sheetName; // empty: the first sheet
    ColumnMapping mapping;
    MatchThresholds thresholds;
};

struct SuspicionImportResult
{
    QString importId;
    QList<SuspicionRow> rows;
    QHash<SuspicionStatus, int> counts;
};

struct SuspicionProgress
{
    QString department;
    QString month;
    int total = 0;
    QHash<SuspicionStatus, int> byStatus;
    QHash<Verification, int> byVerification; // Verification::None: still to verify
};

// Department suspicion tables (annex 1): import per department and month, match against the registry,
// confirm doubtful matches, turn unmatched rows into leads, route rows to townships and record what the
// township found. The district sees everything; a township clerk sees and works on the rows routed to
// their township.
class SuspicionService
{
    Q_DECLARE_TR_FUNCTIONS(sn::SuspicionService)
public:
    SuspicionService(Database &db, Session session);

    // All rows in one transaction; refused when the same file was already imported for the department and
    // month. Cancelling through `progress` writes nothing.
    Result<SuspicionImportResult> importFile(const SuspicionImportRequest &request, const Progress &progress = {});

    Result<QList<SuspicionRow>> rows(const SuspicionQuery &query) const;
    Result<SuspicionRow> row(const QString &id) const;
    Result<QStringList> departments(const QString &month) const;

    // A doubtful (candidate) match: confirm it, or reject it (the row becomes unmatched).
    Status confirm(const QString &rowId);
    Status reject(const QString &rowId);
    // Send a row to another township for verification.
    Status route(const QString &rowId, const QString &townshipCode);
    Status verify(const QString &rowId, Verification result, const QDate &date, const QString &notes);
    // Unmatched rows become leads (source department, state reported, answer due in one day). Returns the
    // lead ids; rows that already have a lead are skipped.
    Result<QStringList> makeLeads(const QStringList &rowIds);

    Result<QList<SuspicionProgress>> progress(const QString &month) const;

    // What the session may do, for a page to enable its actions: the same checks the actions above make
    // first, so a refusal carries the clerk's reason. A row as rows() or row() returned it.
    Status canImport() const;
    Status canConfirm(const SuspicionRow &row) const;
    Status canReject(const SuspicionRow &row) const;
    // A row that already has a lead is refused here (makeLeads() skips it).
    Status canMakeLead(const SuspicionRow &row) const;
    // Also refuses a row that could not be read (invalid), which verify() itself still accepts.
    Status canVerify(const SuspicionRow &row) const;
    // Sending rows to other townships is the district's (a township clerk's route() on their own rows is
    // still accepted by route() itself).
    Status canRoute() const;

    // The columns of annex 1: 户主姓名 is needed; the others are used when present.
    static QList<SheetField> requiredFields() { return { SheetField::HeadName }; }
    static QList<SheetField> optionalFields()
    {
        return { SheetField::IdNumber, SheetField::Address, SheetField::Content, SheetField::Phone };
    }

    static QString statusCode(SuspicionStatus s);
    static SuspicionStatus statusFromCode(const QString &code);
    static QString matchedByCode(MatchedBy m);
    static QString verificationCode(Verification v);
    static Verification verificationFromCode(const QString &code, bool *ok = nullptr);
    static bool isMonth(const QString &month);

private:
    Status checkRow(const SuspicionRow &row, Permission permission) const;
    Status checkCandidate(const SuspicionRow &row) const;
    Status checkLeadable(const SuspicionRow &row) const;
    Status checkVerification(Verification result, const QDate &date) const;
    // The township whose rows the session sees; none: every township.
    std::optional<QString> scope() const;
    SuspicionRow masked(SuspicionRow row) const;

    Database &m_db;
    Session m_session;
};

} // namespace sn
