#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QStringList>
#include <functional>
#include <optional>

namespace sn {

class Database;

// The queries of `safetynet-cli check`: SQLite's own checks and the rows that break the domain's invariants.
// Each violation is handed over as its columns in text; what they mean in words is IntegrityCheck's.
class IntegrityRepository
{
public:
    enum class Invariant {
        ForeignKeys, // table, rowid, parent table (PRAGMA foreign_key_check)
        OneHead, // household id, number of heads
        UniqueIdNumbers, // ID number, number of members holding it
        Regions, // household id (its township is not one, or its village is outside it)
        ExitReason, // household id (exited without a reason)
        SearchIndex, // live households, search entries (one row when they differ)
    };
    using Violation = std::function<void(const QStringList &columns)>;
    // A live member's ID number and stored birth date (nullopt when none is stored).
    using MemberIdNumber
        = std::function<void(const QString &memberId, const QString &idNumber, const std::optional<QDate> &birthDate)>;

    explicit IntegrityRepository(Database &db)
        : m_db(db)
    {
    }

    // PRAGMA integrity_check: its lines, {"ok"} for a sound file.
    Result<QStringList> integrityCheck() const;
    Status eachViolation(Invariant invariant, const Violation &violation) const;
    Status eachMemberIdNumber(const MemberIdNumber &member) const;

private:
    Database &m_db;
};

} // namespace sn
