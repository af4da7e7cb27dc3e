#include "TextRecorder.h"

#include <QGlyphRun>
#include <QPaintEngine>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>
#include <QtEndian>
#include <cmath>

namespace sn::doc {

class TextRecorder::Engine : public QPaintEngine
{
public:
    Engine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawPath(const QPainterPath &) override { }
    void drawLines(const QLineF *, int) override { }
    void drawRects(const QRectF *, int) override { }
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        m_text += item.text();
        m_text += QLatin1Char('\n');
        recordGlyphs(item.text(), item.font());
    }
    Type type() const override { return QPaintEngine::User; }

    QString m_text;
    GlyphUse m_glyphs;

private:
    // The item shaped again as QPainter shaped it (one script, one font), glyph by glyph; an item painted
    // before (card labels, table headers) is looked up.
    void recordGlyphs(const QString &text, const QFont &font)
    {
        const QString key = font.key() + QChar(0) + text;
        auto shaped = m_shaped.find(key);
        if (shaped == m_shaped.end())
            shaped = m_shaped.insert(key, shape(text, font));
        for (const Shaped &s : std::as_const(shaped.value())) {
            FontGlyphs &use = m_glyphs[s.name];
            if (use.order.isEmpty()) {
                use.font = s.font;
                use.order.append(0);
            }
            for (qsizetype i = 0; i < s.glyphs.size(); ++i) {
                if (use.text.contains(s.glyphs.at(i)))
                    continue;
                if (s.glyphs.at(i) != 0)
                    use.order.append(s.glyphs.at(i));
                use.text.insert(s.glyphs.at(i), s.text.at(i));
            }
        }
    }

    struct Shaped
    {
        QByteArray name;
        QRawFont font;
        QList<quint32> glyphs;
        QStringList text; // per glyph
    };

    static QList<Shaped> shape(const QString &text, const QFont &font)
    {
        QTextLayout layout(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        const QList<uint> characters = text.toUcs4();
        qsizetype glyphCount = 0;
        for (const QGlyphRun &run : runs)
            glyphCount += run.glyphIndexes().size();
        QList<Shaped> out;
        qsizetype k = 0;
        for (const QGlyphRun &run : runs) {
            Shaped s { postscriptName(run.rawFont()), run.rawFont(), run.glyphIndexes(), {} };
            for (qsizetype i = 0; i < s.glyphs.size(); ++i, ++k)
                s.text.append(glyphCount == characters.size()
                        ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&characters.at(k)), 1)
                        : QString());
            out.append(s);
        }
        return out;
    }

    QHash<QString, QList<Shaped>> m_shaped;
};

TextRecorder::TextRecorder(const QSizeF &units)
    : m_size(units)
    , m_engine(std::make_unique<Engine>())
{
}

TextRecorder::~TextRecorder() = default;

QPaintEngine *TextRecorder::paintEngine() const
{
    return m_engine.get();
}

QString TextRecorder::text() const
{
    return m_engine->m_text;
}

const TextRecorder::GlyphUse &TextRecorder::glyphs() const
{
    return m_engine->m_glyphs;
}

QByteArray TextRecorder::postscriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    const auto u16 = [&](qsizetype at) {
        return at + 2 <= table.size() ? qFromBigEndian<quint16>(table.constData() + at) : quint16(0);
    };
    const int count = u16(2);
    const int strings = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        const quint16 platform = u16(record);
        const quint16 nameId = u16(record + 6);
        const quint16 length = u16(record + 8);
        const qsizetype at = strings + u16(record + 10);
        if (nameId != 6 || at + length > table.size())
            continue;
        const QByteArray raw = table.mid(at, length);
        if (platform == 1)
            return raw;
        if (platform == 3 || platform == 0) {
            QByteArray name;
            for (qsizetype c = 1; c < raw.size(); c += 2)
                name += raw.at(c);
            return name;
        }
    }
    return font.familyName().toUtf8();
}

int TextRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return int(std::ceil(m_size.width()));
    case PdmHeight:
        return int(std::ceil(m_size.height()));
    case PdmWidthMM:
        return int(std::lround(m_size.width() / UnitsPerMm));
    case PdmHeightMM:
        return int(std::lround(m_size.height() / UnitsPerMm));
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return int(UnitsPerInch);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

QString TextRecorder::textOf(const Document &document, GlyphUse *glyphs)
{
    TextRecorder recorder(document.pageSize());
    QPainter painter;
    if (!painter.begin(&recorder))
        return {};
    for (int i = 0; i < document.pageCount(); ++i)
        document.paintPage(painter, i, QRectF(QPointF(0, 0), document.pageSize()));
    painter.end();
    if (glyphs)
        *glyphs = recorder.glyphs();
    return recorder.text();
}

} // namespace sn::doc
