#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace sn {

class Database;

struct ConflictEntry
{
    QString id;
    QString table;
    QString key;
    QString householdId;
    QString winnerHlc;
    QString loserHlc;
    QJsonObject winner; // the version in the table now (provisional winner: the greater stamp)
    QJsonObject loser; // the overwritten concurrent version
    QDateTime detectedAt;
    bool resolved = false;
    QString resolution;
};

// A concurrent edit found while applying a bundle, as it is recorded: both versions as compact JSON.
struct DetectedConflict
{
    QString id; // the same at every station that finds it (a name-based UUID of the row and the losing stamp)
    QString table;
    QString key;
    QString household; // empty outside households
    QString winnerHlc;
    QString loserHlc;
    QString winnerJson;
    QString loserJson;
};

// The conflicts table: concurrent edits kept for a clerk to review. It syncs like any table, so every station
// learns of a conflict and of its resolution. Who may see or resolve one is SyncService's.
class ConflictRepository
{
public:
    explicit ConflictRepository(Database &db)
        : m_db(db)
    {
    }

    // Recorded once: a conflict already known (found by another station too) is left as it is.
    Status record(const DetectedConflict &conflict);
    // Newest first; `township` set: only those of its households and those outside households.
    Result<QList<ConflictEntry>> list(bool openOnly, const std::optional<QString> &township) const;
    Status markResolved(const QString &conflictId, const QString &resolution, const QString &resolvedBy);

private:
    Database &m_db;
};

} // namespace sn
