#include "StationFixture.h"

#include "database/AuditLog.h"
#include "database/SqlUtil.h"
#include "services/HouseholdService.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

Q_DECLARE_METATYPE(sn::Role)

class TestHouseholdService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;
    QString m_chaoyangId; // 张三's household in 朝阳街道
    QString m_mafangId; // 王秀英's household in 马坊街道

    Household mafangHousehold()
    {
        Household h = household(Mafang, Xixingyuan);
        h.area = AreaType::Urban;
        h.address = QStringLiteral("柴达木路88号阳光小区3号楼2单元501室");
        h.phone = QStringLiteral("13709712345");
        h.members[0].name = QStringLiteral("王秀英");
        h.members[0].idNumber = makeId(QDate(1975, 3, 3), 2);
        h.members[0].sex = Sex::Female;
        h.members[0].birthDate = QDate(1975, 3, 3);
        h.members[1].name = QStringLiteral("马建国");
        h.members[1].idNumber = makeId(QDate(1974, 4, 4), 3);
        h.members[1].birthDate = QDate(1974, 4, 4);
        return h;
    }

    int auditCount(const QString &action)
    {
        auto entries = AuditLog(*m_station->db).recent(1000);
        int n = 0;
        for (const AuditEntry &e : entries.value())
            n += e.action == action;
        return n;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
        HouseholdService service(*m_station->db, admin());
        auto a = service.create(household());
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        m_chaoyangId = a.value();
        auto b = service.create(mafangHousehold());
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
        m_mafangId = b.value();
    }

    // Every operation, every role, own and other township: scope is enforced below the UI.
    void permissions_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("ownTownship");
        QTest::addColumn<bool>("canView");
        QTest::addColumn<bool>("canEdit");
        QTest::newRow("admin") << Role::DistrictAdmin << true << true << true;
        QTest::newRow("clerk own") << Role::TownshipClerk << true << true << true;
        QTest::newRow("clerk other") << Role::TownshipClerk << false << false << false;
        QTest::newRow("village worker own") << Role::VillageWorker << true << true << false;
        QTest::newRow("village worker other") << Role::VillageWorker << false << false << false;
        QTest::newRow("auditor") << Role::Auditor << false << true << false;
    }
    void permissions()
    {
        QFETCH(Role, role);
        QFETCH(bool, ownTownship);
        QFETCH(bool, canView);
        QFETCH(bool, canEdit);
        const Session session { QStringLiteral("u"), QStringLiteral("u"), role, ownTownship ? Chaoyang : Mafang, {} };
        HouseholdService service(*m_station->db, session);

        QCOMPARE(service.get(m_chaoyangId).ok(), canView);
        if (!canView)
            QCOMPARE(service.get(m_chaoyangId).error().kind, Error::Kind::Forbidden);
        QCOMPARE(service.history(m_chaoyangId).ok(), canView);
        QCOMPARE(service.getForEdit(m_chaoyangId).ok(), canEdit);

        auto listed = service.search({});
        QVERIFY(listed);
        bool sawChaoyang = false;
        for (const HouseholdSummary &s : listed.value())
            sawChaoyang = sawChaoyang || s.id == m_chaoyangId;
        QCOMPARE(sawChaoyang, canView);

        Household edited = household();
        edited.id = m_chaoyangId;
        auto stored = HouseholdService(*m_station->db, admin()).getForEdit(m_chaoyangId);
        QVERIFY(stored);
        edited = stored.value();
        edited.address = QStringLiteral("changed by %1").arg(Roles::code(role));
        const Status update = service.update(edited);
        QCOMPARE(update.ok(), canEdit);
        if (!canEdit)
            QCOMPARE(update.error().kind, Error::Kind::Forbidden);

        Household fresh = household();
        fresh.members[0].idNumber = makeId(QDate(1990, 2, 2), 5);
        fresh.members[1].idNumber = makeId(QDate(1991, 2, 2), 6);
        fresh.members[0].birthDate = QDate(1990, 2, 2);
        fresh.members[1].birthDate = QDate(1991, 2, 2);
        QCOMPARE(service.create(fresh).ok(), canEdit);

        const Status removed = service.remove(m_chaoyangId, QStringLiteral("test"));
        QCOMPARE(removed.ok(), canEdit);
    }

    // The registry opens on every live household of the district: counted as all rows less the removed ones.
    void countOfEveryHouseholdLeavesOutRemovedOnes()
    {
        HouseholdService service(*m_station->db, admin());
        const auto live = [this] {
            return sql::scalar(
                m_station->db->sql(), QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0"))
                ->toInt();
        };
        QCOMPARE(service.count({}).value(), live());
        Household h = household();
        h.members[0].idNumber = makeId(QDate(1985, 3, 3), 7);
        h.members[1].idNumber = makeId(QDate(1986, 3, 3), 8);
        h.members[0].birthDate = QDate(1985, 3, 3);
        h.members[1].birthDate = QDate(1986, 3, 3);
        const int before = service.count({}).value();
        const QString id = service.create(h).value();
        QCOMPARE(service.count({}).value(), before + 1);
        QVERIFY(service.remove(id, QStringLiteral("test")));
        QCOMPARE(service.count({}).value(), before);
        QCOMPARE(service.count({}).value(), live());
        QVERIFY(sql::scalar(m_station->db->sql(), QStringLiteral("SELECT count(*) FROM households WHERE deleted = 1"))
                    ->toInt()
            > 0);
    }

    void clerkCannotMoveAHouseholdIntoAnotherTownship()
    {
        HouseholdService service(*m_station->db, clerkOf(Chaoyang));
        auto h = service.getForEdit(m_chaoyangId);
        QVERIFY(h);
        Household moved = h.value();
        moved.townshipCode = Mafang;
        moved.villageCode = Xixingyuan;
        const Status s = service.update(moved);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Forbidden);
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expectedHead"); // empty: no household
        QTest::newRow("name") << QStringLiteral("张三") << QStringLiteral("张三");
        QTest::newRow("name substring") << QStringLiteral("秀英") << QStringLiteral("王秀英");
        QTest::newRow("one character") << QStringLiteral("英") << QStringLiteral("王秀英");
        QTest::newRow("spouse name") << QStringLiteral("马建国") << QStringLiteral("王秀英");
        QTest::newRow("initials") << QStringLiteral("zs") << QStringLiteral("张三");
        QTest::newRow("full pinyin") << QStringLiteral("zhangsan") << QStringLiteral("张三");
        QTest::newRow("pinyin prefix") << QStringLiteral("wangxiu") << QStringLiteral("王秀英");
        QTest::newRow("upper case") << QStringLiteral("WXY") << QStringLiteral("王秀英");
        QTest::newRow("whole ID") << makeId(QDate(1975, 3, 3), 2) << QStringLiteral("王秀英");
        QTest::newRow("last four") << makeId(QDate(1975, 3, 3), 2).right(4) << QStringLiteral("王秀英");
        QTest::newRow("last six") << makeId(QDate(1980, 1, 1), 1).right(6) << QStringLiteral("张三");
        {
            // Full-width digits as an input method types them; the old 15-digit form of the same number.
            QString fullWidth;
            for (const QChar c : makeId(QDate(1975, 3, 3), 2))
                fullWidth.append(c.isDigit() ? QChar(char16_t(u'０' + c.digitValue())) : c);
            QTest::newRow("whole ID, full-width") << fullWidth << QStringLiteral("王秀英");
            QTest::newRow("last five, full-width") << fullWidth.right(5) << QStringLiteral("王秀英");
            QTest::newRow("15-digit ID") << QStringLiteral("630105750303002") << QStringLiteral("王秀英");
            QTest::newRow("15-digit ID, spaced") << QStringLiteral("630105 750303 002") << QStringLiteral("王秀英");
            QTest::newRow("whole ID, spaced")
                << makeId(QDate(1975, 3, 3), 2).insert(14, QLatin1Char(' ')).insert(6, QLatin1Char(' '))
                << QStringLiteral("王秀英");
        }
        QTest::newRow("phone") << QStringLiteral("13709712345") << QStringLiteral("王秀英");
        QTest::newRow("phone prefix") << QStringLiteral("1370971") << QStringLiteral("王秀英");
        QTest::newRow("address") << QStringLiteral("阳光小区") << QStringLiteral("王秀英");
        QTest::newRow("address and name") << QStringLiteral("北园 张") << QStringLiteral("张三");
        QTest::newRow("no such name") << QStringLiteral("赵六") << QString();
        QTest::newRow("too few digits") << QStringLiteral("12") << QString();
        QTest::newRow("fts syntax is data") << QStringLiteral("\"zs OR *") << QString();
    }
    void search()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expectedHead);
        HouseholdService service(*m_station->db, admin());
        HouseholdQuery q;
        q.text = typed;
        auto found = service.search(q);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        if (expectedHead.isEmpty()) {
            QCOMPARE(found->size(), 0);
        } else {
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().headName, expectedHead);
            QVERIFY(found->first().headIdNumber.contains(QStringLiteral("********"))); // masked in lists
        }
        QCOMPARE(service.count(q).value(), int(found->size()));
    }

    void searchFilters()
    {
        HouseholdService service(*m_station->db, admin());
        HouseholdQuery q;
        q.townshipCode = Mafang;
        QCOMPARE(service.count(q).value(), 1);
        q = {};
        q.category = Category::Tekun;
        QCOMPARE(service.count(q).value(), 0);
        q.category = Category::Dibao;
        QCOMPARE(service.count(q).value(), 2);
        q = {};
        q.status = HouseholdStatus::Exited;
        QCOMPARE(service.count(q).value(), 0);
        q = {};
        q.tier = Tier::Green; // working-age adults, stable income: green by default
        QCOMPARE(service.count(q).value(), 2);
        QCOMPARE(service.search(q).value().first().tier, Tier::Green);
        q.tier = Tier::Red;
        QCOMPARE(service.count(q).value(), 0);
    }

    void duplicateIdNumberNamesTheOtherHousehold()
    {
        HouseholdService service(*m_station->db, admin());
        Household h = mafangHousehold();
        h.members[0].idNumber = makeId(QDate(1980, 1, 1), 1); // 张三's number
        h.members[0].birthDate = QDate(1980, 1, 1);
        const ValidationReport report = service.validate(h);
        QVERIFY(!report.ok());
        bool named = false;
        for (const HouseholdProblem &p : report.problems) {
            if (p.field == QLatin1String("members[0].idNumber")) {
                named = p.message.contains(QStringLiteral("张三")) && p.message.contains(QStringLiteral("北园村"));
            }
        }
        QVERIFY(named);
        QVERIFY(!service.create(h));
    }

    void villageAndAddressAreRequired()
    {
        HouseholdService service(*m_station->db, admin());
        Household h = household();
        h.villageCode.clear();
        h.address = QStringLiteral("  ");
        const ValidationReport report = service.validate(h);
        QStringList fields;
        for (const HouseholdProblem &p : report.problems)
            fields << p.field;
        QCOMPARE(fields.mid(0, 2), (QStringList { QStringLiteral("village"), QStringLiteral("address") }));
        const int before = service.count({}).value();
        QVERIFY(!service.create(h));
        QCOMPARE(service.count({}).value(), before);
    }

    void validateNormalisesAndFillsFromTheIdNumber()
    {
        HouseholdService service(*m_station->db, admin());
        Household h = household();
        h.members[0].idNumber = QStringLiteral("６３０１０５ １９９２０２０２ ００１ ")
            + IdNumber::checkCharacter(QStringLiteral("63010519920202001"));
        h.members[0].birthDate = {};
        h.members[0].sex = Sex::Unknown;
        h.members[1].idNumber = makeId(QDate(1993, 3, 3), 4);
        h.members[1].birthDate = {};
        service.validate(h);
        QCOMPARE(h.members[0].idNumber.size(), 18);
        QCOMPARE(h.members[0].birthDate, QDate(1992, 2, 2));
        QCOMPARE(h.members[0].sex, Sex::Male);
    }

    void overrideNeedsAReasonAndIsKept()
    {
        HouseholdService service(*m_station->db, admin());
        auto h = service.getForEdit(m_chaoyangId);
        QVERIFY(h);
        Household edited = h.value();
        QCOMPARE(service.classify(edited).category, Category::Dibao);
        edited.category = Category::DibaoEdge;
        const Status refused = service.update(edited);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("category"));
        edited.categoryOverrideReason = QStringLiteral("收入核对后确认为边缘");
        QVERIFY(service.update(edited));
        QCOMPARE(service.get(m_chaoyangId)->categoryOverrideReason, QStringLiteral("收入核对后确认为边缘"));
    }

    void unmaskingIsAudited()
    {
        HouseholdService clerk(*m_station->db, clerkOf(Chaoyang));
        const int before = auditCount(QStringLiteral("unmask"));
        auto viewed = clerk.get(m_chaoyangId);
        QVERIFY(viewed);
        QVERIFY(viewed->members.at(0).idNumber.contains(QLatin1Char('*')));
        QCOMPARE(auditCount(QStringLiteral("unmask")), before);
        auto full = clerk.revealIdNumber(m_chaoyangId, viewed->members.at(0).id);
        QVERIFY(full);
        QCOMPARE(full.value(), makeId(QDate(1980, 1, 1), 1));
        QCOMPARE(auditCount(QStringLiteral("unmask")), before + 1);
        HouseholdService auditor(*m_station->db, { QStringLiteral("a"), QStringLiteral("a"), Role::Auditor, {}, {} });
        QVERIFY(!auditor.revealIdNumber(m_chaoyangId, viewed->members.at(0).id));
    }

    void historyShowsOldAndNewValues()
    {
        HouseholdService service(*m_station->db, clerkOf(Chaoyang));
        auto h = service.getForEdit(m_chaoyangId);
        Household edited = h.value();
        edited.phone = QStringLiteral("13800000001");
        QVERIFY(service.update(edited));
        auto history = service.history(m_chaoyangId);
        QVERIFY(history);
        bool found = false;
        for (const AuditEntry &e : history.value()) {
            if (e.field == QLatin1String("phone") && e.oldValue == QLatin1String("13897001234")
                && e.newValue == QLatin1String("13800000001")) {
                found = true;
                QCOMPARE(e.userId, clerkOf(Chaoyang).userId);
                QCOMPARE(e.stationId, m_station->db->stationId());
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestHouseholdService)
#include "tst_householdservice.moc"
