#include "ReviewRepository.h"

#include "DataVersion.h"
#include "Database.h"
#include "RawQuery.h"
#include "SqlUtil.h"

#include "domain/Tier.h"

#include <QMutex>
#include <QUuid>

namespace sn {

namespace {

const char *TaskColumns
    = "t.id, t.household_id, t.type, t.due_date, t.status, t.tier, t.completed_on, t.completed_by, t.outcome, t.notes";

ReviewTask taskFrom(const QSqlQuery &q, int first = 0)
{
    ReviewTask t;
    t.id = q.value(first).toString();
    t.householdId = q.value(first + 1).toString();
    t.type = ReviewSchedule::typeFromCode(q.value(first + 2).toString());
    t.due = sql::toDate(q.value(first + 3));
    t.status = ReviewSchedule::statusFromCode(q.value(first + 4).toString());
    t.tier = TierRules::fromCode(q.value(first + 5).toString());
    t.completedOn = sql::toDate(q.value(first + 6));
    t.completedBy = q.value(first + 7).toString();
    t.outcome = ReviewSchedule::outcomeFromCode(q.value(first + 8).toString());
    t.notes = q.value(first + 9).toString();
    return t;
}

// The same from a raw statement (the reads over every household).
ReviewTask taskFrom(const sql::RawQuery &q)
{
    ReviewTask t;
    t.id = q.text(0);
    t.householdId = q.text(1);
    t.type = ReviewSchedule::typeFromCode(q.text(2));
    t.due = q.date(3);
    t.status = ReviewSchedule::statusFromCode(q.text(4));
    t.tier = TierRules::fromCode(q.text(5));
    t.completedOn = q.date(6);
    t.completedBy = q.text(7);
    t.outcome = ReviewSchedule::outcomeFromCode(q.text(8));
    t.notes = q.text(9);
    return t;
}

} // namespace

ReviewRepository::ReviewRepository(Database &db)
    : m_db(db)
{
}

QString ReviewRepository::taskId(
    const QString &householdId, TaskType type, const QDate &start, const QString &afterTaskId)
{
    static const QUuid ns(QStringLiteral("{6f3b8a52-7d0e-4c55-9a7e-2f1c0b9d4e61}"));
    const QString anchor
        = afterTaskId.isEmpty() ? start.toString(Qt::ISODate) : QStringLiteral("after/%1").arg(afterTaskId);
    return QUuid::createUuidV5(ns, QStringLiteral("%1/%2/%3").arg(householdId, ReviewSchedule::code(type), anchor))
        .toString(QUuid::WithoutBraces);
}

Result<QList<ReviewTask>> ReviewRepository::tasksOf(const QString &householdId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM review_tasks t WHERE t.household_id = ? AND t.deleted = 0 ORDER BY t.due_date")
            .arg(QLatin1String(TaskColumns)),
        { householdId });
    if (!q)
        return q.error();
    QList<ReviewTask> list;
    while (q.value().next())
        list.append(taskFrom(q.value()));
    return list;
}

