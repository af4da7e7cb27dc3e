#include "SyncService.h"

#include "RowApplier.h"

#include "../ReviewService.h"

#include "database/AuditLog.h"
#include "database/ChangeCapture.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/Migrator.h"
#include "database/SearchIndex.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"
#include "domain/HybridClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <sqlite3.h>
#include <unistd.h>

namespace sn {

namespace {

const QRegularExpression &bundlePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8})\\.bundle$"));
    return pattern;
}

bool writeDurably(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = f.errorString();
        return false;
    }
    if (f.write(data) != data.size() || !f.flush()) {
        *error = f.errorString();
        return false;
    }
    if (::fsync(f.handle()) != 0) {
        *error = QStringLiteral("fsync failed");
        return false;
    }
    f.close();
    return true;
}

// A deferred (read) transaction, ended when it goes out of scope; nothing when the caller already has one.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db) : m_db(db) {}
    ~ReadTransaction() { end(); }
    Status begin()
    {
        sqlite3 *h = sql::handle(m_db.sql());
        if (!h || !sqlite3_get_autocommit(h))
            return {};
        if (auto r = sql::exec(m_db.sql(), QStringLiteral("BEGIN DEFERRED")); !r)
            return r.error();
        m_open = true;
        return {};
    }
    void end()
    {
        // Nothing was written: a COMMIT that fails (a statement still reading) is a ROLLBACK just as well.
        if (m_open && !sql::exec(m_db.sql(), QStringLiteral("COMMIT")))
            (void)sql::exec(m_db.sql(), QStringLiteral("ROLLBACK"));
        m_open = false;
    }

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace

QJsonObject SyncReport::toJson() const
{
    return {{QStringLiteral("share_reachable"), shareReachable},
            {QStringLiteral("exported"), exportedChanges},
            {QStringLiteral("exported_bundle"), exportedSeq},
            {QStringLiteral("imported_bundles"), importedBundles},
            {QStringLiteral("imported"), appliedChanges},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("refused"), QJsonArray::fromStringList(refused)},
            {QStringLiteral("held_back"), QJsonArray::fromStringList(heldBack)},
            {QStringLiteral("parked"), QJsonArray::fromStringList(parked)}};
}

SyncService::SyncService(Database &db, Session session, SyncKey key)
    : m_db(db)
    , m_session(std::move(session))
    , m_key(std::move(key))
{
}

QString SyncService::bundleName(qint64 seq)
{
    return QStringLiteral("%1.bundle").arg(seq, 8, 10, QLatin1Char('0'));
}

