#include "domain/IdNumber.h"

#include <QTest>

using namespace sn;

Q_DECLARE_METATYPE(sn::IdNumber::Error)
Q_DECLARE_METATYPE(sn::Sex)

namespace {
// Every test measures against this day, never the real current date.
const QDate kToday(2024, 6, 15);
} // namespace

class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checkCharacter_data();
    void checkCharacter();
    void checkCharacterMessage();
    void normalize_data();
    void normalize();
    void normalizedInputParses_data();
    void normalizedInputParses();
    void upgradeLegacy();
    void legacyInvalidDate();
    void futureAndAgeLimits();
    void withoutReferenceDate();
    void areaAndSex();
    void ageOn_data();
    void ageOn();
    void memberAge();
    void mask_data();
    void mask();
};

void TestIdNumber::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Sex>("sex");

    QTest::newRow("X check") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << Sex::Female;
    QTest::newRow("Chengbei male") << QStringLiteral("630105198001010018") << QDate(1980, 1, 1) << Sex::Male;
    QTest::newRow("Chengbei female") << QStringLiteral("630105195503150025") << QDate(1955, 3, 15) << Sex::Female;
    QTest::newRow("Feb 29 leap 2000") << QStringLiteral("630105200002290015") << QDate(2000, 2, 29) << Sex::Male;
    QTest::newRow("Feb 29 leap 2012") << QStringLiteral("630105201202290030") << QDate(2012, 2, 29) << Sex::Male;
    QTest::newRow("born today") << QStringLiteral("630105202406150018") << kToday << Sex::Male;
    QTest::newRow("exactly 130 years") << QStringLiteral("630105189406150014") << QDate(1894, 6, 15) << Sex::Male;
}

void TestIdNumber::valid()
{
    QFETCH(QString, input);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);

    const IdNumber id = IdNumber::parse(input, kToday);
    QVERIFY2(id.isValid(), qPrintable(id.errorText()));
    QCOMPARE(id.error(), IdNumber::Error::None);
    QVERIFY(id.errorText().isEmpty());
    QCOMPARE(id.normalized(), input);
    QCOMPARE(id.input(), input);
    QCOMPARE(id.birthDate(), birth);
    QCOMPARE(id.sex(), sex);
    QVERIFY(!id.wasUpgraded());
}

