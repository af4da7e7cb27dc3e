#include "domain/Format.h"
#include "domain/Money.h"

#include <QTest>

#include <limits>

using namespace sn;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void toYuanString_data();
    void toYuanString();
    void toGroupedYuanString_data();
    void toGroupedYuanString();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void roundTrip();
    void localeFormat_data();
    void localeFormat();
};

void TestMoney::toYuanString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01");
    QTest::newRow("ten fen") << qint64(10) << QStringLiteral("0.10");
    QTest::newRow("812.50") << qint64(81250) << QStringLiteral("812.50");
    QTest::newRow("735") << qint64(73500) << QStringLiteral("735.00");
    QTest::newRow("no grouping") << qint64(123456789) << QStringLiteral("1234567.89");
    QTest::newRow("negative") << qint64(-105) << QStringLiteral("-1.05");
    QTest::newRow("negative below one yuan") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << QStringLiteral("92233720368547758.07");
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << QStringLiteral("-92233720368547758.08");
}

void TestMoney::toYuanString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(money::toYuanString(fen), text);
}

void TestMoney::toGroupedYuanString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("three digits") << qint64(99999) << QStringLiteral("999.99");
    QTest::newRow("1,234.50") << qint64(123450) << QStringLiteral("1,234.50");
    QTest::newRow("1,000.00") << qint64(100000) << QStringLiteral("1,000.00");
    QTest::newRow("millions") << qint64(123456789) << QStringLiteral("1,234,567.89");
    QTest::newRow("six digits") << qint64(12345600) << QStringLiteral("123,456.00");
    QTest::newRow("negative") << qint64(-123450) << QStringLiteral("-1,234.50");
    QTest::newRow("negative small") << qint64(-105) << QStringLiteral("-1.05");
}

void TestMoney::toGroupedYuanString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(money::toGroupedYuanString(fen), text);
}

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("one decimal") << QStringLiteral("812.5") << qint64(81250);
    QTest::newRow("two decimals") << QStringLiteral("812.50") << qint64(81250);
    QTest::newRow("yuan suffix") << QStringLiteral("812.50元") << qint64(81250);
    QTest::newRow("yen sign grouped") << QStringLiteral("¥1,234.50") << qint64(123450);
    QTest::newRow("full-width yen sign") << QStringLiteral("￥735") << qint64(73500);
    QTest::newRow("spaces") << QStringLiteral(" 735 ") << qint64(73500);
    QTest::newRow("ideographic spaces") << QStringLiteral("　735　元") << qint64(73500);
    QTest::newRow("full-width digits") << QStringLiteral("８１２．５０") << qint64(81250);
    QTest::newRow("full-width comma") << QStringLiteral("１，２３４") << qint64(123400);
    QTest::newRow("grouped integer") << QStringLiteral("1,234") << qint64(123400);
    QTest::newRow("grouped millions") << QStringLiteral("1,234,567.89") << qint64(123456789);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("fen only") << QStringLiteral("0.01") << qint64(1);
    QTest::newRow("leading zeros") << QStringLiteral("0012.3") << qint64(1230);
    QTest::newRow("negative") << QStringLiteral("-1.05") << qint64(-105);
    QTest::newRow("negative with sign") << QStringLiteral("-¥5") << qint64(-500);
    QTest::newRow("plus") << QStringLiteral("+5") << qint64(500);
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const std::optional<Fen> parsed = money::parseYuan(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, fen);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("three decimals") << QStringLiteral("1.234");
    QTest::newRow("exponent") << QStringLiteral("1e5");
    QTest::newRow("only sign") << QStringLiteral("¥");
    QTest::newRow("only suffix") << QStringLiteral("元");
    QTest::newRow("trailing dot") << QStringLiteral("12.");
    QTest::newRow("leading dot") << QStringLiteral(".5");
    QTest::newRow("two dots") << QStringLiteral("1.2.3");
    QTest::newRow("bad grouping") << QStringLiteral("12,34");
    QTest::newRow("group too long first") << QStringLiteral("1234,567");
    QTest::newRow("empty group") << QStringLiteral("1,,234");
    QTest::newRow("comma in decimals") << QStringLiteral("1.2,3");
    QTest::newRow("double minus") << QStringLiteral("--5");
    QTest::newRow("text after") << QStringLiteral("735 yuan");
    QTest::newRow("too large") << QStringLiteral("10000000000000000");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QVERIFY2(!money::parseYuan(text).has_value(), qPrintable(text));
}

void TestMoney::roundTrip()
{
    const Fen values[] = {0, 1, 99, 100, 81250, 123450, -105, 999999999999};
    for (const Fen v : values) {
        QCOMPARE(money::parseYuan(money::toYuanString(v)), std::optional<Fen>(v));
        QCOMPARE(money::parseYuan(money::toGroupedYuanString(v)), std::optional<Fen>(v));
    }
}

void TestMoney::localeFormat_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("dateText");
    QTest::newRow("zh 1234.50") << "zh_CN" << qint64(123450) << "¥1,234.50" << QDate(2026, 10, 31) << "2026年10月31日";
    QTest::newRow("zh small") << "zh_CN" << qint64(5) << "¥0.05" << QDate(2026, 1, 2) << "2026年1月2日";
    QTest::newRow("zh million") << "zh_CN" << qint64(123456789012) << "¥1,234,567,890.12" << QDate(2000, 12, 1) << "2000年12月1日";
    QTest::newRow("zh negative") << "zh_CN" << qint64(-84000) << "-¥840.00" << QDate() << "";
    QTest::newRow("en 840") << "en_US" << qint64(84000) << "¥840.00" << QDate(2026, 10, 31) << "10/31/26";
}

void TestMoney::localeFormat()
{
    QFETCH(QString, locale);
    QFETCH(qint64, fen);
    QFETCH(QString, money);
    QFETCH(QDate, date);
    QFETCH(QString, dateText);
    const QLocale l(locale);
    QCOMPARE(format::money(fen, l), money);
    QCOMPARE(format::date(date, l), dateText);
    // The same in the default locale the UI language sets.
    const QLocale before;
    QLocale::setDefault(l);
    QCOMPARE(format::money(fen), money);
    QLocale::setDefault(before);
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
