#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace sn {

class Database;

// One live member of a live household as the matcher reads it: the key it was found by (ID number or name as
// stored) and the household's id, township and address, as stored UTF-8. Valid only inside the callback.
class MatchCandidate
{
public:
    QByteArray key() const { return text(0); }
    QByteArray householdId() const { return text(1); }
    QByteArray townshipCode() const { return text(2); }
    QByteArray address() const { return text(3); }

private:
    friend class MatchCandidateReader;
    explicit MatchCandidate(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    QByteArray text(int column) const;
    sqlite3_stmt *m_statement;
};

// The members of the registry a department table can match (SuspicionMatcher), read through raw statements:
// tens of thousands of rows pass here, and QSqlQuery builds a QVariant per value. Only the members asked for are
// read, from indexes that hold the household's township and address (migration 13). A failed statement's error
// message is SQLite's own words, for the caller to put in its context.
class MatchCandidateReader
{
public:
    // Fails when the connection has no SQLite handle.
    static Result<MatchCandidateReader> open(Database &db);

    using Each = std::function<void(const MatchCandidate &)>;
    // Members holding one of these (normalised, valid) ID numbers.
    Status byIdNumbers(const QSet<QString> &idNumbers, const Each &each) const;
    // Members named as in `names` (simplified), and every member whose stored name holds white space, which the
    // caller compares simplified.
    Status byNames(const QSet<QString> &names, const Each &each) const;

private:
    explicit MatchCandidateReader(sqlite3 *handle)
        : m_handle(handle)
    {
    }
    Status run(const char *statement, const QList<QByteArray> &values, const Each &each) const;
    sqlite3 *m_handle;
};

} // namespace sn