void TestIdNumber::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdNumber::Error>("error");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << IdNumber::Error::Empty << QStringLiteral("No ID number given");
    QTest::newRow("only spaces") << QStringLiteral("  　 ") << IdNumber::Error::Empty
                                 << QStringLiteral("No ID number given");
    QTest::newRow("17 chars") << QStringLiteral("63010519800101001") << IdNumber::Error::BadLength
                              << QStringLiteral("18 characters expected, got 17");
    QTest::newRow("19 chars") << QStringLiteral("6301051980010100181") << IdNumber::Error::BadLength
                              << QStringLiteral("18 characters expected, got 19");
    QTest::newRow("16 chars") << QStringLiteral("6301051980010100") << IdNumber::Error::BadLength
                              << QStringLiteral("18 characters expected, got 16");
    QTest::newRow("letter in the middle") << QStringLiteral("6301051980A1010018") << IdNumber::Error::BadCharacter
                                          << QStringLiteral("Character \"A\" at position 11 is not a digit");
    QTest::newRow("X in the middle") << QStringLiteral("63010519800X010018") << IdNumber::Error::BadCharacter
                                     << QStringLiteral("X is only allowed as the 18th character, found at position 12");
    QTest::newRow("X in 15-digit form") << QStringLiteral("63010580010100X") << IdNumber::Error::BadCharacter
                                        << QStringLiteral(
                                               "X is only allowed as the 18th character, found at position 15");
    QTest::newRow("province 99") << QStringLiteral("99010519800101001X") << IdNumber::Error::BadArea
                                 << QStringLiteral("Area code 990105 does not start with a valid province code (99)");
    QTest::newRow("province 00") << QStringLiteral("000105198001010018") << IdNumber::Error::BadArea
                                 << QStringLiteral("Area code 000105 does not start with a valid province code (00)");
    QTest::newRow("province 16") << QStringLiteral("160105198001010018") << IdNumber::Error::BadArea
                                 << QStringLiteral("Area code 160105 does not start with a valid province code (16)");
    QTest::newRow("Feb 30") << QStringLiteral("630105198002300018") << IdNumber::Error::BadBirthDate
                            << QStringLiteral("Birth date 19800230 does not exist");
    QTest::newRow("month 13") << QStringLiteral("630105198013010015") << IdNumber::Error::BadBirthDate
                              << QStringLiteral("Birth date 19801301 does not exist");
    QTest::newRow("day 00") << QStringLiteral("630105198001000018") << IdNumber::Error::BadBirthDate
                            << QStringLiteral("Birth date 19800100 does not exist");
    QTest::newRow("Feb 29 common year 2023") << QStringLiteral("630105202302290016") << IdNumber::Error::BadBirthDate
                                             << QStringLiteral("Birth date 20230229 does not exist");
    QTest::newRow("Feb 29 1900 (not leap)") << QStringLiteral("630105190002290019") << IdNumber::Error::BadBirthDate
                                            << QStringLiteral("Birth date 19000229 does not exist");
    QTest::newRow("born tomorrow") << QStringLiteral("630105202406160013") << IdNumber::Error::FutureBirthDate
                                   << QStringLiteral("Birth date 2024-06-16 is in the future");
    QTest::newRow("born 2030") << QStringLiteral("630105203001010011") << IdNumber::Error::FutureBirthDate
                               << QStringLiteral("Birth date 2030-01-01 is in the future");
    QTest::newRow("130 years and a day") << QStringLiteral("630105189406140019") << IdNumber::Error::TooOld
                                         << QStringLiteral("Birth date 1894-06-14 is more than 130 years ago");
    QTest::newRow("check 8 should be X") << QStringLiteral("110105194912310028") << IdNumber::Error::BadCheckDigit
                                         << QStringLiteral("Check character is 8 but should be X");
    QTest::newRow("check X should be 8") << QStringLiteral("63010519800101001X") << IdNumber::Error::BadCheckDigit
                                         << QStringLiteral("Check character is X but should be 8");
    QTest::newRow("digit typo") << QStringLiteral("630105198001020018") << IdNumber::Error::BadCheckDigit
                                << QStringLiteral("Check character is 8 but should be 3");
}

void TestIdNumber::invalid()
{
    QFETCH(QString, input);
    QFETCH(IdNumber::Error, error);
    QFETCH(QString, message);

    const IdNumber id = IdNumber::parse(input, kToday);
    QVERIFY(!id.isValid());
    QCOMPARE(id.error(), error);
    QCOMPARE(id.errorText(), message);
    QCOMPARE(id.input(), input);
}

void TestIdNumber::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("X") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("8") << QStringLiteral("63010519800101001") << QChar(u'8');
    QTest::newRow("5") << QStringLiteral("63010519550315002") << QChar(u'5');
    QTest::newRow("sum 0 -> 1") << QStringLiteral("00000000000000000") << QChar(u'1');
    QTest::newRow("too short") << QStringLiteral("6301051980010100") << QChar();
    QTest::newRow("too long") << QStringLiteral("630105198001010018") << QChar();
    QTest::newRow("not digits") << QStringLiteral("6301051980010100A") << QChar();
    QTest::newRow("full-width digit") << QStringLiteral("6301051980010100１") << QChar();
}

void TestIdNumber::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumber::checkCharacter(first17), expected);
}

void TestIdNumber::checkCharacterMessage()
{
    // The message names both the found and the expected character.
    const IdNumber id = IdNumber::parse(QStringLiteral("630105195503150021"), kToday);
    QCOMPARE(id.error(), IdNumber::Error::BadCheckDigit);
    QVERIFY(id.errorText().contains(QLatin1String("is 1")));
    QVERIFY(id.errorText().contains(QLatin1String("should be 5")));
}

