#include "SearchIndex.h"

#include "ChineseVariants.h"
#include "Database.h"
#include "Pinyin.h"
#include "SqlUtil.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"

#include <QSet>
#include <algorithm>

namespace sn {

namespace {

bool isHan(QChar c)
{
    return Pinyin::isHan(c);
}

// Han characters become single tokens; runs of letters and digits stay words.
QString spaced(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (isHan(c)) {
            out.append(QLatin1Char(' '));
            out.append(c);
            out.append(QLatin1Char(' '));
        } else if (c.isLetterOrNumber()) {
            out.append(c.toLower());
        } else {
            out.append(QLatin1Char(' '));
        }
    }
    return out.simplified();
}

QString reversed(QString s)
{
    std::reverse(s.begin(), s.end());
    return s;
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : IdNumber::normalize(text)) {
        if (c.isDigit() || c == QLatin1Char('X'))
            out.append(c.toLower());
    }
    return out;
}

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// What kind of key a typed term is looked up by; matchExpression and explain must agree.
enum class TermKind { TooShort, Digits, Latin, Han, Other };

TermKind kindOf(const QString &term)
{
    const QString digits = digitsOnly(term);
    if (!digits.isEmpty() && digits.size() == IdNumber::normalize(term).size())
        return digits.size() < 4 ? TermKind::TooShort : TermKind::Digits;
    bool hasHan = false;
    bool allLatin = true;
    for (const QChar c : term) {
        hasHan = hasHan || isHan(c);
        allLatin = allLatin && c.unicode() < 128 && c.isLetter();
    }
    return allLatin ? TermKind::Latin : hasHan ? TermKind::Han : TermKind::Other;
}

// Every way the names are said, full and as initials, each once.
QStringList pinyinKeys(const QStringList &simplifiedNames)
{
    QStringList keys;
    QSet<QString> seen;
    for (const QString &name : simplifiedNames) {
        for (const Pinyin::NameReading &r : Pinyin::nameReadings(name)) {
            for (const QString &key : { r.full(), r.initials() }) {
                if (!key.isEmpty() && !seen.contains(key)) {
                    seen.insert(key);
                    keys.append(key);
                }
            }
        }
    }
    return keys;
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

SearchIndex::Document SearchIndex::document(const QString &address, const QString &phone,
    const QStringList &memberNames, const QStringList &idNumbers, const QStringList &phones)
{
    Document d;
    QStringList names, simplifiedNames, digits;
    for (const QString &name : memberNames) {
        simplifiedNames.append(ChineseVariants::simplified(name));
        names.append(spaced(simplifiedNames.last()));
    }
    // "0" never occurs in a name, so a phrase cannot match across two members' names.
    d.names = names.join(QStringLiteral(" 0 "));
    d.py = pinyinKeys(simplifiedNames).join(QLatin1Char(' '));
    d.address = spaced(ChineseVariants::simplified(address));
    for (const QString &id : idNumbers) {
        const QString digitsOfId = digitsOnly(id);
        if (!digitsOfId.isEmpty())
            digits.append(reversed(digitsOfId));
    }
    QStringList allPhones = phones;
    allPhones.prepend(phone);
    for (const QString &p : allPhones) {
        const QString digitsOfPhone = digitsOnly(p);
        if (digitsOfPhone.isEmpty())
            continue;
        digits.append(digitsOfPhone);
        digits.append(reversed(digitsOfPhone));
    }
    d.digits = digits.join(QLatin1Char(' '));
    return d;
}

QString SearchIndex::matchExpression(const QString &typed)
{
    QStringList clauses;
    // A whole ID number, however typed (spaced, full-width, lower-case x, the old 15-digit form), is one term:
    // the person registered with its 18-digit form.
    if (const IdNumber whole = IdNumber::parse(typed, Clock::today()); whole.isValid()) {
        const QString digits = digitsOnly(whole.normalized());
        return QStringLiteral("digits:(%1* OR %2*)").arg(quoted(reversed(digits)), quoted(digits));
    }
    const QStringList terms = typed.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        switch (kindOf(term)) {
        case TermKind::TooShort:
            break; // too short to mean anything; the caller shows a hint
        case TermKind::Digits: {
            const QString digits = digitsOnly(term);
            clauses.append(QStringLiteral("digits:(%1* OR %2*)").arg(quoted(reversed(digits)), quoted(digits)));
            break;
        }
        case TermKind::Latin:
            clauses.append(QStringLiteral("py:%1*").arg(quoted(term.toLower())));
            break;
        case TermKind::Han: {
            // The index holds simplified characters: 黃 is looked up as 黄.
            const QString phrase = spaced(ChineseVariants::simplified(term));
            if (!phrase.isEmpty())
                clauses.append(QStringLiteral("{names address}:%1").arg(quoted(phrase)));
            break;
        }
        case TermKind::Other: {
            const QString words = spaced(ChineseVariants::simplified(term));
            if (!words.isEmpty())
                clauses.append(QStringLiteral("address:%1").arg(quoted(words)));
            break;
        }
        }
    }
    return clauses.join(QStringLiteral(" AND "));
}