Result<qint64> SyncService::pendingChanges() const
{
    // The outbox is append-only with AUTOINCREMENT keys (migration 0011 refuses to delete or renumber an
    // unsent row), so the unsent rows are exactly the range (last sent, highest seq]: two b-tree look-ups
    // instead of counting every unsent row (1.1 million on a district's first sync, 0.1 s at every start).
    auto v = sql::scalar(m_db.sql(), QStringLiteral(
        "SELECT max(0, coalesce((SELECT max(seq) FROM sync_outbox), 0) - coalesce((SELECT max(last_outbox) FROM sync_sent), 0))"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<SyncReport> SyncService::sync(const QString &share, const Progress &progress)
{
    if (!m_key.isValid())
        return Error::invalid(tr("No district key: import the key file first."), QStringLiteral("key"));
    if (m_db.stationId().isEmpty())
        return Error::invalid(tr("This database has no station id."));
    SyncReport report;
    if (!QFileInfo(share).isDir()) {
        report.shareReachable = false;
        return Error::io(tr("The shared folder %1 cannot be reached.").arg(share));
    }
    // Import first, so what we export already reflects what others sent (fewer conflicts downstream).
    if (auto s = importFrom(share, report, progress); !s)
        return s.error();
    if (auto s = exportTo(share, report); !s)
        return s.error();
    return report;
}

Status SyncService::exportTo(const QString &share, SyncReport &report)
{
    // Bundles of at most MaxOutboxEntries queued changes each: memory stays bounded on both sides, and the
    // receiver applies each in a transaction of reasonable size.
    for (;;) {
        const qint64 seqBefore = report.exportedSeq;
        if (auto s = exportOne(share, report); !s)
            return s;
        if (report.exportedSeq == seqBefore)
            return {};
    }
}

Status SyncService::exportOne(const QString &share, SyncReport &report)
{
    const QString folder = QDir(share).filePath(m_db.stationId());
    if (!QDir().mkpath(folder))
        return Error::io(tr("Cannot create %1 on the shared folder.").arg(folder));

    // Recover our numbering if a bundle reached the share but its bookkeeping did not reach the database
    // (power cut between rename and commit): never reuse a sequence number, never resend its range.
    auto lastSent = sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_sent"));
    if (!lastSent)
        return lastSent.error();
    qint64 seq = lastSent.value().toLongLong();
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        const auto m = bundlePattern().match(name);
        if (!m.hasMatch() || m.captured(1).toLongLong() <= seq)
            continue;
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto header = Bundle::peek(f.read(1024 * 1024));
        if (!header || header->station != m_db.stationId())
            continue;
        auto adopt = sql::exec(m_db.sql(), QStringLiteral(
            "INSERT OR IGNORE INTO sync_sent (seq, first_outbox, last_outbox, changes, file_name, bundle_sha, written_at) VALUES (?, ?, ?, ?, ?, '', ?)"),
            {header->seq, header->firstOutbox, header->lastOutbox, header->changes, name, header->created.toString(Qt::ISODate)});
        if (!adopt)
            return adopt.error();
        seq = header->seq;
    }

    // Every row of the bundle read in one read transaction: one consistent view, and one read lock instead of
    // one per statement (a bundle is 20000 of them). Nothing is written in it; the bookkeeping below commits alone.
    ReadTransaction reading(m_db);
    if (auto s = reading.begin(); !s)
        return s;
    auto lastOutbox = sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(max(last_outbox), 0) FROM sync_sent"));
    if (!lastOutbox)
        return lastOutbox.error();
    // Cut after MaxOutboxEntries, but only where a household row starts (a new household is written row by
    // row after its household row): a station that applies one bundle and not yet the next never holds half a
    // household. The look-ahead bounds a bundle when no such place comes.
    constexpr int MaxOutboxEntries = 20000;
    constexpr int LookAhead = 5000;
    auto pending = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT seq, table_name, row_key, prev_hlc FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?"),
        {lastOutbox.value(), MaxOutboxEntries + LookAhead});
    if (!pending)
        return pending.error();
    struct Pending { QString table, key, prevHlc; };
    QList<Pending> rows;
    QHash<QString, int> index; // table/key -> position: one change per row, with the oldest replaced stamp
    qint64 first = 0, last = 0;
    int taken = 0;
    while (pending.value().next()) {
        const qint64 s = pending.value().value(0).toLongLong();
        const QString table = pending.value().value(1).toString();
        if (taken >= MaxOutboxEntries && table == QLatin1String("households"))
            break;
        ++taken;
        if (first == 0)
            first = s;
        last = s;
        const QString key = pending.value().value(2).toString();
        const QString id = table + QLatin1Char('/') + key;
        if (!index.contains(id)) {
            index.insert(id, int(rows.size()));
            rows.append({table, key, pending.value().value(3).toString()});
        }
    }
    pending.value().finish();
    if (rows.isEmpty())
        return {};

    auto tables = ChangeCapture::tables(m_db);
    if (!tables)
        return tables.error();
    sync::RowApplier reader(m_db, tables.value());
    QList<Change> changes;
    changes.reserve(rows.size());
    for (const Pending &p : std::as_const(rows)) {
        const SyncedTable *t = reader.table(p.table);
        if (!t)
            continue; // a table no longer synced
        auto row = reader.current(*t, p.key);
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        changes.append({p.table, p.key, p.prevHlc, std::move(*row.value()), false});
    }
    // Parents the changes refer to, so that a station which has not heard of them yet can apply the bundle
    // (a member edited here of a household created at a third station).
    QSet<QString> present;
    for (const Change &c : std::as_const(changes))
        present.insert(c.table + QLatin1Char('/') + c.key);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString table = changes.at(i).table; // copies: appending below may move the list
        const Row row = changes.at(i).row;
        for (const auto &[column, parentTable] : reader.parents(table)) {
            const QString parentKey = row.value(column).toString();
            if (parentKey.isEmpty() || present.contains(parentTable + QLatin1Char('/') + parentKey))
                continue;
            present.insert(parentTable + QLatin1Char('/') + parentKey);
            if (parentTable == QLatin1String("regions"))
                continue; // every station loads the same region tree at set-up
            auto parent = reader.current(*reader.table(parentTable), parentKey);
            if (!parent)
                return parent.error();
            if (parent.value())
                changes.append({parentTable, parentKey, QString(), *parent.value(), true});
        }
    }
    reading.end();
    ++seq;
    BundleHeader header;
    header.schema = Migrator::latestVersion();
    header.station = m_db.stationId();
    header.stationName = m_db.meta(QStringLiteral("station_name"));
    header.seq = seq;
    header.firstOutbox = first;
    header.lastOutbox = last;
    header.created = Clock::now();
    auto sealed = Bundle::seal(header, changes, m_key);
    if (!sealed)
        return sealed.error();

    // Temp name, flush, fsync, close, verify, rename: readers never see a partial file under a real name.
    const QString name = bundleName(seq);
    const QString finalPath = QDir(folder).filePath(name);
    const QString temp = QDir(folder).filePath(QStringLiteral(".%1.tmp-%2").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QString error;
    if (!writeDurably(temp, sealed.value(), &error)) {
        QFile::remove(temp);
        return Error::io(tr("Cannot write the bundle to the shared folder: %1").arg(error));
    }
    {
        // What was sealed above, byte for byte (opening it again would decrypt and parse it all a second time).
        QFile check(temp);
        if (!check.open(QIODevice::ReadOnly) || check.readAll() != sealed.value() || !Bundle::peek(sealed.value())) {
            QFile::remove(temp);
            return Error::io(tr("The bundle written to the shared folder did not read back correctly."));
        }
    }
    if (QFile::exists(finalPath) || !QFile::rename(temp, finalPath)) {
        QFile::remove(temp);
        return Error::io(tr("Cannot publish the bundle %1 on the shared folder.").arg(name));
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(sealed.value(), QCryptographicHash::Sha256).toHex());
    auto recorded = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO sync_sent (seq, first_outbox, last_outbox, changes, file_name, bundle_sha, written_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {seq, first, last, changes.size(), name, sha, Clock::now().toString(Qt::ISODate)});
    if (!recorded)
        return recorded.error();
    report.exportedChanges += int(changes.size());
    report.exportedSeq = seq;
    return {};
}

Status SyncService::importFrom(const QString &share, SyncReport &report, const Progress &progress)
{
    QDir root(share);
    const QStringList stations = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // Work out everything to read first, for the progress bar.
    struct Pending { QString station; QList<qint64> seqs; };
    QList<Pending> work;
    int total = 0;
    for (const QString &station : stations) {
        if (station == m_db.stationId())
            continue;
        Pending p{station, {}};
        for (const QString &name : QDir(root.filePath(station)).entryList(QDir::Files, QDir::Name)) {
            const auto m = bundlePattern().match(name); // temp files of a writer that died never match
            if (m.hasMatch())
                p.seqs.append(m.captured(1).toLongLong());
        }
        std::sort(p.seqs.begin(), p.seqs.end());
        total += int(p.seqs.size());
        work.append(p);
    }
    int done = 0;
    for (const Pending &p : std::as_const(work)) {
        auto received = sql::scalar(m_db.sql(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_received WHERE station_id = ?"), {p.station});
        if (!received)
            return received.error();
        qint64 expected = received.value().toLongLong() + 1;
        for (qint64 seq : p.seqs) {
            ++done;
            if (progress && !progress(done, total))
                return {};
            if (seq < expected)
                continue; // applied before
            const QString name = p.station + QLatin1Char('/') + bundleName(seq);
            if (seq > expected) {
                report.heldBack.append(tr("%1: waiting for bundle %2 of this station").arg(name).arg(expected));
                break;
            }
            QFile f(root.filePath(p.station + QLatin1Char('/') + bundleName(seq)));
            if (!f.open(QIODevice::ReadOnly)) {
                report.refused.append(tr("%1: cannot be read (%2)").arg(name, f.errorString()));
                break;
            }
            const QByteArray copy = f.readAll(); // the local copy: the share may change under us
            f.close();
            const int refusedBefore = int(report.refused.size() + report.parked.size());
            if (auto s = applyFile(copy, name, report); !s)
                return s;
            if (int(report.refused.size() + report.parked.size()) > refusedBefore)
                break; // stop this station here; later bundles wait for this one
            ++expected;
        }
    }
    return {};
}

Status SyncService::applyFile(const QByteArray &file, const QString &name, SyncReport &report)
{
    auto header = Bundle::peek(file);
    if (!header) {
        report.refused.append(tr("%1: %2").arg(name, header.error().message));
        return {};
    }
    if (header->format > Bundle::Format || header->schema > Migrator::latestVersion()) {
        report.parked.append(tr("%1: written by a newer SafetyNet (schema %2); update this station to apply it")
                                 .arg(name).arg(header->schema));
        return {};
    }
    if (header->station == m_db.stationId())
        return {};
    BundleHeader verified;
    auto changes = Bundle::open(file, m_key, &verified);
    if (!changes) {
        report.refused.append(tr("%1: %2").arg(name, changes.error().message));
        return {};
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    auto known = sql::scalar(m_db.sql(), QStringLiteral("SELECT bundle_sha FROM sync_received WHERE station_id = ? AND seq = ?"),
                             {verified.station, verified.seq});
    if (!known)
        return known.error();
    if (known.value().isValid())
        return {}; // re-import is a no-op

    auto tables = ChangeCapture::tables(m_db);
    if (!tables)
        return tables.error();
    sync::RowApplier applier(m_db, tables.value());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = ChangeCapture::setApplying(m_db, true); !s)
        return s;
    // A big bundle is written without the capture triggers (put back below, in this transaction).
    constexpr int BulkChanges = 2000;
    const bool bulk = changes->size() >= BulkChanges;
    if (bulk) {
        if (auto s = ChangeCapture::dropTriggers(m_db); !s)
            return s;
    }
    // Households whose search document (their own row, their members) or tier (also incomes) may have changed,
    // and every household the bundle touched with the tables it changed, for the audit log.
    QSet<QString> searchHouseholds, tierHouseholds;
    QHash<QString, QStringList> householdTables;
    HlcStamp newest;
    AuditLog audit(m_db);
    audit.setCacheChain(true);
    int conflicts = 0;
    struct Detected { QString id, table, key, household, winnerHlc, loserHlc, winnerJson, loserJson; };
    QList<Detected> detected;
    QHash<const RowShape *, int> householdIndex; // position of the household column in rows of each shape
    for (const Change &c : changes.value()) {
        const SyncedTable *t = applier.table(c.table);
        if (!t) {
            report.refused.append(tr("%1: unknown table %2").arg(name, c.table));
            return {}; // rolled back by the guard
        }
        const QString remoteHlc = c.row.hlc();
        bool ok = false;
        const HlcStamp stamp = HlcStamp::fromString(remoteHlc, &ok);
        if (ok && newest < stamp)
            newest = stamp;
        // The local stamps decide; the whole local row is read only for a concurrent edit.
        auto local = applier.stamp(*t, c.key);
        if (!local)
            return local.error();
        if (c.context && local.value())
            continue; // a parent we already know: its own writer's bundle carries its changes
        bool write = true;
        if (local.value()) {
            const sync::RowApplier::Stamp &mine = *local.value();
            const QString &localHlc = mine.hlc;
            if (localHlc == remoteHlc)
                continue; // already have exactly this version
            const bool remoteWins = localHlc < remoteHlc; // stamps sort like their text; station id breaks ties
            const bool sameWriter = mine.stationId == c.row.stationId();
            // Conflict rows themselves only follow the last writer: a resolution replaces a detection.
            const bool concurrent = c.prevHlc != localHlc && !sameWriter && c.table != QLatin1String("conflicts");
            write = remoteWins;
            std::optional<Row> mineRow;
            if (concurrent) {
                auto full = applier.current(*t, c.key);
                if (!full)
                    return full.error();
                mineRow = std::move(full.value());
            }
            if (concurrent && mineRow && !sync::sameContent(*mineRow, c.row)) {
                const QJsonObject mineJson = mineRow->toJson();
                const QJsonObject remoteJson = c.row.toJson();
                const QJsonObject &winner = remoteWins ? remoteJson : mineJson;
                const QJsonObject &loser = remoteWins ? mineJson : remoteJson;
                const QString loserHlc = loser.value(QStringLiteral("hlc")).toString();
                const QString id = QUuid::createUuidV5(QUuid(QStringLiteral("{0d7c3a8e-51b2-4c3f-9a61-6f2e8b7d4c10}")),
                                                       c.table + QLatin1Char('/') + c.key + QLatin1Char('/') + loserHlc)
                                       .toString(QUuid::WithoutBraces);
                const QString hcol = sync::householdColumn(c.table);
                const QString household = hcol.isEmpty() ? QString() : winner.value(hcol).toString();
                // Recorded after the loop, with capture on, so every station learns of it: the losing version
                // may exist nowhere else once this station has moved on.
                detected.append({id, c.table, c.key, household, winner.value(QStringLiteral("hlc")).toString(), loserHlc,
                                 QString::fromUtf8(QJsonDocument(winner).toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(QJsonDocument(loser).toJson(QJsonDocument::Compact))});
                ++conflicts;
                AuditEntry entry;
                entry.action = QStringLiteral("conflict");
                entry.table = c.table;
                entry.recordId = c.key;
                entry.householdId = household;
                entry.field = QStringLiteral("*");
                entry.oldValue = QString::fromUtf8(QJsonDocument(loser).toJson(QJsonDocument::Compact));
                entry.newValue = QString::fromUtf8(QJsonDocument(winner).toJson(QJsonDocument::Compact));
                entry.userName = tr("sync from %1").arg(verified.stationName);
                if (auto s = audit.append(entry); !s)
                    return s;
            }
        }
        if (!write)
            continue;
        if (auto s = applier.write(*t, c.row, local.value().has_value()); !s)
            return s;
        ++report.appliedChanges;
        auto hcol = householdIndex.constFind(c.row.shape.get());
        if (hcol == householdIndex.constEnd()) {
            const QString column = sync::householdColumn(c.table);
            hcol = householdIndex.insert(c.row.shape.get(), column.isEmpty() ? -1 : c.row.shape->indexOf(column));
        }
        if (*hcol >= 0) {
            const QString household = c.row.values.at(*hcol).toString();
            QStringList &tables = householdTables[household];
            if (!tables.contains(c.table)) {
                tables.append(c.table);
                const bool own = c.table == QLatin1String("households") || c.table == QLatin1String("members");
                if (own)
                    searchHouseholds.insert(household);
                if (own || c.table == QLatin1String("incomes"))
                    tierHouseholds.insert(household);
            }
        }
    }
    // Derived data of the households whose rows behind it changed: search index and tier. Review schedules are
    // not generated here: the writer generated them and its tasks travel as rows (generating them again here,
    // on a partial view, would only produce duplicates and false conflicts).
    if (searchHouseholds.size() > 500) {
        if (auto s = SearchIndex(m_db).reindex(searchHouseholds.values()); !s)
            return s;
    } else {
        HouseholdRepository repo(m_db);
        SearchIndex search(m_db);
        for (const QString &id : std::as_const(searchHouseholds)) {
            auto h = repo.load(id);
            if (!h) {
                if (auto s = search.remove(id); !s)
                    return s;
                continue; // deleted (tombstone) or not yet complete
            }
            if (auto s = search.index(h.value()); !s)
                return s;
        }
    }
    if (!tierHouseholds.isEmpty()) {
        if (auto s = ReviewService(m_db, Session::system()).refreshTiers(tierHouseholds.values()); !s)
            return s;
    }
    if (bulk) {
        if (auto s = ChangeCapture::ensureTriggers(m_db); !s)
            return s;
    }
    if (auto s = ChangeCapture::setApplying(m_db, false); !s)
        return s;
    for (const Detected &d : std::as_const(detected)) {
        auto recorded = sql::exec(m_db.sql(), QStringLiteral(
            "INSERT INTO conflicts (id, table_name, row_key, household_id, winner_hlc, loser_hlc, winner_json, loser_json, detected_at, hlc, station_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
            {d.id, d.table, d.key, sql::nullIfEmpty(d.household), d.winnerHlc, d.loserHlc, d.winnerJson, d.loserJson,
             Clock::now().toString(Qt::ISODate), m_db.stamp(), m_db.stationId()});
        if (!recorded)
            return recorded.error();
    }
    if (!newest.isNull())
        m_db.clock().observe(newest);

    AuditLog summary(m_db); // the refreshes above appended entries of their own: start from the table again
    summary.setCacheChain(true);
    // One entry per household, all at the moment of this transaction (thousands for a first sync).
    const QString changedText = tr("bundle %1 changed %2");
    const QString fromStation = tr("sync from %1").arg(verified.stationName);
    const QDateTime appliedAt = Clock::now();
    for (auto it = householdTables.constBegin(); it != householdTables.constEnd(); ++it) {
        AuditEntry entry;
        entry.at = appliedAt;
        entry.action = QStringLiteral("sync");
        entry.table = QStringLiteral("households");
        entry.recordId = it.key();
        entry.householdId = it.key();
        entry.field = QStringLiteral("*");
        entry.newValue = changedText.arg(name, it.value().join(QStringLiteral(", ")));
        entry.userName = fromStation;
        if (auto s = summary.append(entry); !s)
            return s;
    }
    auto received = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO sync_received (station_id, seq, bundle_sha, changes, applied_at) VALUES (?, ?, ?, ?, ?)"),
        {verified.station, verified.seq, sha, changes->size(), Clock::now().toString(Qt::ISODate)});
    if (!received)
        return received.error();
    if (auto s = tx.commit(); !s)
        return s;
    ++report.importedBundles;
    report.conflicts += conflicts;
    return {};
}

Result<QList<ConflictEntry>> SyncService::conflicts(bool openOnly) const
{
    QString where = QStringLiteral("deleted = 0");
    QVariantList values;
    if (openOnly)
        where += QStringLiteral(" AND status = 'open'");
    if (!Roles::districtWide(m_session.role)) {
        where += QStringLiteral(" AND (household_id IS NULL OR household_id IN (SELECT id FROM households WHERE township_code = ?))");
        values.append(m_session.townshipCode);
    }
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT id, table_name, row_key, coalesce(household_id, ''), winner_hlc, loser_hlc, winner_json, loser_json, detected_at, status, resolution "
        "FROM conflicts WHERE %1 ORDER BY detected_at DESC").arg(where), values);
    if (!q)
        return q.error();
    QList<ConflictEntry> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ConflictEntry e;
        e.id = r.value(0).toString();
        e.table = r.value(1).toString();
        e.key = r.value(2).toString();
        e.householdId = r.value(3).toString();
        e.winnerHlc = r.value(4).toString();
        e.loserHlc = r.value(5).toString();
        e.winner = QJsonDocument::fromJson(r.value(6).toString().toUtf8()).object();
        e.loser = QJsonDocument::fromJson(r.value(7).toString().toUtf8()).object();
        e.detectedAt = QDateTime::fromString(r.value(8).toString(), Qt::ISODate);
        e.resolved = r.value(9).toString() == QLatin1String("resolved");
        e.resolution = r.value(10).toString();
        list.append(e);
    }
    return list;
}

Status SyncService::resolve(const QString &conflictId, Resolution resolution, const QJsonObject &merged)
{
    auto all = conflicts(false);
    if (!all)
        return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(), [&](const ConflictEntry &e) { return e.id == conflictId; });
    if (it == all->cend())
        return Error::notFound(tr("No conflict with the id %1.").arg(conflictId));
    const ConflictEntry conflict = *it;
    if (conflict.resolved)
        return Error::conflict(tr("This conflict is already resolved."));
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role may not resolve conflicts."));
    if (conflict.householdId.isEmpty() && !Roles::districtWide(m_session.role))
        return Error::forbidden(tr("Only the district may resolve conflicts outside households."));

    auto tables = ChangeCapture::tables(m_db);
    if (!tables)
        return tables.error();
    sync::RowApplier applier(m_db, tables.value());
    const SyncedTable *t = applier.table(conflict.table);
    if (!t)
        return Error::invalid(tr("The table %1 is not synced.").arg(conflict.table));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (resolution != Resolution::KeepWinner) {
        auto current = applier.current(*t, conflict.key);
        if (!current)
            return current.error();
        QJsonObject row = current.value() ? current.value()->toJson() : conflict.winner;
        const QJsonObject chosen = resolution == Resolution::TakeLoser ? conflict.loser : merged;
        for (auto field = chosen.constBegin(); field != chosen.constEnd(); ++field) {
            if (field.key() != t->key && field.key() != QLatin1String("hlc") && field.key() != QLatin1String("station_id")
                && t->payload().contains(field.key()))
                row.insert(field.key(), field.value());
        }
        // A new version on top of the current one: it syncs like any edit (its previous stamp is the winner's).
        row.insert(QStringLiteral("hlc"), m_db.stamp());
        row.insert(QStringLiteral("station_id"), m_db.stationId());
        if (auto s = applier.write(*t, Row::fromJson(t->name, row), current.value().has_value()); !s)
            return s;
        if (!conflict.householdId.isEmpty()) {
            if (auto h = HouseholdRepository(m_db).load(conflict.householdId)) {
                if (auto s = SearchIndex(m_db).index(h.value()); !s)
                    return s;
                if (auto s = ReviewService(m_db, Session::system()).refreshHousehold(conflict.householdId); !s)
                    return s;
            }
        }
    }
    const QString code = resolution == Resolution::KeepWinner ? QStringLiteral("kept_winner")
                       : resolution == Resolution::TakeLoser ? QStringLiteral("took_loser") : QStringLiteral("merged");
    auto marked = sql::exec(m_db.sql(), QStringLiteral(
        "UPDATE conflicts SET status = 'resolved', resolution = ?, resolved_by = ?, resolved_at = ?, hlc = ?, station_id = ? WHERE id = ?"),
        {code, m_session.userName, Clock::now().toString(Qt::ISODate), m_db.stamp(), m_db.stationId(), conflictId});
    if (!marked)
        return marked.error();
    AuditEntry entry;
    entry.action = QStringLiteral("resolve");
    entry.table = conflict.table;
    entry.recordId = conflict.key;
    entry.householdId = conflict.householdId;
    entry.field = QStringLiteral("*");
    entry.newValue = code;
    entry.userId = m_session.userId;
    entry.userName = m_session.userName;
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s;
    return tx.commit();
}

Result<QList<TableDigest>> SyncService::digest(Database &db)
{
    auto tables = ChangeCapture::tables(db);
    if (!tables)
        return tables.error();
    QList<TableDigest> digests;
    for (const SyncedTable &t : tables.value()) {
        if (t.name == QLatin1String("conflicts"))
            continue; // what each station noticed, not data
        QStringList columns = t.payload();
        columns.removeAll(QStringLiteral("hlc"));
        columns.removeAll(QStringLiteral("station_id"));
        auto q = sql::exec(db.sql(), QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), t.name, t.key));
        if (!q)
            return q.error();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        while (q.value().next()) {
            QJsonArray row;
            for (int i = 0; i < columns.size(); ++i)
                row.append(sync::jsonOf(q.value().value(i)));
            hash.addData(QJsonDocument(row).toJson(QJsonDocument::Compact));
            hash.addData(QByteArrayView("\n", 1));
            ++rows;
        }
        digests.append({t.name, rows, QString::fromLatin1(hash.result().toHex())});
    }
    return digests;
}

} // namespace sn
