#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <span>

namespace sn {

// One row of an enum's table: the value, its code (stored in the database, bundles, JSON and files: never
// changes), its UI label as a translation source, and the official Chinese wording where documents need one.
template <typename E> struct EnumEntry
{
    E value;
    const char *code;
    const char *label = nullptr; // QT_TRANSLATE_NOOP(context, ...); translated by EnumTable::label
    const char16_t *chinese = nullptr; // fixed wording for documents, whatever the UI language
};

// The one place an enum's codes and labels are written, and the one lookup every converter uses:
//
//     constexpr EnumEntry<Tier> kTierEntries[] = {
//         {Tier::None, "none", QT_TRANSLATE_NOOP("sn::TierRules", "No tier"), u"未分级"}, ...};
//     constexpr EnumTable<Tier> kTiers("sn::TierRules", kTierEntries);
//
// The first entry is the fallback for an unknown code. Codes compare trimmed and case-insensitively.
template <typename E> class EnumTable
{
public:
    template <std::size_t N>
    constexpr EnumTable(const char *context, const EnumEntry<E> (&entries)[N])
        : m_context(context)
        , m_entries(entries, N)
    {
    }

    const EnumEntry<E> *entry(E value) const
    {
        for (const EnumEntry<E> &e : m_entries) {
            if (e.value == value)
                return &e;
        }
        return nullptr;
    }

    QString code(E value) const
    {
        const EnumEntry<E> *e = entry(value);
        return e ? QString::fromLatin1(e->code) : QString();
    }

    std::optional<E> find(QStringView code) const
    {
        const QStringView c = code.trimmed();
        for (const EnumEntry<E> &e : m_entries) {
            if (c.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0)
                return e.value;
        }
        return std::nullopt;
    }

    E fromCode(QStringView code, E fallback, bool *ok = nullptr) const
    {
        const std::optional<E> found = find(code);
        if (ok)
            *ok = found.has_value();
        return found.value_or(fallback);
    }

    E fromCode(QStringView code, bool *ok = nullptr) const { return fromCode(code, m_entries.front().value, ok); }

    // The translated UI label (the source text when no translator is installed).
    QString label(E value) const
    {
        const EnumEntry<E> *e = entry(value);
        return e && e->label ? QCoreApplication::translate(m_context, e->label) : QString();
    }

    // The untranslated source of the label (English), for records and logs.
    QString english(E value) const
    {
        const EnumEntry<E> *e = entry(value);
        return e && e->label ? QString::fromLatin1(e->label) : QString();
    }

    QString chinese(E value) const
    {
        const EnumEntry<E> *e = entry(value);
        return e && e->chinese ? QStringView(e->chinese).toString() : QString();
    }

    // By Chinese wording (as spreadsheets and documents write it); exact match after trimming.
    std::optional<E> findChinese(QStringView text) const
    {
        const QStringView t = text.trimmed();
        for (const EnumEntry<E> &e : m_entries) {
            if (e.chinese && t == QStringView(e.chinese))
                return e.value;
        }
        return std::nullopt;
    }

    QList<E> values() const
    {
        QList<E> list;
        list.reserve(qsizetype(m_entries.size()));
        for (const EnumEntry<E> &e : m_entries)
            list.append(e.value);
        return list;
    }

    std::span<const EnumEntry<E>> entries() const { return m_entries; }

private:
    const char *m_context;
    std::span<const EnumEntry<E>> m_entries;
};

} // namespace sn
