// Department suspicion tables: import per department and month, matching, confirmation, leads, verification.
#include "SheetFixtures.h"
#include "StationFixture.h"

#include "database/SqlUtil.h"
#include "services/HouseholdService.h"
#include "services/SuspicionService.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

class TestSuspicions : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;
    QString m_zhang; // 张三, 北园村3社15号, 朝阳街道
    QString m_wang;  // 王芳, 柴达木路12号5号楼2单元301室, 马坊街道

    QString table(const QString &name, const QList<FixtureRow> &rows)
    {
        XlsxFixture s;
        s.title = QStringLiteral("人社局困难群众疑点信息反馈表");
        s.rows = rows;
        s.rows.prepend({QStringLiteral("序号"), QStringLiteral("户主姓名"), QStringLiteral("家庭住址"), QStringLiteral("疑点内容"),
                        QStringLiteral("联系电话"), QStringLiteral("身份证号")});
        s.rows.append({QStringLiteral("注：每月月底报送。")});
        const QString path = m_station->dir.filePath(name);
        if (!writeXlsx(path, {s}))
            qFatal("fixture");
        return path;
    }

    QList<FixtureRow> rows()
    {
        return {
            {1, QStringLiteral("某某"), QStringLiteral("不知道"), QStringLiteral("大额医疗支出"), 13900000001.0, makeId(QDate(1980, 1, 1), 1)}, // by ID
            {2, QStringLiteral("王芳"), QStringLiteral("柴达木路１２号５号楼２单元３０１"), QStringLiteral("失业登记"), 13900000002.0, QString()}, // name+address
            {3, QStringLiteral("张三"), QStringLiteral("北园村3社18号"), QStringLiteral("残疾证"), QString(), QString()},         // doubtful
            {4, QStringLiteral("陈十"), QStringLiteral("马坊街道幸福社区8号"), QStringLiteral("重病"), QString(), QString()},     // unmatched
            {5, QStringLiteral("刘一"), QStringLiteral("北园村"), QStringLiteral("助学"), QString(), 630105198001010000.0},    // damaged ID
            {6, QStringLiteral("孙二"), QStringLiteral("北园村"), QStringLiteral("住房"), QString(), QStringLiteral("630105198001010011")}, // bad check
        };
    }

    SuspicionImportRequest request(const QString &path, const QString &department = QStringLiteral("人社局"))
    {
        SuspicionImportRequest r;
        r.department = department;
        r.month = QStringLiteral("2026-11");
        r.path = path;
        return r;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
        HouseholdService service(*m_station->db, admin());
        m_zhang = service.create(household()).value();
        Household w = household(Mafang, Xixingyuan);
        w.address = QStringLiteral("柴达木路12号5号楼2单元301室");
        w.area = AreaType::Urban;
        w.members = {member(QStringLiteral("王芳"), Relation::Head, QDate(1975, 4, 4), 12)};
        w.incomes.clear();
        auto created = service.create(w);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_wang = created.value();
    }

    void importAndMatch()
    {
        SuspicionService service(*m_station->db, admin());
        auto result = service.importFile(request(table(QStringLiteral("rs.xlsx"), rows())));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        const auto &r = result->rows;
        QCOMPARE(r.size(), 6);
        QCOMPARE(r.at(0).rowNumber, 3);
        QCOMPARE(r.at(0).status, SuspicionStatus::Matched);
        QCOMPARE(r.at(0).matchedBy, MatchedBy::IdNumber);
        QCOMPARE(r.at(0).householdId, m_zhang);
        QCOMPARE(r.at(0).townshipCode, Chaoyang);
        QCOMPARE(r.at(1).status, SuspicionStatus::Matched);
        QCOMPARE(r.at(1).matchedBy, MatchedBy::NameAddress);
        QCOMPARE(r.at(1).householdId, m_wang);
        QCOMPARE(r.at(1).townshipCode, Mafang);
        QCOMPARE(r.at(2).status, SuspicionStatus::Candidate);
        QCOMPARE(r.at(2).householdId, m_zhang);
        QVERIFY(r.at(2).score >= 40 && r.at(2).score < 90);
        QCOMPARE(r.at(3).status, SuspicionStatus::Unmatched);
        QCOMPARE(r.at(3).townshipCode, Mafang); // routed by the address (马坊街道)
        QCOMPARE(r.at(4).status, SuspicionStatus::Invalid);
        QCOMPARE(r.at(4).reason, TableLocator::damagedIdMessage());
        QVERIFY(r.at(4).householdId.isEmpty()); // never matched, though 北园村 has a 张三... and the digits look close
        QCOMPARE(r.at(5).status, SuspicionStatus::Invalid);
        QCOMPARE(r.at(0).phone, QStringLiteral("13900000001"));

        // The same file again for the same department and month is refused; for another department it is not.
        const QString again = m_station->dir.filePath(QStringLiteral("rs.xlsx"));
        auto twice = service.importFile(request(again));
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, Error::Kind::Conflict);
        QVERIFY(twice.error().message.contains(QStringLiteral("rs.xlsx")));
        QVERIFY(service.importFile(request(again, QStringLiteral("医保局"))));

        auto progress = service.progress(QStringLiteral("2026-11"));
        QVERIFY(progress);
        QCOMPARE(progress->size(), 2);
        const SuspicionProgress &p = progress->at(1).department == QStringLiteral("人社局") ? progress->at(1) : progress->at(0);
        QCOMPARE(p.total, 6);
        QCOMPARE(p.byStatus.value(SuspicionStatus::Matched), 2);
        QCOMPARE(p.byStatus.value(SuspicionStatus::Invalid), 2);
        QCOMPARE(p.byVerification.value(Verification::None), 6);
    }

    void confirmRejectLeadsVerify()
    {
        SuspicionService service(*m_station->db, admin());
        auto result = service.importFile(request(table(QStringLiteral("rs.xlsx"), rows())));
        QVERIFY(result);
        const QString doubtful = result->rows.at(2).id;
        const QString unmatched = result->rows.at(3).id;
        QVERIFY(!service.confirm(unmatched));
        QVERIFY(service.reject(doubtful));
        QCOMPARE(service.row(doubtful)->status, SuspicionStatus::Unmatched);
        QVERIFY(service.row(doubtful)->householdId.isEmpty());

        auto leads = service.makeLeads({unmatched, doubtful});
        QVERIFY2(leads, qPrintable(leads ? QString() : leads.error().message));
        QCOMPARE(leads->size(), 2);
        auto lead = sql::exec(m_station->db->sql(), QStringLiteral(
            "SELECT source, state, township_code, person_name, reported_at, deadline_at, origin_ref FROM leads WHERE id = ?"), {leads->first()});
        QVERIFY(lead && lead.value().next());
        QCOMPARE(lead.value().value(0).toString(), QStringLiteral("department"));
        QCOMPARE(lead.value().value(1).toString(), QStringLiteral("reported"));
        QCOMPARE(lead.value().value(2).toString(), Mafang);
        QCOMPARE(lead.value().value(3).toString(), QStringLiteral("陈十"));
        const QDateTime reported = QDateTime::fromString(lead.value().value(4).toString(), Qt::ISODate);
        QCOMPARE(QDateTime::fromString(lead.value().value(5).toString(), Qt::ISODate), reported.addDays(1));
        QCOMPARE(lead.value().value(6).toString(), unmatched);
        // Twice is a no-op; a matched row does not become a lead.
        QCOMPARE(service.makeLeads({unmatched})->size(), 0);
        QVERIFY(!service.makeLeads({result->rows.at(0).id}));

        // The township verifies its own rows only.
        SuspicionService mafang(*m_station->db, clerkOf(Mafang));
        SuspicionQuery q;
        q.month = QStringLiteral("2026-11");
        auto visible = mafang.rows(q);
        QVERIFY(visible);
        for (const SuspicionRow &r : visible.value())
            QCOMPARE(r.townshipCode, Mafang);
        QVERIFY(!mafang.verify(result->rows.at(0).id, Verification::Excluded, Clock::today(), {}));
        QVERIFY(mafang.verify(result->rows.at(1).id, Verification::TakenIn, Clock::today(), QStringLiteral("入户核实，纳入低保")));
        QVERIFY(!mafang.verify(result->rows.at(1).id, Verification::None, Clock::today(), {}));
        QVERIFY(!mafang.verify(result->rows.at(1).id, Verification::Adjusted, Clock::today().addDays(3), {}));
        QCOMPARE(mafang.row(result->rows.at(1).id)->verification, Verification::TakenIn);

        auto progress = service.progress(QStringLiteral("2026-11"));
        QVERIFY(progress);
        QCOMPARE(progress->first().byVerification.value(Verification::TakenIn), 1);
        QVERIFY(service.route(result->rows.at(0).id, Mafang));
        QCOMPARE(service.row(result->rows.at(0).id)->townshipCode, Mafang);
    }

    // The matcher loads only the members a table names (by ID number or name); a stored name with runs of
    // white space inside still matches the table's simplified spelling, and a removed household matches nothing.
    void namesAsStoredAndRemovedHouseholds()
    {
        HouseholdService households(*m_station->db, admin());
        Household spaced = household(Mafang, Xixingyuan);
        spaced.address = QStringLiteral("格尔木路8号");
        spaced.area = AreaType::Urban;
        spaced.members = {member(QStringLiteral("李\u3000\u3000花"), Relation::Head, QDate(1976, 6, 6), 21)};
        spaced.incomes.clear();
        auto created = households.create(spaced);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        auto stored = sql::scalar(m_station->db->sql(), QStringLiteral("SELECT name FROM members WHERE household_id = ?"), {created.value()});
        QCOMPARE(stored->toString(), QStringLiteral("李\u3000\u3000花")); // kept as typed: only the ends are trimmed

        Household gone = household(Mafang, Xixingyuan);
        gone.address = QStringLiteral("昆仑路1号");
        gone.area = AreaType::Urban;
        gone.members = {member(QStringLiteral("赵六"), Relation::Head, QDate(1970, 7, 7), 31)};
        gone.incomes.clear();
        auto removed = households.create(gone);
        QVERIFY(removed);
        QVERIFY(households.remove(removed.value(), QStringLiteral("迁出")));

        SuspicionService service(*m_station->db, admin());
        auto result = service.importFile(request(table(QStringLiteral("names.xlsx"), {
            {1, QStringLiteral("李 花"), QStringLiteral("格尔木路8号"), QStringLiteral("重病"), QString(), QString()},
            {2, QStringLiteral("赵六"), QStringLiteral("昆仑路1号"), QStringLiteral("失业"), QString(), makeId(QDate(1970, 7, 7), 31)},
        })));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->rows.size(), 2);
        QCOMPARE(result->rows.at(0).status, SuspicionStatus::Matched);
        QCOMPARE(result->rows.at(0).matchedBy, MatchedBy::NameAddress);
        QCOMPARE(result->rows.at(0).householdId, created.value());
        QCOMPARE(result->rows.at(1).status, SuspicionStatus::Unmatched);
        QVERIFY(result->rows.at(1).householdId.isEmpty());
    }

    void confirmCandidate()
    {
        SuspicionService service(*m_station->db, admin());
        auto result = service.importFile(request(table(QStringLiteral("c.xlsx"), rows())));
        QVERIFY(result);
        QVERIFY(service.confirm(result->rows.at(2).id));
        const SuspicionRow r = service.row(result->rows.at(2).id).value();
        QCOMPARE(r.status, SuspicionStatus::Matched);
        QCOMPARE(r.confirmation, QStringLiteral("confirmed"));
        QCOMPARE(r.householdId, m_zhang);
    }

    void cancelWritesNothing()
    {
        SuspicionService service(*m_station->db, admin());
        QList<FixtureRow> many;
        for (int i = 0; i < 1200; ++i)
            many.append({i + 1, QStringLiteral("某%1").arg(i), QStringLiteral("北园村"), QStringLiteral("x"), QString(), QString()});
        auto result = service.importFile(request(table(QStringLiteral("big.xlsx"), many)), [](int done, int) { return done < 1000; });
        QVERIFY(!result);
        QVERIFY(isCancelled(result.error()));
        QCOMPARE(sql::scalar(m_station->db->sql(), QStringLiteral("SELECT count(*) FROM suspicion_rows"))->toInt(), 0);
        QCOMPARE(sql::scalar(m_station->db->sql(), QStringLiteral("SELECT count(*) FROM suspicion_imports"))->toInt(), 0);
        // and the same file can then be imported
        QVERIFY(service.importFile(request(m_station->dir.filePath(QStringLiteral("big.xlsx")))));
    }

    // A big table is written without the capture triggers: its rows are still queued for sync, in order, the
    // triggers are back afterwards (also after a cancelled import), and later edits are captured again.
    void bigTableIsQueuedForSync()
    {
        auto scalar = [this](const QString &q) { return sql::scalar(m_station->db->sql(), q)->toLongLong(); };
        const qint64 triggers = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"));
        QVERIFY(triggers > 0);
        SuspicionService service(*m_station->db, admin());
        QList<FixtureRow> many;
        for (int i = 0; i < 2100; ++i)
            many.append({i + 1, QStringLiteral("某%1").arg(i), QStringLiteral("北园村"), QStringLiteral("x"), QString(), QString()});
        const QString file = table(QStringLiteral("bulk.xlsx"), many);
        QVERIFY(!service.importFile(request(file), [](int done, int) { return done < 1500; }));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")), triggers);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'suspicion_rows'")), 0);

        auto result = service.importFile(request(file));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")), triggers);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'suspicion_rows'")), 2100);
        // In the order of the rows, after the import's own header row.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM sync_outbox o JOIN suspicion_rows r ON r.id = o.row_key AND o.table_name = 'suspicion_rows' "
                     "JOIN sync_outbox p ON p.table_name = 'suspicion_rows' AND p.seq = o.seq - 1 "
                     "JOIN suspicion_rows q ON q.id = p.row_key WHERE q.row_number > r.row_number")),
                 0);
        QVERIFY(scalar(QStringLiteral("SELECT max(seq) FROM sync_outbox WHERE table_name = 'suspicion_imports'"))
                < scalar(QStringLiteral("SELECT min(seq) FROM sync_outbox WHERE table_name = 'suspicion_rows'")));
        QVERIFY(service.verify(result->rows.at(0).id, Verification::Excluded, QDate(2026, 11, 28), QStringLiteral("核实无困难")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'suspicion_rows' AND prev_hlc <> ''")), 1);
    }

    // What the page asks before enabling an action: the service's own verdict, with the reason, and the action
    // agrees with it.
    void canDoWhatTheActionsAllow()
    {
        SuspicionService service(*m_station->db, admin());
        auto result = service.importFile(request(table(QStringLiteral("can.xlsx"), rows())));
        QVERIFY(result);
        const QList<SuspicionRow> &r = result->rows;
        const SuspicionRow &byId = r.at(0), &mafangRow = r.at(1), &doubtful = r.at(2), &unmatched = r.at(3), &damaged = r.at(4);

        QVERIFY(service.canImport());
        QVERIFY(service.canRoute());
        QVERIFY(service.canConfirm(doubtful));
        QVERIFY(service.canReject(doubtful));
        QCOMPARE(service.canConfirm(byId).error().kind, Error::Kind::Invalid);
        QCOMPARE(service.canReject(unmatched).error().kind, Error::Kind::Invalid);
        QVERIFY(service.canMakeLead(unmatched));
        QCOMPARE(service.canMakeLead(byId).error().kind, Error::Kind::Invalid);
        QCOMPARE(service.canMakeLead(byId).error().message, service.makeLeads({byId.id}).error().message);
        QVERIFY(service.canVerify(byId));
        QVERIFY(service.canVerify(doubtful));
        const Status notReadable = service.canVerify(damaged);
        QVERIFY(!notReadable);
        QCOMPARE(notReadable.error().kind, Error::Kind::Invalid);
        QVERIFY(notReadable.error().message.contains(damaged.reason));

        // A row that became a lead is not offered again; a confirmed match is not confirmed twice.
        QVERIFY(service.makeLeads({unmatched.id}));
        QCOMPARE(service.canMakeLead(service.row(unmatched.id).value()).error().kind, Error::Kind::Invalid);
        QVERIFY(service.confirm(doubtful.id));
        const SuspicionRow confirmed = service.row(doubtful.id).value();
        QVERIFY(!service.canConfirm(confirmed));
        QCOMPARE(service.canConfirm(confirmed).error().message, service.confirm(doubtful.id).error().message);

        // A township clerk works on their own township's rows only and sends none elsewhere.
        SuspicionService mafang(*m_station->db, clerkOf(Mafang));
        QVERIFY(mafang.canImport());
        QVERIFY(mafang.canVerify(mafangRow));
        QCOMPARE(mafang.canVerify(byId).error().kind, Error::Kind::Forbidden);
        QCOMPARE(mafang.canVerify(byId).error().message, mafang.verify(byId.id, Verification::Excluded, Clock::today(), {}).error().message);
        QCOMPARE(mafang.canRoute().error().kind, Error::Kind::Forbidden);

        // An auditor looks and does nothing.
        SuspicionService auditor(*m_station->db, {QStringLiteral("a"), QStringLiteral("a"), Role::Auditor, {}, {}});
        QCOMPARE(auditor.canImport().error().kind, Error::Kind::Forbidden);
        QCOMPARE(auditor.canConfirm(confirmed).error().kind, Error::Kind::Forbidden);
        QCOMPARE(auditor.canVerify(mafangRow).error().kind, Error::Kind::Forbidden);
        QCOMPARE(auditor.canRoute().error().kind, Error::Kind::Forbidden);
        QVERIFY(!auditor.importFile(request(table(QStringLiteral("can2.xlsx"), rows()))));
    }

    void badRequests()
    {
        SuspicionService service(*m_station->db, admin());
        const QString path = table(QStringLiteral("b.xlsx"), rows());
        SuspicionImportRequest r = request(path);
        r.month = QStringLiteral("2026-13");
        QCOMPARE(service.importFile(r).error().field, QStringLiteral("month"));
        r = request(path, QString());
        QCOMPARE(service.importFile(r).error().field, QStringLiteral("department"));
        QVERIFY(!SuspicionService(*m_station->db, {QStringLiteral("a"), QStringLiteral("a"), Role::Auditor, {}, {}}).importFile(request(path)));
    }
};

QTEST_GUILESS_MAIN(TestSuspicions)
#include "tst_suspicions.moc"