Result<std::optional<ReviewTask>> ReviewRepository::find(const QString &taskId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM review_tasks t WHERE t.id = ? AND t.deleted = 0")
            .arg(QLatin1String(TaskColumns)),
        { taskId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ReviewTask>();
    return std::optional<ReviewTask>(taskFrom(q.value()));
}

Status ReviewRepository::insert(const ReviewTask &t)
{
    if (!m_insert) {
        m_insert.emplace(m_db.sql());
        // A task generated twice from the same anchor (here, or at another station) is the same row.
        m_insert->prepare(QStringLiteral(
            "INSERT INTO review_tasks (id, household_id, type, due_date, tier, status, completed_on, completed_by, "
            "outcome, notes, hlc, station_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status, tier "
            "= excluded.tier, "
            "due_date = excluded.due_date, hlc = excluded.hlc, station_id = excluded.station_id, deleted = 0 "
            "WHERE review_tasks.status <> 'done'"));
    }
    return sql::run(*m_insert,
        { t.id, t.householdId, ReviewSchedule::code(t.type), sql::dateValue(t.due), TierRules::code(t.tier),
            ReviewSchedule::statusCode(t.status), sql::dateValue(t.completedOn), t.completedBy,
            ReviewSchedule::outcomeCode(t.outcome), t.notes, m_db.stamp(), m_db.stationId() });
}

Status ReviewRepository::insertNew(const ReviewTask &t)
{
    if (!m_insertNew) {
        m_insertNew.emplace(m_db.sql());
        if (!m_insertNew->prepare(QStringLiteral(
                "INSERT INTO review_tasks (id, household_id, type, due_date, tier, status, completed_on, completed_by, "
                "outcome, notes, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sql::toError(*m_insertNew, QStringLiteral("review_tasks"));
    }
    return sql::run(*m_insertNew,
        { t.id, t.householdId, ReviewSchedule::code(t.type), sql::dateValue(t.due), TierRules::code(t.tier),
            ReviewSchedule::statusCode(t.status), sql::dateValue(t.completedOn), t.completedBy,
            ReviewSchedule::outcomeCode(t.outcome), t.notes, m_db.stamp(), m_db.stationId() });
}

Status ReviewRepository::update(const ReviewTask &t)
{
    if (!m_update) {
        m_update.emplace(m_db.sql());
        m_update->prepare(QStringLiteral("UPDATE review_tasks SET due_date = ?, tier = ?, status = ?, completed_on = "
                                         "?, completed_by = ?, outcome = ?, notes = ?, "
                                         "hlc = ?, station_id = ? WHERE id = ?"));
    }
    return sql::run(*m_update,
        { sql::dateValue(t.due), TierRules::code(t.tier), ReviewSchedule::statusCode(t.status),
            sql::dateValue(t.completedOn), t.completedBy, ReviewSchedule::outcomeCode(t.outcome), t.notes, m_db.stamp(),
            m_db.stationId(), t.id });
}

Result<QList<TaskRow>> ReviewRepository::query(const TaskQuery &query) const
{
    QStringList where { QStringLiteral("t.deleted = 0"), QStringLiteral("h.deleted = 0") };
    QVariantList values;
    if (query.status) {
        where.append(QStringLiteral("t.status = ?"));
        values.append(ReviewSchedule::statusCode(*query.status));
    }
    const QString dateColumn
        = query.status == TaskStatus::Done ? QStringLiteral("t.completed_on") : QStringLiteral("t.due_date");
    if (query.dueFrom.isValid()) {
        where.append(dateColumn + QStringLiteral(" >= ?"));
        values.append(query.dueFrom.toString(Qt::ISODate));
    }
    if (query.dueTo.isValid()) {
        where.append(dateColumn + QStringLiteral(" <= ?"));
        values.append(query.dueTo.toString(Qt::ISODate));
    }
    sql::wherePlace(where, values, query.townshipCode, query.villageCode);
    if (!query.householdId.isEmpty()) {
        where.append(QStringLiteral("t.household_id = ?"));
        values.append(query.householdId);
    }
    values.append(query.limit);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1, coalesce(m.name, ''), h.township_code, coalesce(h.village_code, ''), h.address, "
                       "h.phone, h.tier "
                       "FROM review_tasks t JOIN households h ON h.id = t.household_id "
                       "LEFT JOIN members m ON m.household_id = h.id AND m.relation = 'head' AND m.deleted = 0 "
                       "WHERE %2 ORDER BY %3, h.township_code, h.village_code LIMIT ?")
            .arg(QLatin1String(TaskColumns), where.join(QStringLiteral(" AND ")), dateColumn),
        values);
    if (!q)
        return q.error();
    QList<TaskRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        TaskRow row;
        row.task = taskFrom(r);
        row.headName = r.value(10).toString();
        row.townshipCode = r.value(11).toString();
        row.villageCode = r.value(12).toString();
        row.address = r.value(13).toString();
        row.phone = r.value(14).toString();
        row.householdTier = TierRules::fromCode(r.value(15).toString());
        rows.append(row);
    }
    return rows;
}

namespace {

// Open tasks joined to their live households, narrowed to a township and village: appends the scope to `where`
// and `values` and returns the FROM clause. District or township: index-only (review_tasks_due of version 11,
// households_live_place of version 13), in the index's order, instead of a task row and a household row per
// task; a village's few households are found first.
QString scopedOpenTasks(const QString &townshipCode, const QString &villageCode, QString &where, QVariantList &values)
{
    QStringList place;
    sql::wherePlace(place, values, townshipCode, villageCode);
    for (const QString &term : std::as_const(place))
        where += QStringLiteral(" AND ") + term;
    return villageCode.isEmpty() ? QStringLiteral(
               "review_tasks t INDEXED BY review_tasks_due JOIN households h INDEXED BY households_live_place")
                                 : QStringLiteral("review_tasks t JOIN households h");
}

} // namespace

Result<QHash<QDate, QHash<Tier, int>>> ReviewRepository::dueCounts(
    const QDate &from, const QDate &to, const QString &townshipCode, const QString &villageCode) const
{
    QString where
        = QStringLiteral("t.status = 'open' AND t.deleted = 0 AND h.deleted = 0 AND t.due_date BETWEEN ? AND ?");
    QVariantList values { from.toString(Qt::ISODate), to.toString(Qt::ISODate) };
    const QString tables = scopedOpenTasks(townshipCode, villageCode, where, values);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT t.due_date, t.tier, count(*) FROM %1 ON h.id = t.household_id WHERE %2 "
                       "GROUP BY t.due_date, t.tier")
            .arg(tables, where),
        values);
    if (!q)
        return q.error();
    QHash<QDate, QHash<Tier, int>> counts;
    while (q.value().next())
        counts[sql::toDate(q.value().value(0))][TierRules::fromCode(q.value().value(1).toString())]
            = q.value().value(2).toInt();
    return counts;
}

