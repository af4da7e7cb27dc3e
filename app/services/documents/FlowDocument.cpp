#include "FlowDocument.h"

#include <QPainter>
#include <QPainterPath>

namespace sn::doc {

struct FlowDocument::Block
{
    enum class Kind { Paragraph, Table, Space, TearOff } kind = Kind::Paragraph;
    int group = 0;
    // Paragraph and tear-off
    QString text;
    Face face = Face::Serif;
    qreal points = 12;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal indent = 0; // units
    qreal spaceAfter = 0; // units
    // Table
    Table table;
    int tableIndex = -1;
    // Space and tear-off height
    qreal height = 0;
};

struct FlowDocument::Item
{
    enum class Kind { Text, Cell, Line } kind = Kind::Text;
    std::shared_ptr<TextBlock> text;
    int first = 0;
    int last = 0;
    QPointF pos; // text: top-left of the first line drawn
    QRectF rect; // cell
    QColor fill; // cell background (invalid: none)
    QLineF line;
    bool dashed = false;
};

namespace {

const QColor HeaderFill(0xe6, 0xe6, 0xe6);
const QColor LabelFill(0xf3, 0xf3, 0xf3);

} // namespace

FlowDocument::FlowDocument(
    QString title, QPageSize::PageSizeId size, QPageLayout::Orientation orientation, const QMarginsF &marginsMm)
    : m_title(std::move(title))
    , m_layout(QPageSize(size), orientation, QMarginsF())
    , m_marginsMm(marginsMm)
{
}

FlowDocument::~FlowDocument() = default;

void FlowDocument::addTitle(const QString &text, qreal points)
{
    addParagraph(text, Face::Title, points, Qt::AlignHCenter, 0, 4);
}

void FlowDocument::addParagraph(
    const QString &text, Face face, qreal points, Qt::Alignment alignment, qreal indentMm, qreal spaceAfterMm)
{
    auto b = std::make_shared<Block>();
    b->kind = Block::Kind::Paragraph;
    b->group = m_groupDepth > 0 ? m_nextGroup : 0;
    b->text = text;
    b->face = face;
    b->points = points;
    b->alignment = alignment;
    b->indent = mm(indentMm);
    b->spaceAfter = mm(spaceAfterMm);
    m_blocks.append(b);
    m_paginated = false;
}

void FlowDocument::addTable(const Table &table)
{
    auto b = std::make_shared<Block>();
    b->kind = Block::Kind::Table;
    b->group = m_groupDepth > 0 ? m_nextGroup : 0;
    b->table = table;
    b->spaceAfter = mm(3);
    int tables = 0;
    for (const auto &other : std::as_const(m_blocks))
        tables += other->kind == Block::Kind::Table ? 1 : 0;
    b->tableIndex = tables;
    m_blocks.append(b);
    m_paginated = false;
}

void FlowDocument::addSpace(qreal millimetres)
{
    auto b = std::make_shared<Block>();
    b->kind = Block::Kind::Space;
    b->group = m_groupDepth > 0 ? m_nextGroup : 0;
    b->height = mm(millimetres);
    m_blocks.append(b);
    m_paginated = false;
}

void FlowDocument::addTearOff(const QString &label)
{
    auto b = std::make_shared<Block>();
    b->kind = Block::Kind::TearOff;
    b->group = m_groupDepth > 0 ? m_nextGroup : 0;
    b->text = label;
    b->face = Face::Sans;
    b->points = 8;
    b->height = mm(10);
    m_blocks.append(b);
    m_paginated = false;
}

void FlowDocument::beginGroup()
{
    ++m_groupDepth;
}

void FlowDocument::endGroup()
{
    if (m_groupDepth > 0 && --m_groupDepth == 0)
        ++m_nextGroup;
}

QMarginsF FlowDocument::inkMargins() const
{
    // The running header and the page numbers sit in the top and bottom margins (paint below).
    const qreal line = TextBlock(QStringLiteral("第 1 页"), font(Face::Sans, 8.5), mm(100)).height() / UnitsPerMm;
    QMarginsF ink = m_marginsMm;
    if (!m_runningHeader.isEmpty())
        ink.setTop(ink.top() - line - 3);
    if (m_pageNumbers)
        ink.setBottom(ink.bottom() - line - 5);
    return ink;
}

QRectF FlowDocument::contentRect() const
{
    const QSizeF size = pageSize();
    return QRectF(mm(m_marginsMm.left()), mm(m_marginsMm.top()),
        size.width() - mm(m_marginsMm.left() + m_marginsMm.right()),
        size.height() - mm(m_marginsMm.top() + m_marginsMm.bottom()));
}

int FlowDocument::pageCount() const
{
    paginate();
    return int(m_pages.size());
}

QList<FlowDocument::RowPlacement> FlowDocument::rowPlacements() const
{
    paginate();
    return m_rows;
}

namespace {

// A table row laid out: one text block per cell, the cells' x and widths, the row's height.
struct LaidRow
{
    QList<std::shared_ptr<TextBlock>> cells;
    QList<qreal> x;
    QList<qreal> widths;
    QList<bool> label;
    qreal height = 0;
};

LaidRow layRow(const Table &t, const QStringList &cells, bool header, qreal left, qreal width, qreal maxHeight)
{
    LaidRow row;
    qreal total = 0;
    for (const TableColumn &c : t.columns)
        total += c.weight;
    const qreal pad = mm(t.paddingMm);
    qreal x = left;
    const int n = int(t.columns.size());
    const int given = qMax(1, int(qMin<qsizetype>(cells.size(), n)));
    qreal contentMax = 0;
    for (int i = 0; i < given; ++i) {
        qreal w = 0;
        const int spanEnd = i == given - 1 ? n : i + 1; // the last given cell spans what is left
        for (int k = i; k < spanEnd; ++k)
            w += width * t.columns.at(k).weight / total;
        const TableColumn &c = t.columns.at(i);
        const bool bold = header || c.label;
        const Qt::Alignment align = header ? Qt::AlignHCenter : c.alignment;
        auto block = std::make_shared<TextBlock>(
            cells.value(i), font(bold ? Face::SansBold : Face::Sans, t.points), w - 2 * pad, align, 1.1);
        contentMax = qMax(contentMax, block->height());
        row.cells.append(block);
        row.x.append(x);
        row.widths.append(w);
        row.label.append(!header && c.label);
        x += w;
    }
    row.height = qMax(contentMax + 2 * pad, mm(t.minRowHeightMm));
    if (row.height > maxHeight) { // last resort: a row taller than a page is cut with "…"
        for (auto &block : row.cells)
            block->elideTo(maxHeight - 2 * pad);
        row.height = maxHeight;
    }
    return row;
}

} // namespace

// paginate()'s state and steps: the pages filled so far, and how far down the last one the next block goes.
class FlowDocument::Paginator
{
public:
    explicit Paginator(const FlowDocument &doc)
        : m_doc(doc)
        , m_pages(doc.m_pages)
        , m_rows(doc.m_rows)
        , m_content(doc.contentRect())
        , m_top(m_content.top())
        , m_bottom(m_content.bottom())
        , m_y(m_top)
    {
        m_pages.append(QList<Item>());
    }

