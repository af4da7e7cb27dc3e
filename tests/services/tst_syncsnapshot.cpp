// Compaction of the share into signed snapshots (issue 19, item 7): only what every active station has applied is
// removed, a revoked station holds nobody back, a tampered snapshot is refused and written again, a new station
// joins from the snapshot and the bundles after it, a station restored from an old copy and a folder put back
// from an old copy still converge, and a township window's file gets nothing of another township from it.
#include "StationFixture.h"
#include "SyncTestUtil.h"

#include "database/SqlUtil.h"
#include "services/BackupService.h"
#include "services/HouseholdService.h"
#include "services/sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestSyncSnapshot : public QObject
{
    Q_OBJECT

    SyncKey m_key = SyncKey::generate(QStringLiteral("城北区"));
    QRandomGenerator m_rng { 19 };
    int m_serial = 0;

    SyncReport syncWith(Database &db, const QString &share)
    {
        auto r = SyncService(db, admin(), m_key).sync(share);
        if (!r)
            qFatal("sync failed: %s", qPrintable(r.error().message));
        return r.value();
    }

    SyncService::Compaction compactAt(Database &db, const QString &share)
    {
        auto c = SyncService(db, admin(), m_key).compact(share);
        if (!c)
            qFatal("compact failed: %s", qPrintable(c.error().message));
        return c.value();
    }

    QString addHousehold(Database &db)
    {
        return HouseholdService(db, admin()).create(randomHousehold(m_rng, ++m_serial)).value();
    }

    void setPhone(Database &db, const QString &id, const QString &phone)
    {
        HouseholdService service(db, admin());
        Household h = service.getForEdit(id).value();
        h.phone = phone;
        QVERIFY(service.update(h));
    }

    static QStringList bundlesOf(const QString &share, Database &db)
    {
        return QDir(QDir(share).filePath(db.stationId())).entryList({ QStringLiteral("*.bundle") }, QDir::Files);
    }

    static QString snapshotOf(const QString &share, Database &db)
    {
        return QDir(share).filePath(db.stationId() + QLatin1Char('/') + SyncService::SnapshotFile);
    }

    // Every station syncs `rounds` times in turn.
    void syncAll(const QList<Database *> &stations, const QString &share, int rounds = 2)
    {
        for (int i = 0; i < rounds; ++i) {
            for (Database *db : stations)
                syncWith(*db, share);
        }
    }

private slots:
    void initTestCase() { Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0))); }

    // Nothing is compacted while a station has not applied it; once every station has, the snapshot is written
    // and each station's covered bundles leave the share at its next sync. A new station then joins from the
    // snapshot and the bundles after it, and holds what the others hold.
    void compactsWhatEveryStationHasAppliedAndANewStationJoins()
    {
        QTemporaryDir share;
        Station a, b, c;
        syncWith(*c.db, share.path()); // C is on the share, and has applied nothing of A's yet
        for (int i = 0; i < 5; ++i)
            addHousehold(*a.db);
        const QString edited = addHousehold(*b.db);
        syncWith(*a.db, share.path());
        syncWith(*b.db, share.path());
        syncWith(*a.db, share.path());
        // Whatever it writes, no bundle C has not applied leaves the share.
        SyncService::Compaction early = compactAt(*a.db, share.path());
        QCOMPARE(early.pruned, 0);
        QVERIFY(!bundlesOf(share.path(), *a.db).isEmpty());
        syncWith(*b.db, share.path());
        QVERIFY(!bundlesOf(share.path(), *b.db).isEmpty());

        syncAll({ c.db.get(), a.db.get(), b.db.get() }, share.path());
        compactAt(*a.db, share.path());
        syncAll({ a.db.get(), b.db.get(), c.db.get() }, share.path(), 1);
        QVERIFY(QFile::exists(snapshotOf(share.path(), *a.db)));
        QVERIFY(bundlesOf(share.path(), *a.db).isEmpty());
        QVERIFY(bundlesOf(share.path(), *b.db).isEmpty());
        QVERIFY(bundlesOf(share.path(), *c.db).isEmpty());
        // Nothing new since: a second compaction writes nothing, and says why.
        SyncService::Compaction again = compactAt(*a.db, share.path());
        QVERIFY(!again.written);
        QVERIFY(!again.reason.isEmpty());

        // After the snapshot: an edit at B and a household at A, in bundles after it.
        setPhone(*b.db, edited, QStringLiteral("13900000019"));
        const QString later = addHousehold(*a.db);
        syncWith(*b.db, share.path());
        syncWith(*a.db, share.path());

        Station d;
        SyncReport rd = syncWith(*d.db, share.path());
        QCOMPARE(rd.joinedFrom, a.db->stationId() + QStringLiteral("/snapshot.snap"));
        QVERIFY2(rd.heldBack.isEmpty() && rd.refused.isEmpty(), QJsonDocument(rd.toJson()).toJson().constData());
        QVERIFY(rd.importedBundles >= 2); // the bundles after the snapshot
        QCOMPARE(HouseholdService(*d.db, admin()).get(edited)->phone, QStringLiteral("13900000019"));
        QVERIFY(HouseholdService(*d.db, admin()).get(later));
        syncAll({ a.db.get(), b.db.get(), c.db.get(), d.db.get() }, share.path());
        QCOMPARE(digestText(*d.db), digestText(*a.db));
        QCOMPARE(digestText(*c.db), digestText(*a.db));
        QCOMPARE(digestText(*b.db), digestText(*a.db));
    }

    // A station whose keys the district revoked acknowledges nothing that counts: it does not hold the others'
    // compaction back.
    void aRevokedStationDoesNotBlock()
    {
        QTemporaryDir share;
        Station a, b, stolen;
        addHousehold(*a.db);
        syncAll({ a.db.get(), b.db.get(), stolen.db.get() }, share.path());
        auto rotated = SyncService(*a.db, admin(), m_key).rotateKeys(share.path(), { stolen.db->stationId() });
        QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().message));
        for (int i = 0; i < 3; ++i)
            addHousehold(*a.db);
        syncAll({ a.db.get(), b.db.get() }, share.path());
        SyncService::Compaction c = compactAt(*a.db, share.path());
        QVERIFY2(c.written, qPrintable(c.reason));
        QVERIFY(bundlesOf(share.path(), *a.db).isEmpty());
        Station fresh;
        SyncReport r = syncWith(*fresh.db, share.path());
        QVERIFY(!r.joinedFrom.isEmpty());
        syncAll({ a.db.get(), b.db.get(), fresh.db.get() }, share.path());
        QCOMPARE(digestText(*fresh.db), digestText(*a.db));
    }

    // A station that has not been updated does not say it reads snapshots in its acknowledgement: nothing is
    // compacted while it is on the share, so it is never left waiting for bundles that are gone.
    void anOlderStationHoldsCompactionBack()
    {
        QTemporaryDir share;
        Station a, older;
        addHousehold(*a.db);
        syncAll({ a.db.get(), older.db.get() }, share.path());
        // Its acknowledgement as a SafetyNet from before snapshots writes it: the same, signed, without the mark.
        const QString ackPath
            = QDir(share.path()).filePath(older.db->stationId() + QStringLiteral("/acknowledged.json"));
        QFile f(ackPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject ack = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QVERIFY(ack.contains(QStringLiteral("reads_snapshots")));
        ack.remove(QStringLiteral("reads_snapshots"));
        SyncService signer(*older.db, admin(), m_key);
        QVERIFY(signer.prepareKeys());
        ack.insert(QStringLiteral("signature"),
            QString::fromLatin1(signer.keyRing().sign(SyncService::canonical(ack)).toBase64()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(ack).toJson(QJsonDocument::Compact));
        f.close();

        syncWith(*a.db, share.path());
        SyncService::Compaction c = compactAt(*a.db, share.path());
        QVERIFY(!c.written);
        QVERIFY2(c.reason.contains(QStringLiteral("update")), qPrintable(c.reason));
        QVERIFY(!bundlesOf(share.path(), *a.db).isEmpty());
        syncWith(*older.db, share.path()); // updated: its acknowledgement says so again
        syncWith(*a.db, share.path());
        QVERIFY(compactAt(*a.db, share.path()).written);
    }

    // A snapshot altered on the share is refused with a message naming it, nothing of it is applied, and its
    // station writes it again at its next sync, from which the new station joins.
    void aTamperedSnapshotIsRefusedAndWrittenAgain()
    {
        QTemporaryDir share;
        Station a, b;
        for (int i = 0; i < 3; ++i)
            addHousehold(*a.db);
        syncAll({ a.db.get(), b.db.get() }, share.path());
        QVERIFY(compactAt(*a.db, share.path()).written);
        syncWith(*b.db, share.path());
        QFile f(snapshotOf(share.path(), *a.db));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 middle = f.size() / 2;
        f.seek(middle);
        char byte = 0;
        QVERIFY(f.getChar(&byte));
        f.seek(middle);
        QVERIFY(f.putChar(char(byte ^ 0x20)));
        f.close();

        Station d;
        const QString before = digestText(*d.db);
        SyncReport r = syncWith(*d.db, share.path());
        QVERIFY(r.joinedFrom.isEmpty());
        const QString refused = r.refused.join(QLatin1Char('\n'));
        QVERIFY2(refused.contains(QStringLiteral("snapshot.snap")) && refused.contains(QStringLiteral("altered")),
            qPrintable(refused));
        QVERIFY(!r.heldBack.isEmpty()); // waits for what it cannot get, says so, applies nothing
        QCOMPARE(digestText(*d.db), before);

        syncWith(*a.db, share.path()); // finds its snapshot damaged, writes it again
        r = syncWith(*d.db, share.path());
        QVERIFY2(!r.joinedFrom.isEmpty(), QJsonDocument(r.toJson()).toJson().constData());
        syncAll({ a.db.get(), b.db.get(), d.db.get() }, share.path());
        QCOMPARE(digestText(*d.db), digestText(*a.db));
    }

    // A station restored from a backup made before bundles it needs were compacted away (its own among them)
    // starts from the snapshot: nothing lost, nothing stalled, the same data as the others.
    void aStationRestoredFromAnOldCopyRecoversFromTheSnapshot()
    {
        QTemporaryDir share;
        QTemporaryDir scratch;
        Station a, b;
        const QString shared = addHousehold(*a.db);
        syncAll({ a.db.get(), b.db.get() }, share.path());
        const QString backup = scratch.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(b.db->backupTo(backup));
        const QString fromB = addHousehold(*b.db); // published after the backup
        setPhone(*a.db, shared, QStringLiteral("13900000020"));
        for (int i = 0; i < 3; ++i)
            addHousehold(*a.db);
        syncAll({ b.db.get(), a.db.get(), b.db.get(), a.db.get() }, share.path(), 1);
        QVERIFY(compactAt(*a.db, share.path()).written);
        syncWith(*b.db, share.path());
        QVERIFY(bundlesOf(share.path(), *b.db).isEmpty());

        const QString path = b.db->path();
        b.db.reset();
        QVERIFY(BackupService::restore(path, backup));
        b.db = std::move(Database::open(path).value());
        SyncReport r = syncWith(*b.db, share.path());
        QVERIFY2(!r.joinedFrom.isEmpty() && r.heldBack.isEmpty() && r.lost.isEmpty(),
            QJsonDocument(r.toJson()).toJson().constData());
        QCOMPARE(HouseholdService(*b.db, admin()).get(shared)->phone, QStringLiteral("13900000020"));
        QVERIFY(HouseholdService(*b.db, admin()).get(fromB)); // its own, back from the snapshot
        const QString after = addHousehold(*b.db);
        syncAll({ b.db.get(), a.db.get() }, share.path());
        QVERIFY(HouseholdService(*a.db, admin()).get(after));
        QCOMPARE(digestText(*b.db), digestText(*a.db));
    }

    // The compacting station's folder put back from a copy made before the compaction: its old bundles reappear
    // and its snapshot is gone, while the other stations' compacted bundles stay gone. A new station waits (and
    // says for what); the compacting station writes its snapshot again at its next sync and the new one joins.
    void aFolderPutBackFromAnOldCopyStillConverges()
    {
        QTemporaryDir share;
        QTemporaryDir scratch;
        Station a, b;
        addHousehold(*a.db);
        addHousehold(*b.db);
        syncAll({ a.db.get(), b.db.get() }, share.path());
        const QString folder = QDir(share.path()).filePath(a.db->stationId());
        const QString copy = scratch.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(copy));
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(folder).filePath(name), QDir(copy).filePath(name)));
        addHousehold(*a.db);
        syncAll({ a.db.get(), b.db.get() }, share.path());
        QVERIFY(compactAt(*a.db, share.path()).written);
        syncWith(*b.db, share.path());
        QVERIFY(bundlesOf(share.path(), *b.db).isEmpty());

        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(QDir().mkpath(folder));
        for (const QString &name : QDir(copy).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(copy).filePath(name), QDir(folder).filePath(name)));
        Station d;
        SyncReport r = syncWith(*d.db, share.path());
        QVERIFY(r.joinedFrom.isEmpty());
        QVERIFY(!r.heldBack.isEmpty());
        SyncReport ra = syncWith(*a.db, share.path());
        QVERIFY(QFile::exists(snapshotOf(share.path(), *a.db)));
        QVERIFY2(bundlesOf(share.path(), *a.db).isEmpty(), QJsonDocument(ra.toJson()).toJson().constData());
        r = syncWith(*d.db, share.path());
        QVERIFY2(!r.joinedFrom.isEmpty() && r.heldBack.isEmpty(), QJsonDocument(r.toJson()).toJson().constData());
        syncAll({ a.db.get(), b.db.get(), d.db.get() }, share.path());
        QCOMPARE(digestText(*d.db), digestText(*a.db));
        QCOMPARE(digestText(*b.db), digestText(*a.db));
    }

    // A snapshot is sealed per township like a bundle: a township window that joins from it holds its own
    // township's households and none of another's; and only a district station compacts.
    void aTownshipWindowJoinsWithItsOwnTownshipOnly()
    {
        QTemporaryDir share;
        QTemporaryDir scratch;
        Station bureau;
        const QString chaoyang = HouseholdService(*bureau.db, admin()).create(household()).value();
        Household other = household(QStringLiteral("630105003"), QStringLiteral("630105003001"));
        other.members[0].idNumber = makeId(QDate(1980, 1, 1), 51);
        other.members[1].idNumber = makeId(QDate(1982, 5, 6), 52);
        const QString mafang = HouseholdService(*bureau.db, admin()).create(other).value();
        syncWith(*bureau.db, share.path());
        QVERIFY(compactAt(*bureau.db, share.path()).written);
        QVERIFY(bundlesOf(share.path(), *bureau.db).isEmpty());

        auto enrolment = StationService::enrol(*bureau.db, admin(), QStringLiteral("朝阳街道"),
            QStringLiteral("朝阳-窗口1"), QStringLiteral("window-pass"), m_key);
        QVERIFY2(enrolment, enrolment ? "" : qPrintable(enrolment.error().message));
        auto window = StationService::join(scratch.filePath(QStringLiteral("cy.sqlite")), enrolment.value(),
            QStringLiteral("window-pass"), RegionTree::builtIn());
        QVERIFY2(window, window ? "" : qPrintable(window.error().message));
        auto joined = SyncService(*window.value(), admin()).sync(share.path());
        QVERIFY2(joined, joined ? "" : qPrintable(joined.error().message));
        QVERIFY2(!joined->joinedFrom.isEmpty() && joined->refused.isEmpty(),
            QJsonDocument(joined->toJson()).toJson().constData());
        QVERIFY(HouseholdService(*window.value(), admin()).get(chaoyang));
        QCOMPARE(sql::scalar(
                     window.value()->sql(), QStringLiteral("SELECT count(*) FROM households WHERE id = ?"), { mafang })
                     ->toInt(),
            0);
        auto refused = SyncService(*window.value(), admin()).compact(share.path());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("district")));
    }
};

QTEST_GUILESS_MAIN(TestSyncSnapshot)
#include "tst_syncsnapshot.moc"
