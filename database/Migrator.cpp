#include "Migrator.h"

#include "ChangeCapture.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <sqlite3.h>

namespace sn {

namespace {

// `x IN ('a', 'b', 'c')` (three or more constants) as `(x = 'a' OR x = 'b' OR x = 'c')`: the same truth value
// for every x, NULL included, but compared in place where SQLite would build a transient table for the list on
// every execution of an INSERT or UPDATE (see migrations/0014_check_comparisons.sql).
QString comparisonsForInLists(const QString &createTable)
{
    static const QRegularExpression inList(
        QStringLiteral("\\b(\\w+) IN \\(((?:(?:'[^']*'|-?\\d+)\\s*,\\s*)+(?:'[^']*'|-?\\d+))\\)"));
    static const QRegularExpression value(QStringLiteral("'[^']*'|-?\\d+"));
    QString out;
    qsizetype last = 0;
    for (auto it = inList.globalMatch(createTable); it.hasNext();) {
        const auto m = it.next();
        QStringList terms;
        for (auto v = value.globalMatch(m.captured(2)); v.hasNext();)
            terms.append(m.captured(1) + QStringLiteral(" = ") + v.next().captured(0));
        out += QStringView(createTable).mid(last, m.capturedStart(0) - last);
        out += terms.size() <= 2 ? m.captured(0)
                                 : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        last = m.capturedEnd(0);
    }
    out += QStringView(createTable).mid(last);
    return out;
}

// Rewrites the CHECK constraints of every table as comparisons, in the schema text only (SQLite documents
// writable_schema as safe for changing CHECK constraints that the stored rows satisfy, and these say the same).
// Each new statement is first compiled in a scratch database, so a rewrite that did not parse is never stored.
Status rewriteCheckLists(Database &db)
{
    auto tables = sql::exec(db.sql(),
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'"));
    if (!tables)
        return tables.error();
    QList<QPair<QString, QString>> changed;
    while (tables.value().next()) {
        const QString sqlText = tables.value().value(1).toString();
        const QString rewritten = comparisonsForInLists(sqlText);
        if (rewritten != sqlText)
            changed.append({ tables.value().value(0).toString(), rewritten });
    }
    if (changed.isEmpty())
        return {};
    sqlite3 *scratch = nullptr;
    sqlite3_open(":memory:", &scratch);
    for (const auto &[name, text] : std::as_const(changed)) {
        if (sqlite3_exec(scratch, text.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(scratch));
            sqlite3_close(scratch);
            return Error::internal(
                Migrator::tr("The CHECK constraints of table %1 could not be rewritten: %2").arg(name, why));
        }
    }
    sqlite3_close(scratch);
    auto version = sql::scalar(db.sql(), QStringLiteral("PRAGMA schema_version"));
    if (!version)
        return version.error();
    if (auto s = sql::exec(db.sql(), QStringLiteral("PRAGMA writable_schema = ON")); !s)
        return s.error();
    for (const auto &[name, text] : std::as_const(changed)) {
        if (auto s = sql::exec(db.sql(),
                QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?"), { text, name });
            !s) {
            (void)sql::exec(db.sql(), QStringLiteral("PRAGMA writable_schema = OFF"));
            return s.error();
        }
    }
    // A new schema version makes every connection (this one included) read the changed schema.
    auto bumped
        = sql::exec(db.sql(), QStringLiteral("PRAGMA schema_version = %1").arg(version.value().toLongLong() + 1));
    (void)sql::exec(db.sql(), QStringLiteral("PRAGMA writable_schema = OFF"));
    if (!bumped)
        return bumped.error();
    return {};
}

// The versions that rebuild a table the way SQLite documents for changes ALTER TABLE cannot make (create the new
// table, copy, drop the old, rename): 30 rebuilt households for its CHECK constraint.
constexpr int kTableRebuilds[] = { 30 };

bool rebuildsTables(const QList<int> &versions)
{
    return std::any_of(
        std::begin(kTableRebuilds), std::end(kTableRebuilds), [&versions](int v) { return versions.contains(v); });
}

// Foreign keys off for a rebuild (dropping a parent table with them on deletes its rows first, and SQLite only
// changes the setting outside a transaction), and on again whatever happens, after the transaction has ended.
class ForeignKeysOff
{
public:
    ForeignKeysOff(Database &db, bool active)
        : m_db(db)
        , m_active(active)
    {
        if (m_active)
            (void)sql::exec(m_db.sql(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_active)
            (void)sql::exec(m_db.sql(), QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Database &m_db;
    bool m_active;
};

Result<qint64> foreignKeyViolations(Database &db)
{
    auto n = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

} // namespace

QList<Migration> Migrator::migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(name);
            if (!match.hasMatch())
                continue;
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            list.append({ match.captured(1).toInt(), name, file.readAll() });
        }
        std::sort(
            list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

int Migrator::latestVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::currentVersion(Database &db)
{
    auto hasVersionTable = sql::scalar(db.sql(),
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!hasVersionTable)
        return Error::invalid(
            tr("%1 is not a SafetyNet database (%2).").arg(db.path(), hasVersionTable.error().message));
    if (hasVersionTable.value().toInt() == 0) {
        auto tables = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        if (tables.value().toInt() > 0)
            return Error::invalid(
                tr("%1 is an SQLite file of another program, not a SafetyNet database.").arg(db.path()));
        return 0;
    }
    auto version = sql::scalar(db.sql(), QStringLiteral("SELECT max(version) FROM schema_version"));
    if (!version)
        return version.error();
    return version.value().toInt();
}

Result<QList<int>> Migrator::missingVersions(Database &db, int target)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    QSet<int> applied;
    if (current.value() > 0) {
        auto rows = sql::exec(db.sql(), QStringLiteral("SELECT DISTINCT version FROM schema_version"));
        if (!rows)
            return rows.error();
        while (rows.value().next())
            applied.insert(rows.value().value(0).toInt());
    }
    QList<int> missing;
    for (const Migration &m : migrations()) {
        if (m.version <= target && !applied.contains(m.version))
            missing.append(m.version);
    }
    return missing;
}

Status Migrator::migrate(Database &db, int target)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    auto missing = missingVersions(db, target);
    if (!missing)
        return missing.error();
    if (missing->isEmpty())
        return {};

    const bool rebuilds = rebuildsTables(missing.value());
    const ForeignKeysOff foreignKeysOff(db, rebuilds); // declared first: on again after the transaction ends
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // A rebuild must not break a reference: the violations after it are compared with those before (a file may
    // hold some already, which the upgrade is no place to refuse).
    qint64 violationsBefore = 0;
    if (rebuilds) {
        auto n = foreignKeyViolations(db);
        if (!n)
            return n.error();
        violationsBefore = n.value();
    }
    if (current.value() == 0) {
        if (auto s = sql::exec(db.sql(),
                QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)"));
            !s)
            return s.error();
    }
    bool rebuildSearch = false;
    for (const Migration &m : migrations()) {
        if (!missing->contains(m.version))
            continue;
        if (auto s = sql::execScript(db.sql(), m.script); !s)
            return Error { s.error().kind, tr("Migration %1 failed: %2").arg(m.name, s.error().message), {} };
        // 2 made the search index and 17 changed what its rows hold: written once, after the schema is complete.
        rebuildSearch = rebuildSearch || m.version == 2 || m.version == 17;
        if (m.version == 14) {
            if (auto s = rewriteCheckLists(db); !s)
                return s;
        }
        if (m.version == 6) {
            // Rows written before change capture existed must reach the other stations too.
            if (auto s = ChangeCapture::seedOutbox(db); !s)
                return s;
        }
        if (m.version == 30) {
            // The rebuilt households table lost its change capture triggers with the old one.
            if (auto s = ChangeCapture::ensureTriggers(db); !s)
                return s;
        }
        if (auto s = sql::exec(db.sql(),
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, datetime('now'))"),
                { m.version });
            !s)
            return s.error();
    }
    if (rebuildSearch) {
        if (auto s = SearchIndex(db).rebuildAll(); !s)
            return s;
    }
    if (rebuilds) {
        auto after = foreignKeyViolations(db);
        if (!after)
            return after.error();
        if (after.value() > violationsBefore)
            return Error::internal(tr("The upgrade would leave %1 references to missing rows; nothing was changed.")
                                       .arg(after.value() - violationsBefore));
    }
    return tx.commit();
}

} // namespace sn