    void run()
    {
        const auto &blocks = m_doc.m_blocks;
        for (int bi = 0; bi < blocks.size(); ++bi) {
            const Block &b = *blocks.at(bi);
            if (b.group != 0 && (bi == 0 || blocks.at(bi - 1)->group != b.group))
                keepGroupTogether(bi);
            switch (b.kind) {
            case Block::Kind::Space:
                if (m_y > m_top)
                    m_y = qMin(m_bottom, m_y + b.height);
                break;
            case Block::Kind::TearOff:
                placeTearOff(b);
                break;
            case Block::Kind::Paragraph:
                placeParagraph(b);
                break;
            case Block::Kind::Table:
                placeTable(b);
                break;
            }
        }
    }

private:
    void newPage()
    {
        m_pages.append(QList<Item>());
        m_y = m_top;
    }

    // Heights of whole blocks, for groups.
    qreal heightOf(const Block &b) const
    {
        switch (b.kind) {
        case Block::Kind::Paragraph:
            return TextBlock(b.text, font(b.face, b.points), m_content.width() - b.indent, b.alignment).height()
                + b.spaceAfter;
        case Block::Kind::Space:
        case Block::Kind::TearOff:
            return b.height;
        case Block::Kind::Table: {
            qreal h = b.spaceAfter;
            if (b.table.showHeader)
                h += layRow(b.table, headersOf(b.table), true, m_content.left(), m_content.width(), m_content.height())
                         .height;
            for (const QStringList &r : b.table.rows)
                h += layRow(b.table, r, false, m_content.left(), m_content.width(), m_content.height()).height;
            return h;
        }
        }
        return 0;
    }

