#include "AuditLog.h"

#include "Database.h"
#include "SqlUtil.h"

#include "domain/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <sqlite3.h>

namespace sn {

namespace {
const QByteArray GenesisHash = QByteArray(64, '0');

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.userId = q.value(2).toString();
    e.userName = q.value(3).toString();
    e.stationId = q.value(4).toString();
    e.action = q.value(5).toString();
    e.table = q.value(6).toString();
    e.recordId = q.value(7).toString();
    e.householdId = q.value(8).toString();
    e.field = q.value(9).toString();
    e.oldValue = q.value(10).toString();
    e.newValue = q.value(11).toString();
    return e;
}

struct Head
{
    QString stationId;
    qint64 seq = 0;
    QByteArray hash;
    bool present = false;
};

// "<seq> <hash>" (the meta row) or "<station> <seq> <hash>" (the head file).
Head parseHead(const QString &text, bool withStation)
{
    Head head;
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int n = withStation ? 3 : 2;
    if (parts.size() != n)
        return head;
    bool ok = false;
    head.seq = parts.at(n - 2).toLongLong(&ok);
    if (!ok || head.seq < 1)
        return head;
    head.hash = parts.at(n - 1).toLatin1();
    if (withStation)
        head.stationId = parts.at(0);
    head.present = true;
    return head;
}

Head readHeadFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseHead(QString::fromUtf8(f.read(4096)), true);
}

Status writeHeadFile(const QString &file, const QString &stationId, qint64 seq, const QByteArray &hash)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(AuditLog::tr("Cannot write %1: %2").arg(file, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QStringLiteral("%1 %2 %3\n").arg(stationId).arg(seq).arg(QString::fromLatin1(hash)).toUtf8());
    if (!f.commit())
        return Error::io(AuditLog::tr("Cannot write %1: %2").arg(file, f.errorString()));
    return {};
}

// The station and the last audit entry of a backup, read without writing anything next to it.
Result<Head> readBackupHead(const QString &file)
{
    if (!QFileInfo::exists(file))
        return Error::notFound(AuditLog::tr("The backup %1 does not exist.").arg(file));
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toEncoded() + "?immutable=1";
    sqlite3 *h = nullptr;
    int rc = sqlite3_open_v2(uri.constData(), &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    Head head;
    QString failure;
    auto text = [&](const char *statement, int column) -> QString {
        sqlite3_stmt *stmt = nullptr;
        QString value;
        if (sqlite3_prepare_v2(h, statement, -1, &stmt, nullptr) != SQLITE_OK) {
            failure = QString::fromUtf8(sqlite3_errmsg(h));
        } else if (sqlite3_step(stmt) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
        }
        sqlite3_finalize(stmt);
        return value;
    };
    if (rc == SQLITE_OK) {
        head.stationId = text("SELECT value FROM meta WHERE key = 'station_id'", 0);
        const QString seq = text("SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1", 0);
        head.hash = text("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1", 0).toLatin1();
        head.seq = seq.toLongLong();
        head.present = head.seq > 0;
    } else {
        failure = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(h);
    if (!failure.isEmpty())
        return Error::io(AuditLog::tr("Cannot read the backup %1: %2").arg(file, failure));
    return head;
}

const char *SelectColumns
    = "SELECT seq, at, user_id, user_name, station_id, action, table_name, record_id, household_id, "
      "field, old_value, new_value, prev_hash, hash FROM audit_log ";
} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QByteArray AuditLog::hashOf(const AuditEntry &e, const QByteArray &prevHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    const QString fields[] = { QString::number(e.seq), e.at.toString(Qt::ISODateWithMs), e.userId, e.userName,
        e.stationId, e.action, e.table, e.recordId, e.householdId, e.field, e.oldValue, e.newValue };
    for (const QString &f : fields) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(f.toUtf8());
    }
    return hash.result().toHex();
}

