#include "MatchReason.h"

namespace sn {

namespace {

QString readingsText(const QList<Pinyin::Note> &notes)
{
    QStringList parts;
    for (const Pinyin::Note &n : notes)
        parts.append(n.surname ? MatchReason::tr("%1 as %2 (surname)").arg(n.hanzi, n.reading)
                               : MatchReason::tr("%1 as %2").arg(n.hanzi, n.reading));
    return parts.join(MatchReason::tr(", "));
}

QString foldedText(const QList<QPair<QChar, QChar>> &folded)
{
    QStringList parts;
    for (const auto &[from, to] : folded)
        parts.append(MatchReason::tr("%1 as %2", "a traditional or variant character, then its simplified form")
                         .arg(QString(from), QString(to)));
    return parts.join(MatchReason::tr(", "));
}

} // namespace

QString MatchReason::describe(const SearchIndex::Match &m)
{
    using Field = SearchIndex::Match::Field;
    switch (m.field) {
    case Field::Pinyin:
        return m.readings.isEmpty() ? tr("pinyin of %1").arg(m.member)
                                    : tr("pinyin of %1, %2").arg(m.member, readingsText(m.readings));
    case Field::Initials:
        return m.readings.isEmpty() ? tr("initials of %1").arg(m.member)
                                    : tr("initials of %1, %2").arg(m.member, readingsText(m.readings));
    case Field::Name:
        return m.folded.isEmpty() ? tr("name %1").arg(m.member) : tr("name %1, %2").arg(m.member, foldedText(m.folded));
    case Field::Address:
        return m.folded.isEmpty() ? tr("address") : tr("address, %1").arg(foldedText(m.folded));
    case Field::IdNumber:
        if (!m.wholeIdNumber)
            return tr("ID number of %1 ends in %2").arg(m.member, m.term);
        return m.fifteenDigits ? tr("ID number of %1, from its 15-digit form").arg(m.member)
                               : tr("ID number of %1").arg(m.member);
    case Field::Phone:
        return m.member.isEmpty() ? tr("phone") : tr("phone of %1").arg(m.member);
    }
    return {};
}

QString MatchReason::describe(const QList<SearchIndex::Match> &matches)
{
    QStringList parts;
    for (const SearchIndex::Match &m : matches) {
        if (const QString text = describe(m); !parts.contains(text))
            parts.append(text);
    }
    return parts.join(tr("; "));
}

} // namespace sn
