#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sn {

enum class Sex { Unknown, Male, Female };

// A resident identity number per GB 11643-1999.
//
// parse() accepts what clerks actually type or paste: full-width digits, spaces, hyphens, a lower-case
// x, and the legacy 15-digit form (upgraded by inserting "19" and computing the check character).
// The error says exactly what is wrong, in words a clerk understands.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(sn::IdNumber)
public:
    enum class Error {
        None,
        Empty,
        BadLength, // not 15 or 18 characters after normalising
        BadCharacter, // a character other than a digit (or X in the last place)
        BadArea, // area code cannot be a real province code
        BadBirthDate, // no such date (e.g. Feb 30)
        FutureBirthDate, // born after the reference date
        TooOld, // born more than 130 years before the reference date
        BadCheckDigit, // the 18th character does not match
    };

    IdNumber() = default;

    // Parse and validate against a reference date (for "born in the future" and ages).
    static IdNumber parse(const QString &input, const QDate &today);

    // Full-width to half-width, strip spaces/hyphens, upper-case X. Does not validate.
    static QString normalize(const QString &input);
    // The GB 11643 check character for the first 17 digits; '\0' if they are not 17 digits.
    static QChar checkCharacter(QStringView first17);
    // "630105********0018" style mask: first 6 and last 4 shown.
    static QString mask(const QString &normalized);
    // Every 18-character ID number inside a free text (an audit value, a conflict's JSON) masked as above.
    static QString maskWithin(const QString &text);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    QString errorText() const; // translated, names the problem and the place
    QString input() const { return m_input; }
    QString normalized() const { return m_normalized; } // 18 characters when valid
    bool wasUpgraded() const { return m_upgraded; } // input was the 15-digit form
    QDate birthDate() const { return m_birthDate; }
    Sex sex() const { return m_sex; }
    QString areaCode() const { return m_normalized.left(6); }
    int ageOn(const QDate &date) const;
    QString masked() const { return mask(m_normalized); }

private:
    QString m_input;
    QString m_normalized;
    QDate m_birthDate;
    Sex m_sex = Sex::Unknown;
    Error m_error = Error::Empty;
    QString m_detail; // the offending part, quoted in errorText()
    QChar m_expectedCheck;
    bool m_upgraded = false;
};

// Age in whole years on a date (birthday counted on the day itself; Feb 29 births turn a year older on Mar 1
// in common years).
int ageOn(const QDate &birth, const QDate &date);

} // namespace sn
