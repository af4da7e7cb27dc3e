#include "Money.h"

#include <QStringList>

namespace sn::money {

namespace {

// Magnitude of a fen amount without overflowing on the most negative value.
quint64 magnitude(Fen fen)
{
    return fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
}

QString fenPart(quint64 abs)
{
    return QString::number(abs % 100).rightJustified(2, QLatin1Char('0'));
}

QString grouped(quint64 yuan)
{
    const QString digits = QString::number(yuan);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out.append(QLatin1Char(','));
        out.append(digits.at(i));
    }
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Full-width forms to ASCII; drops whitespace of any kind.
QString halfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace())
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block, except ￥ which is U+FFE5
            out.append(QChar(char16_t(u - 0xFF01 + 0x21)));
        else
            out.append(c);
    }
    return out;
}

} // namespace

QString toYuanString(Fen fen)
{
    const quint64 abs = magnitude(fen);
    QString s = QString::number(abs / 100) + QLatin1Char('.') + fenPart(abs);
    if (fen < 0)
        s.prepend(QLatin1Char('-'));
    return s;
}

QString toGroupedYuanString(Fen fen)
{
    const quint64 abs = magnitude(fen);
    QString s = grouped(abs / 100) + QLatin1Char('.') + fenPart(abs);
    if (fen < 0)
        s.prepend(QLatin1Char('-'));
    return s;
}

std::optional<Fen> parseYuan(const QString &text)
{
    QString s = halfWidth(text);
    if (s.isEmpty())
        return std::nullopt;

    bool negative = false;
    auto takeSign = [&] {
        if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
            negative = s.at(0) == QLatin1Char('-');
            s.remove(0, 1);
            return true;
        }
        return false;
    };
    const bool signFirst = takeSign();
    // Currency signs: ¥ (U+00A5), ￥ (U+FFE5); the yuan suffix 元 (also 圆).
    if (s.startsWith(QChar(0x00A5)) || s.startsWith(QChar(0xFFE5)))
        s.remove(0, 1);
    if (!signFirst)
        takeSign();
    if (s.endsWith(QChar(0x5143)) || s.endsWith(QChar(0x5706))) // 元, 圆
        s.chop(1);
    if (s.isEmpty())
        return std::nullopt;

    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty())
        return std::nullopt;
    if (dot >= 0 && (frac.isEmpty() || frac.size() > 2))
        return std::nullopt;
    for (const QChar c : frac) {
        if (!isAsciiDigit(c))
            return std::nullopt;
    }

    // Integer part: plain digits, or digits grouped by commas in threes ("1,234,567").
    QString digits;
    if (whole.contains(QLatin1Char(','))) {
        const QStringList groups = whole.split(QLatin1Char(','));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString &g = groups.at(i);
            const bool sizeOk = i == 0 ? (g.size() >= 1 && g.size() <= 3) : g.size() == 3;
            if (!sizeOk)
                return std::nullopt;
            digits += g;
        }
    } else {
        digits = whole;
    }
    for (const QChar c : digits) {
        if (!isAsciiDigit(c))
            return std::nullopt;
    }
    // 15 digits of yuan keep yuan x 100 far inside qint64.
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > 15)
        return std::nullopt;

    Fen yuan = 0;
    for (const QChar c : digits)
        yuan = yuan * 10 + (c.unicode() - u'0');
    Fen fen = 0;
    if (!frac.isEmpty()) {
        fen = (frac.at(0).unicode() - u'0') * 10;
        if (frac.size() == 2)
            fen += frac.at(1).unicode() - u'0';
    }
    const Fen total = yuan * 100 + fen;
    return negative ? -total : total;
}

} // namespace sn::money
