// The sync campaign of issue 19: three to five stations edit the same households and sync in random order over a
// share that is treated the way township offices treat one: bundles deleted, duplicated into other names and
// folders, held back and delivered late, truncated; a station's folder rolled back to an old copy; a station
// restored from its backup, and in every even seed (every seed with SN_CAMPAIGN_SKEW=1) a desk whose clock runs
// hours ahead; now and then a station compacts the share into a snapshot, and at the end a new station joins. In
// every seed, after the share is left alone and every station has synced a few times:
//   - the stations converge (the same content in every synced table, conflicts included);
//   - every version of a household made anywhere is current, or in a conflict, or an ancestor of one of those
//     (overwritten by a station that had seen it), or has the same content as the current one; the only versions
//     allowed to vanish are those the restored station made after its backup whose one copy was a bundle the
//     share destroyed before any station applied it (and only when that station reported the bundle lost);
//   - no conflict pairs a version with one of its ancestors.
// The ancestry is the test's own: each edit's parent is the version the editing station held just before it,
// independent of the version vectors the stations keep.
#include "StationFixture.h"
#include "SyncTestUtil.h"

#include "database/ChangeCapture.h"
#include "database/SqlUtil.h"
#include "database/SyncedRowStore.h"
#include "services/BackupService.h"
#include "services/HouseholdService.h"
#include "services/sync/RowApplier.h"
#include "services/sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

QString hlcOf(Database &db, const QString &household)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT hlc FROM households WHERE id = ?"), { household })
        .value()
        .toString();
}

