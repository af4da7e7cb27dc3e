// The readings and character folding behind registry search (issue 21): what the index holds for a name,
// what a typed term is looked up by, and why a household matched.
#include "database/ChineseVariants.h"
#include "database/Pinyin.h"
#include "database/SearchIndex.h"
#include "domain/Clock.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace sn;

namespace {

QStringList fullReadings(const QString &name)
{
    QStringList out;
    for (const Pinyin::NameReading &r : Pinyin::nameReadings(name))
        out.append(r.full());
    return out;
}

QStringList initialReadings(const QString &name)
{
    QStringList out;
    for (const Pinyin::NameReading &r : Pinyin::nameReadings(name))
        out.append(r.initials());
    return out;
}

} // namespace

class TestSearchReadings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Clock::setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0))); }

    // Every row of issue 21's table: the surname as it is said is a key of the name, in full and as initials.
    void surnameReadings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");
        QTest::addColumn<QString>("customaryOnly"); // what ICU's Han-Latin indexed alone: no longer the first key
        QTest::newRow("单 shan") << QStringLiteral("单建华") << QStringLiteral("shanjianhua") << QStringLiteral("sjh")
                                 << QStringLiteral("danjianhua");
        QTest::newRow("曾 zeng") << QStringLiteral("曾国强") << QStringLiteral("zengguoqiang") << QStringLiteral("zgq")
                                 << QStringLiteral("cengguoqiang");
        QTest::newRow("解 xie") << QStringLiteral("解小明") << QStringLiteral("xiexiaoming") << QStringLiteral("xxm")
                                << QStringLiteral("jiexiaoming");
        QTest::newRow("仇 qiu") << QStringLiteral("仇立新") << QStringLiteral("qiulixin") << QStringLiteral("qlx")
                                << QStringLiteral("choulixin");
        QTest::newRow("翟 zhai") << QStringLiteral("翟志刚") << QStringLiteral("zhaizhigang") << QStringLiteral("zzg")
                                 << QString();
        QTest::newRow("覃 qin") << QStringLiteral("覃海燕") << QStringLiteral("qinhaiyan") << QStringLiteral("qhy")
                                << QString();
        QTest::newRow("区 ou") << QStringLiteral("区永健") << QStringLiteral("ouyongjian") << QStringLiteral("oyj")
                               << QStringLiteral("quyongjian");
        QTest::newRow("朴 piao") << QStringLiteral("朴成哲") << QStringLiteral("piaochengzhe") << QStringLiteral("pcz")
                                 << QStringLiteral("puchengzhe");
        QTest::newRow("查 zha") << QStringLiteral("查文清") << QStringLiteral("zhawenqing") << QStringLiteral("zwq")
                                << QStringLiteral("chawenqing");
        QTest::newRow("盖 ge") << QStringLiteral("盖丽丽") << QStringLiteral("gelili") << QStringLiteral("gll")
                               << QString();
        QTest::newRow("缪 miao") << QStringLiteral("缪芳") << QStringLiteral("miaofang") << QStringLiteral("mf")
                                 << QStringLiteral("moufang");
        QTest::newRow("乐 yue") << QStringLiteral("乐嘉言") << QStringLiteral("yuejiayan") << QStringLiteral("yjy")
                                << QString();
        QTest::newRow("尉迟 yuchi") << QStringLiteral("尉迟恭") << QStringLiteral("yuchigong") << QStringLiteral("ycg")
                                    << QString(); // 尉 alone is the surname wei
        QTest::newRow("万俟 moqi") << QStringLiteral("万俟洁") << QStringLiteral("moqijie") << QStringLiteral("mqj")
                                   << QString(); // 万 alone is the surname wan
        QTest::newRow("单于 chanyu") << QStringLiteral("单于飞") << QStringLiteral("chanyufei") << QStringLiteral("cyf")
                                     << QStringLiteral("danyufei");
    }
    void surnameReadings()
    {
        QFETCH(QString, name);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        QFETCH(QString, customaryOnly);
        const QList<Pinyin::NameReading> readings = Pinyin::nameReadings(name);
        QVERIFY(!readings.isEmpty());
        QCOMPARE(readings.first().full(), full); // the surname's reading comes first
        QVERIFY2(initialReadings(name).contains(initials), qPrintable(initialReadings(name).join(QLatin1Char(' '))));
        QVERIFY(!readings.first().notes.isEmpty());
        QVERIFY(readings.first().notes.first().surname);
        QCOMPARE(readings.first().notes.first().position, 0);
        if (!customaryOnly.isEmpty())
            QVERIFY2(
                !fullReadings(name).contains(customaryOnly), qPrintable(fullReadings(name).join(QLatin1Char(' '))));
    }

    // Given names: every standard reading of a polyphonic character, in full and as initials.
    void givenNameReadings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("full");
        QTest::addColumn<QStringList>("initials");
        QTest::newRow("重 chong/zhong") << QStringLiteral(
            "张重阳") << QStringList { QStringLiteral("zhangzhongyang"), QStringLiteral("zhangchongyang") }
                                        << QStringList { QStringLiteral("zzy"), QStringLiteral("zcy") };
        QTest::newRow("长 chang/zhang") << QStringLiteral(
            "王长江") << QStringList { QStringLiteral("wangzhangjiang"), QStringLiteral("wangchangjiang") }
                                        << QStringList { QStringLiteral("wzj"), QStringLiteral("wcj") };
        QTest::newRow("乐 le/yue") << QStringLiteral("刘乐")
                                   << QStringList { QStringLiteral("liule"), QStringLiteral("liuyue") }
                                   << QStringList { QStringLiteral("ll"), QStringLiteral("ly") };
        QTest::newRow("two polyphonic") << QStringLiteral("李长乐")
                                        << QStringList { QStringLiteral("lizhangle"), QStringLiteral("lichangle"),
                                               QStringLiteral("lizhangyue"), QStringLiteral("lichangyue") }
                                        << QStringList { QStringLiteral("lzl"), QStringLiteral("lcl"),
                                               QStringLiteral("lzy"), QStringLiteral("lcy") };
        QTest::newRow("ü typed u or v") << QStringLiteral("吕伟")
                                        << QStringList { QStringLiteral("luwei"), QStringLiteral("lvwei") }
                                        << QStringList { QStringLiteral("lw") };
        QTest::newRow("not polyphonic") << QStringLiteral("张三") << QStringList { QStringLiteral("zhangsan") }
                                        << QStringList { QStringLiteral("zs") };
    }
    void givenNameReadings()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, full);
        QFETCH(QStringList, initials);
        const QStringList haveFull = fullReadings(name);
        const QStringList haveInitials = initialReadings(name);
        QCOMPARE(haveFull.first(), full.first());
        QCOMPARE(QSet<QString>(haveFull.begin(), haveFull.end()), QSet<QString>(full.begin(), full.end()));
        for (const QString &i : initials)
            QVERIFY2(haveInitials.contains(i), qPrintable(i));
    }

    // A name of many polyphonic characters does not multiply out without bound.
    void readingsAreBounded()
    {
        const QList<Pinyin::NameReading> r = Pinyin::nameReadings(QStringLiteral("单长乐重朴解曾"));
        QCOMPARE(r.size(), Pinyin::MaxNameReadings);
        QCOMPARE(r.first().full(), QStringLiteral("shanzhanglezhongpujieceng")); // surname, then customary readings
    }

    // The surname table gives only readings the dictionaries give the character (Unihan kTGHZ2013/kXHC1983).
    void surnameTableReadingsAreStandard()
    {
        QFile file(QStringLiteral(":/readings/surnames.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int surnames = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QString surname = line.section(QLatin1Char('\t'), 0, 0);
            const QStringList readings = Pinyin::surnameReadings(surname);
            QVERIFY2(!readings.isEmpty(), qPrintable(line));
            for (const QString &reading : readings) {
                const QStringList syllables = reading.split(QLatin1Char('-'));
                QCOMPARE(syllables.size(), surname.size());
                for (qsizetype i = 0; i < surname.size(); ++i)
                    QVERIFY2(Pinyin::readings(surname.at(i)).contains(syllables.at(i)), qPrintable(line));
            }
            ++surnames;
        }
        QVERIFY(surnames >= 15);
    }

    void traditionalFolding_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("simplified");
        QTest::newRow("黃志強") << QStringLiteral("黃志強") << QStringLiteral("黄志强");
        QTest::newRow("陳") << QStringLiteral("陳") << QStringLiteral("陈");
        QTest::newRow("劉德華") << QStringLiteral("劉德華") << QStringLiteral("刘德华");
        QTest::newRow("address") << QStringLiteral("幸福路陽光小區3號樓") << QStringLiteral("幸福路阳光小区3号楼");
        QTest::newRow("variant 峯") << QStringLiteral("李峯") << QStringLiteral("李峰");
        QTest::newRow("already simplified") << QStringLiteral("王秀英") << QStringLiteral("王秀英");
        QTest::newRow("latin and digits") << QStringLiteral("Anna 12") << QStringLiteral("Anna 12");
    }
    void traditionalFolding()
    {
        QFETCH(QString, written);
        QFETCH(QString, simplified);
        QVERIFY(ChineseVariants::available());
        QCOMPARE(ChineseVariants::simplified(written), simplified);
    }

    // The index of a traditional name holds its simplified characters and their readings; typed traditional
    // characters are looked up simplified.
    void traditionalIsIndexedAndTypedSimplified()
    {
        const SearchIndex::Document d
            = SearchIndex::document(QStringLiteral("陽光小區"), {}, { QStringLiteral("黃志強") }, {}, {});
        QCOMPARE(d.names, QStringLiteral("黄 志 强"));
        QCOMPARE(d.address, QStringLiteral("阳 光 小 区"));
        QVERIFY(d.py.split(QLatin1Char(' ')).contains(QStringLiteral("huangzhiqiang")));
        QCOMPARE(
            SearchIndex::matchExpression(QStringLiteral("黃志強")), QStringLiteral("{names address}:\"黄 志 强\""));
        QCOMPARE(SearchIndex::matchExpression(QStringLiteral("陳")), QStringLiteral("{names address}:\"陈\""));
    }

    // Why a household matched, for the registry.
    void explain_data()
    {
        using Field = SearchIndex::Match::Field;
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("note"); // "单=shan*": a reading noted, * when as a surname
        QTest::newRow("surname") << QStringLiteral("shan") << int(Field::Pinyin) << QStringLiteral("单建华")
                                 << QStringLiteral("单=shan*");
        QTest::newRow("surname initials")
            << QStringLiteral("sjh") << int(Field::Initials) << QStringLiteral("单建华") << QStringLiteral("单=shan*");
        QTest::newRow("customary") << QStringLiteral("jianhua") << int(-1) << QString() << QString();
        QTest::newRow("given name reading")
            << QStringLiteral("liuyue") << int(Field::Pinyin) << QStringLiteral("刘乐") << QStringLiteral("乐=yue");
        QTest::newRow("plain pinyin") << QStringLiteral("liul") << int(Field::Pinyin) << QStringLiteral("刘乐")
                                      << QString();
        QTest::newRow("traditional name")
            << QStringLiteral("劉樂") << int(Field::Name) << QStringLiteral("刘乐") << QString();
        QTest::newRow("address") << QStringLiteral("陽光") << int(Field::Address) << QString() << QString();
        QTest::newRow("ID tail") << QStringLiteral("0018") << int(Field::IdNumber) << QStringLiteral("刘乐")
                                 << QString();
        QTest::newRow("phone") << QStringLiteral("1370971") << int(Field::Phone) << QString() << QString();
    }
    void explain()
    {
        QFETCH(QString, typed);
        QFETCH(int, field);
        QFETCH(QString, member);
        QFETCH(QString, note);
        const SearchIndex::Subject subject { QStringLiteral("阳光小区3号楼"), QStringLiteral("13709712345"),
            { { QStringLiteral("单建华"), QStringLiteral("630105197503030021"), {} },
                { QStringLiteral("刘乐"), QStringLiteral("630105200001010018"), {} } } };
        const QList<SearchIndex::Match> matches = SearchIndex::explain(typed, subject);
        if (field < 0) {
            QVERIFY(matches.isEmpty()); // not a key: "jianhua" alone is no name's beginning
            return;
        }
        QCOMPARE(matches.size(), 1);
        QCOMPARE(int(matches.first().field), field);
        QCOMPARE(matches.first().member, member);
        QStringList notes;
        for (const Pinyin::Note &n : matches.first().readings)
            notes.append(n.hanzi + QLatin1Char('=') + n.reading + (n.surname ? QStringLiteral("*") : QString()));
        QCOMPARE(notes.join(QLatin1Char(',')), note);
    }

    // The readings table is the generator's output for the installed Unihan data (when it is installed).
    void readingsTableIsFromUnihan()
    {
        QCOMPARE(Pinyin::readings(QChar(u'单')),
            (QStringList { QStringLiteral("dan"), QStringLiteral("chan"), QStringLiteral("shan") }));
        QCOMPARE(Pinyin::readings(QChar(u'重')), (QStringList { QStringLiteral("zhong"), QStringLiteral("chong") }));
        QVERIFY(Pinyin::readings(QChar(u'a')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchReadings)
#include "tst_searchreadings.moc"
