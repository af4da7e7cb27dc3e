#include "Pinyin.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace sn {

namespace {

struct Tables
{
    QHash<char16_t, QStringList> readings;
    QHash<QString, QStringList> surnames; // "单" -> {"shan"}, "尉迟" -> {"yu-chi"}
};

// Lines of "key<TAB>value value ..." after '#' comments.
template <typename Insert> void readTable(const QString &path, Insert insert)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("resource %s missing", qPrintable(path));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0)
            insert(line.left(tab), line.mid(tab + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
}

Tables load()
{
    Tables t;
    QHash<QString, QString> interned; // about 400 distinct syllables: share them among 26000 characters
    readTable(QStringLiteral(":/readings/han_readings.txt"), [&](const QString &key, QStringList values) {
        for (QString &v : values)
            v = *interned.insert(v, v);
        if (key.size() == 1)
            t.readings.insert(key.at(0).unicode(), values);
    });
    readTable(QStringLiteral(":/readings/surnames.txt"),
        [&](const QString &key, const QStringList &values) { t.surnames.insert(key, values); });
    return t;
}

const Tables &tables()
{
    static const Tables instance = load();
    return instance;
}

// One choice for a position of a name: a character's reading, a surname's, or a run of Latin letters.
struct Option
{
    QStringList syllables;
    QString hanzi;
    bool surname = false;
    bool departs = false; // not the customary reading of its characters
};
using Unit = QList<Option>;

QString customary(const QString &hanzi)
{
    QString out;
    for (const QChar c : hanzi) {
        const QStringList r = Pinyin::readings(c);
        out.append(r.isEmpty() ? QString() : r.first());
    }
    return out;
}

// firstOnly: the customary reading of each character alone (the first reading of a name; no other options).
QList<Unit> units(const QString &text, bool firstOnly = false)
{
    QList<Unit> out;
    QString latin;
    const auto flushLatin = [&] {
        if (!latin.isEmpty())
            out.append(Unit { Option { { latin }, {}, false, false } });
        latin.clear();
    };
    for (const QChar c : text) {
        if (Pinyin::isHan(c)) {
            flushLatin();
            const QStringList r = Pinyin::readings(c);
            Unit unit;
            for (qsizetype i = 0; i < (firstOnly ? std::min<qsizetype>(1, r.size()) : r.size()); ++i)
                unit.append(Option { { r.at(i) }, QString(c), false, i > 0 });
            if (!unit.isEmpty())
                out.append(unit);
        } else if (c.isLetterOrNumber()) {
            latin.append(c.toLower());
        } else {
            flushLatin();
        }
    }
    flushLatin();
    return out;
}

Unit surnameUnit(const QString &surname)
{
    Unit unit;
    const QString usual = customary(surname);
    for (const QString &r : Pinyin::surnameReadings(surname)) {
        const QStringList syllables = r.split(QLatin1Char('-'));
        unit.append(Option { syllables, surname, true, syllables.join(QString()) != usual });
    }
    return unit;
}

// Appends the readings that take exactly `changes` non-first options, in order, until `out` holds `limit`.
void combine(const QList<Unit> &path, qsizetype pos, int changes, Pinyin::NameReading &current,
    QList<Pinyin::NameReading> &out, QSet<QStringList> &seen, int limit)
{
    if (out.size() >= limit)
        return;
    if (pos == path.size()) {
        if (changes == 0 && !seen.contains(current.syllables)) {
            seen.insert(current.syllables);
            out.append(current);
        }
        return;
    }
    const Unit &unit = path.at(pos);
    for (qsizetype i = 0; i < unit.size() && out.size() < limit; ++i) {
        if (i > 0 && changes == 0)
            break;
        const Option &o = unit.at(i);
        const qsizetype syllableCount = current.syllables.size();
        const qsizetype noteCount = current.notes.size();
        if (o.departs)
            current.notes.append(Pinyin::Note { o.hanzi, o.syllables.join(QString()), o.surname, int(syllableCount) });
        current.syllables.append(o.syllables);
        combine(path, pos + 1, changes - (i > 0 ? 1 : 0), current, out, seen, limit);
        current.syllables.resize(syllableCount);
        current.notes.resize(noteCount);
    }
}

void readingsOf(const QList<Unit> &path, QList<Pinyin::NameReading> &out, QSet<QStringList> &seen, int limit)
{
    for (int changes = 0; changes <= path.size() && out.size() < limit; ++changes) {
        Pinyin::NameReading current;
        combine(path, 0, changes, current, out, seen, limit);
    }
}

} // namespace

QStringList Pinyin::readings(QChar c)
{
    return tables().readings.value(c.unicode());
}

QStringList Pinyin::surnameReadings(const QString &surname)
{
    return tables().surnames.value(surname);
}

QString Pinyin::NameReading::initials() const
{
    QString out;
    for (const QString &s : syllables)
        out.append(s.at(0));
    return out;
}

QList<Pinyin::NameReading> Pinyin::nameReadings(const QString &name, int limit)
{
    const QString text = name.trimmed();
    QList<NameReading> out;
    QSet<QStringList> seen;
    const bool compound = text.size() >= 2 && !surnameReadings(text.left(2)).isEmpty();
    const bool single = !text.isEmpty() && !surnameReadings(text.left(1)).isEmpty();
    if (compound) {
        // 单于 is a compound surname, but 单于洋 may as well be 单 (shan) 于洋: both, the compound first.
        QList<Unit> path = units(text.mid(2), limit == 1);
        path.prepend(surnameUnit(text.left(2)));
        readingsOf(path, out, seen, std::max(1, limit / 2));
    }
    QList<Unit> path = units(single ? text.mid(1) : text, limit == 1);
    if (single)
        path.prepend(surnameUnit(text.left(1)));
    readingsOf(path, out, seen, limit);
    return out;
}

QStringList Pinyin::syllables(const QString &text)
{
    QStringList out;
    for (const Unit &unit : units(text))
        out.append(unit.first().syllables);
    return out;
}

QString Pinyin::full(const QString &text)
{
    return syllables(text).join(QString());
}

QString Pinyin::initials(const QString &text)
{
    QString out;
    for (const QString &s : syllables(text))
        out.append(s.at(0));
    return out;
}

} // namespace sn
