#include "TextBlock.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTextOption>
#include <cmath>

namespace sn::doc {

QFont font(Face face, qreal points)
{
    static const QStringList serif = {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                                      QStringLiteral("SimSun"), QStringLiteral("Songti SC"), QStringLiteral("STSong"),
                                      QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Sans CJK SC"),
                                      QStringLiteral("WenQuanYi Micro Hei")};
    static const QStringList sans = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                     QStringLiteral("SimHei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                                     QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Serif CJK SC")};
    QFont f;
    f.setFamilies(face == Face::Title || face == Face::Serif ? serif : sans);
    f.setPixelSize(qMax(1, int(std::lround(pt(points)))));
    f.setBold(face == Face::Title || face == Face::SansBold);
    // Outlines without hinting: advances do not depend on the device, so the layout is the same everywhere.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    f.setKerning(false);
    return f;
}

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment, qreal lineSpacing)
    : m_text(text)
    , m_font(font)
    , m_width(qMax<qreal>(1, width))
    , m_alignment(alignment)
    , m_spacing(lineSpacing)
{
    layout(text);
}

qreal TextBlock::lineHeight(const QFont &font, qreal lineSpacing)
{
    return QFontMetricsF(font).height() * lineSpacing;
}

void TextBlock::layout(const QString &text)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(shown, m_font);
    QTextOption option(m_alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_lineTops.clear();
    const qreal leading = QFontMetricsF(m_font).height() * (m_spacing - 1.0);
    qreal y = 0;
    m_layout->beginLayout();
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(m_width);
        if (!m_lineTops.isEmpty())
            y += leading;
        line.setPosition(QPointF(0, y));
        m_lineTops.append(y);
        y += line.height();
    }
    m_layout->endLayout();
    m_height = m_lineTops.isEmpty() ? lineHeight(m_font, 1.0) : y;
}

bool TextBlock::elideTo(qreal maxHeight)
{
    if (m_height <= maxHeight + 0.01)
        return false;
    int keep = 0;
    while (keep < lineCount() && lineBottom(keep) <= maxHeight + 0.01)
        ++keep;
    keep = qMax(1, keep);
    QString shown = m_layout->text();
    const QTextLine last = m_layout->lineAt(keep - 1);
    const QString head = shown.left(last.textStart());
    const QString tail = shown.mid(last.textStart()).replace(QChar::LineSeparator, QLatin1Char(' '));
    const QString elided = QFontMetricsF(m_font).elidedText(tail, Qt::ElideRight, m_width * 0.98);
    layout(head + elided);
    return true;
}

int TextBlock::lineCount() const
{
    return m_lineTops.size();
}

qreal TextBlock::lineTop(int i) const
{
    return m_lineTops.value(i);
}

qreal TextBlock::lineBottom(int i) const
{
    if (!m_layout || i < 0 || i >= m_layout->lineCount())
        return m_height;
    return m_lineTops.at(i) + m_layout->lineAt(i).height();
}

qreal TextBlock::naturalWidth() const
{
    qreal w = 0;
    if (m_layout)
        for (int i = 0; i < m_layout->lineCount(); ++i)
            w = qMax(w, m_layout->lineAt(i).naturalTextWidth());
    return w;
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft) const
{
    if (m_layout)
        m_layout->draw(&painter, topLeft);
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft, int first, int last) const
{
    if (!m_layout)
        return;
    const QPointF origin = topLeft - QPointF(0, lineTop(first));
    for (int i = first; i < last && i < m_layout->lineCount(); ++i)
        m_layout->lineAt(i).draw(&painter, origin);
}

} // namespace sn::doc
