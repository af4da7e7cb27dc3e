#include "PdfTextLayer.h"

#include "Units.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <array>

namespace sn::doc {

namespace {

using CMap = QMap<uint, QString>; // glyph's number in the PDF font (CID) -> its text

// The faces documents draw with, for telling which code points share a glyph.
const QList<QRawFont> &faces()
{
    static const QList<QRawFont> list = [] {
        QList<QRawFont> l;
        for (Face face : { Face::Title, Face::Serif, Face::Sans, Face::SansBold }) {
            QRawFont raw = QRawFont::fromFont(font(face, 12));
            if (raw.isValid())
                l.append(raw);
        }
        return l;
    }();
    return list;
}

quint32 glyphOf(const QRawFont &raw, const QString &character)
{
    const QList<quint32> glyphs = raw.glyphIndexesForString(character);
    return glyphs.size() == 1 ? glyphs.first() : 0;
}

// For each code point Qt may have chosen: the drawn character drawn with the same glyph in one of the faces.
class Corrector
{
public:
    explicit Corrector(const QString &drawn)
    {
        for (const uint c : drawn.toUcs4())
            if (c >= 0x20)
                m_drawn.insert(c);
        for (int f = 0; f < faces().size() && f < int(m_byGlyph.size()); ++f)
            for (const uint c : std::as_const(m_drawn)) {
                const quint32 g = glyphOf(faces().at(f), QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
                if (g && (!m_byGlyph[f].contains(g) || c < m_byGlyph[f].value(g)))
                    m_byGlyph[f].insert(g, c); // the lowest drawn character keeps the glyph if several share it
            }
    }

    QString correct(const QString &text) const
    {
        const QList<uint> ucs = text.toUcs4();
        if (ucs.size() != 1 || m_drawn.contains(ucs.first()))
            return text;
        for (int f = 0; f < faces().size(); ++f) {
            const quint32 g = glyphOf(faces().at(f), text);
            if (!g)
                continue;
            const auto found = m_byGlyph[f].constFind(g);
            if (found != m_byGlyph[f].constEnd()) {
                const char32_t c = found.value();
                return QString::fromUcs4(&c, 1);
            }
        }
        return text;
    }

private:
    QSet<uint> m_drawn;
    std::array<QHash<quint32, uint>, 4> m_byGlyph;
};

QString fromHex(const QByteArray &hex)
{
    QString s;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        s.append(QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16))));
    return s;
}

QByteArray toHex(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

// The bfrange and bfchar entries of a ToUnicode CMap as Qt writes it.
std::optional<CMap> parseCMap(const QByteArray &stream)
{
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*(<[0-9A-Fa-f]+>|\\[[^\\]]*\\])"));
    static const QRegularExpression single(QStringLiteral("<([0-9A-Fa-f]{4})>\\s*(<[0-9A-Fa-f]+>)"));
    static const QRegularExpression item(QStringLiteral("<([0-9A-Fa-f]+)>"));
    CMap map;
    const QString text = QString::fromLatin1(stream);
    qsizetype from = 0;
    for (;;) {
        const qsizetype ranges = text.indexOf(QLatin1String("beginbfrange"), from);
        const qsizetype chars = text.indexOf(QLatin1String("beginbfchar"), from);
        if (ranges < 0 && chars < 0)
            break;
        const bool isRange = chars < 0 || (ranges >= 0 && ranges < chars);
        const qsizetype start = isRange ? ranges : chars;
        const qsizetype end = text.indexOf(isRange ? QLatin1String("endbfrange") : QLatin1String("endbfchar"), start);
        if (end < 0)
            return std::nullopt;
        const QString block = text.mid(start, end - start);
        auto it = (isRange ? range : single).globalMatch(block);
        while (it.hasNext()) {
            const auto m = it.next();
            const uint first = m.captured(1).toUInt(nullptr, 16);
            const uint last = isRange ? m.captured(2).toUInt(nullptr, 16) : first;
            const QString target = m.captured(isRange ? 3 : 2);
            if (last < first || last - first > 0xFFFF)
                return std::nullopt;
            if (target.startsWith(QLatin1Char('['))) {
                auto items = item.globalMatch(target);
                for (uint cid = first; cid <= last && items.hasNext(); ++cid)
                    map.insert(cid, fromHex(items.next().captured(1).toLatin1()));
                continue;
            }
            const QString base = fromHex(target.mid(1, target.size() - 2).toLatin1());
            for (uint cid = first; cid <= last; ++cid) {
                QString t = base;
                if (!t.isEmpty())
                    t.back() = QChar(char16_t(t.back().unicode() + (cid - first)));
                map.insert(cid, t);
            }
        }
        from = end;
    }
    return map;
}

