#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

namespace sn {

// The records of department suspicion tables (annex 1) as stored in suspicion_imports and suspicion_rows.
// SuspicionRepository and SuspicionRowWriter store them; SuspicionMatcher and SuspicionService fill and check them.

enum class SuspicionStatus { Matched, Candidate, Unmatched, Invalid };
enum class MatchedBy { None, IdNumber, NameAddress };
// What the township found when it verified a row.
enum class Verification { None, Excluded, TakenIn, Referred, Adjusted };

inline size_t qHash(SuspicionStatus s, size_t seed = 0)
{
    return ::qHash(int(s), seed);
}
inline size_t qHash(Verification v, size_t seed = 0)
{
    return ::qHash(int(v), seed);
}

// Which rows a list asks for: a department's table of one month, narrowed by township, status, verification.
struct SuspicionQuery
{
    QString month;
    QString department;
    QString townshipCode;
    std::optional<SuspicionStatus> status;
    bool unverifiedOnly = false;
};

struct SuspicionRow
{
    QString id;
    QString importId;
    QString department;
    QString month; // YYYY-MM
    int rowNumber = 0; // in the department's file
    QString headName;
    QString address;
    QString content;
    QString phone;
    QString idNumber; // masked unless the role sees full numbers
    SuspicionStatus status = SuspicionStatus::Unmatched;
    QString reason;
    QString householdId;
    MatchedBy matchedBy = MatchedBy::None;
    int score = 0;
    QString townshipCode;
    QString confirmation; // "", "confirmed", "rejected"
    Verification verification = Verification::None;
    QDate verifiedOn;
    QString verificationNotes;
    QString leadId;
};

} // namespace sn