    static QStringList headersOf(const Table &t)
    {
        QStringList headers;
        for (const TableColumn &c : t.columns)
            headers.append(c.header);
        return headers;
    }

    // A group starting at block `first` moves to a new page when it does not fit here but fits on a page.
    void keepGroupTogether(int first)
    {
        const auto &blocks = m_doc.m_blocks;
        const int group = blocks.at(first)->group;
        qreal h = 0;
        for (int k = first; k < blocks.size() && blocks.at(k)->group == group; ++k)
            h += heightOf(*blocks.at(k));
        if (m_y > m_top && m_y + h > m_bottom && h <= m_content.height())
            newPage();
    }

    void placeTearOff(const Block &b)
    {
        if (m_y + b.height > m_bottom)
            newPage();
        const qreal mid = m_y + b.height / 2;
        Item line;
        line.kind = Item::Kind::Line;
        line.dashed = true;
        line.line = QLineF(m_content.left(), mid, m_content.right(), mid);
        m_pages.last().append(line);
        auto label = std::make_shared<TextBlock>(b.text, font(b.face, b.points), m_content.width(), Qt::AlignHCenter);
        Item text;
        text.kind = Item::Kind::Cell; // white box behind the label, over the dashed line
        text.text = label;
        text.last = label->lineCount();
        const qreal w = label->naturalWidth() + mm(4);
        text.rect = QRectF(m_content.center().x() - w / 2, mid - label->height() / 2, w, label->height());
        text.fill = Qt::white;
        text.pos = QPointF(m_content.left(), mid - label->height() / 2);
        text.dashed = true; // no border
        m_pages.last().append(text);
        m_y += b.height;
    }

    // A paragraph breaks between lines.
    void placeParagraph(const Block &b)
    {
        auto block
            = std::make_shared<TextBlock>(b.text, font(b.face, b.points), m_content.width() - b.indent, b.alignment);
        int first = 0;
        while (first < block->lineCount()) {
            int last = first;
            while (
                last < block->lineCount() && m_y + block->lineBottom(last) - block->lineTop(first) <= m_bottom + 0.01)
                ++last;
            if (last == first) {
                if (m_y > m_top) {
                    newPage();
                    continue;
                }
                last = first + 1; // a single line taller than the page: draw it anyway
            }
            Item item;
            item.kind = Item::Kind::Text;
            item.text = block;
            item.first = first;
            item.last = last;
            item.pos = QPointF(m_content.left() + b.indent, m_y);
            m_pages.last().append(item);
            m_y += block->lineBottom(last - 1) - block->lineTop(first);
            first = last;
            if (first < block->lineCount())
                newPage();
        }
        m_y = qMin(m_bottom, m_y + b.spaceAfter);
    }