Result<QHash<QString, QList<ReviewTask>>> ReviewRepository::allOpen() const
{
    auto q = sql::RawQuery::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM review_tasks t WHERE t.status = 'open' AND t.deleted = 0")
            .arg(QLatin1String(TaskColumns)));
    if (!q)
        return q.error();
    QHash<QString, QList<ReviewTask>> open;
    while (q.value().next()) {
        ReviewTask t = taskFrom(q.value());
        open[t.householdId].append(t);
    }
    if (auto s = q.value().status(); !s)
        return s.error();
    return open;
}

Result<QHash<QString, LastDoneByType>> ReviewRepository::allLastDone() const
{
    return lastDone(QString());
}

Result<LastDoneByType> ReviewRepository::lastDoneOf(const QString &householdId) const
{
    auto done = lastDone(householdId);
    if (!done)
        return done.error();
    return done->value(householdId);
}

Result<QHash<QString, LastDoneByType>> ReviewRepository::lastDone(const QString &householdId) const
{
    // The latest completion date; of tasks done the same day the last recorded (the greatest stamp: fixed-width
    // and ordered, and the same at every station, as the row travels with it). Not the greatest id: the
    // successor of a task done that day may have a smaller id than its predecessor.
    auto q = sql::RawQuery::exec(m_db.sql(),
        QStringLiteral("SELECT household_id, type, max(completed_on || ' ' || hlc || ' ' || id) FROM review_tasks "
                       "WHERE status = 'done' AND deleted = 0 AND completed_on IS NOT NULL%1 GROUP BY household_id, "
                       "type")
            .arg(householdId.isEmpty() ? QString() : QStringLiteral(" AND household_id = ?")),
        householdId.isEmpty() ? QVariantList() : QVariantList { householdId });
    if (!q)
        return q.error();
    QHash<QString, LastDoneByType> done;
    sql::RawQuery &r = q.value();
    while (r.next()) {
        const QByteArrayView latest = r.utf8(2);
        const qsizetype space = latest.lastIndexOf(' ');
        done[r.text(0)].insert(ReviewSchedule::typeFromCode(r.text(1)),
            { sql::RawQuery::isoDate(latest.first(qMin(latest.size(), qsizetype(10)))),
                QString::fromUtf8(latest.sliced(space + 1)) });
    }
    if (auto s = r.status(); !s)
        return s.error();
    return done;
}

namespace {

// The overdue counts per connection, scope and day, with the state of the file they were read from: the
// workbench asks twice when it is shown (its review summary and its to-do list), each time joining every
// overdue task of the district to its household.
struct OverdueCache
{
    QString version;
    QMap<QString, int> counts;
};
QMutex overdueMutex;
QHash<QString, OverdueCache> overdueCache;

} // namespace

Result<QMap<QString, int>> ReviewRepository::overdueByTownship(
    const QDate &today, const QString &townshipCode, const QString &villageCode) const
{
    QString where = QStringLiteral("t.status = 'open' AND t.deleted = 0 AND h.deleted = 0 AND t.due_date < ?");
    QVariantList values { today.toString(Qt::ISODate) };
    // Reading 13000 task rows and their household rows took about 90 ms on a district's database.
    const QString from = scopedOpenTasks(townshipCode, villageCode, where, values);
    QString key = m_db.sql().connectionName() + u'|' + where; // the day and the scope follow
    for (const QVariant &v : std::as_const(values))
        key += u'|' + v.toString();
    const QString version = dataVersion(m_db);
    if (!version.isEmpty()) {
        const QMutexLocker lock(&overdueMutex);
        const auto hit = overdueCache.constFind(key);
        if (hit != overdueCache.cend() && hit->version == version)
            return hit->counts;
    }
    auto rows = sql::exec(m_db.sql(),
        QStringLiteral("SELECT h.township_code, count(*) FROM %1 ON h.id = t.household_id WHERE %2 "
                       "GROUP BY h.township_code")
            .arg(from, where),
        values);
    if (!rows)
        return rows.error();
    QMap<QString, int> counts;
    while (rows.value().next())
        counts.insert(rows.value().value(0).toString(), rows.value().value(1).toInt());
    if (!version.isEmpty()) {
        const QMutexLocker lock(&overdueMutex);
        if (overdueCache.size() > 32) // connections come and go (tests, restores): keep only a few
            overdueCache.clear();
        overdueCache.insert(key, { version, counts });
    }
    return counts;
}