// The household row's content without its stamps (as sync compares versions).
QString contentOf(Database &db, const QString &household)
{
    const auto tables = ChangeCapture::tables(db).value();
    SyncedRowStore store(db, tables);
    auto row = store.current(*store.table(QStringLiteral("households")), household);
    if (!row || !row.value())
        return {};
    QJsonObject o = row.value()->toJson();
    o.remove(QStringLiteral("hlc"));
    o.remove(QStringLiteral("station_id"));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Where two stations differ: each row of a synced table whose content differs, with both stamps and what each
// station records as seen, so a failing seed can be explained from its output.
QString differences(Database &a, Database &b)
{
    QStringList out;
    const auto tables = ChangeCapture::tables(a).value();
    SyncedRowStore sa(a, tables);
    SyncedRowStore sb(b, tables);
    for (const SyncedTable &t : tables) {
        if (t.name == QLatin1String("conflicts"))
            continue;
        QSet<QString> keys;
        for (Database *db : { &a, &b }) {
            auto q = sql::exec(db->sql(), QStringLiteral("SELECT %1 FROM %2").arg(t.key, t.name));
            while (q && q.value().next())
                keys.insert(q.value().value(0).toString());
        }
        for (const QString &key : std::as_const(keys)) {
            auto ra = sa.current(t, key);
            auto rb = sb.current(t, key);
            const QJsonObject ja = ra && ra.value() ? ra.value()->toJson() : QJsonObject();
            const QJsonObject jb = rb && rb.value() ? rb.value()->toJson() : QJsonObject();
            if (sync::sameContent(ja, jb))
                continue;
            const QString ha = ja.value(QStringLiteral("hlc")).toString();
            const QString hb = jb.value(QStringLiteral("hlc")).toString();
            out.append(QStringLiteral("%1/%2: %3 [%4] vs %5 [%6]")
                           .arg(t.name, key, ha, sa.seen(t.name, key, ha).value().toText(), hb,
                               sb.seen(t.name, key, hb).value().toText()));
        }
    }
    return out.join(QLatin1Char('\n'));
}

constexpr qint64 SkewMs = qint64(3) * 3600 * 1000; // station 1's computer runs three hours ahead

struct Campaign
{
    explicit Campaign(quint32 seed)
        : rng(seed)
        , skewed(seed % 2 == 0 || qEnvironmentVariableIsSet("SN_CAMPAIGN_SKEW"))
    {
    }

    QRandomGenerator rng;
    bool skewed;
    QTemporaryDir share;
    QTemporaryDir scratch;
    SyncKey key = SyncKey::generate(QStringLiteral("城北区"));
    std::vector<std::unique_ptr<Station>> stations;
    QStringList households;
    QHash<QString, QString> parentOf; // every version of a household made: stamp -> the stamp it was made on
    QHash<QString, QString> contentAt; // stamp -> content
    QList<QPair<QString, QString>> hidden; // (bundle path on the share, where it waits)
    QString rolledFolder; // a station folder copied aside, to be put back later
    QString rolledCopy;
    int backedUp = -1;
    QString backupFile;
    int restores = 0;
    int serial = 0;
    QStringList trace; // what happened, printed when a seed fails
    QSet<QString> sinceBackup; // versions the backed-up station made between its backup and its restore
    bool lostOnShare = false; // the restored station found bundles of that window gone from the share
    QHash<int, QSet<QString>> bookkept; // station -> rows of sync_received and sync_sent already traced
    int compactions = 0;

    Database &db(int s) { return *stations[size_t(s)]->db; }

    void skewClock(int s)
    {
        // Every even seed (every seed with SN_CAMPAIGN_SKEW=1): station 1's desk runs three hours ahead.
        if (s != 1 || !skewed)
            return;
        HybridClock ahead(db(s).writerId(), [] { return QDateTime::currentMSecsSinceEpoch() + SkewMs; });
        ahead.restore(db(s).clock().last()); // a desk's clock never goes back behind what it has stamped or seen
        db(s).clock() = ahead;
    }

    void record(int s, const QString &household, const QString &parent)
    {
        const QString now = hlcOf(db(s), household);
        if (now.isEmpty() || now == parent)
            return;
        parentOf.insert(now, parent);
        contentAt.insert(now, contentOf(db(s), household));
        if (s == backedUp && restores == 0)
            sinceBackup.insert(now);
        trace.append(QStringLiteral("%1 edits %2: %3 on %4").arg(name(s), household.left(8), now, parent));
    }

    void edit(int s)
    {
        HouseholdService service(db(s), admin());
        if (households.isEmpty() || rng.bounded(4) == 0) {
            auto id = service.create(randomHousehold(rng, ++serial));
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            households.append(id.value());
            record(s, id.value(), QString());
            return;
        }
        const QString id = households.at(int(rng.bounded(int(households.size()))));
        const QString parent = hlcOf(db(s), id);
        if (parent.isEmpty())
            return; // not arrived here yet
        auto h = service.getForEdit(id);
        if (!h)
            return; // deleted
        if (rng.bounded(25) == 0) {
            (void)service.remove(id, QStringLiteral("campaign"));
        } else {
            Household edited = h.value();
            edited.phone = QStringLiteral("139%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
            (void)service.update(edited);
        }
        record(s, id, parent);
    }

    QString name(int s) { return QStringLiteral("S%1(%2)").arg(s).arg(db(s).stationId().left(8)); }

    SyncReport sync(int s)
    {
        auto r = SyncService(db(s), admin(), key).sync(share.path());
        if (!r)
            qFatal("sync of station %d failed: %s", s, qPrintable(r.error().message));
        const SyncReport &report = r.value();
        traceBookkeeping(s);
        lostOnShare = lostOnShare || !report.lost.isEmpty();
        trace.append(QStringLiteral("%1 syncs: sent %2 (%3 changes), applied %4 bundles (%5 changes), %6 conflicts, "
                                    "taken back %7, rewritten [%8], held back [%9], refused [%10]")
                         .arg(name(s))
                         .arg(report.exportedSeq)
                         .arg(report.exportedChanges)
                         .arg(report.importedBundles)
                         .arg(report.appliedChanges)
                         .arg(report.conflicts)
                         .arg(report.takenBack)
                         .arg(report.rewritten.join(u' '), report.heldBack.join(u' '), report.refused.join(u' ')));
        return report;
    }

    // A station compacts the share (issue 19, item 7): every station here is a district station, so two of them may
    // compact at nearly the same time, as two district desks could.
    void compact(int s)
    {
        auto c = SyncService(db(s), admin(), key).compact(share.path());
        if (!c)
            qFatal("compaction at station %d failed: %s", s, qPrintable(c.error().message));
        compactions += c->written ? 1 : 0;
        trace.append(
            QStringLiteral("%1 compacts: %2")
                .arg(name(s),
                    c->written
                        ? QStringLiteral("snapshot of %1 rows, %2 of its bundles removed").arg(c->rows).arg(c->pruned)
                        : c->reason));
    }

    // Bundles applied and written (again) by the station since the last look.
    void traceBookkeeping(int s)
    {
        const QString queries[] = {
            QStringLiteral(
                "SELECT 'applied ' || substr(station_id, 1, 8) || '/' || seq || ' ' || substr(bundle_sha, 1, 8) "
                "|| ' (' || changes || ' changes)' FROM sync_received"),
            QStringLiteral("SELECT 'wrote ' || seq || ' [' || first_outbox || '..' || last_outbox || '] ' || "
                           "substr(bundle_sha, 1, 8) || ' (' || changes || ' changes)' FROM sync_sent"),
        };
        QSet<QString> &known = bookkept[s];
        for (const QString &query : queries) {
            auto q = sql::exec(db(s).sql(), query);
            while (q && q.value().next()) {
                const QString line = q.value().value(0).toString();
                if (!known.contains(line)) {
                    known.insert(line);
                    trace.append(QStringLiteral("  %1 %2").arg(name(s), line));
                }
            }
        }
    }

    QString shortPath(const QString &path) const
    {
        const QFileInfo info(path);
        return info.absoluteDir().dirName().left(8) + QLatin1Char('/') + info.fileName();
    }

    QStringList bundles()
    {
        QStringList out;
        const QDir root(share.path());
        for (const QString &station : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &f : QDir(root.filePath(station)).entryList({ QStringLiteral("*.bundle") }, QDir::Files))
                out.append(root.filePath(station + QLatin1Char('/') + f));
        }
        return out;
    }

    QString anyBundle()
    {
        const QStringList all = bundles();
        return all.isEmpty() ? QString() : all.at(int(rng.bounded(int(all.size()))));
    }

    void copyFolder(const QString &from, const QString &to)
    {
        QDir().mkpath(to);
        for (const QString &f : QDir(from).entryList(QDir::Files))
            QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f));
    }

    // One careless act on the share, or none.
    void mistreatShare()
    {
        const int roll = int(rng.bounded(100));
        const QString bundle = anyBundle();
        if (bundle.isEmpty())
            return;
        if (roll < 12) { // an IT clean-up
            trace.append(QStringLiteral("share: %1 deleted").arg(shortPath(bundle)));
            QFile::remove(bundle);
        } else if (roll < 20) { // a USB stick pulled too early
            QFile f(bundle);
            if (f.open(QIODevice::ReadWrite))
                f.resize(f.size() / 2);
            trace.append(QStringLiteral("share: %1 truncated").arg(shortPath(bundle)));
        } else if (roll < 27) { // copied into another station's folder, under the next free number
            const QString target = QFileInfo(anyBundle()).absolutePath();
            int next = 1;
            while (QFile::exists(QDir(target).filePath(SyncService::bundleName(next))))
                ++next;
            QFile::copy(bundle, QDir(target).filePath(SyncService::bundleName(next)));
            trace.append(QStringLiteral("share: %1 copied to %2")
                             .arg(shortPath(bundle), shortPath(QDir(target).filePath(SyncService::bundleName(next)))));
        } else if (roll < 37) { // moved away and back later: delivered out of order
            const QString waiting = scratch.filePath(QStringLiteral("hidden-%1").arg(hidden.size()));
            if (QFile::rename(bundle, waiting)) {
                hidden.append({ bundle, waiting });
                trace.append(QStringLiteral("share: %1 taken away").arg(shortPath(bundle)));
            }
        } else if (roll < 42 && rolledFolder.isEmpty()) { // a copy of a folder, put back later
            rolledFolder = QFileInfo(bundle).absolutePath();
            rolledCopy = scratch.filePath(QStringLiteral("rolled-%1").arg(rng.bounded(1000000)));
            copyFolder(rolledFolder, rolledCopy);
            trace.append(QStringLiteral("share: folder %1 copied aside").arg(QDir(rolledFolder).dirName().left(8)));
        } else if (roll < 47 && !rolledFolder.isEmpty()) { // the folder rolled back to that copy
            QDir(rolledFolder).removeRecursively();
            copyFolder(rolledCopy, rolledFolder);
            trace.append(QStringLiteral("share: folder %1 rolled back").arg(QDir(rolledFolder).dirName().left(8)));
            rolledFolder.clear();
        }
        for (qsizetype i = hidden.size() - 1; i >= 0; --i) {
            if (rng.bounded(3) == 0) {
                if (!QFile::exists(hidden.at(i).first) && QFile::rename(hidden.at(i).second, hidden.at(i).first))
                    trace.append(QStringLiteral("share: %1 put back").arg(shortPath(hidden.at(i).first)));
                hidden.removeAt(i);
            }
        }
    }

    void backupOrRestore(int s)
    {
        if (backedUp < 0) {
            backedUp = s;
            backupFile = scratch.filePath(QStringLiteral("backup.sqlite"));
            QVERIFY(db(s).backupTo(backupFile));
            trace.append(QStringLiteral("%1 backed up").arg(name(s)));
            return;
        }
        if (restores > 0)
            return;
        // Restored right after a sync: what it did since the backup is on the share (edits never sent anywhere are
        // lost by a restore, as they would be at any desk).
        sync(backedUp);
        Station &station = *stations[size_t(backedUp)];
        const QString path = station.db->path();
        station.db.reset();
        QVERIFY(BackupService::restore(path, backupFile));
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        station.db = std::move(reopened.value());
        skewClock(backedUp);
        ++restores;
        trace.append(QStringLiteral("%1 restored").arg(name(backedUp)));
    }

    void putBackEverything()
    {
        for (const auto &[path, waiting] : std::as_const(hidden)) {
            if (!QFile::exists(path) && QFile::rename(waiting, path))
                trace.append(QStringLiteral("share: %1 put back").arg(shortPath(path)));
        }
        hidden.clear();
    }
};

