// The audit log finds tampering: an edited entry, a deleted entry in the middle, a deleted tail (also when
// the attacker rewrote the in-database head records), a rewritten chain (against a backup); and it records
// every unmasking of an ID number and every print.
#include "StationFixture.h"

#include "database/AuditLog.h"
#include "database/SqlUtil.h"
#include "services/BackupService.h"
#include "services/HouseholdService.h"
#include "services/documents/CardService.h"
#include "services/documents/DocumentService.h"

#include <QFile>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestAudit : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;
    QString m_householdId;

    Database &db() { return *m_station->db; }

    void sqlOk(const QString &statement, const QVariantList &values = {})
    {
        auto r = sql::exec(db().sql(), statement, values);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    }
    void sqlOkOn(Database &d, const QString &statement, const QVariantList &values = {})
    {
        auto r = sql::exec(d.sql(), statement, values);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    }
    // What someone with the sqlite3 shell can do: the append-only triggers are no obstacle.
    void dropGuards()
    {
        sqlOk(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        sqlOk(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
    qint64 lastSeq()
    {
        return sql::scalar(db().sql(), QStringLiteral("SELECT max(seq) FROM audit_log")).value().toLongLong();
    }
    // Rewrite the head records inside the database to match the (shortened) log, as a careful attacker would.
    void forgeInDatabaseHead()
    {
        sqlOk(QStringLiteral("UPDATE meta SET value = (SELECT seq || ' ' || hash FROM audit_log ORDER BY seq DESC "
                             "LIMIT 1) WHERE key = 'audit_head'"));
        sqlOk(QStringLiteral(
            "UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM audit_log) WHERE name = 'audit_log'"));
    }
    // Recompute every hash from `from` on, so the chain itself is consistent again.
    void rechain(qint64 from)
    {
        auto prev = sql::scalar(db().sql(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), { from - 1 });
        QByteArray prevHash = prev.value().isValid() ? prev.value().toByteArray() : QByteArray(64, '0');
        auto entries = AuditLog(db()).recent(100000);
        QVERIFY(entries);
        QList<AuditEntry> list = entries.value();
        std::reverse(list.begin(), list.end());
        for (const AuditEntry &e : list) {
            if (e.seq < from)
                continue;
            const QByteArray h = AuditLog::hashOf(e, prevHash);
            sqlOk(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"),
                { QString::fromLatin1(prevHash), QString::fromLatin1(h), e.seq });
            prevHash = h;
        }
    }
    QString firstProblem(const QStringList &backups = {})
    {
        auto r = AuditLog(db()).verifyAll(backups);
        if (!r)
            return QStringLiteral("ERROR ") + r.error().message;
        return r->problems.value(0);
    }

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
        HouseholdService service(db(), admin());
        for (int i = 0; i < 4; ++i) {
            Household h = household();
            h.members[0].idNumber = makeId(QDate(1980, 1, 1), 1 + 2 * i);
            h.members[1].idNumber = makeId(QDate(1982, 5, 6), 2 + 2 * i);
            auto id = service.create(h);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            m_householdId = id.value();
        }
        QVERIFY(lastSeq() >= 4);
    }

    void intactPasses()
    {
        auto r = AuditLog(db()).verifyAll();
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->problems.join(u'\n')));
        QCOMPARE(r->lastSeq, lastSeq());
        QCOMPARE(r->entries, lastSeq());
        // Head compared with the meta row, the file beside the database and sqlite_sequence.
        QCOMPARE(r->checked.size(), 3);
        QFile head(AuditLog::headFile(db().path()));
        QVERIFY(head.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = head.readAll().simplified().split(' ');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(QString::fromLatin1(parts[0]), db().stationId());
        QCOMPARE(parts[1].toLongLong(), lastSeq());
        QCOMPARE(head.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void editedEntryIsFound()
    {
        dropGuards();
        sqlOk(QStringLiteral("UPDATE audit_log SET user_name = 'someone else' WHERE seq = 2"));
        QCOMPARE(firstProblem(), QStringLiteral("Audit entry 2 was altered: its hash does not match its content."));
        QVERIFY(!AuditLog(db()).verify());
    }

    void deletedMiddleEntryIsFound()
    {
        dropGuards();
        sqlOk(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        QCOMPARE(firstProblem(), QStringLiteral("Audit entry 3 is missing (the log jumps from 2 to 4)."));
    }

    void deletedTailIsFound()
    {
        const qint64 last = lastSeq();
        dropGuards();
        sqlOk(QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), { last - 2 });
        const QString p = firstProblem();
        QVERIFY2(
            p.contains(QStringLiteral("Audit entries %1 to %2 were removed").arg(last - 1).arg(last)), qPrintable(p));
    }

    void deletedTailWithForgedDatabaseHeadIsFoundByTheHeadFile()
    {
        const qint64 last = lastSeq();
        dropGuards();
        sqlOk(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { last });
        forgeInDatabaseHead();
        auto r = AuditLog(db()).verifyAll();
        QVERIFY(r);
        QCOMPARE(r->problems.size(), 1);
        QVERIFY2(r->problems[0].startsWith(
                     QStringLiteral("Audit entry %1 was removed from the end of the log: the copy in ").arg(last)),
            qPrintable(r->problems[0]));

        // Going on working does not launder the deletion: the head file only moves forward.
        HouseholdService service(db(), admin());
        QVERIFY(service.get(m_householdId));
        QVERIFY(service.revealIdNumber(m_householdId, service.get(m_householdId)->members[0].id));
        QCOMPARE(lastSeq(), last); // the new entry took the deleted entry's number
        const QString p = firstProblem();
        QVERIFY2(p.contains(QStringLiteral("Audit entry %1 differs from the copy in").arg(last)), qPrintable(p));
    }

    void deletingTheHeadRecordIsFound()
    {
        dropGuards();
        sqlOk(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { lastSeq() });
        sqlOk(QStringLiteral("DELETE FROM meta WHERE key = 'audit_head'"));
        sqlOk(QStringLiteral("DROP TRIGGER audit_log_head"));
        const auto r = AuditLog(db()).verifyAll();
        QVERIFY(r);
        QVERIFY(
            r->problems.contains(QStringLiteral("The trigger that records the audit log's last entry was removed.")));
        QVERIFY(r->problems.contains(
            QStringLiteral("The record of the audit log's last entry was deleted (the log ends at entry %1).")
                .arg(lastSeq())));
    }

    // A rewritten chain with every head record forged is beyond the database and the file beside it; a backup
    // made before the rewrite still shows it. Without one it goes unnoticed (SECURITY.md says so).
    void rewrittenChainIsFoundOnlyAgainstABackup()
    {
        const QString backup = m_station->dir.filePath(QStringLiteral("backups/daily-2026-11-28.sqlite"));
        QVERIFY(db().backupTo(backup));
        dropGuards();
        sqlOk(QStringLiteral("UPDATE audit_log SET user_name = 'someone else' WHERE seq = 2"));
        rechain(2);
        forgeInDatabaseHead();
        QFile::remove(AuditLog::headFile(db().path()));
        auto r = AuditLog(db()).verifyAll();
        QVERIFY(r);
        QVERIFY2(r->ok(), "without a backup the forgery is consistent");
        const QString p = firstProblem({ backup });
        QVERIFY2(p.startsWith(QStringLiteral("Audit entry %1 differs from the backup ").arg(lastSeq())), qPrintable(p));
    }

    void backupsOfOtherStationsAreNotCompared()
    {
        Station other;
        const QString backup = other.dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(other.db->backupTo(backup));
        auto r = AuditLog(db()).verifyAll({ backup });
        QVERIFY(r);
        QVERIFY(r->ok());
        QCOMPARE(r->notes.size(), 1);
    }

    void restoreMovesTheHeadBack()
    {
        const QString backup = m_station->dir.filePath(QStringLiteral("before.sqlite"));
        QVERIFY(db().backupTo(backup));
        const qint64 atBackup = lastSeq();
        HouseholdService(db(), admin()).getForEdit(m_householdId);
        QCOMPARE(lastSeq(), atBackup + 1);
        const QString path = db().path();
        m_station->db.reset();
        QVERIFY(BackupService::restore(path, backup));
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        auto r = AuditLog(*reopened.value()).verifyAll();
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->problems.join(u'\n')));
        QCOMPARE(r->lastSeq, atBackup);
    }

    // Issue 23: a log written by an older version (a full JSON snapshot of each new household, the previous hash
    // stored in every entry) goes on with compact entries (head and row counts, no stored previous hash); the
    // whole chain verifies, and a compact entry is as tamper-evident as an old one.
    void fullSnapshotsThenCompactEntriesVerify()
    {
        Station station;
        Database &d = *station.db;
        auto head = sql::exec(d.sql(), QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        QVERIFY(head);
        qint64 seq = 0;
        QByteArray prev(64, '0');
        if (head.value().next()) {
            seq = head.value().value(0).toLongLong();
            prev = head.value().value(1).toByteArray();
        }
        const qint64 firstOld = seq + 1;
        for (int i = 0; i < 3; ++i) { // as the version before issue 23 wrote them
            AuditEntry e;
            e.seq = ++seq;
            e.at = QDateTime(QDate(2026, 11, 1), QTime(9, i), Qt::UTC);
            e.userId = QStringLiteral("admin");
            e.userName = QStringLiteral("admin");
            e.stationId = d.stationId();
            e.action = QStringLiteral("create");
            e.table = QStringLiteral("households");
            e.recordId = QStringLiteral("old-%1").arg(i);
            e.householdId = e.recordId;
            e.field = QStringLiteral("*");
            e.newValue = QStringLiteral(R"({"households":[{"address":"北园村%1号"}],"members":[{"name":"张三",)"
                                        R"("id_number":"630105198001010018"}]})")
                             .arg(i);
            const QByteArray hash = AuditLog::hashOf(e, prev);
            sqlOkOn(d,
                QStringLiteral("INSERT INTO audit_log (seq, at, user_id, user_name, station_id, action, table_name, "
                               "record_id, household_id, field, old_value, new_value, prev_hash, hash) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { e.seq, e.at.toString(Qt::ISODateWithMs), e.userId, e.userName, e.stationId, e.action, e.table,
                    e.recordId, e.householdId, e.field, QString(), e.newValue, QString::fromLatin1(prev),
                    QString::fromLatin1(hash) });
            prev = hash;
        }
        HouseholdService service(d, admin());
        auto id = service.create(household());
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        const qint64 compact = sql::scalar(d.sql(),
            QStringLiteral("SELECT seq FROM audit_log WHERE record_id = ? "
                           "AND action = 'create'"),
            { id.value() })
                                   .value()
                                   .toLongLong();
        QVERIFY(compact > seq);
        QList<AuditEntry> mine = AuditLog(d).forHousehold(id.value()).value();
        mine.removeIf([](const AuditEntry &e) { return e.action != QLatin1String("create"); });
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().newValue, QStringLiteral(R"({"head":"张三","incomes":1,"members":2})"));
        QCOMPARE(sql::scalar(d.sql(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE seq >= ? AND prev_hash <> ''"), { firstOld })
                     .value()
                     .toInt(),
            3);
        QCOMPARE(sql::scalar(d.sql(), QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = ?"), { compact })
                     .value()
                     .toString(),
            QString());
        auto r = AuditLog(d).verifyAll();
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->problems.join(u'\n')));
        QVERIFY(r->lastSeq >= compact); // the new household's tier follows its creation

        // Tampering with the compact entry: its value, or a previous hash written into it.
        sqlOkOn(d, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        sqlOkOn(d, QStringLiteral("UPDATE audit_log SET new_value = ? WHERE seq = ?"),
            { QStringLiteral(R"({"head":"李四","members":2})"), compact });
        auto tampered = AuditLog(d).verifyAll();
        QVERIFY(tampered);
        QCOMPARE(tampered->problems.value(0),
            QStringLiteral("Audit entry %1 was altered: its hash does not match its content.").arg(compact));
        sqlOkOn(d, QStringLiteral("UPDATE audit_log SET new_value = ?, prev_hash = ? WHERE seq = ?"),
            { mine.first().newValue, QString(64, u'1'), compact });
        QCOMPARE(AuditLog(d).verifyAll()->problems.value(0),
            QStringLiteral("Audit entry %1 was altered: its hash does not match its content.").arg(compact));
        sqlOkOn(d, QStringLiteral("UPDATE audit_log SET prev_hash = '' WHERE seq = ?"), { compact });
        QVERIFY(AuditLog(d).verifyAll()->ok()); // restored as written
    }

    void unmaskingIsAudited()
    {
        const Session clerk { QStringLiteral("u-17"), QStringLiteral("王会计"), Role::TownshipClerk, Chaoyang, {} };
        HouseholdService service(db(), clerk);
        auto h = service.get(m_householdId);
        QVERIFY(h);
        QVERIFY(h->members[0].idNumber.contains(u'*'));
        const qint64 before = lastSeq();
        auto full = service.revealIdNumber(m_householdId, h->members[0].id);
        QVERIFY(full);
        QVERIFY(!full->contains(u'*'));
        QCOMPARE(lastSeq(), before + 1);
        AuditEntry e = AuditLog(db()).recent(1).value().first();
        QCOMPARE(e.action, QStringLiteral("unmask"));
        QCOMPARE(e.field, QStringLiteral("id_number"));
        QCOMPARE(e.recordId, h->members[0].id);
        QCOMPARE(e.householdId, m_householdId);
        QCOMPARE(e.userId, QStringLiteral("u-17"));
        QCOMPARE(e.userName, QStringLiteral("王会计"));

        // The edit form shows full numbers: audited too.
        QVERIFY(service.getForEdit(m_householdId));
        e = AuditLog(db()).recent(1).value().first();
        QCOMPARE(e.action, QStringLiteral("unmask"));
        QCOMPARE(e.newValue, QStringLiteral("edit form"));

        // A refused unmasking leaves no entry (and reveals nothing).
        const Session worker { QStringLiteral("w"), QStringLiteral("w"), Role::VillageWorker, Chaoyang, Beiyuan };
        QVERIFY(!HouseholdService(db(), worker).revealIdNumber(m_householdId, h->members[0].id));
        QCOMPARE(lastSeq(), before + 2);
        QVERIFY(AuditLog(db()).verify());
    }

    void printingIsAudited()
    {
        const Session clerk { QStringLiteral("u-17"), QStringLiteral("王会计"), Role::TownshipClerk, Chaoyang, {} };
        CardService cards(db(), clerk);
        auto batch = cards.cards({ Chaoyang, {}, {} });
        QVERIFY(batch);
        QCOMPARE(batch->cards.size(), 4);
        const qint64 before = lastSeq();
        auto logId = cards.recordPrint(batch.value(), doc::CardLayout::A4x2, QStringLiteral("朝阳街道"));
        QVERIFY2(logId, qPrintable(logId ? QString() : logId.error().message));
        QCOMPARE(lastSeq(), before + 4);
        const QList<AuditEntry> entries = AuditLog(db()).recent(4).value();
        QStringList households;
        for (const AuditEntry &e : entries) {
            QCOMPARE(e.action, QStringLiteral("print"));
            QCOMPARE(e.recordId, logId.value());
            QCOMPARE(e.userId, QStringLiteral("u-17"));
            households.append(e.householdId);
        }
        QVERIFY(households.contains(m_householdId));

        // The file sheet prints full ID numbers: an unmasking entry.
        DocumentService documents(db(), clerk);
        QVERIFY(documents.householdFileSheet(m_householdId));
        const AuditEntry e = AuditLog(db()).recent(1).value().first();
        QCOMPARE(e.action, QStringLiteral("unmask"));
        QCOMPARE(e.newValue, QStringLiteral("file sheet"));
        QCOMPARE(e.householdId, m_householdId);
        QVERIFY(AuditLog(db()).verify());
    }
};

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
