// Dates typed into one field, the ways a clerk types them.
#include "domain/DateInput.h"

#include <QTest>

using namespace sn;

class TestDateInput : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
};

void TestDateInput::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const QDate newYear(1980, 1, 1);
    QTest::newRow("compact") << QStringLiteral("19800101") << newYear;
    QTest::newRow("iso short") << QStringLiteral("1980-1-1") << newYear;
    QTest::newRow("iso") << QStringLiteral("1980-01-01") << newYear;
    QTest::newRow("slashes") << QStringLiteral("1980/1/1") << newYear;
    QTest::newRow("dots") << QStringLiteral("1980.1.1") << newYear;
    QTest::newRow("chinese") << QStringLiteral("1980年1月1日") << newYear;
    QTest::newRow("chinese without day mark") << QStringLiteral("1980年1月1") << newYear;
    QTest::newRow("full-width digits") << QStringLiteral("１９８０年１２月３１日") << QDate(1980, 12, 31);
    QTest::newRow("spaces") << QStringLiteral(" 2026 - 12 - 7 ") << QDate(2026, 12, 7);
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("no such day") << QStringLiteral("19800231") << QDate();
    QTest::newRow("month 13") << QStringLiteral("1980-13-1") << QDate();
    QTest::newRow("too short") << QStringLiteral("198011") << QDate();
    QTest::newRow("words") << QStringLiteral("yesterday") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("80-1-1") << QDate();
}

void TestDateInput::parses()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(parseTypedDate(text), expected);
}

QTEST_APPLESS_MAIN(TestDateInput)
#include "tst_dateinput.moc"