namespace {

using Match = SearchIndex::Match;

QList<QPair<QChar, QChar>> foldedCharacters(const QString &term)
{
    QList<QPair<QChar, QChar>> out;
    for (const QChar c : term) {
        if (const QChar s = ChineseVariants::simplified(c); s != c)
            out.append({ c, s });
    }
    return out;
}

// The syllables a typed prefix covers of a reading, as full pinyin or as initials.
qsizetype syllablesCovered(const Pinyin::NameReading &r, qsizetype typedLength, bool initials)
{
    if (initials)
        return typedLength;
    qsizetype covered = 0;
    for (qsizetype length = 0; covered < r.syllables.size() && length < typedLength; ++covered)
        length += r.syllables.at(covered).size();
    return covered;
}

std::optional<Match> explainLatin(const QString &term, const SearchIndex::Subject &subject, int readings)
{
    const QString typed = term.toLower();
    for (const SearchIndex::Person &p : subject.members) {
        for (const Pinyin::NameReading &r : Pinyin::nameReadings(ChineseVariants::simplified(p.name), readings)) {
            const bool full = r.full().startsWith(typed);
            if (!full && !r.initials().startsWith(typed))
                continue;
            Match m { full ? Match::Field::Pinyin : Match::Field::Initials, term, p.name, {}, {}, false, false };
            const qsizetype covered = syllablesCovered(r, typed.size(), !full);
            for (const Pinyin::Note &n : r.notes) {
                if (n.position < covered)
                    m.readings.append(n);
            }
            return m;
        }
    }
    return std::nullopt;
}

std::optional<Match> explainDigits(const QString &term, const SearchIndex::Subject &subject)
{
    const QString digits = digitsOnly(term);
    for (const SearchIndex::Person &p : subject.members) {
        if (digitsOnly(p.idNumber).endsWith(digits))
            return Match { Match::Field::IdNumber, term, p.name, {}, {}, false, false };
    }
    if (const QString phone = digitsOnly(subject.phone);
        !phone.isEmpty() && (phone.startsWith(digits) || phone.endsWith(digits)))
        return Match { Match::Field::Phone, term, {}, {}, {}, false, false };
    for (const SearchIndex::Person &p : subject.members) {
        if (const QString phone = digitsOnly(p.phone);
            !phone.isEmpty() && (phone.startsWith(digits) || phone.endsWith(digits)))
            return Match { Match::Field::Phone, term, p.name, {}, {}, false, false };
    }
    return std::nullopt;
}

std::optional<Match> explainText(const QString &term, const SearchIndex::Subject &subject, bool names)
{
    const QString phrase = spaced(ChineseVariants::simplified(term));
    if (phrase.isEmpty())
        return std::nullopt;
    if (names) {
        for (const SearchIndex::Person &p : subject.members) {
            if (spaced(ChineseVariants::simplified(p.name)).contains(phrase))
                return Match { Match::Field::Name, term, p.name, {}, foldedCharacters(term), false, false };
        }
    }
    if (spaced(ChineseVariants::simplified(subject.address)).contains(phrase))
        return Match { Match::Field::Address, term, {}, {}, foldedCharacters(term), false, false };
    return std::nullopt;
}

} // namespace

