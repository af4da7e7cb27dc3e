#include "SearchIndex.h"

#include "Database.h"
#include "Pinyin.h"
#include "SqlUtil.h"

#include "domain/Clock.h"

#include "domain/IdNumber.h"

#include <algorithm>

namespace sn {

namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
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

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

SearchIndex::Document SearchIndex::document(const QString &address, const QString &phone, const QStringList &memberNames,
                                            const QStringList &idNumbers, const QStringList &phones)
{
    Document d;
    QStringList names, py, digits;
    for (const QString &name : memberNames) {
        names.append(spaced(name));
        py.append(Pinyin::full(name));
        py.append(Pinyin::initials(name));
    }
    // "0" never occurs in a name, so a phrase cannot match across two members' names.
    d.names = names.join(QStringLiteral(" 0 "));
    d.py = py.join(QLatin1Char(' '));
    d.address = spaced(address);
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
    for (const QString &rawTerm : terms) {
        const QString &term = rawTerm;
        const QString digits = digitsOnly(term);
        const bool allDigits = !digits.isEmpty() && digits.size() == IdNumber::normalize(term).size();
        if (allDigits) {
            if (digits.size() < 4)
                continue; // too short to mean anything; the caller shows a hint
            clauses.append(QStringLiteral("digits:(%1* OR %2*)").arg(quoted(reversed(digits)), quoted(digits)));
            continue;
        }
        bool hasHan = false;
        bool allLatin = true;
        for (const QChar c : term) {
            hasHan = hasHan || isHan(c);
            allLatin = allLatin && c.unicode() < 128 && c.isLetter();
        }
        if (allLatin) {
            clauses.append(QStringLiteral("py:%1*").arg(quoted(term.toLower())));
        } else if (hasHan) {
            const QString phrase = spaced(term);
            if (!phrase.isEmpty())
                clauses.append(QStringLiteral("{names address}:%1").arg(quoted(phrase)));
        } else {
            const QString words = spaced(term);
            if (!words.isEmpty())
                clauses.append(QStringLiteral("address:%1").arg(quoted(words)));
        }
    }
    return clauses.join(QStringLiteral(" AND "));
}

Status SearchIndex::write(qint64 rowid, const Document &doc, bool replace)
{
    if (!m_delete) {
        m_delete.emplace(m_db.sql());
        m_delete->prepare(QStringLiteral("DELETE FROM household_search WHERE rowid = ?"));
        m_insert.emplace(m_db.sql());
        m_insert->prepare(QStringLiteral("INSERT INTO household_search (rowid, names, py, address, digits) VALUES (?, ?, ?, ?, ?)"));
    }
    if (replace) {
        if (auto s = sql::run(*m_delete, {rowid}); !s)
            return s;
    }
    return sql::run(*m_insert, {rowid, doc.names, doc.py, doc.address, doc.digits});
}

Status SearchIndex::index(const Household &h)
{
    auto rowid = sql::scalar(m_db.sql(), QStringLiteral("SELECT rowid FROM households WHERE id = ?"), {h.id});
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
    auto s = sql::exec(m_db.sql(), QStringLiteral(
        "DELETE FROM household_search WHERE rowid = (SELECT rowid FROM households WHERE id = ?)"), {householdId});
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
    if (auto s = sql::exec(m_db.sql(), QStringLiteral(
            "DELETE FROM household_search WHERE rowid IN (SELECT rowid FROM households WHERE id IN (SELECT id FROM temp.sn_reindex))"));
        !s)
        return s.error();
    return fill(QStringLiteral("h.id IN (SELECT id FROM temp.sn_reindex)"));
}

Status SearchIndex::fill(const QString &filter)
{
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT h.rowid, h.address, h.phone, m.name, m.id_number, m.phone FROM households h "
        "LEFT JOIN members m ON m.household_id = h.id AND m.deleted = 0 "
        "WHERE h.deleted = 0%1 ORDER BY h.rowid, m.position").arg(filter.isEmpty() ? QString() : QStringLiteral(" AND ") + filter));
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
