#include "AddressKey.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace sn {

namespace {

int digitOf(QChar c)
{
    switch (c.unicode()) {
    case u'零': case u'〇': return 0;
    case u'一': case u'壹': return 1;
    case u'二': case u'两': case u'贰': return 2;
    case u'三': case u'叁': return 3;
    case u'四': case u'肆': return 4;
    case u'五': case u'伍': return 5;
    case u'六': case u'陆': return 6;
    case u'七': case u'柒': return 7;
    case u'八': case u'捌': return 8;
    case u'九': case u'玖': return 9;
    default: return -1;
    }
}

int unitOf(QChar c)
{
    switch (c.unicode()) {
    case u'十': case u'拾': return 10;
    case u'百': case u'佰': return 100;
    case u'千': case u'仟': return 1000;
    default: return 0;
    }
}

// One run of Chinese numerals: positional ("一〇三" -> 103) when it has no units, else by units.
QString convertRun(const QString &run)
{
    bool hasUnit = false;
    for (QChar c : run)
        hasUnit = hasUnit || unitOf(c) > 0;
    if (!hasUnit) {
        QString digits;
        for (QChar c : run)
            digits += QChar(u'0' + digitOf(c));
        return digits;
    }
    int total = 0;
    int current = 0;
    for (QChar c : run) {
        const int d = digitOf(c);
        if (d >= 0) {
            current = d;
            continue;
        }
        const int unit = unitOf(c);
        total += (current == 0 ? 1 : current) * unit;
        current = 0;
    }
    return QString::number(total + current);
}

// The runs of decimal digits (any script, as \\d in QRegularExpression), without leading zeros. A plain scan:
// this runs twice per candidate of every department row matched by name.
QList<QString> numbersIn(const QString &key)
{
    QList<QString> list;
    QString n;
    auto flush = [&] {
        if (n.isEmpty())
            return;
        while (n.size() > 1 && n.startsWith(QLatin1Char('0')))
            n.remove(0, 1);
        list.append(n);
        n.clear();
    };
    for (qsizetype i = 0; i < key.size(); ++i) {
        char32_t c = key.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < key.size() && key.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(key.at(i), key.at(i + 1));
            width = 2;
        }
        if (QChar::isDigit(c))
            n += QStringView(key).mid(i, width);
        else
            flush();
        i += width - 1;
    }
    flush();
    return list;
}

} // namespace

QString AddressKey::arabicNumerals(const QString &text)
{
    QString out;
    QString run;
    auto flush = [&] {
        if (!run.isEmpty()) {
            // A lone "十" or a word such as "十里铺" is a number too; that is what people mean in addresses.
            out += convertRun(run);
            run.clear();
        }
    };
    for (QChar c : text) {
        if (digitOf(c) >= 0 || unitOf(c) > 0) {
            run += c;
        } else {
            flush();
            out += c;
        }
    }
    flush();
    return out;
}

QString AddressKey::normalize(const QString &address)
{
    QString s = address.normalized(QString::NormalizationForm_KC).toLower();
    QString kept;
    kept.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace() || c.isPunct() || c.isSymbol())
            continue;
        kept += c;
    }
    s = arabicNumerals(kept);
    // Each rewrite runs only when the text holds what it looks for: a regular expression pass costs more than
    // the rest of this function, and this runs for every department row and every candidate household.
    static const QRegularExpression prefix(QStringLiteral("^(青海省)?(西宁市)?(城北区)?"));
    if (s.startsWith(u"青海省") || s.startsWith(u"西宁市") || s.startsWith(u"城北区"))
        s.remove(prefix);
    struct Variant
    {
        QRegularExpression re;
        QString with;
        QList<QStringView> needs; // any of these must occur for the expression to match
    };
    static const QList<Variant> variants = {
        {QRegularExpression(QStringLiteral("号院")), QStringLiteral("号"), {u"号院"}},
        {QRegularExpression(QStringLiteral("(\\d+)(号楼|号幢|幢|座|栋楼|楼)")), QStringLiteral("\\1栋"), {u"楼", u"幢", u"座"}},
        {QRegularExpression(QStringLiteral("(\\d+)组")), QStringLiteral("\\1社"), {u"组"}},
        {QRegularExpression(QStringLiteral("(\\d+)(室|号房|户)$")), QStringLiteral("\\1"), {u"室", u"房", u"户"}},
    };
    for (const Variant &v : variants) {
        if (std::any_of(v.needs.cbegin(), v.needs.cend(), [&s](QStringView n) { return s.contains(n); }))
            s.replace(v.re, v.with);
    }
    return s;
}

int AddressKey::similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a == b)
        return 100;
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    const QList<QString> numbersA = numbersIn(a);
    const bool sameNumbers = numbersA == numbersIn(b);
    if (shorter.size() >= 4 && longer.endsWith(shorter) && sameNumbers)
        return 95;
    // Character bigrams as views into the keys (no copy of each pair).
    auto bigrams = [](const QString &s) {
        QList<QStringView> list;
        list.reserve(std::max<qsizetype>(0, s.size() - 1));
        for (qsizetype i = 0; i + 1 < s.size(); ++i)
            list.append(QStringView(s).mid(i, 2));
        return list;
    };
    const QList<QStringView> x = bigrams(a);
    QList<QStringView> y = bigrams(b);
    const qsizetype ySize = y.size();
    if (x.isEmpty() || y.isEmpty())
        return 0;
    int common = 0;
    for (const QStringView g : x) {
        const qsizetype i = y.indexOf(g);
        if (i >= 0) {
            ++common;
            y.removeAt(i);
        }
    }
    const double dice = 2.0 * common / double(x.size() + ySize);
    int score = int(dice * 100 + 0.5);
    if (!sameNumbers)
        score = std::min(score, 60);
    else if (!numbersA.isEmpty())
        score = std::max(score, std::min(94, score + 15)); // the same house numbers weigh more than the words
    return std::min(score, 99);
}

} // namespace sn
