#pragma once

// The text of a PDF through poppler's pdftotext; empty optional when pdftotext is not installed.
#include "services/documents/Units.h"

#include <QHash>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <optional>

namespace sn::test {

// Qt 6.4's PDF writer maps each glyph back to the lowest code point that uses it, and Noto CJK draws the
// Kangxi radicals (U+2E80..U+2FDF) with the same glyphs as common ideographs: "民" is extracted as "⺠".
// The page looks right; for searching the text, map every radical back to the ideograph of the same glyph.
inline QString undoRadicals(QString text)
{
    static const QHash<QChar, QChar> map = [] {
        QHash<QChar, QChar> m;
        for (doc::Face face : {doc::Face::Title, doc::Face::Serif, doc::Face::Sans, doc::Face::SansBold}) {
            const QRawFont raw = QRawFont::fromFont(doc::font(face, 12));
            QHash<quint32, QChar> byGlyph;
            QString ideographs;
            for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
                ideographs.append(QChar(c));
            const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
            for (int i = glyphs.size() - 1; i >= 0; --i)
                if (glyphs.at(i))
                    byGlyph.insert(glyphs.at(i), ideographs.at(i));
            QString radicals;
            for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
                radicals.append(QChar(c));
            const QList<quint32> rg = raw.glyphIndexesForString(radicals);
            for (int i = 0; i < rg.size(); ++i)
                if (rg.at(i) && byGlyph.contains(rg.at(i)))
                    m.insert(radicals.at(i), byGlyph.value(rg.at(i)));
        }
        return m;
    }();
    for (QChar &c : text)
        c = map.value(c, c);
    return text;
}

inline std::optional<QString> pdfText(const QString &file)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (exe.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(exe, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return undoRadicals(QString::fromUtf8(p.readAllStandardOutput()));
}

// Without whitespace: pdftotext breaks lines where the layout wrapped them and spaces some glyphs apart.
inline QString squeeze(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

} // namespace sn::test