QList<SearchIndex::Match> SearchIndex::explain(const QString &typed, const Subject &subject)
{
    QList<Match> out;
    if (const IdNumber whole = IdNumber::parse(typed, Clock::today()); whole.isValid()) {
        for (const Person &p : subject.members) {
            if (IdNumber::normalize(p.idNumber) == whole.normalized())
                out.append(
                    Match { Match::Field::IdNumber, typed.simplified(), p.name, {}, {}, true, whole.wasUpgraded() });
        }
        return out;
    }
    for (const QString &term : typed.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        std::optional<Match> m;
        switch (kindOf(term)) {
        case TermKind::TooShort:
            break;
        case TermKind::Digits:
            m = explainDigits(term, subject);
            break;
        case TermKind::Latin:
            // The first reading of each name first: it explains most hits, at a fraction of the cost.
            m = explainLatin(term, subject, 1);
            if (!m)
                m = explainLatin(term, subject, Pinyin::MaxNameReadings);
            break;
        case TermKind::Han:
            m = explainText(term, subject, true);
            break;
        case TermKind::Other:
            m = explainText(term, subject, false);
            break;
        }
        if (m)
            out.append(*m);
    }
    return out;
}

Status SearchIndex::write(qint64 rowid, const Document &doc, bool replace)
{
    if (!m_delete) {
        m_delete.emplace(m_db.sql());
        m_delete->prepare(QStringLiteral("DELETE FROM household_search WHERE rowid = ?"));
        m_insert.emplace(m_db.sql());
        m_insert->prepare(
            QStringLiteral("INSERT INTO household_search (rowid, names, py, address, digits) VALUES (?, ?, ?, ?, ?)"));
    }
    if (replace) {
        if (auto s = sql::run(*m_delete, { rowid }); !s)
            return s;
    }
    return sql::run(*m_insert, { rowid, doc.names, doc.py, doc.address, doc.digits });
}

Status SearchIndex::index(const Household &h)
{
    auto rowid = sql::scalar(m_db.sql(), QStringLiteral("SELECT rowid FROM households WHERE id = ?"), { h.id });
    if (!rowid)
        return rowid.error();
    if (!rowid.value().isValid())
        return Error::notFound(QStringLiteral("household %1 not stored").arg(h.id));
    QStringList names, ids, phones;
    for (const Member &m : h.members) {
        names.append(m.name);
        ids.append(m.idNumber);
        phones.append(m.phone);
    }
    return write(rowid.value().toLongLong(), document(h.address, h.phone, names, ids, phones));
}

Status SearchIndex::remove(const QString &householdId)
{
    auto s = sql::exec(m_db.sql(),
        QStringLiteral("DELETE FROM household_search WHERE rowid = (SELECT rowid FROM households WHERE id = ?)"),
        { householdId });
    return s ? Status() : Status(s.error());
}

Status SearchIndex::rebuildAll()
{
    if (auto s = sql::exec(m_db.sql(), QStringLiteral("DELETE FROM household_search")); !s)
        return s.error();
    return fill(QString());
}

Status SearchIndex::reindex(const QStringList &householdIds)
{
    if (auto s = sql::tempIds(m_db.sql(), QStringLiteral("sn_reindex"), householdIds); !s)
        return s;
    // Deleted ones leave the index; the live ones are written again.
    if (auto s = sql::exec(m_db.sql(),
            QStringLiteral("DELETE FROM household_search WHERE rowid IN (SELECT rowid FROM households WHERE id IN "
                           "(SELECT id FROM temp.sn_reindex))"));
        !s)
        return s.error();
    return fill(QStringLiteral("h.id IN (SELECT id FROM temp.sn_reindex)"));
}

Status SearchIndex::fill(const QString &filter)
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT h.rowid, h.address, h.phone, m.name, m.id_number, m.phone FROM households h "
                       "LEFT JOIN members m ON m.household_id = h.id AND m.deleted = 0 "
                       "WHERE h.deleted = 0%1 ORDER BY h.rowid, m.position")
            .arg(filter.isEmpty() ? QString() : QStringLiteral(" AND ") + filter));
    if (!q)
        return q.error();
    qint64 current = -1;
    QString address, phone;
    QStringList names, ids, phones;
    auto flush = [&]() -> Status {
        if (current < 0)
            return {};
        return write(current, document(address, phone, names, ids, phones), false);
    };
    while (q.value().next()) {
        const qint64 rowid = q.value().value(0).toLongLong();
        if (rowid != current) {
            if (auto s = flush(); !s)
                return s;
            current = rowid;
            address = q.value().value(1).toString();
            phone = q.value().value(2).toString();
            names.clear();
            ids.clear();
            phones.clear();
        }
        if (!q.value().value(3).isNull()) {
            names.append(q.value().value(3).toString());
            ids.append(q.value().value(4).toString());
            phones.append(q.value().value(5).toString());
        }
    }
    return flush();
}

} // namespace sn
