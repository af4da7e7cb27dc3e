// Ledger import (花名册): preview lists every problem by row; the import is all-or-nothing, or (asked to) the valid
// households with the others' rows written to an .xlsx with their reasons.
#include "SheetFixtures.h"
#include "StationFixture.h"

#include "database/AuditLog.h"
#include "database/SqlUtil.h"
#include "services/HouseholdService.h"
#include "services/LedgerImport.h"
#include "services/sync/SyncService.h"

#include <QSqlRecord>
#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

const QDate HeadBirth(1970, 3, 5);

FixtureRow header()
{
    return { QStringLiteral("序号"), QStringLiteral("户主姓名"), QStringLiteral("姓名"), QStringLiteral("身份证号码"),
        QStringLiteral("与户主关系"), QStringLiteral("乡镇（街道）"), QStringLiteral("村（社区）"),
        QStringLiteral("保障类别"), QStringLiteral("月保障金额（元）"), QStringLiteral("联系电话"),
        QStringLiteral("家庭住址"), QStringLiteral("残疾类别"), QStringLiteral("是否重病"),
        QStringLiteral("享受起始时间") };
}

FixtureRow person(int n, const QString &head, const QString &name, const QVariant &id, const QString &relation,
    const QString &township = QStringLiteral("朝阳街道"), const QString &village = QStringLiteral("北园村"))
{
    return { n, head, name, id, relation, township, village, QStringLiteral("低保"), QStringLiteral("735元"),
        13912345678.0, QStringLiteral("北园村3社15号"), QString(), QStringLiteral("否"), QDate(2024, 3, 1) };
}

// A ledger of `count` (at most 260) households of one to three persons, of every age (tiers differ); every head's
// name is its own (陈福 is the head of household 254).
QList<FixtureRow> bigLedger(int count, const QString &phoneOfFirst = QStringLiteral("13912345678"))
{
    const QString family = QStringLiteral("王李张刘陈杨黄赵周吴");
    const QString given = QStringLiteral("建秀德小志国明华文军玉兰英芳海平红春金永丽淑桂凤云福");
    const QString spouse = QStringLiteral("梅竹松柏桃杏荷");
    QList<FixtureRow> rows { header() };
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const QDate birth = QDate(1940, 1, 1).addDays(i * 80);
        const QString head = QString(family.at(i % 10)) + given.at(i / 10 % 26);
        FixtureRow headRow = person(++n, head, head, makeId(birth, 1 + 2 * (i % 400)), QStringLiteral("户主"));
        headRow[10] = QStringLiteral("北园村%1社%2号").arg(i % 9).arg(i);
        if (i == 0)
            headRow[9] = phoneOfFirst;
        rows.append(headRow);
        if (i % 3 != 0)
            rows.append(person(++n, head, QString(family.at((i + 5) % 10)) + spouse.at(i % 7) + QStringLiteral("芝"),
                makeId(birth.addYears(2), 2 + 2 * (i % 400)), QStringLiteral("配偶")));
        if (i % 4 == 1)
            rows.append(person(++n, head, QString(family.at(i % 10)) + QStringLiteral("小") + given.at(i / 10 % 26),
                makeId(QDate(2010, 1, 1).addDays(i), 3 + 2 * (i % 400)), QStringLiteral("子")));
    }
    return rows;
}

