#include "Migrator.h"

#include "ChangeCapture.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace sn {

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
            list.append({match.captured(1).toInt(), name, file.readAll()});
        }
        std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
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
    auto hasVersionTable = sql::scalar(db.sql(), QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!hasVersionTable)
        return Error::invalid(tr("%1 is not a SafetyNet database (%2).").arg(db.path(), hasVersionTable.error().message));
    if (hasVersionTable.value().toInt() == 0) {
        auto tables = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        if (tables.value().toInt() > 0)
            return Error::invalid(tr("%1 is an SQLite file of another program, not a SafetyNet database.").arg(db.path()));
        return 0;
    }
    auto version = sql::scalar(db.sql(), QStringLiteral("SELECT max(version) FROM schema_version"));
    if (!version)
        return version.error();
    return version.value().toInt();
}

Status Migrator::migrate(Database &db, int target)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() >= target)
        return {};

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (current.value() == 0) {
        if (auto s = sql::exec(db.sql(), QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)")); !s)
            return s.error();
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current.value() || m.version > target)
            continue;
        if (auto s = sql::execScript(db.sql(), m.script); !s)
            return Error{s.error().kind, tr("Migration %1 failed: %2").arg(m.name, s.error().message), {}};
        if (m.version == 2) {
            if (auto s = SearchIndex(db).rebuildAll(); !s)
                return s;
        }
        if (m.version == 6) {
            // Rows written before change capture existed must reach the other stations too.
            if (auto s = ChangeCapture::seedOutbox(db); !s)
                return s;
        }
        if (auto s = sql::exec(db.sql(), QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, datetime('now'))"),
                               {m.version});
            !s)
            return s.error();
    }
    return tx.commit();
}

} // namespace sn
