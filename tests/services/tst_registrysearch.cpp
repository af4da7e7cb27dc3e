// Registry search finds the person the clerk means (issue 21): surnames as they are said, every reading of a
// polyphonic given name, traditional characters, ID numbers however typed, and it says why a row matched.
#include "StationFixture.h"

#include "database/Pinyin.h"
#include "services/HouseholdService.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

const QStringList Heads = {
    // issue 21's table of surnames
    QStringLiteral("单建华"),
    QStringLiteral("曾国强"),
    QStringLiteral("解小明"),
    QStringLiteral("仇立新"),
    QStringLiteral("翟志刚"),
    QStringLiteral("覃海燕"),
    QStringLiteral("区永健"),
    QStringLiteral("朴成哲"),
    QStringLiteral("查文清"),
    QStringLiteral("盖丽丽"),
    QStringLiteral("缪芳"),
    QStringLiteral("乐嘉言"),
    QStringLiteral("尉迟恭"),
    QStringLiteral("万俟洁"),
    QStringLiteral("单于飞"),
    // polyphonic given names
    QStringLiteral("张重阳"),
    QStringLiteral("王长江"),
    QStringLiteral("刘乐"),
    // written in traditional characters in an old record; and a simplified one typed in traditional
    QStringLiteral("黃志強"),
    QStringLiteral("陈建国"),
    // ID numbers: the old 15-digit form, a check character X
    QStringLiteral("杜月明"),
    QStringLiteral("范晓东"),
};

QDate birthOf(int i)
{
    return QDate(1950 + i, 1 + i % 12, 1 + i % 28);
}

QString idOf(int i)
{
    // 范晓东's number ends in X: the first sequence whose check character is X.
    if (Heads.at(i) == QStringLiteral("范晓东")) {
        for (int seq = 1; seq < 1000; ++seq) {
            const QString id = makeId(birthOf(i), seq);
            if (id.endsWith(QLatin1Char('X')))
                return id;
        }
    }
    return makeId(birthOf(i), 1);
}

QString fullWidth(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out.append(c.isDigit() ? QChar(char16_t(u'０' + c.digitValue())) : c);
    return out;
}

QString fifteen(const QString &id18)
{
    return id18.left(6) + id18.mid(8, 9);
}

} // namespace

class TestRegistrySearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<Station>();
        HouseholdService service(*m_station->db, admin());
        for (int i = 0; i < Heads.size(); ++i) {
            Household h = household();
            h.members = { member(Heads.at(i), Relation::Head, birthOf(i), 1) };
            h.members[0].idNumber = idOf(i);
            h.members[0].sex = IdNumber::parse(idOf(i), Clock::today()).sex();
            h.phone.clear();
            h.category = service.classify(h).category; // one member of the two: whatever the rules give
            h.address = Heads.at(i) == QStringLiteral("陈建国") ? QStringLiteral("幸福路陽光小區3號樓")
                                                                : QStringLiteral("北园村3社15号");
            auto created = service.create(h);
            QVERIFY2(
                created, qPrintable(Heads.at(i) + QLatin1Char(' ') + (created ? QString() : created.error().message)));
        }
    }

    void finds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("head"); // empty: nobody
        QTest::addColumn<QString>("reason"); // the registry's "why it matched", or a part of it
        const auto row = [](const char *name, const QString &typed, const QString &head, const QString &reason) {
            QTest::newRow(name) << typed << head << reason;
        };
        // Every row of issue 21's table, in full pinyin and as initials.
        const QList<std::tuple<QString, QString, QString, QString>> surnames = {
            { QStringLiteral("单建华"), QStringLiteral("单"), QStringLiteral("shanjianhua"), QStringLiteral("sjh") },
            { QStringLiteral("曾国强"), QStringLiteral("曾"), QStringLiteral("zengguoqiang"), QStringLiteral("zgq") },
            { QStringLiteral("解小明"), QStringLiteral("解"), QStringLiteral("xiexiaoming"), QStringLiteral("xxm") },
            { QStringLiteral("仇立新"), QStringLiteral("仇"), QStringLiteral("qiulixin"), QStringLiteral("qlx") },
            { QStringLiteral("翟志刚"), QStringLiteral("翟"), QStringLiteral("zhaizhigang"), QStringLiteral("zzg") },
            { QStringLiteral("覃海燕"), QStringLiteral("覃"), QStringLiteral("qinhaiyan"), QStringLiteral("qhy") },
            { QStringLiteral("区永健"), QStringLiteral("区"), QStringLiteral("ouyongjian"), QStringLiteral("oyj") },
            { QStringLiteral("朴成哲"), QStringLiteral("朴"), QStringLiteral("piaochengzhe"), QStringLiteral("pcz") },
            { QStringLiteral("查文清"), QStringLiteral("查"), QStringLiteral("zhawenqing"), QStringLiteral("zwq") },
            { QStringLiteral("盖丽丽"), QStringLiteral("盖"), QStringLiteral("gelili"), QStringLiteral("gll") },
            { QStringLiteral("缪芳"), QStringLiteral("缪"), QStringLiteral("miaofang"), QStringLiteral("mf") },
            { QStringLiteral("乐嘉言"), QStringLiteral("乐"), QStringLiteral("yuejiayan"), QStringLiteral("yjy") },
            { QStringLiteral("尉迟恭"), QStringLiteral("尉迟"), QStringLiteral("yuchigong"), QStringLiteral("ycg") },
            { QStringLiteral("万俟洁"), QStringLiteral("万俟"), QStringLiteral("moqijie"), QStringLiteral("mqj") },
            { QStringLiteral("单于飞"), QStringLiteral("单于"), QStringLiteral("chanyufei"), QStringLiteral("cyf") },
        };
        for (const auto &[head, surname, full, initials] : surnames) {
            const QString reading = full.left(full.size() - Pinyin::full(head.mid(surname.size())).size());
            const QString reason = QStringLiteral("%1 as %2 (surname)").arg(surname, reading);
            QTest::newRow(qPrintable(surname + QLatin1Char(' ') + full)) << full << head << reason;
            QTest::newRow(qPrintable(surname + QLatin1Char(' ') + initials)) << initials << head << reason;
        }
        // The readings ICU gave alone, which are not how these surnames are said.
        row("单 not dan", QStringLiteral("danjianhua"), QString(), QString());
        row("曾 not ceng", QStringLiteral("cengguoqiang"), QString(), QString());
        row("缪 not mou", QStringLiteral("moufang"), QString(), QString());
        // Every reading of a polyphonic character in a given name.
        row("重 chong", QStringLiteral("zhangchongyang"), QStringLiteral("张重阳"), QStringLiteral("重 as chong"));
        row("重 zhong", QStringLiteral("zhangzhongyang"), QStringLiteral("张重阳"), QStringLiteral("pinyin of 张重阳"));
        row("重 chong initials", QStringLiteral("zcy"), QStringLiteral("张重阳"),
            QStringLiteral("initials of 张重阳, 重 as chong"));
        row("长 chang", QStringLiteral("wangchangjiang"), QStringLiteral("王长江"), QStringLiteral("长 as chang"));
        row("长 zhang", QStringLiteral("wangzhangjiang"), QStringLiteral("王长江"), QStringLiteral("pinyin of 王长江"));
        row("长 chang initials", QStringLiteral("wcj"), QStringLiteral("王长江"), QStringLiteral("长 as chang"));
        row("乐 yue", QStringLiteral("liuyue"), QStringLiteral("刘乐"), QStringLiteral("乐 as yue"));
        row("乐 le", QStringLiteral("liule"), QStringLiteral("刘乐"), QStringLiteral("pinyin of 刘乐"));
        // Traditional and variant characters, stored or typed.
        row("stored traditional, typed simplified", QStringLiteral("黄志强"), QStringLiteral("黃志強"),
            QStringLiteral("name 黃志強"));
        row("stored traditional, typed traditional", QStringLiteral("黃志強"), QStringLiteral("黃志強"),
            QStringLiteral("name 黃志強, 黃 as 黄"));
        row("stored traditional, pinyin", QStringLiteral("huangzhiqiang"), QStringLiteral("黃志強"),
            QStringLiteral("pinyin of 黃志強"));
        row("stored simplified, typed traditional", QStringLiteral("陳建國"), QStringLiteral("陈建国"),
            QStringLiteral("name 陈建国, 陳 as 陈, 國 as 国"));
        row("one traditional character", QStringLiteral("陳"), QStringLiteral("陈建国"), QStringLiteral("陳 as 陈"));
        row("traditional address, typed simplified", QStringLiteral("阳光小区"), QStringLiteral("陈建国"),
            QStringLiteral("address"));
        row("traditional address, typed traditional", QStringLiteral("陽光小區"), QStringLiteral("陈建国"),
            QStringLiteral("address, 陽 as 阳"));
        // ID numbers: the old 15-digit form, full-width digits, a lower-case x, the last 4 to 6 digits.
        const QString du = idOf(int(Heads.indexOf(QStringLiteral("杜月明"))));
        const QString fan = idOf(int(Heads.indexOf(QStringLiteral("范晓东"))));
        row("15-digit", fifteen(du), QStringLiteral("杜月明"),
            QStringLiteral("ID number of 杜月明, from its 15-digit form"));
        row("15-digit, full-width", fullWidth(fifteen(du)), QStringLiteral("杜月明"),
            QStringLiteral("from its 15-digit form"));
        row("15-digit, spaced", fifteen(du).insert(12, QLatin1Char(' ')).insert(6, QLatin1Char(' ')),
            QStringLiteral("杜月明"), QStringLiteral("from its 15-digit form"));
        row("18-digit", du, QStringLiteral("杜月明"), QStringLiteral("ID number of 杜月明"));
        row("18-digit, full-width", fullWidth(du), QStringLiteral("杜月明"), QStringLiteral("ID number of 杜月明"));
        row("lower-case x", fan.toLower(), QStringLiteral("范晓东"), QStringLiteral("ID number of 范晓东"));
        row("last 6, lower-case x", fan.right(6).toLower(), QStringLiteral("范晓东"),
            QStringLiteral("ID number of 范晓东 ends in"));
        row("last 5, full-width", fullWidth(du.right(5)), QStringLiteral("杜月明"), QStringLiteral("ends in"));
        row("last 6", du.right(6), QStringLiteral("杜月明"),
            QStringLiteral("ID number of 杜月明 ends in ") + du.right(6));
    }
    void finds()
    {
        QFETCH(QString, typed);
        QFETCH(QString, head);
        QFETCH(QString, reason);
        HouseholdService service(*m_station->db, admin());
        HouseholdQuery q;
        q.text = typed;
        auto found = service.search(q);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(service.count(q).value(), int(found->size()));
        if (head.isEmpty()) {
            QCOMPARE(found->size(), 0);
            return;
        }
        const auto reasonOf = [&](const HouseholdSummary &s) { return service.matchReason(typed, s.id).value(); };
        QStringList heads;
        for (const HouseholdSummary &s : found.value())
            heads.append(s.headName + QLatin1Char('/') + reasonOf(s));
        QVERIFY2(found->size() == 1, qPrintable(heads.join(QStringLiteral(" | "))));
        QCOMPARE(found->first().headName, head);
        const QString matched = reasonOf(found->first());
        QVERIFY2(matched.contains(reason), qPrintable(matched));
        QVERIFY(!matched.contains(idOf(int(Heads.indexOf(head))))); // never the ID number
    }
};

QTEST_GUILESS_MAIN(TestRegistrySearch)
#include "tst_registrysearch.moc"
