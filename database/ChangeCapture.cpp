#include "ChangeCapture.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {

// Columns that are derived where they are stored, or belong to one station only.
const QHash<QString, QStringList> &localColumns()
{
    static const QHash<QString, QStringList> local = {
        { QStringLiteral("households"),
            { QStringLiteral("tier"), QStringLiteral("tier_reason"), QStringLiteral("tier_checked_on"),
                QStringLiteral("tier_next_check") } },
        { QStringLiteral("users"), { QStringLiteral("failed_attempts"), QStringLiteral("locked_until") } },
    };
    return local;
}

} // namespace

QStringList SyncedTable::payload() const
{
    QStringList out;
    for (const QString &c : columns) {
        if (!local.contains(c))
            out.append(c);
    }
    return out;
}

Result<QList<SyncedTable>> ChangeCapture::tables(Database &db)
{
    auto names = sql::strings(db.sql(),
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT "
                       "LIKE 'sync_%' "
                       "AND name NOT LIKE 'household_search%' ORDER BY name"));
    if (!names)
        return names.error();
    const QStringList candidates = names.value();
    QList<SyncedTable> tables;
    for (const QString &name : std::as_const(candidates)) {
        auto info = sql::exec(db.sql(), QStringLiteral("PRAGMA table_info(%1)").arg(name));
        if (!info)
            return info.error();
        SyncedTable t;
        t.name = name;
        bool hasHlc = false;
        while (info.value().next()) {
            const QString column = info.value().value(1).toString();
            if (info.value().value(5).toInt() == 1)
                t.key = column;
            hasHlc = hasHlc || column == QLatin1String("hlc");
            t.columns.append(column);
        }
        // Accounts sync too (issue 18): managed in one place, a disabled account is refused at every station
        // that has synced. Failed attempts and lock-outs stay with the desk where they happened.
        if (!hasHlc || t.key.isEmpty())
            continue;
        t.columns.removeAll(t.key);
        t.columns.prepend(t.key);
        t.local = localColumns().value(name);
        tables.append(t);
    }
    return tables;
}

Status ChangeCapture::ensureTriggers(Database &db)
{
    auto exists
        = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sync_outbox'"));
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return {}; // an older schema being inspected without migration
    auto versions
        = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sync_versions'"));
    if (!versions)
        return versions.error();
    const bool withVersions = versions.value().toInt() > 0; // an older schema being inspected has none
    auto list = tables(db);
    if (!list)
        return list.error();
    for (const SyncedTable &t : list.value()) {
        const QString quiet = QStringLiteral("(SELECT applying FROM sync_control WHERE id = 1) = 0");
        // A local edit on top of another writer's version (one received, or this station's own from before a
        // restore) records that version among what the row has seen (sync_versions, VersionVector): the row's
        // stamp alone no longer says so. The writer is the stamp's text after "<15 digits>-<6 digits>-".
        const QString script = QStringLiteral(
            "DROP TRIGGER IF EXISTS sync_%1_update;"
            "CREATE TRIGGER IF NOT EXISTS sync_%1_insert AFTER INSERT ON %1 WHEN %3 BEGIN "
            "INSERT INTO sync_outbox (table_name, row_key, hlc, prev_hlc) VALUES ('%1', NEW.%2, NEW.hlc, ''); END;"
            "CREATE TRIGGER IF NOT EXISTS sync_%1_edit AFTER UPDATE ON %1 WHEN NEW.hlc IS NOT OLD.hlc AND %3 BEGIN "
            "INSERT INTO sync_outbox (table_name, row_key, hlc, prev_hlc) VALUES ('%1', NEW.%2, NEW.hlc, OLD.hlc); "
            "%4 END;")
                                   .arg(t.name, t.key, quiet,
                                       withVersions ? QStringLiteral(
                                           "INSERT INTO sync_versions (table_name, row_key, seen) SELECT '%1', NEW.%2, "
                                           "OLD.hlc WHERE length(OLD.hlc) > 23 AND substr(OLD.hlc, 24) <> "
                                           "substr(NEW.hlc, 24) ON CONFLICT (table_name, row_key) DO UPDATE SET seen "
                                           "= seen || ' ' || excluded.seen;")
                                                          .arg(t.name, t.key)
                                                    : QString());
        if (auto s = sql::execScript(db.sql(), script.toUtf8()); !s)
            return s;
    }
    return {};
}

Status ChangeCapture::dropTriggers(Database &db)
{
    auto list = tables(db);
    if (!list)
        return list.error();
    QString script;
    for (const SyncedTable &t : list.value())
        script += QStringLiteral("DROP TRIGGER IF EXISTS sync_%1_insert; DROP TRIGGER IF EXISTS sync_%1_update; "
                                 "DROP TRIGGER IF EXISTS sync_%1_edit;")
                      .arg(t.name);
    return sql::execScript(db.sql(), script.toUtf8());
}

Result<QHash<QString, qint64>> ChangeCapture::suspendInsertCapture(Database &db, const QStringList &tables)
{
    auto synced = ChangeCapture::tables(db);
    if (!synced)
        return synced.error();
    QHash<QString, qint64> marks;
    QString script;
    for (const SyncedTable &t : synced.value()) {
        if (!tables.contains(t.name))
            continue;
        auto high = sql::scalar(db.sql(), QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(t.name));
        if (!high)
            return high.error();
        marks.insert(t.name, high.value().toLongLong());
        script += QStringLiteral("DROP TRIGGER IF EXISTS sync_%1_insert;").arg(t.name);
    }
    if (auto s = sql::execScript(db.sql(), script.toUtf8()); !s)
        return s.error();
    return marks;
}

Status ChangeCapture::resumeInsertCapture(Database &db, const QHash<QString, qint64> &marks)
{
    auto synced = ChangeCapture::tables(db);
    if (!synced)
        return synced.error();
    // New rows only: a TEXT-keyed table gives each inserted row a rowid above the highest at the start, and an
    // update keeps its rowid. Silent while a bundle is applied, as the triggers are.
    QStringList selects;
    QVariantList values;
    for (const SyncedTable &t : synced.value()) {
        if (!marks.contains(t.name))
            continue;
        selects.append(QStringLiteral("SELECT '%1', %2, hlc FROM %1 WHERE rowid > ?").arg(t.name, t.key));
        values.append(marks.value(t.name));
    }
    if (!selects.isEmpty()) {
        auto queued = sql::exec(db.sql(),
            QStringLiteral("INSERT INTO sync_outbox (table_name, row_key, hlc, prev_hlc) SELECT *, '' FROM (%1) "
                           "WHERE (SELECT applying FROM sync_control WHERE id = 1) = 0 ORDER BY 3")
                .arg(selects.join(QStringLiteral(" UNION ALL "))),
            values);
        if (!queued)
            return queued.error();
    }
    return ensureTriggers(db);
}

Status ChangeCapture::seedOutbox(Database &db)
{
    auto list = tables(db);
    if (!list)
        return list.error();
    for (const SyncedTable &t : list.value()) {
        auto r = sql::exec(db.sql(),
            QStringLiteral(
                "INSERT INTO sync_outbox (table_name, row_key, hlc) SELECT '%1', %2, hlc FROM %1 ORDER BY rowid")
                .arg(t.name, t.key));
        if (!r)
            return r.error();
    }
    return {};
}

Status ChangeCapture::setApplying(Database &db, bool applying)
{
    auto r = sql::exec(
        db.sql(), QStringLiteral("UPDATE sync_control SET applying = ? WHERE id = 1"), { applying ? 1 : 0 });
    return r ? Status() : Status(r.error());
}

} // namespace sn
