#pragma once

#include "domain/Result.h"
#include "domain/ReviewSchedule.h"
#include "domain/TaskRow.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <optional>

namespace sn {

class Database;

class ReviewRepository
{
public:
    explicit ReviewRepository(Database &db);

    Result<QList<ReviewTask>> tasksOf(const QString &householdId) const;
    Result<std::optional<ReviewTask>> find(const QString &taskId) const;
    Status insert(const ReviewTask &task);
    // A task of a household stored just now (a ledger in bulk): a plain INSERT, since no row can have its id.
    Status insertNew(const ReviewTask &task);
    Status update(const ReviewTask &task);
    Result<QList<TaskRow>> query(const TaskQuery &query) const;
    // Counts per day for a month view: date -> tier -> number of open tasks due that day.
    Result<QHash<QDate, QHash<Tier, int>>> dueCounts(
        const QDate &from, const QDate &to, const QString &townshipCode, const QString &villageCode) const;

    // Open tasks past due on `today` per township, in scope (empty codes: no limit). Cached per connection and
    // scope while the file is unchanged.
    Result<QMap<QString, int>> overdueByTownship(
        const QDate &today, const QString &townshipCode, const QString &villageCode) const;
    // Tasks done in [from, to] and tasks still open that fell due in it, in scope.
    Result<std::pair<int, int>> doneAndOpenDue(
        const QDate &from, const QDate &to, const QString &townshipCode, const QString &villageCode) const;

    // A removed household's open tasks are cancelled (stamped for sync).
    Status cancelOpen(const QString &householdId);
    // Every open task's id, type and tier, in the order they were made (demo data closes them).
    struct OpenTask
    {
        QString id;
        TaskType type;
        Tier tier;
    };
    Result<QList<OpenTask>> openTasks() const;
    // Close tasks as done with no change on the given days, by `who` (demo history); in one prepared statement.
    Status markDone(const QList<std::pair<QString, QDate>> &tasks, const QString &who);

    // Bulk inputs for regenerating every schedule at once.
    Result<QHash<QString, QList<ReviewTask>>> allOpen() const;
    // Per household and type the latest done task: the latest completion, and of tasks done that day the one
    // recorded last (every station chooses the same one).
    Result<QHash<QString, LastDoneByType>> allLastDone() const;
    Result<LastDoneByType> lastDoneOf(const QString &householdId) const;

    // Deterministic id, the same at every station: from the start date for a household's first task of a
    // type, else from the last done task of the type. Not from the completion date: a task done on the start
    // date (a visit recorded at intake), or twice on one day, gave its successor its own id, and the
    // household silently had no next task of that type.
    static QString taskId(const QString &householdId, TaskType type, const QDate &start, const QString &afterTaskId);

private:
    Result<QHash<QString, LastDoneByType>> lastDone(const QString &householdId) const; // empty: every household

    Database &m_db;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_insertNew;
    std::optional<QSqlQuery> m_update;
};

} // namespace sn