void TestIdNumber::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("630105198001010018") << QStringLiteral("630105198001010018");
    QTest::newRow("lower x") << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X");
    QTest::newRow("full-width digits") << QStringLiteral("６３０１０５１９８００１０１００１８")
                                       << QStringLiteral("630105198001010018");
    QTest::newRow("full-width X") << QStringLiteral("11010519491231002Ｘ") << QStringLiteral("11010519491231002X");
    QTest::newRow("full-width x") << QStringLiteral("11010519491231002ｘ") << QStringLiteral("11010519491231002X");
    QTest::newRow("spaces") << QStringLiteral(" 630105 19800101 0018 ") << QStringLiteral("630105198001010018");
    QTest::newRow("ideographic space") << QStringLiteral("630105　19800101　0018")
                                       << QStringLiteral("630105198001010018");
    QTest::newRow("tab and newline") << QStringLiteral("\t630105198001010018\n")
                                     << QStringLiteral("630105198001010018");
    QTest::newRow("hyphens") << QStringLiteral("630105-19800101-0018") << QStringLiteral("630105198001010018");
    QTest::newRow("full-width hyphen") << QStringLiteral("630105－19800101－0018")
                                       << QStringLiteral("630105198001010018");
    QTest::newRow("letters kept") << QStringLiteral("63a") << QStringLiteral("63a");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdNumber::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(IdNumber::normalize(input), expected);
}

void TestIdNumber::normalizedInputParses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("lower x") << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X");
    QTest::newRow("full-width all") << QStringLiteral("１１０１０５１９４９１２３１００２ｘ")
                                    << QStringLiteral("11010519491231002X");
    QTest::newRow("mixed spaces") << QStringLiteral("　630105 1955-0315 0025 ") << QStringLiteral("630105195503150025");
}

void TestIdNumber::normalizedInputParses()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const IdNumber id = IdNumber::parse(input, kToday);
    QVERIFY2(id.isValid(), qPrintable(id.errorText()));
    QCOMPARE(id.normalized(), normalized);
    QCOMPARE(id.input(), input);
}

void TestIdNumber::upgradeLegacy()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("630105800101001"), kToday);
    QVERIFY2(id.isValid(), qPrintable(id.errorText()));
    QVERIFY(id.wasUpgraded());
    QCOMPARE(id.normalized(), QStringLiteral("630105198001010018"));
    QCOMPARE(id.birthDate(), QDate(1980, 1, 1));
    QCOMPARE(id.sex(), Sex::Male);
    QCOMPARE(id.areaCode(), QStringLiteral("630105"));

    // The upgraded value is itself a valid 18-character number.
    const IdNumber again = IdNumber::parse(id.normalized(), kToday);
    QVERIFY(again.isValid());
    QVERIFY(!again.wasUpgraded());

    // Upgrades that produce an X check character; with spaces in the input.
    const IdNumber x = IdNumber::parse(QStringLiteral("110105 491231 002"), kToday);
    QVERIFY2(x.isValid(), qPrintable(x.errorText()));
    QCOMPARE(x.normalized(), QStringLiteral("11010519491231002X"));
    QCOMPARE(x.sex(), Sex::Female);
}

void TestIdNumber::legacyInvalidDate()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("630105800230001"), kToday);
    QCOMPARE(id.error(), IdNumber::Error::BadBirthDate);
    QCOMPARE(id.errorText(), QStringLiteral("Birth date 19800230 does not exist"));

    const IdNumber area = IdNumber::parse(QStringLiteral("990105800101001"), kToday);
    QCOMPARE(area.error(), IdNumber::Error::BadArea);
}

void TestIdNumber::futureAndAgeLimits()
{
    // The same number is in the future for one reference date and fine for a later one.
    const QString number = QStringLiteral("630105202406160013"); // born 2024-06-16
    QCOMPARE(IdNumber::parse(number, QDate(2024, 6, 15)).error(), IdNumber::Error::FutureBirthDate);
    QVERIFY(IdNumber::parse(number, QDate(2024, 6, 16)).isValid());

    const QString old = QStringLiteral("630105189406150014"); // born 1894-06-15
    QVERIFY(IdNumber::parse(old, QDate(2024, 6, 15)).isValid());
    QCOMPARE(IdNumber::parse(old, QDate(2024, 6, 16)).error(), IdNumber::Error::TooOld);
}

