#pragma once

#include "domain/HybridClock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>
#include <utility>

namespace sn {

// Who is acting, for the audit log. Services set it after login; the CLI sets a "cli" actor.
struct Actor
{
    QString userId;
    QString userName;
};

// One station's SQLite file, opened with the storage rules of architecture.md: foreign keys on, WAL,
// synchronous=FULL, a busy timeout, migrations applied (after a backup) on open. One object per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(sn::Database)
public:
    struct Options
    {
        bool create = false; // create the file if missing (otherwise a missing file is an error)
        int targetVersion = -1; // migrate up to this version; -1: the latest (tests use older versions)
        bool migrate = true; // false: open as is (check, inspection); still refuses newer schemas
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options {}); }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    QString lastMigrationBackup() const { return m_migrationBackup; }

    // Station identity, kept in the meta table.
    QString stationId() const { return m_stationId; }
    // The name this file's stamps carry: the station id, and after a restore from a backup the incarnation that
    // began then ("<station>~<incarnation>"): the edits made since are not on top of those the backup lost.
    QString writerId() const;
    // Called on a file restored from a backup: a new incarnation, and its next sync takes back first what this
    // station had published after the backup was made (meta "sync/restored").
    Status beginIncarnation();
    Status setStationId(const QString &id);
    QString meta(const QString &key, const QString &fallback = {}) const;
    Status setMeta(const QString &key, const QString &value);

    // The next hybrid-logical-clock stamp of this station, as stored text.
    QString stamp();
    HybridClock &clock() { return m_clock; }

    // AuditLog::append inside a transaction notes it here; the outermost Transaction::commit then updates
    // the audit head file beside the database (AuditLog::updateHeadFile).
    void noteAuditAppended() { m_auditPending = true; }
    bool takeAuditPending() { return std::exchange(m_auditPending, false); }

    void setActor(const Actor &actor) { m_actor = actor; }
    Actor actor() const { return m_actor; }

    // A consistent copy of the open database through SQLite's online backup API; the copy is written to
    // a temporary name, checked with integrity_check and renamed, so a failed backup leaves nothing.
    Status backupTo(const QString &file) const;

private:
    Database() = default;
    Status configure();
    void restoreClock();

    QString m_connectionName;
    QString m_path;
    QString m_stationId;
    QString m_migrationBackup;
    int m_schemaVersion = 0;
    HybridClock m_clock { QString() };
    Actor m_actor;
    bool m_auditPending = false;
};

} // namespace sn
