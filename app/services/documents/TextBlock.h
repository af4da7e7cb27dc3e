#pragma once

#include "Units.h"

#include <QFont>
#include <QPointF>
#include <QString>
#include <QTextLayout>
#include <memory>

class QPainter;

namespace sn::doc {

// One paragraph laid out in a fixed width: wraps at word boundaries (anywhere between Chinese characters,
// anywhere at all as a last resort), honours '\n', and reports its height so callers can place it before
// drawing it. Measuring and drawing use the same layout, so what was measured is what is drawn.
class TextBlock
{
public:
    TextBlock() = default;
    TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment = Qt::AlignLeft,
              qreal lineSpacing = 1.15);
    TextBlock(TextBlock &&) noexcept = default;
    TextBlock &operator=(TextBlock &&) noexcept = default;

    // Lay out again keeping at most maxHeight: the last kept line ends with "…". The last resort when a box
    // cannot grow. Returns true when something was cut.
    bool elideTo(qreal maxHeight);

    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    int lineCount() const;
    // Top and bottom of line i relative to the block's top (for splitting a paragraph across pages).
    qreal lineTop(int i) const;
    qreal lineBottom(int i) const;
    qreal naturalWidth() const; // widest line
    const QString &text() const { return m_text; }
    const QFont &font() const { return m_font; }

    void draw(QPainter &painter, const QPointF &topLeft) const;
    // Lines [first, last) only, with line `first` at topLeft.
    void draw(QPainter &painter, const QPointF &topLeft, int first, int last) const;

    // Height of one line of `font` (for blank rows and empty cells).
    static qreal lineHeight(const QFont &font, qreal lineSpacing = 1.15);

private:
    void layout(const QString &text);

    QString m_text;
    QFont m_font;
    qreal m_width = 0;
    Qt::Alignment m_alignment = Qt::AlignLeft;
    qreal m_spacing = 1.15;
    qreal m_height = 0;
    std::unique_ptr<QTextLayout> m_layout;
    QList<qreal> m_lineTops; // y of each line's top, relative to the block
};

} // namespace sn::doc
