#include "IdNumber.h"

#include "Format.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <array>

namespace sn {

namespace {

constexpr std::array<int, 17> kWeights { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
constexpr std::array<char, 11> kCheckChars { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
constexpr int kMaxAgeYears = 130;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allAsciiDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Province-level codes (first two digits of the area code) of GB/T 2260, plus 71 Taiwan, 81 Hong Kong,
// 82 Macao, 83 (residence permits for Taiwan residents) and 91 (residence permits for foreigners, legacy).
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71
        || code == 81 || code == 82 || code == 83 || code == 91;
}

int digitsToInt(QStringView s)
{
    int value = 0;
    for (const QChar c : s)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// The first character that is not allowed in a normalised number of this length, or -1.
qsizetype firstBadCharacter(const QString &normalized)
{
    const qsizetype n = normalized.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = normalized.at(i);
        if (isAsciiDigit(c))
            continue;
        if (n == 18 && i == 17 && c == QLatin1Char('X'))
            continue;
        return i;
    }
    return -1;
}

} // namespace

QString IdNumber::normalize(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９') {
            out.append(QChar(char16_t(u'0' + (u - u'０'))));
        } else if (u == u'x' || u == u'X' || u == u'Ｘ' || u == u'ｘ') {
            out.append(QLatin1Char('X'));
        } else if (c.isSpace() || u == u'-' || u == u'－' || u == u'‐' || u == u'‑' || u == u'–' || u == u'—'
            || u == 0x200B /* zero-width space */ || u == 0xFEFF /* BOM */) {
            continue;
        } else {
            out.append(c);
        }
    }
    return out;
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * kWeights[size_t(i)];
    return QLatin1Char(kCheckChars[size_t(sum % 11)]);
}

QString IdNumber::maskWithin(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"));
    QString result = text;
    // Back to front, so earlier offsets stay valid (a mask keeps the length anyway).
    QList<QRegularExpressionMatch> matches;
    for (auto it = id.globalMatch(text); it.hasNext();)
        matches.prepend(it.next());
    for (const QRegularExpressionMatch &m : std::as_const(matches))
        result.replace(m.capturedStart(), m.capturedLength(), mask(m.captured().toUpper()));
    return result;
}

QString IdNumber::mask(const QString &normalized)
{
    const qsizetype n = normalized.size();
    if (n == 18)
        return normalized.left(6) + QString(8, QLatin1Char('*')) + normalized.right(4);
    if (n <= 4)
        return QString(n, QLatin1Char('*'));
    return QString(n - 4, QLatin1Char('*')) + normalized.right(4);
}

IdNumber IdNumber::parse(const QString &input, const QDate &today)
{
    IdNumber id;
    id.m_input = input;
    id.m_normalized = normalize(input);
    const QString &s = id.m_normalized;

    if (s.isEmpty()) {
        id.m_error = Error::Empty;
        return id;
    }
    if (s.size() != 18 && s.size() != 15) {
        id.m_error = Error::BadLength;
        id.m_detail = QString::number(s.size());
        return id;
    }
    const qsizetype bad = firstBadCharacter(s);
    if (bad >= 0) {
        id.m_error = Error::BadCharacter;
        id.m_detail = s.at(bad);
        return id;
    }
    if (!isProvinceCode(digitsToInt(QStringView(s).left(2)))) {
        id.m_error = Error::BadArea;
        id.m_detail = s.left(6);
        return id;
    }

    // Upgrade the legacy 15-digit form: area(6) + YYMMDD(6) + sequence(3).
    if (s.size() == 15) {
        const QString first17 = s.left(6) + QStringLiteral("19") + s.mid(6);
        id.m_normalized = first17 + checkCharacter(first17);
        id.m_upgraded = true;
    }
    const QString &n = id.m_normalized;

    const QString dateText = n.mid(6, 8);
    const QDate birth(digitsToInt(QStringView(dateText).left(4)), digitsToInt(QStringView(dateText).mid(4, 2)),
        digitsToInt(QStringView(dateText).mid(6, 2)));
    id.m_detail = dateText;
    if (!birth.isValid()) {
        id.m_error = Error::BadBirthDate;
        return id;
    }
    id.m_birthDate = birth;
    id.m_sex = (n.at(16).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;

    if (today.isValid()) {
        if (birth > today) {
            id.m_error = Error::FutureBirthDate;
            return id;
        }
        if (birth < today.addYears(-kMaxAgeYears)) {
            id.m_error = Error::TooOld;
            return id;
        }
    }

    if (!id.m_upgraded) {
        const QChar expected = checkCharacter(QStringView(n).left(17));
        if (n.at(17) != expected) {
            id.m_error = Error::BadCheckDigit;
            id.m_expectedCheck = expected;
            id.m_detail = n.at(17);
            return id;
        }
    }

    id.m_detail.clear();
    id.m_error = Error::None;
    return id;
}

namespace {

// A birth date of the number as a clerk reads dates: 2030年1月1日 in Chinese, 2030-01-01 otherwise.
QString readableDate(const QString &digits)
{
    const QDate date = QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        return digits;
    return QLocale().language() == QLocale::Chinese ? format::date(date) : date.toString(Qt::ISODate);
}

} // namespace

QString IdNumber::errorText() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("No ID number given");
    case Error::BadLength:
        return tr("18 characters expected, got %1").arg(m_detail);
    case Error::BadCharacter: {
        const qsizetype pos = firstBadCharacter(m_normalized);
        if (pos < 0)
            return tr("Invalid character");
        const QChar c = m_normalized.at(pos);
        if (c == QLatin1Char('X'))
            return tr("X is only allowed as the 18th character, found at position %1").arg(pos + 1);
        return tr("Character \"%1\" at position %2 is not a digit").arg(c).arg(pos + 1);
    }
    case Error::BadArea:
        return tr("Area code %1 does not start with a valid province code (%2)").arg(m_detail, m_detail.left(2));
    case Error::BadBirthDate:
        return tr("Birth date %1 does not exist").arg(m_detail);
    case Error::FutureBirthDate:
        return tr("Birth date %1 is in the future").arg(readableDate(m_detail));
    case Error::TooOld:
        return tr("Birth date %1 is more than %2 years ago").arg(readableDate(m_detail)).arg(kMaxAgeYears);
    case Error::BadCheckDigit:
        return tr("Check character is %1 but should be %2").arg(m_detail, QString(m_expectedCheck));
    }
    return {};
}

int IdNumber::ageOn(const QDate &date) const
{
    return sn::ageOn(m_birthDate, date);
}

int ageOn(const QDate &birth, const QDate &date)
{
    if (!birth.isValid() || !date.isValid())
        return -1;
    int age = date.year() - birth.year();
    if (date.month() < birth.month() || (date.month() == birth.month() && date.day() < birth.day()))
        --age;
    return age;
}

} // namespace sn