    // A table breaks between rows, never inside one, its header repeated at the top of every page.
    void placeTable(const Block &b)
    {
        const Table &t = b.table;
        const LaidRow header = t.showHeader
            ? layRow(t, headersOf(t), true, m_content.left(), m_content.width(), m_content.height() / 3)
            : LaidRow {};
        const qreal rowMax = m_content.height() - header.height;
        bool headerShown = false;
        for (int r = 0; r < t.rows.size(); ++r) {
            const LaidRow row = layRow(t, t.rows.at(r), false, m_content.left(), m_content.width(), rowMax);
            const qreal need = row.height + (headerShown ? 0 : header.height);
            if (m_y + need > m_bottom + 0.01 && m_y > m_top) {
                newPage();
                headerShown = false;
            }
            if (!headerShown && t.showHeader) {
                emitRow(header, true, b.tableIndex, -1);
                headerShown = true;
            }
            headerShown = true;
            emitRow(row, false, b.tableIndex, r);
        }
        if (t.rows.isEmpty() && t.showHeader) {
            if (m_y + header.height > m_bottom)
                newPage();
            emitRow(header, true, b.tableIndex, -1);
        }
        m_y = qMin(m_bottom, m_y + b.spaceAfter);
    }

    void emitRow(const LaidRow &row, bool header, int tableIndex, int rowIndex)
    {
        for (int i = 0; i < row.cells.size(); ++i) {
            Item cell;
            cell.kind = Item::Kind::Cell;
            cell.rect = QRectF(row.x.at(i), m_y, row.widths.at(i), row.height);
            cell.fill = header ? HeaderFill : (row.label.at(i) ? LabelFill : QColor());
            cell.text = row.cells.at(i);
            cell.last = cell.text->lineCount();
            // Vertically centred in the cell.
            cell.pos = QPointF(row.x.at(i) + (row.widths.at(i) - cell.text->width()) / 2,
                m_y + (row.height - cell.text->height()) / 2);
            m_pages.last().append(cell);
        }
        if (!header)
            m_rows.append({ tableIndex, rowIndex, int(m_pages.size()) - 1,
                QRectF(row.x.first(), m_y, m_content.width(), row.height) });
        m_y += row.height;
    }

    const FlowDocument &m_doc;
    QList<QList<Item>> &m_pages;
    QList<RowPlacement> &m_rows;
    const QRectF m_content;
    const qreal m_top;
    const qreal m_bottom;
    qreal m_y;
};

void FlowDocument::paginate() const
{
    if (m_paginated)
        return;
    m_paginated = true;
    m_pages.clear();
    m_rows.clear();
    Paginator(*this).run();
}

void FlowDocument::paint(QPainter &painter, int page) const
{
    paginate();
    if (page < 0 || page >= m_pages.size())
        return;
    const QRectF content = contentRect();
    const QPen border(Qt::black, pt(0.6));
    for (const Item &item : m_pages.at(page)) {
        switch (item.kind) {
        case Item::Kind::Text:
            painter.setPen(Qt::black);
            item.text->draw(painter, item.pos, item.first, item.last);
            break;
        case Item::Kind::Cell:
            if (item.fill.isValid())
                painter.fillRect(item.rect, item.fill);
            if (!item.dashed) {
                painter.setPen(border);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(item.rect);
            }
            painter.setPen(Qt::black);
            item.text->draw(painter, item.pos);
            break;
        case Item::Kind::Line: {
            QPen pen(Qt::black, pt(0.8));
            if (item.dashed)
                pen.setDashPattern({ 6, 4 });
            painter.setPen(pen);
            painter.drawLine(item.line);
            break;
        }
        }
    }
    const QFont small = font(Face::Sans, 8.5);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    if (page > 0 && !m_runningHeader.isEmpty()) {
        TextBlock header(m_runningHeader, small, content.width(), Qt::AlignRight);
        header.draw(painter, QPointF(content.left(), content.top() - header.height() - mm(3)));
    }
    if (m_pageNumbers) {
        const QString text = QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(m_pages.size());
        TextBlock footer(text, small, content.width(), Qt::AlignHCenter);
        footer.draw(painter, QPointF(content.left(), content.bottom() + mm(5)));
    }
}

} // namespace sn::doc