Status AuditLog::append(AuditEntry entry)
{
    if (!entry.at.isValid())
        entry.at = Clock::recordedNow();
    if (entry.userId.isEmpty() && entry.userName.isEmpty()) {
        entry.userId = m_db.actor().userId;
        entry.userName = m_db.actor().userName;
    }
    if (entry.stationId.isEmpty())
        entry.stationId = m_db.stationId();
    // The chain is read from the table, not cached, so a rolled-back transaction cannot leave a stale hash
    // (unless a bulk writer asked for caching within its own transaction).
    QByteArray prev = GenesisHash;
    entry.seq = 1;
    if (m_cacheChain && m_headSeq >= 0) {
        entry.seq = m_headSeq + 1;
        prev = m_headHash;
    } else {
        auto last = sql::exec(m_db.sql(), QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return last.error();
        if (last.value().next()) {
            entry.seq = last.value().value(0).toLongLong() + 1;
            prev = last.value().value(1).toByteArray();
        }
    }
    const QByteArray hash = hashOf(entry, prev);
    if (!m_insert) {
        m_insert.emplace(m_db.sql());
        m_insert->prepare(QStringLiteral(
            "INSERT INTO audit_log (seq, at, user_id, user_name, station_id, action, table_name, record_id, "
            "household_id, "
            "field, old_value, new_value, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    auto s = sql::run(*m_insert,
        { entry.seq, entry.at.toString(Qt::ISODateWithMs), entry.userId, entry.userName, entry.stationId, entry.action,
            entry.table, entry.recordId, sql::nullIfEmpty(entry.householdId), entry.field, entry.oldValue,
            entry.newValue, QString(), QString::fromLatin1(hash) });
    if (s && m_cacheChain) {
        m_headSeq = entry.seq;
        m_headHash = hash;
    }
    if (s) {
        // Outside a transaction the entry is committed now; inside, the outermost Transaction::commit
        // updates the head file.
        sqlite3 *h = sql::handle(m_db.sql());
        if (h && sqlite3_get_autocommit(h))
            (void)updateHeadFile(m_db);
        else
            m_db.noteAuditAppended();
    }
    return s;
}

Result<QList<AuditEntry>> AuditLog::forHousehold(const QString &householdId, int limit) const
{
    auto q = sql::exec(m_db.sql(),
        QString::fromLatin1(SelectColumns) + QStringLiteral("WHERE household_id = ? ORDER BY seq DESC LIMIT ?"),
        { householdId, limit });
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q.value().next())
        list.append(fromRow(q.value()));
    return list;
}

Result<QList<AuditEntry>> AuditLog::recent(int limit) const
{
    auto q = sql::exec(
        m_db.sql(), QString::fromLatin1(SelectColumns) + QStringLiteral("ORDER BY seq DESC LIMIT ?"), { limit });
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q.value().next())
        list.append(fromRow(q.value()));
    return list;
}

Result<qint64> AuditLog::verify() const
{
    auto report = verifyAll();
    if (!report)
        return report.error();
    if (!report->ok())
        return Error::invalid(report->problems.first());
    return report->entries;
}

namespace {

// A head recorded elsewhere: the entry it names is looked at during the walk.
struct ExpectedHead
{
    QString source;
    Head head;
    QByteArray seen; // the hash of that entry in this log, filled in by the walk
};

// The record of the last entry in the meta row (migration 0008 added it and the trigger that keeps it).
struct MetaHead
{
    QVariant value; // the row's value; invalid when the row is gone
    Head head;
    bool kept = false; // the schema keeps the row (version 8 or later)
};

Result<MetaHead> readMetaHead(const QSqlDatabase &db, AuditVerification &report, QList<ExpectedHead> &expected)
{
    auto metaHead = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    if (!metaHead)
        return metaHead.error();
    auto hasHeadTrigger = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_head'"));
    if (!hasHeadTrigger)
        return hasHeadTrigger.error();
    MetaHead meta;
    meta.value = metaHead.value();
    auto version = sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_version"));
    meta.kept = version && version.value().toInt() >= 8; // migration 0008 added the meta row and its trigger
    if (meta.kept && hasHeadTrigger.value().toInt() == 0)
        report.problems.append(AuditLog::tr("The trigger that records the audit log's last entry was removed."));
    if (meta.value.isValid()) {
        meta.head = parseHead(meta.value.toString(), false);
        if (!meta.head.present)
            report.problems.append(AuditLog::tr("The record of the audit log's last entry is unreadable: \"%1\".")
                                       .arg(meta.value.toString()));
    }
    if (meta.head.present) {
        expected.append({ AuditLog::tr("the record of the last entry in the database"), meta.head, {} });
        report.checked.append(
            AuditLog::tr("the record of the last entry in the database (entry %1)").arg(meta.head.seq));
    }
    return meta;
}

// The copy of the head beside the database, when it is this station's.
void expectHeadFile(const Database &db, AuditVerification &report, QList<ExpectedHead> &expected)
{
    const QString headPath = AuditLog::headFile(db.path());
    const Head mirror = readHeadFile(headPath);
    if (mirror.present && mirror.stationId == db.stationId()) {
        expected.append({ AuditLog::tr("the copy in %1").arg(headPath), mirror, {} });
        report.checked.append(AuditLog::tr("the copy in %1 (entry %2)").arg(headPath).arg(mirror.seq));
    } else if (mirror.present) {
        report.notes.append(AuditLog::tr("%1 belongs to another station; not compared.").arg(headPath));
    } else if (QFileInfo::exists(headPath)) {
        report.problems.append(AuditLog::tr("%1 is unreadable or altered.").arg(headPath));
    } else {
        report.notes.append(
            AuditLog::tr("%1 does not exist (database copied, or written by an older version).").arg(headPath));
    }
}

// The last entry of each backup of this station.
void expectBackups(
    const QStringList &backupFiles, const QString &stationId, AuditVerification &report, QList<ExpectedHead> &expected)
{
    for (const QString &file : backupFiles) {
        auto head = readBackupHead(file);
        if (!head) {
            report.notes.append(head.error().message);
            continue;
        }
        if (head->stationId != stationId) {
            report.notes.append(AuditLog::tr("The backup %1 is of another station; not compared.").arg(file));
            continue;
        }
        if (!head->present) {
            report.notes.append(AuditLog::tr("The backup %1 has no audit entries.").arg(file));
            continue;
        }
        expected.append({ AuditLog::tr("the backup %1").arg(file), head.value(), {} });
        report.checked.append(AuditLog::tr("the backup %1 (entry %2)").arg(file).arg(head->seq));
    }
}

// Every entry in order: no gap in seq, each hash over its content and the previous hash. Entries written before
// issue 23 also store the previous hash (prev_hash); later ones leave it empty, since it is the hash of the entry
// before and the entry's own hash already covers it. Only the first
// break is reported; the walk goes on to count the entries and note the expected heads' hashes.
Status walkChain(const QSqlDatabase &db, AuditVerification &report, QList<ExpectedHead> &expected)
{
    auto q = sql::exec(db, QString::fromLatin1(SelectColumns) + QStringLiteral("ORDER BY seq"));
    if (!q)
        return q.error();
    QByteArray prev = GenesisHash;
    qint64 expectedSeq = 1;
    bool chainBroken = false;
    while (q.value().next()) {
        const AuditEntry e = fromRow(q.value());
        const QByteArray storedPrev = q.value().value(12).toByteArray();
        const QByteArray stored = q.value().value(13).toByteArray();
        for (ExpectedHead &x : expected)
            if (x.head.seq == e.seq)
                x.seen = stored;
        if (!chainBroken) {
            if (e.seq != expectedSeq) {
                report.problems.append(e.seq == expectedSeq + 1
                        ? AuditLog::tr("Audit entry %1 is missing (the log jumps from %2 to %3).")
                              .arg(expectedSeq)
                              .arg(expectedSeq - 1)
                              .arg(e.seq)
                        : AuditLog::tr("Audit entries %1 to %2 are missing (the log jumps from %3 to %4).")
                              .arg(expectedSeq)
                              .arg(e.seq - 1)
                              .arg(expectedSeq - 1)
                              .arg(e.seq));
                chainBroken = true;
            } else if ((!storedPrev.isEmpty() && storedPrev != prev) || AuditLog::hashOf(e, prev) != stored) {
                report.problems.append(
                    AuditLog::tr("Audit entry %1 was altered: its hash does not match its content.").arg(e.seq));
                chainBroken = true;
            }
        }
        prev = stored;
        expectedSeq = e.seq + 1;
        report.lastSeq = e.seq;
        report.lastHash = stored;
        ++report.entries;
    }
    return {};
}

// Each recorded head against the walked log: still there, unchanged.
void compareHeads(const QList<ExpectedHead> &expected, AuditVerification &report)
{
    for (const ExpectedHead &x : expected) {
        if (x.head.seq > report.lastSeq) {
            report.problems.append(x.head.seq == report.lastSeq + 1
                    ? AuditLog::tr("Audit entry %1 was removed from the end of the log: %2 records it as written.")
                          .arg(x.head.seq)
                          .arg(x.source)
                    : AuditLog::tr(
                        "Audit entries %1 to %2 were removed from the end of the log: %3 records entry %2 as written.")
                          .arg(report.lastSeq + 1)
                          .arg(x.head.seq)
                          .arg(x.source));
        } else if (x.seen.isEmpty()) {
            report.problems.append(
                AuditLog::tr("Audit entry %1 is missing: %2 records it as written.").arg(x.head.seq).arg(x.source));
        } else if (x.seen != x.head.hash) {
            report.problems.append(
                AuditLog::tr("Audit entry %1 differs from %2: the log was rewritten from there on or before.")
                    .arg(x.head.seq)
                    .arg(x.source));
        }
    }
}

// The meta row follows every insert, so it must name the very last entry, and be there once entries are.
void checkMetaHead(const MetaHead &meta, AuditVerification &report)
{
    if (meta.head.present && meta.head.seq < report.lastSeq)
        report.problems.append(AuditLog::tr(
            "Audit entry %1 was added without going through the log (the record of the last entry says %2).")
                                   .arg(report.lastSeq)
                                   .arg(meta.head.seq));
    if (meta.kept && !meta.head.present && report.entries > 0 && !meta.value.isValid())
        report.problems.append(
            AuditLog::tr("The record of the audit log's last entry was deleted (the log ends at entry %1).")
                .arg(report.lastSeq));
}

// AUTOINCREMENT keeps the highest seq ever used in sqlite_sequence.
// The audit heads other stations published in their bundles (migration 0022). A station whose log lost its tail
// cannot give again the hash it published at an earlier head: its next bundle says another hash there.
void checkPublishedHeads(const QSqlDatabase &db, AuditVerification &report)
{
    auto exists = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sync_audit_heads'"));
    if (!exists || exists.value().toInt() == 0)
        return;
    // Two bundles of one station that disagree about the hash of one of its entries.
    auto q = sql::exec(db,
        QStringLiteral("SELECT later.station_id, later.bundle_seq, earlier.bundle_seq, earlier.audit_seq "
                       "FROM sync_audit_heads later JOIN sync_audit_heads earlier "
                       "ON earlier.station_id = later.station_id AND earlier.audit_seq = later.link_seq "
                       "WHERE later.link_seq > 0 AND earlier.audit_hash <> later.link_hash "
                       "UNION ALL "
                       "SELECT a.station_id, a.bundle_seq, b.bundle_seq, a.audit_seq FROM sync_audit_heads a "
                       "JOIN sync_audit_heads b ON b.station_id = a.station_id AND b.audit_seq = a.audit_seq "
                       "AND b.bundle_seq < a.bundle_seq WHERE a.audit_hash <> b.audit_hash "
                       "ORDER BY 1, 2"));
    if (!q)
        return;
    int stations = 0;
    QSet<QString> named;
    while (q.value().next()) {
        const QString station = q.value().value(0).toString();
        if (named.contains(station))
            continue;
        named.insert(station);
        report.problems.append(
            AuditLog::tr("Station %1 rewrote or cut its audit log: its bundle %2 no longer has the entry %3 that its "
                         "bundle %4 published. Ask that station to run audit-verify and keep its file as evidence.")
                .arg(station)
                .arg(q.value().value(1).toLongLong())
                .arg(q.value().value(3).toLongLong())
                .arg(q.value().value(2).toLongLong()));
    }
    auto count = sql::scalar(db, QStringLiteral("SELECT count(DISTINCT station_id) FROM sync_audit_heads"));
    stations = count ? count.value().toInt() : 0;
    if (stations > 0)
        report.checked.append(
            AuditLog::tr("the audit heads %n other station(s) published in their bundles", nullptr, stations));
}

void checkSequence(const QSqlDatabase &db, AuditVerification &report)
{
    auto highest = sql::scalar(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"));
    if (highest && highest.value().isValid()) {
        const qint64 h = highest.value().toLongLong();
        if (h > report.lastSeq)
            report.problems.append(
                h == report.lastSeq + 1 ? AuditLog::tr(
                    "Audit entry %1 was removed from the end of the log (SQLite's sequence counter has reached it).")
                                              .arg(h)
                                        : AuditLog::tr("Audit entries %1 to %2 were removed from the end of the log "
                                                       "(SQLite's sequence counter has reached %2).")
                                              .arg(report.lastSeq + 1)
                                              .arg(h));
        report.checked.append(AuditLog::tr("SQLite's sequence counter (entry %1)").arg(h));
    }
}

} // namespace

Result<AuditVerification> AuditLog::verifyAll(const QStringList &backupFiles) const
{
    AuditVerification report;
    // Heads recorded elsewhere: each entry they name is looked at during the walk.
    QList<ExpectedHead> expected;
    auto meta = readMetaHead(m_db.sql(), report, expected);
    if (!meta)
        return meta.error();
    expectHeadFile(m_db, report, expected);
    expectBackups(backupFiles, m_db.stationId(), report, expected);
    if (auto walked = walkChain(m_db.sql(), report, expected); !walked)
        return walked.error();
    compareHeads(expected, report);
    checkMetaHead(meta.value(), report);
    checkSequence(m_db.sql(), report);
    checkPublishedHeads(m_db.sql(), report);
    report.problems.removeDuplicates();
    return report;
}

QString AuditLog::hashAt(qint64 seq) const
{
    auto hash = sql::scalar(m_db.sql(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), { seq });
    return hash && hash.value().isValid() ? hash.value().toString() : QString();
}

QString AuditLog::headFile(const QString &databasePath)
{
    return databasePath + QStringLiteral(".audit-head");
}

Status AuditLog::updateHeadFile(Database &db)
{
    if (db.stationId().isEmpty())
        return {};
    auto value = sql::scalar(db.sql(), QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    if (!value)
        return value.error();
    const Head now = parseHead(value.value().toString(), false);
    if (!now.present)
        return {};
    const QString file = headFile(db.path());
    const Head before = readHeadFile(file);
    if (before.present && before.stationId == db.stationId()) {
        if (before.seq == now.seq && before.hash == now.hash)
            return {};
        auto hash = sql::scalar(db.sql(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), { before.seq });
        if (!hash)
            return hash.error();
        if (before.seq > now.seq || hash.value().toByteArray() != before.hash)
            return Error::invalid(
                tr("The audit log no longer holds entry %1 as recorded in %2; the file is kept as evidence. "
                   "Run safetynet-cli audit-verify.")
                    .arg(before.seq)
                    .arg(file));
    }
    return writeHeadFile(file, db.stationId(), now.seq, now.hash);
}

Status AuditLog::resetHeadFile(const QString &databasePath, const QString &restoredFile)
{
    auto head = readBackupHead(restoredFile);
    if (!head)
        return head.error();
    const QString file = headFile(databasePath);
    if (!head->present || head->stationId.isEmpty()) {
        if (QFile::exists(file) && !QFile::remove(file))
            return Error::io(tr("Cannot remove %1.").arg(file));
        return {};
    }
    return writeHeadFile(file, head->stationId, head->seq, head->hash);
}

} // namespace sn