QByteArray writeCMap(const CMap &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n"
                     "<0000> <FFFF>\n"
                     "endcodespacerange\n";
    QList<uint> cids = map.keys();
    for (qsizetype i = 0; i < cids.size(); i += 100) {
        const qsizetype n = qMin<qsizetype>(100, cids.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k)
            out += '<' + QByteArray::number(cids.at(k), 16).rightJustified(4, '0').toUpper() + "> <"
                + toHex(map.value(cids.at(k))) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

// The ToUnicode map rebuilt from the order the recorder saw the font's glyphs in, when Qt's own entries agree.
std::optional<CMap> fromGlyphOrder(const CMap &qt, const TextRecorder::FontGlyphs &use)
{
    if (use.order.size() < 2 || !use.font.isValid())
        return std::nullopt;
    for (auto it = qt.cbegin(); it != qt.cend(); ++it) {
        if (it.key() == 0)
            continue;
        if (it.key() >= uint(use.order.size()) || glyphOf(use.font, it.value()) != use.order.at(it.key()))
            return std::nullopt;
    }
    CMap map;
    map.insert(0, qt.value(0));
    for (qsizetype cid = 1; cid < use.order.size(); ++cid) {
        const QString text = use.text.value(use.order.at(cid));
        if (!text.isEmpty())
            map.insert(uint(cid), text);
        else if (qt.contains(uint(cid)))
            map.insert(uint(cid), qt.value(uint(cid)));
    }
    return map;
}

// The PostScript name of the font whose ToUnicode is object `object` ("/BaseFont /X ... /ToUnicode N 0 R").
QByteArray fontOfMap(const QByteArray &pdf, qsizetype object)
{
    const QByteArray reference = "/ToUnicode " + QByteArray::number(object) + " 0 R";
    const qsizetype at = pdf.indexOf(reference);
    const qsizetype dict = at < 0 ? -1 : pdf.lastIndexOf("<<", at);
    const qsizetype base = dict < 0 ? -1 : pdf.indexOf("/BaseFont /", dict);
    if (base < 0 || base > at)
        return {};
    const qsizetype start = base + 11;
    qsizetype end = start;
    while (end < pdf.size() && !QByteArrayView(" \n\r/<>[]").contains(pdf.at(end)))
        ++end;
    return pdf.mid(start, end - start);
}

struct Replacement
{
    qsizetype at; // first byte replaced
    qsizetype length; // bytes replaced
    QByteArray with;
};

// The file with the replacements made (sorted, not overlapping) and every offset of its cross-reference
// table and startxref moved to where its object now starts.
Result<QByteArray> rewrite(const QByteArray &pdf, const QList<Replacement> &replacements)
{
    const auto moved = [&](qsizetype offset) {
        qsizetype delta = 0;
        for (const Replacement &r : replacements)
            if (r.at < offset)
                delta += r.with.size() - r.length;
        return offset + delta;
    };
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    bool ok = false;
    const qsizetype xref
        = startxref < 0 ? -1 : pdf.mid(startxref + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref < 0 || xref >= startxref || !pdf.mid(xref).startsWith("xref"))
        return Error::invalid(PdfTextLayer::tr("The PDF written has no cross-reference table where it says."));

    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype from = 0;
    for (const Replacement &r : replacements) {
        out += pdf.mid(from, r.at - from);
        out += r.with;
        from = r.at + r.length;
    }
    out += pdf.mid(from, xref - from);

    // "xref\n0 N\n" then N entries of 20 bytes: "OOOOOOOOOO GGGGG n \n".
    const qsizetype header = pdf.indexOf('\n', pdf.indexOf('\n', xref) + 1) + 1;
    const QList<QByteArray> counts
        = pdf.mid(pdf.indexOf('\n', xref) + 1, header - pdf.indexOf('\n', xref) - 2).split(' ');
    const qsizetype entries = counts.value(1).trimmed().toLongLong(&ok);
    if (!ok || header <= 0 || header + entries * 20 > startxref)
        return Error::invalid(PdfTextLayer::tr("The PDF written has a cross-reference table that cannot be read."));
    const qsizetype newXref = out.size();
    out += pdf.mid(xref, header - xref);
    for (qsizetype i = 0; i < entries; ++i) {
        QByteArray entry = pdf.mid(header + i * 20, 20);
        if (entry.at(17) == 'n')
            entry.replace(0, 10, QByteArray::number(moved(entry.left(10).toLongLong())).rightJustified(10, '0'));
        out += entry;
    }
    const qsizetype afterTable = header + entries * 20;
    out += pdf.mid(afterTable, startxref - afterTable);
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    return out;
}

} // namespace

Result<QByteArray> PdfTextLayer::correct(
    const QByteArray &pdf, const QString &drawn, const TextRecorder::GlyphUse &glyphs)
{
    static const QByteArray marker = "stream\n/CIDInit /ProcSet findresource begin";
    const Corrector corrector(drawn);
    QList<Replacement> replacements;
    for (qsizetype at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + marker.size())) {
        const qsizetype lengthKey = pdf.lastIndexOf("/Length ", at);
        const qsizetype lengthEnd = pdf.indexOf(">>", lengthKey);
        bool ok = false;
        const qsizetype length
            = lengthKey < 0 ? -1 : pdf.mid(lengthKey + 8, lengthEnd - lengthKey - 8).trimmed().toLongLong(&ok);
        const qsizetype content = at + 7; // after "stream\n"
        if (!ok || length <= 0 || content + length > pdf.size())
            return Error::invalid(tr("The PDF written has a text map that cannot be read."));
        const auto map = parseCMap(pdf.mid(content, length));
        if (!map)
            return Error::invalid(tr("The PDF written has a text map that cannot be read."));
        const qsizetype objectAt = pdf.lastIndexOf(" 0 obj", lengthKey);
        const qsizetype lineStart = pdf.lastIndexOf('\n', objectAt) + 1;
        const QByteArray font = fontOfMap(pdf, pdf.mid(lineStart, objectAt - lineStart).toLongLong());
        CMap fixed;
        if (const auto rebuilt = fromGlyphOrder(*map, glyphs.value(font))) {
            fixed = *rebuilt;
        } else {
            for (auto it = map->cbegin(); it != map->cend(); ++it)
                fixed.insert(it.key(), corrector.correct(it.value()));
        }
        if (fixed == *map)
            continue;
        const QByteArray stream = writeCMap(fixed);
        // From the length's digits to the end of the stream's data: "/Length N >>\nstream\n...".
        replacements.append({ lengthKey, content + length - lengthKey,
            "/Length " + QByteArray::number(stream.size()) + pdf.mid(lengthEnd, content - lengthEnd) + stream });
    }
    if (replacements.isEmpty())
        return pdf;
    return rewrite(pdf, replacements);
}

} // namespace sn::doc