void TestIdNumber::withoutReferenceDate()
{
    // With no reference date only the intrinsic checks apply.
    QVERIFY(IdNumber::parse(QStringLiteral("630105203001010011"), QDate()).isValid());
    QCOMPARE(IdNumber::parse(QStringLiteral("630105198002300018"), QDate()).error(), IdNumber::Error::BadBirthDate);
}

void TestIdNumber::areaAndSex()
{
    const IdNumber male = IdNumber::parse(QStringLiteral("630105198001010018"), kToday);
    QCOMPARE(male.areaCode(), QStringLiteral("630105"));
    QCOMPARE(male.sex(), Sex::Male);

    const IdNumber female = IdNumber::parse(QStringLiteral("630105198001010026"), kToday); // sequence 002
    QVERIFY2(female.isValid(), qPrintable(female.errorText()));
    QCOMPARE(female.sex(), Sex::Female);

    const IdNumber male3 = IdNumber::parse(QStringLiteral("630105198001010034"), kToday); // sequence 003
    QVERIFY2(male3.isValid(), qPrintable(male3.errorText()));
    QCOMPARE(male3.sex(), Sex::Male);

    const IdNumber beijing = IdNumber::parse(QStringLiteral("11010519491231002X"), kToday);
    QCOMPARE(beijing.areaCode(), QStringLiteral("110105"));

    QCOMPARE(IdNumber().error(), IdNumber::Error::Empty);
    QVERIFY(!IdNumber().isValid());
}

void TestIdNumber::ageOn_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");

    QTest::newRow("day before 18th birthday") << QDate(2006, 6, 15) << QDate(2024, 6, 14) << 17;
    QTest::newRow("18th birthday itself") << QDate(2006, 6, 15) << QDate(2024, 6, 15) << 18;
    QTest::newRow("day after") << QDate(2006, 6, 15) << QDate(2024, 6, 16) << 18;
    QTest::newRow("earlier month") << QDate(1980, 12, 31) << QDate(2024, 1, 1) << 43;
    QTest::newRow("60th birthday") << QDate(1964, 3, 1) << QDate(2024, 3, 1) << 60;
    QTest::newRow("born that day") << QDate(2024, 6, 15) << QDate(2024, 6, 15) << 0;
    QTest::newRow("Feb 29 birth, Feb 28 common year") << QDate(2004, 2, 29) << QDate(2022, 2, 28) << 17;
    QTest::newRow("Feb 29 birth, Mar 1 common year") << QDate(2004, 2, 29) << QDate(2022, 3, 1) << 18;
    QTest::newRow("Feb 29 birth, Feb 28 leap year") << QDate(2004, 2, 29) << QDate(2024, 2, 28) << 19;
    QTest::newRow("Feb 29 birth, Feb 29 leap year") << QDate(2004, 2, 29) << QDate(2024, 2, 29) << 20;
    QTest::newRow("invalid birth") << QDate() << QDate(2024, 1, 1) << -1;
    QTest::newRow("invalid date") << QDate(2000, 1, 1) << QDate() << -1;
}

void TestIdNumber::ageOn()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(sn::ageOn(birth, on), age);
}

void TestIdNumber::memberAge()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("630105200402290022"), kToday); // born 2004-02-29
    QVERIFY2(id.isValid(), qPrintable(id.errorText()));
    QCOMPARE(id.ageOn(QDate(2022, 2, 28)), 17);
    QCOMPARE(id.ageOn(QDate(2022, 3, 1)), 18);
    QCOMPARE(IdNumber().ageOn(kToday), -1);
}

void TestIdNumber::mask_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");

    QTest::newRow("18") << QStringLiteral("630105198001010018") << QStringLiteral("630105********0018");
    QTest::newRow("18 with X") << QStringLiteral("11010519491231002X") << QStringLiteral("110105********002X");
    QTest::newRow("15") << QStringLiteral("630105800101001") << QStringLiteral("***********1001");
    QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("*2345");
    QTest::newRow("four") << QStringLiteral("1234") << QStringLiteral("****");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdNumber::mask()
{
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(IdNumber::mask(value), masked);
    if (value.size() == 18) {
        const IdNumber id = IdNumber::parse(value, kToday);
        QCOMPARE(id.masked(), masked);
    }
}

QTEST_APPLESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