QSet<QString> ancestorsOf(const QHash<QString, QString> &parentOf, QString version)
{
    QSet<QString> out;
    for (version = parentOf.value(version); !version.isEmpty() && !out.contains(version);
         version = parentOf.value(version))
        out.insert(version);
    return out;
}

} // namespace

class TestSyncCampaign : public QObject
{
    Q_OBJECT
private slots:
    void campaign_data()
    {
        QTest::addColumn<quint32>("seed");
        // 16 seeds by default (about 20 s on a loaded 2-core machine); SN_CAMPAIGN_SEEDS=N runs seeds 1..N. Each
        // run differs beyond its seed (station ids, the wall clock), so a rare failure shows up over many runs:
        // the failing seed prints the rows that differ and everything that happened, to be explained from that.
        const quint32 seeds = quint32(qEnvironmentVariableIntValue("SN_CAMPAIGN_SEEDS"));
        const quint32 only = quint32(qEnvironmentVariableIntValue("SN_CAMPAIGN_SEED")); // one seed, to explain it
        for (quint32 seed = only > 0 ? only : 1; seed <= (only > 0 ? only : seeds > 0 ? seeds : 16u); ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void campaign()
    {
        QFETCH(quint32, seed);
        Campaign c(seed);
        const int count = 3 + int(c.rng.bounded(3));
        for (int i = 0; i < count; ++i) {
            c.stations.push_back(std::make_unique<Station>());
            c.skewClock(i);
        }
        const int steps = 40;
        const int backupAt = 5 + int(c.rng.bounded(10));
        const int restoreAt = backupAt + 5 + int(c.rng.bounded(15));
        for (int step = 0; step < steps; ++step) {
            const int s = int(c.rng.bounded(count));
            c.trace.append(QStringLiteral("step %1").arg(step));
            for (int e = int(c.rng.bounded(3)); e >= 0; --e)
                c.edit(s);
            if (step == backupAt || step == restoreAt)
                c.backupOrRestore(s);
            if (c.rng.bounded(2) == 0)
                c.sync(int(c.rng.bounded(count)));
            if (c.rng.bounded(6) == 0)
                c.compact(int(c.rng.bounded(count)));
            c.mistreatShare();
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(c.restores, 1);
        // The share left alone: every station syncs until nothing moves.
        c.putBackEverything();
        c.trace.append(QStringLiteral("the share left alone"));
        // Compacted once more, then a new station joins: from the latest snapshot and the bundles after it when the
        // bundles before are gone from the share.
        for (int s = 0; s < count; ++s)
            c.sync(s);
        c.compact(0);
        for (int s = 0; s < count; ++s)
            c.sync(s);
        c.stations.push_back(std::make_unique<Station>());
        const SyncReport joined = c.sync(count);
        c.trace.append(QStringLiteral("a new station joined from [%1]").arg(joined.joinedFrom));
        const int all = count + 1;
        QStringList stuck;
        for (int pass = 0; pass < 6; ++pass) {
            stuck.clear();
            for (int s = 0; s < all; ++s) {
                const SyncReport r = c.sync(s);
                stuck += r.refused + r.heldBack + r.parked;
            }
        }
        QVERIFY2(stuck.isEmpty(), qPrintable(stuck.join(QLatin1Char('\n'))));

        const QString reference = digestText(c.db(0));
        for (int s = 1; s < all; ++s) {
            if (digestText(c.db(s)) == reference)
                continue;
            // Qt Test cuts long messages: the explanation goes out line by line.
            for (const QString &line : differences(c.db(0), c.db(s)).split(u'\n') + c.trace)
                qInfo("%s", qPrintable(line));
            QFAIL(qPrintable(QStringLiteral("station %1 differs from station 0 (rows and events above)").arg(s)));
        }

        // Which versions survive: the current ones and both sides of every conflict.
        QSet<QString> survivors;
        QHash<QString, QString> currentContent; // household -> content
        for (const QString &id : std::as_const(c.households)) {
            survivors.insert(hlcOf(c.db(0), id));
            currentContent.insert(id, contentOf(c.db(0), id));
        }
        auto q = sql::exec(c.db(0).sql(),
            QStringLiteral("SELECT winner_hlc, loser_hlc FROM conflicts WHERE table_name = 'households'"));
        QVERIFY(q);
        int conflicts = 0;
        while (q.value().next()) {
            const QString winner = q.value().value(0).toString();
            const QString loser = q.value().value(1).toString();
            QVERIFY2(c.parentOf.contains(winner) && c.parentOf.contains(loser),
                qPrintable(QStringLiteral("a conflict between versions nobody made: %1 / %2").arg(winner, loser)));
            QVERIFY2(
                !ancestorsOf(c.parentOf, winner).contains(loser) && !ancestorsOf(c.parentOf, loser).contains(winner),
                qPrintable(QStringLiteral("a conflict pairs %1 with its ancestor %2").arg(winner, loser)));
            survivors.insert(winner);
            survivors.insert(loser);
            ++conflicts;
        }
        QSet<QString> covered;
        for (const QString &v : std::as_const(survivors)) {
            covered.insert(v);
            covered.unite(ancestorsOf(c.parentOf, v));
        }
        QSet<QString> currentContents(currentContent.cbegin(), currentContent.cend());
        int lost = 0;
        int lostWithTheirBundle = 0;
        QStringList lostVersions;
        for (auto it = c.parentOf.constBegin(); it != c.parentOf.constEnd(); ++it) {
            if (covered.contains(it.key()) || currentContents.contains(c.contentAt.value(it.key())))
                continue;
            // Made after the backup by the station restored later, in a bundle the share lost before any station
            // applied it: the one copy is gone (the restored station says which bundles, relayLost sends again
            // whatever another station applied). Every other version must survive.
            if (c.lostOnShare && c.sinceBackup.contains(it.key())) {
                ++lostWithTheirBundle;
                continue;
            }
            ++lost;
            lostVersions.append(it.key());
        }
        if (lost > 0) {
            for (const QString &line : std::as_const(c.trace))
                qInfo("%s", qPrintable(line));
        }
        QVERIFY2(lost == 0, qPrintable(QStringLiteral("versions lost without a trace: ") + lostVersions.join(u' ')));
        qInfo("seed %u: %d stations, %lld versions, %d conflicts, %d lost with a bundle the share lost, %d snapshots, "
              "the new station joined %s",
            seed, count, qint64(c.parentOf.size()), conflicts, lostWithTheirBundle, c.compactions,
            joined.joinedFrom.isEmpty() ? "from the bundles" : "from a snapshot");
    }
};

QTEST_GUILESS_MAIN(TestSyncCampaign)
#include "tst_synccampaign.moc"
