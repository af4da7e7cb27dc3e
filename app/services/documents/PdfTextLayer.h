#pragma once

#include "TextRecorder.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sn::doc {

// The text layer of the PDFs QPdfWriter writes: each font's ToUnicode map, which tells a reader (pdftotext, a
// PDF viewer's search, an archive's indexer) which character each glyph stands for.
//
// Qt 6.4 (QFontSubset::getReverseMap) gives each glyph the lowest code point the font maps to it. Noto CJK
// draws many characters with a glyph it also uses for a code point below them: the Kangxi and CJK radicals
// (户 U+6237 and ⼾ U+2F3E, 人 and ⼈, 月 and ⽉, 黄 and ⻩), CJK Extension A (胶 U+80F6 and 㬵 U+3B35),
// punctuation (～ U+FF5E and 〜 U+301C, – U+2013 and ‒ U+2012). The page looks right and its text is wrong.
//
// Qt also leaves out every glyph no code point maps to: a glyph the font's shaping substituted (Noto CJK draws
// the "1" of "R1" with another glyph than a lone "1") and every character beyond U+FFFF (rare characters of
// names in CJK Extension B and later), which a reader then drops.
//
// correct() rewrites every ToUnicode map from what was painted (TextRecorder): QPdfWriter numbers a font's
// glyphs in the order they are first drawn, so the recorder's glyphs, in the same order, say which character
// each number stands for. The map is rebuilt so only when every entry Qt wrote agrees with it (the same glyph);
// otherwise each code point Qt chose that was not drawn is replaced by the drawn character with the same glyph.
// The file's cross-reference table is renumbered after the maps that changed length.
class PdfTextLayer
{
    Q_DECLARE_TR_FUNCTIONS(sn::doc::PdfTextLayer)
public:
    static Result<QByteArray> correct(
        const QByteArray &pdf, const QString &drawn, const TextRecorder::GlyphUse &glyphs = {});
};

} // namespace sn::doc
