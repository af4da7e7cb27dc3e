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
    Result<QHash<QString, QHash<TaskType, QDate>>> allLastDone() const;

    // Deterministic id: the same household, type and anchor (start date or last completion) give the same
    // task at every station.
    static QString taskId(const QString &householdId, TaskType type, const QDate &anchor);

private:
    Database &m_db;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_insertNew;
    std::optional<QSqlQuery> m_update;
};

} // namespace sn
