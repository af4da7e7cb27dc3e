#pragma once

#include "Document.h"

#include <QHash>
#include <QList>
#include <QPaintDevice>
#include <QRawFont>
#include <QString>
#include <memory>

namespace sn::doc {

// A paint device that keeps the text painted on it, in painting order, instead of pixels: what a document
// lays out, character for character. Rendering::writePdf uses it to give the PDF's text layer the characters
// that were drawn; tests compare it with what pdftotext reads back.
class TextRecorder : public QPaintDevice
{
public:
    // The glyphs of one font in the order they were first drawn (glyph 0 first, as QPdfWriter numbers them)
    // and the text each stands for (empty when the shaping was not one glyph per character).
    struct FontGlyphs
    {
        QRawFont font;
        QList<quint32> order;
        QHash<quint32, QString> text;
    };
    using GlyphUse = QHash<QByteArray, FontGlyphs>; // by the font's PostScript name

    explicit TextRecorder(const QSizeF &units);
    ~TextRecorder() override;

    QPaintEngine *paintEngine() const override;
    // The text of every text item painted, each followed by a newline.
    QString text() const;
    const GlyphUse &glyphs() const;

    // Every page of `document`, painted once: its text, and the glyphs when `glyphs` is given.
    static QString textOf(const Document &document, GlyphUse *glyphs = nullptr);
    // A font's PostScript name (name table, ID 6), as a PDF names it.
    static QByteArray postscriptName(const QRawFont &font);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    QSizeF m_size;
    std::unique_ptr<Engine> m_engine;
};

} // namespace sn::doc