// What a station holds after an import, without its UUIDs, stamps and times: every member with its household,
// tier and reviews, the search documents, the audit entries in order and what sync captured, table by table.
QStringList storedLines(Database &db, bool withTierEntries)
{
    QStringList lines;
    const auto add = [&](const QString &statement) {
        auto q = sql::exec(db.sql(), statement);
        if (!q)
            qFatal("%s", qPrintable(q.error().message));
        while (q.value().next()) {
            QStringList values;
            for (int c = 0; c < q.value().record().count(); ++c)
                values.append(q.value().value(c).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
    };
    const QString head = QStringLiteral("(SELECT id_number FROM members WHERE household_id = h.id AND relation = "
                                        "'head' AND deleted = 0)");
    add(QStringLiteral("SELECT %1, m.position, m.name, m.id_number, m.relation, m.birth_date, m.sex, m.labour, "
                       "m.phone, h.township_code, h.village_code, h.address, h.phone, h.category, "
                       "h.monthly_amount_fen, h.start_date, h.tier, h.tier_reason, h.tier_checked_on, "
                       "h.tier_next_check FROM members m JOIN households h ON h.id = m.household_id "
                       "ORDER BY m.id_number")
            .arg(head));
    add(QStringLiteral("SELECT %1, t.type, t.due_date, t.tier, t.status FROM review_tasks t JOIN households h "
                       "ON h.id = t.household_id ORDER BY 1, 2, 3")
            .arg(head));
    add(QStringLiteral("SELECT names, py, address, digits FROM household_search ORDER BY digits"));
    add(QStringLiteral("SELECT action, table_name, field, old_value, new_value FROM audit_log %1 ORDER BY seq")
            .arg(withTierEntries ? QString() : QStringLiteral("WHERE action <> 'tier'")));
    add(QStringLiteral("SELECT table_name, count(*), count(DISTINCT row_key) FROM sync_outbox GROUP BY table_name "
                       "ORDER BY table_name"));
    return lines;
}

} // namespace

class TestLedgerImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;

    QString file(const QString &name, const QList<FixtureRow> &rows)
    {
        XlsxFixture s;
        s.title = QStringLiteral("朝阳街道城乡低保花名册");
        s.subtitle = QStringLiteral("填报单位：朝阳街道  2026年11月");
        s.rows = rows;
        const QString path = m_station->dir.filePath(name);
        if (!writeXlsx(path, { s }))
            qFatal("fixture");
        return path;
    }

    int households()
    {
        return sql::scalar(m_station->db->sql(), QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0"))
            ->toInt();
    }

    QList<FixtureRow> cleanLedger()
    {
        return { header(),
            person(1, QStringLiteral("王建国"), QStringLiteral("王建国"), makeId(HeadBirth, 1), QStringLiteral("户主")),
            person(2, QStringLiteral("王建国"), QStringLiteral("李秀兰"), makeId(QDate(1972, 6, 11), 2),
                QStringLiteral("配偶")),
            {},
            person(3, QStringLiteral("王建国"), QStringLiteral("王小明"), makeId(QDate(2012, 9, 1), 3),
                QStringLiteral("子")),
            person(4, QStringLiteral("赵德明"), QStringLiteral("赵德明"), makeId(QDate(1950, 1, 1), 5),
                QStringLiteral("户主"), QStringLiteral("朝阳"), QStringLiteral("山川社区")),
            { QStringLiteral("合计"), QString(), QStringLiteral("4人") }, { QStringLiteral("注：本表由街道填报") } };
    }

private slots:
    void init() { m_station = std::make_unique<Station>(); }

    void cleanImport()
    {
        LedgerImportService service(*m_station->db, admin());
        int calls = 0;
        auto preview = service.preview(file(QStringLiteral("ok.xlsx"), cleanLedger()), {}, {}, [&](int, int) {
            ++calls;
            return true;
        });
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QVERIFY2(preview->ok(), qPrintable(preview->problems.isEmpty() ? QString() : preview->problems.first().reason));
        QCOMPARE(preview->households, 2);
        QCOMPARE(preview->persons, 4);
        QCOMPARE(households(), 0); // a preview writes nothing
        QVERIFY(calls > 0);
        auto summary = service.commit(preview.value());
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->created, 2);
        QCOMPARE(households(), 2);

        HouseholdQuery q;
        q.text = QStringLiteral("王建国");
        auto found = HouseholdService(*m_station->db, admin()).search(q);
        QVERIFY(found);
        QCOMPARE(found->size(), 1); // the search index is kept
        const HouseholdSummary &h = found->first();
        QCOMPARE(h.memberCount, 3);
        QCOMPARE(h.villageCode, Beiyuan);
        QCOMPARE(h.category, Category::Dibao);
        QCOMPARE(h.monthlyAmount, Fen(73500));
        QCOMPARE(h.phone, QStringLiteral("13912345678"));
        auto full = HouseholdService(*m_station->db, admin()).getForEdit(h.id);
        QVERIFY(full);
        QCOMPARE(full->startDate, QDate(2024, 3, 1));
        QCOMPARE(full->members.at(2).relation, Relation::Child);
        // tiers and review schedules came with it
        const QString tier
            = sql::scalar(m_station->db->sql(), QStringLiteral("SELECT tier FROM households WHERE id = ?"), { h.id })
                  ->toString();
        QCOMPARE(tier, QStringLiteral("yellow")); // 低保 with a minor
        QVERIFY(sql::scalar(m_station->db->sql(),
                    QStringLiteral("SELECT count(*) FROM review_tasks WHERE household_id = ?"), { h.id })
                    ->toInt()
            > 0);
        // audited
        QVERIFY(
            sql::scalar(m_station->db->sql(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE household_id = ? AND action = 'create'"), { h.id })
                ->toInt()
            >= 1);
    }

    void everyProblemByRow()
    {
        QList<FixtureRow> rows = cleanLedger();
        rows[2][3] = QStringLiteral("630105197206110020"); // bad check digit
        rows[4][3] = 630105201209010030.0; // ID stored as a number
        rows[4][13] = QStringLiteral("2024-02-30"); // impossible date (a member row: ignored)
        rows[5][5] = QStringLiteral("不存在街道"); // unknown township
        rows.insert(1,
            person(0, QStringLiteral("孙某"), QStringLiteral("孙小某"), makeId(QDate(2000, 1, 1), 7),
                QStringLiteral("子"))); // member before any head
        rows.append(person(5, QStringLiteral("钱七"), QStringLiteral("钱七"), makeId(HeadBirth, 1),
            QStringLiteral("户主"))); // duplicate ID
        rows.append(person(6, QStringLiteral("周八"), QStringLiteral("周八"), makeId(QDate(1960, 2, 2), 9),
            QStringLiteral("户主"), QStringLiteral("朝阳街道"), QStringLiteral("没有村"))); // unknown village
        FixtureRow badDate = person(
            7, QStringLiteral("吴九"), QStringLiteral("吴九"), makeId(QDate(1961, 3, 3), 11), QStringLiteral("户主"));
        badDate[13] = QStringLiteral("2024-02-30");
        rows.append(badDate);
        // Totals row ends the table: append after moving it? The rows above were appended after it, so move the
        // trailer.
        QList<FixtureRow> ordered;
        FixtureRow totals, note;
        for (const FixtureRow &r : rows) {
            if (!r.isEmpty() && r.first().toString() == QStringLiteral("合计"))
                totals = r;
            else if (!r.isEmpty() && r.first().toString().startsWith(QStringLiteral("注")))
                note = r;
            else
                ordered.append(r);
        }
        ordered << totals << note;

        LedgerImportService service(*m_station->db, admin());
        auto preview = service.preview(file(QStringLiteral("bad.xlsx"), ordered));
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QVERIFY(!preview->ok());
        QStringList seen;
        for (const ImportProblem &p : preview->problems)
            seen.append(QStringLiteral("%1:%2").arg(p.row).arg(p.field));
        // rows: 1 title, 2 subtitle, 3 header, 4 member without head, 5 王建国, 6 李秀兰, 7 blank, 8 王小明, 9 赵德明,
        // 10 钱七, 11 周八, 12 吴九
        QVERIFY2(seen.contains(QStringLiteral("4:relation")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY2(seen.contains(QStringLiteral("6:id_number")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY2(seen.contains(QStringLiteral("8:id_number")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY2(seen.contains(QStringLiteral("9:township")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY2(seen.contains(QStringLiteral("10:id_number")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY2(seen.contains(QStringLiteral("11:village")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY2(seen.contains(QStringLiteral("12:start_date")), qPrintable(seen.join(QLatin1Char(' '))));
        bool damagedSaid = false;
        for (const ImportProblem &p : preview->problems)
            damagedSaid = damagedSaid || (p.row == 8 && p.reason == TableLocator::damagedIdMessage());
        QVERIFY(damagedSaid);
        auto committed = service.commit(preview.value());
        QVERIFY(!committed);
        QCOMPARE(committed.error().kind, Error::Kind::Invalid);
        QCOMPARE(households(), 0);
    }

    // One bad ID number among the members of one household: the others are imported, and that household's rows
    // come back in an .xlsx with the reason in an extra column; fixed there, the file imports.
    void validOnlyAndRejectsToFix()
    {
        QList<FixtureRow> rows = cleanLedger();
        rows[2][3] = QStringLiteral("630105197206110020"); // 李秀兰: bad check digit (王建国's household)
        rows.insert(6,
            person(5, QStringLiteral("孙丽"), QStringLiteral("孙丽"), makeId(QDate(1966, 4, 4), 8),
                QStringLiteral("户主")));
        LedgerImportService service(*m_station->db, admin());
        auto preview = service.preview(file(QStringLiteral("mixed.xlsx"), rows));
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QVERIFY(!preview->ok());
        QCOMPARE(preview->plan.size(), 2); // 赵德明 and 孙丽
        // rows: 1 title, 2 subtitle, 3 header, 4 王建国, 5 李秀兰, 6 blank, 7 王小明, 8 孙丽, 9 赵德明
        QCOMPARE(preview->rejected.size(), 3);
        QCOMPARE(preview->rejected.at(0).row, 4);
        QCOMPARE(preview->rejected.at(1).row, 5);
        QCOMPARE(preview->rejected.at(2).row, 7);
        QVERIFY2(preview->rejected.at(1).reason.contains(QStringLiteral("身份证号")),
            qPrintable(preview->rejected.at(1).reason));
        QVERIFY2(
            preview->rejected.at(0).reason.contains(QStringLiteral("5")), qPrintable(preview->rejected.at(0).reason));

        QVERIFY(!service.commit(preview.value())); // all or nothing unless asked
        QCOMPARE(households(), 0);
        auto summary = service.commit(preview.value(), {}, true);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->households, 2);
        QCOMPARE(households(), 2);

        const QString rejects = m_station->dir.filePath(QStringLiteral("rejects.xlsx"));
        QVERIFY(LedgerImportService::writeRejects(preview.value(), rejects));
        auto sheet = SheetReader::readFile(rejects);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->rows.size(), 4);
        const int reasonColumn = int(header().size());
        QCOMPARE(sheet->cell(0, reasonColumn).display(), LedgerImportService::tr("Reason not imported"));
        QCOMPARE(sheet->cell(2, 2).display(), QStringLiteral("李秀兰"));
        QCOMPARE(sheet->cell(2, 3).display(), QStringLiteral("630105197206110020")); // as text, every digit
        QCOMPARE(sheet->cell(2, reasonColumn).display(), preview->rejected.at(1).reason);
        QCOMPARE(sheet->cell(3, reasonColumn + 1).display(), QStringLiteral("7"));

        // The clerk corrects the ID number in the rejects file and imports it: the household arrives.
        QList<FixtureRow> fixed;
        for (const SheetRow &r : sheet->rows) {
            FixtureRow row;
            for (int c = 0; c < reasonColumn; ++c)
                row.append(
                    r.value(c).type == Cell::Type::Date ? QVariant(r.value(c).date) : QVariant(r.value(c).display()));
            fixed.append(row);
        }
        fixed[2][3] = makeId(QDate(1972, 6, 11), 2);
        auto again = service.preview(file(QStringLiteral("fixed.xlsx"), fixed));
        QVERIFY2(again && again->ok(),
            qPrintable(again ? (again->problems.isEmpty() ? QString() : again->problems.first().reason)
                             : again.error().message));
        QVERIFY(service.commit(again.value()));
        QCOMPARE(households(), 3);
    }

    // A file that cannot be read gives no preview: nothing imported, no rejects file.
    void unreadableFileWritesNothing()
    {
        const QString path = m_station->dir.filePath(QStringLiteral("cut.xlsx"));
        QFile(file(QStringLiteral("whole.xlsx"), cleanLedger())).copy(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        LedgerImportService service(*m_station->db, admin());
        auto preview = service.preview(path);
        QVERIFY(!preview);
        QVERIFY2(preview.error().message.contains(QStringLiteral("cut.xlsx")), qPrintable(preview.error().message));
        QCOMPARE(households(), 0);
    }

    void existingHouseholdIsUpdated()
    {
        LedgerImportService service(*m_station->db, admin());
        auto first = service.preview(file(QStringLiteral("one.xlsx"), cleanLedger()));
        QVERIFY(first && first->ok());
        QVERIFY(service.commit(first.value()));
        QList<FixtureRow> again = cleanLedger();
        again[1][8] = QStringLiteral("800"); // new amount
        again[1][10] = QStringLiteral("北园村3社16号");
        again.insert(5,
            person(9, QStringLiteral("王建国"), QStringLiteral("王小红"), makeId(QDate(2015, 4, 4), 4),
                QStringLiteral("女")));
        auto second = service.preview(file(QStringLiteral("two.xlsx"), again));
        QVERIFY2(second && second->ok(),
            qPrintable(second ? (second->problems.isEmpty() ? QString() : second->problems.first().reason)
                              : second.error().message));
        QCOMPARE(second->updatedHouseholds, 2);
        QCOMPARE(second->newHouseholds, 0);
        QVERIFY(service.commit(second.value()));
        QCOMPARE(households(), 2);
        const QString id = sql::scalar(
            m_station->db->sql(), QStringLiteral("SELECT household_id FROM members WHERE name = '王建国'"))
                               ->toString();
        auto h = HouseholdService(*m_station->db, admin()).getForEdit(id);
        QVERIFY(h);
        QCOMPARE(h->monthlyAmount, Fen(80000));
        QCOMPARE(h->address, QStringLiteral("北园村3社16号"));
        QCOMPARE(h->members.size(), 4);
        QVERIFY(sql::scalar(m_station->db->sql(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE household_id = ? AND action = 'update' AND "
                                   "field = 'monthly_amount_fen'"),
                    { id })
                    ->toInt()
            == 1);
    }

    // A big ledger is stored in bulk (one transaction, no savepoint per household, the search index and the tiers
    // in one pass each); it must store exactly what storing household by household did: the same rows, tiers,
    // reviews, search documents, audit entries (the household-by-household path also audits each first tier) and
    // sync capture, an audit chain that verifies, and rows that reach another station.
    void bulkStoresWhatOneByOneDid()
    {
        Station oneByOne;
        // Three households registered before: the ledger updates them (a phone changed) and adds the rest.
        for (Database *db : { m_station->db.get(), oneByOne.db.get() }) {
            LedgerImportService service(*db, admin());
            auto before = service.preview(file(QStringLiteral("before.xlsx"), bigLedger(3)));
            QVERIFY(before && before->ok());
            QVERIFY(service.commit(before.value()));
        }
        const QString path = file(QStringLiteral("big.xlsx"), bigLedger(260, QStringLiteral("13800000001")));
        LedgerImportService bulk(*m_station->db, admin());
        LedgerImportService single(*oneByOne.db, admin());
        single.setBulkFrom(100000);
        QList<LedgerSummary> summaries;
        for (LedgerImportService *service : { &bulk, &single }) {
            auto preview = service->preview(path);
            QVERIFY2(preview && preview->ok(), qPrintable(preview ? QString() : preview.error().message));
            QCOMPARE(preview->updatedHouseholds, 3);
            auto summary = service->commit(preview.value());
            QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
            summaries.append(summary.value());
        }
        QCOMPARE(summaries.at(0).created, 257);
        QCOMPARE(summaries.at(0).updated, 3);
        QCOMPARE(summaries.at(0).persons, summaries.at(1).persons);
        const QStringList stored = storedLines(*m_station->db, false);
        QCOMPARE(stored, storedLines(*oneByOne.db, false));
        QVERIFY(stored.size() > 260 * 3);
        QCOMPARE(sql::scalar(m_station->db->sql(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND field = 'phone'"))
                     ->toInt(),
            1);
        for (Database *db : { m_station->db.get(), oneByOne.db.get() }) {
            auto verified = AuditLog(*db).verify();
            QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
            // The changes are queued in the order written (the bulk queues its inserts at the end, by stamp), and
            // the capture triggers the bulk suspended are back.
            QCOMPARE(sql::scalar(db->sql(),
                         QStringLiteral("SELECT count(*) FROM sync_outbox a JOIN sync_outbox b ON b.seq = a.seq + 1 "
                                        "WHERE b.hlc < a.hlc"))
                         ->toInt(),
                0);
        }
        const QString triggers
            = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'trigger' "
                             "AND name LIKE 'sync_%' ORDER BY name)");
        QCOMPARE(sql::scalar(m_station->db->sql(), triggers)->toString(),
            sql::scalar(oneByOne.db->sql(), triggers)->toString());
        // The indexes the bulk dropped into a station this small are built again, as they were.
        const QString indexes
            = QStringLiteral("SELECT group_concat(name || ' ' || coalesce(sql, ''), '; ') FROM "
                             "(SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name)");
        QCOMPARE(sql::scalar(m_station->db->sql(), indexes)->toString(),
            sql::scalar(oneByOne.db->sql(), indexes)->toString());
        QVERIFY(sql::scalar(m_station->db->sql(), indexes)->toString().contains(QStringLiteral("households_tier ON")));
        auto integrity = sql::scalar(m_station->db->sql(), QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(integrity->toString(), QStringLiteral("ok"));
        QVERIFY(
            sql::scalar(m_station->db->sql(), triggers)->toString().contains(QStringLiteral("sync_members_insert")));

        // Another station receives every imported row, and its search finds an imported name.
        QTemporaryDir share;
        const SyncKey key = SyncKey::generate(QStringLiteral("城北区"));
        Station other;
        for (Database *db : { m_station->db.get(), other.db.get() }) {
            auto synced = SyncService(*db, admin(), key).sync(share.path());
            QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
        }
        const QString count = QStringLiteral("SELECT count(*) FROM members m JOIN households h ON h.id = "
                                             "m.household_id WHERE m.deleted = 0 AND h.deleted = 0");
        QCOMPARE(sql::scalar(other.db->sql(), count)->toInt(), sql::scalar(m_station->db->sql(), count)->toInt());
        QCOMPARE(sql::scalar(other.db->sql(), QStringLiteral("SELECT count(*) FROM households"))->toInt(), 260);
        HouseholdQuery q;
        q.text = QStringLiteral("陈福");
        auto found = HouseholdService(*other.db, admin()).search(q);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().memberCount, 2);
    }

    void idAlreadyInAnotherHousehold()
    {
        Household other = household(); // 张三 with makeId(1980-01-01, 1)
        QVERIFY(HouseholdService(*m_station->db, admin()).create(other));
        QList<FixtureRow> rows = cleanLedger();
        rows[2][3] = makeId(QDate(1980, 1, 1), 1);
        LedgerImportService service(*m_station->db, admin());
        auto preview = service.preview(file(QStringLiteral("dup.xlsx"), rows));
        QVERIFY(preview);
        QCOMPARE(preview->problems.size(), 1);
        QCOMPARE(preview->problems.first().row, 5); // 李秀兰: title, subtitle, header, 王建国, then her row
        QVERIFY(preview->problems.first().reason.contains(QStringLiteral("张三")));
    }

    void cancelWritesNothing()
    {
        LedgerImportService service(*m_station->db, admin());
        auto preview = service.preview(file(QStringLiteral("c.xlsx"), cleanLedger()));
        QVERIFY(preview && preview->ok());
        auto result = service.commit(preview.value(), [](int done, int) { return done < 1; });
        QVERIFY(!result);
        QVERIFY(isCancelled(result.error()));
        QCOMPARE(households(), 0);
        QCOMPARE(
            sql::scalar(m_station->db->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'"))
                ->toInt(),
            0);
    }

    // Cancelled halfway through a big file (stored in bulk, as the GUI's progress bar cancels it): nothing of it
    // stays, neither rows nor audit entries, search documents or changes for sync.
    void cancelInBulkWritesNothing()
    {
        LedgerImportService service(*m_station->db, admin());
        auto preview = service.preview(file(QStringLiteral("big.xlsx"), bigLedger(260)));
        QVERIFY(preview && preview->ok());
        const QStringList tables { QStringLiteral("households"), QStringLiteral("members"),
            QStringLiteral("review_tasks"), QStringLiteral("household_search"), QStringLiteral("sync_outbox"),
            QStringLiteral("audit_log"), QStringLiteral("sqlite_master") }; // its indexes and triggers are back
        const auto counts = [&] {
            QStringList out;
            for (const QString &table : tables)
                out.append(table + QLatin1Char(' ')
                    + sql::scalar(m_station->db->sql(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
                          ->toString());
            return out;
        };
        const QStringList before = counts();
        int calls = 0;
        auto result = service.commit(preview.value(), [&](int done, int total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!result);
        QVERIFY(isCancelled(result.error()));
        QVERIFY(calls > 0);
        QCOMPARE(counts(), before);
        auto verified = AuditLog(*m_station->db).verify();
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        // and the next import goes through whole, its audit chain continuing the one before
        auto summary = service.commit(preview.value());
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->created, 260);
        verified = AuditLog(*m_station->db).verify();
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    }

    void scopeOfAClerk()
    {
        LedgerImportService service(*m_station->db, clerkOf(Mafang));
        auto preview = service.preview(file(QStringLiteral("s.xlsx"), cleanLedger()));
        QVERIFY(preview);
        QCOMPARE(preview->problems.size(), 2); // both households are in 朝阳街道
        QCOMPARE(preview->problems.first().field, QStringLiteral("township"));
        QVERIFY(!LedgerImportService(*m_station->db,
            { QStringLiteral("a"), QStringLiteral("a"), Role::Auditor, {},
                {} }).preview(file(QStringLiteral("s2.xlsx"), cleanLedger())));
    }

    void csvLedgerWithMapping()
    {
        const QString text
            = QStringLiteral("姓名,证件,乡镇,类别\n赵德明,%1,朝阳街道,特困\n").arg(makeId(QDate(1950, 1, 1), 5));
        const QString path = m_station->dir.filePath(QStringLiteral("l.csv"));
        QVERIFY(writeBytes(path, gb18030(text)));
        LedgerImportService service(*m_station->db, admin());
        auto unmapped = service.preview(path);
        QVERIFY(!unmapped);
        QVERIFY(unmapped.error().message.contains(QStringLiteral("\"证件\"")));
        ColumnMapping mapping;
        mapping.byHeader.insert(SheetField::IdNumber, QStringLiteral("证件"));
        auto preview = service.preview(path, mapping);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QVERIFY(preview->ok());
        QCOMPARE(preview->households, 1);
        QCOMPARE(preview->plan.first().household.category, Category::Tekun);
    }

    void xlsLedger()
    {
        LedgerImportService service(*m_station->db, admin());
        auto preview = service.preview(testData(QStringLiteral("ledger.xls")));
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QVERIFY2(preview->ok(), qPrintable(preview->problems.isEmpty() ? QString() : preview->problems.first().reason));
        QCOMPARE(preview->households, 2);
        QCOMPARE(preview->persons, 3);
        QVERIFY(service.commit(preview.value()));
    }
};

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "tst_ledgerimport.moc"