Result<std::pair<int, int>> ReviewRepository::doneAndOpenDue(
    const QDate &from, const QDate &to, const QString &townshipCode, const QString &villageCode) const
{
    // Two counts, each over one partial index (review_tasks_done, review_tasks_due): written as one scan with
    // OR, SQLite read every task of the district, and the workbench shows this twice at start-up.
    const QVariantList period { from.toString(Qt::ISODate), to.toString(Qt::ISODate) };
    const QString done = QStringLiteral("t.status = 'done' AND t.deleted = 0 AND t.completed_on BETWEEN ? AND ?");
    const QString due = QStringLiteral("t.status = 'open' AND t.deleted = 0 AND t.due_date BETWEEN ? AND ?");
    QString statement;
    QVariantList values;
    if (townshipCode.isEmpty() && villageCode.isEmpty()) {
        // District-wide: the period's tasks less those of removed households (few, found by households_removed),
        // rather than a household look-up for each of a hundred thousand tasks.
        const QString part = QStringLiteral("(SELECT count(*) FROM review_tasks t WHERE %1) - (SELECT count(*) FROM "
                                            "households h CROSS JOIN review_tasks t "
                                            "ON t.household_id = h.id WHERE h.deleted = 1 AND %1)");
        statement = QStringLiteral("SELECT %1, %2").arg(part.arg(done), part.arg(due));
        values = period + period + period + period;
    } else {
        QStringList terms { QStringLiteral("h.deleted = 0") };
        QVariantList scopeValues;
        sql::wherePlace(terms, scopeValues, townshipCode, villageCode);
        const QString where = terms.join(QStringLiteral(" AND "));
        const QString part = QStringLiteral(
            "(SELECT count(*) FROM review_tasks t JOIN households h ON h.id = t.household_id WHERE %1 AND %2)");
        statement = QStringLiteral("SELECT %1, %2").arg(part.arg(done, where), part.arg(due, where));
        values = period + scopeValues + period + scopeValues;
    }
    auto v = sql::exec(m_db.sql(), statement, values);
    if (!v)
        return v.error();
    std::pair<int, int> counts { 0, 0 };
    if (v.value().next())
        counts = { v.value().value(0).toInt(), v.value().value(1).toInt() };
    return counts;
}

Result<QList<ReviewRepository::OpenTask>> ReviewRepository::openTasks() const
{
    auto open = sql::exec(m_db.sql(),
        QStringLiteral("SELECT id, type, tier FROM review_tasks WHERE status = 'open' AND deleted = 0 ORDER BY rowid"));
    if (!open)
        return open.error();
    QList<OpenTask> list;
    while (open.value().next())
        list.append({ open.value().value(0).toString(), ReviewSchedule::typeFromCode(open.value().value(1).toString()),
            TierRules::fromCode(open.value().value(2).toString()) });
    return list;
}

Status ReviewRepository::markDone(const QList<std::pair<QString, QDate>> &tasks, const QString &who)
{
    QSqlQuery update(m_db.sql());
    if (!update.prepare(QStringLiteral("UPDATE review_tasks SET status = 'done', completed_on = ?, completed_by = ?, "
                                       "outcome = 'no_change', hlc = ?, station_id = ? WHERE id = ?")))
        return sql::toError(update, QStringLiteral("prepare"));
    for (const auto &[id, on] : tasks) {
        if (auto s = sql::run(update, { on.toString(Qt::ISODate), who, m_db.stamp(), m_db.stationId(), id }); !s)
            return s;
    }
    return {};
}

Status ReviewRepository::cancelOpen(const QString &householdId)
{
    auto cancelled = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE review_tasks SET status = 'cancelled', hlc = ?, station_id = ? WHERE household_id = ? "
                       "AND status = 'open'"),
        { m_db.stamp(), m_db.stationId(), householdId });
    return cancelled ? Status() : Status(cancelled.error());
}

} // namespace sn
