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
    qreal indent = 0;     // units
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
    QPointF pos;   // text: top-left of the first line drawn
    QRectF rect;   // cell
    QColor fill;   // cell background (invalid: none)
    QLineF line;
    bool dashed = false;
};

namespace {

const QColor HeaderFill(0xe6, 0xe6, 0xe6);
const QColor LabelFill(0xf3, 0xf3, 0xf3);

} // namespace

FlowDocument::FlowDocument(QString title, QPageSize::PageSizeId size, QPageLayout::Orientation orientation, const QMarginsF &marginsMm)
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

void FlowDocument::addParagraph(const QString &text, Face face, qreal points, Qt::Alignment alignment, qreal indentMm, qreal spaceAfterMm)
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

QRectF FlowDocument::contentRect() const
{
    const QSizeF size = pageSize();
    return QRectF(mm(m_marginsMm.left()), mm(m_marginsMm.top()), size.width() - mm(m_marginsMm.left() + m_marginsMm.right()),
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
        auto block = std::make_shared<TextBlock>(cells.value(i), font(bold ? Face::SansBold : Face::Sans, t.points),
                                                 w - 2 * pad, align, 1.1);
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

void FlowDocument::paginate() const
{
    if (m_paginated)
        return;
    m_paginated = true;
    m_pages.clear();
    m_rows.clear();
    const QRectF content = contentRect();
    const qreal top = content.top();
    const qreal bottom = content.bottom();
    qreal y = top;
    m_pages.append(QList<Item>());
    auto newPage = [&] {
        m_pages.append(QList<Item>());
        y = top;
    };
    auto emitRow = [&](const LaidRow &row, bool header, int tableIndex, int rowIndex) {
        for (int i = 0; i < row.cells.size(); ++i) {
            Item cell;
            cell.kind = Item::Kind::Cell;
            cell.rect = QRectF(row.x.at(i), y, row.widths.at(i), row.height);
            cell.fill = header ? HeaderFill : (row.label.at(i) ? LabelFill : QColor());
            cell.text = row.cells.at(i);
            cell.last = cell.text->lineCount();
            // Vertically centred in the cell.
            cell.pos = QPointF(row.x.at(i) + (row.widths.at(i) - cell.text->width()) / 2, y + (row.height - cell.text->height()) / 2);
            m_pages.last().append(cell);
        }
        if (!header)
            m_rows.append({tableIndex, rowIndex, int(m_pages.size()) - 1, QRectF(row.x.first(), y, content.width(), row.height)});
        y += row.height;
    };

    // Heights of whole blocks, for groups.
    auto heightOf = [&](const Block &b) -> qreal {
        switch (b.kind) {
        case Block::Kind::Paragraph:
            return TextBlock(b.text, font(b.face, b.points), content.width() - b.indent, b.alignment).height() + b.spaceAfter;
        case Block::Kind::Space:
        case Block::Kind::TearOff:
            return b.height;
        case Block::Kind::Table: {
            qreal h = b.spaceAfter;
            if (b.table.showHeader) {
                QStringList headers;
                for (const TableColumn &c : b.table.columns)
                    headers.append(c.header);
                h += layRow(b.table, headers, true, content.left(), content.width(), content.height()).height;
            }
            for (const QStringList &r : b.table.rows)
                h += layRow(b.table, r, false, content.left(), content.width(), content.height()).height;
            return h;
        }
        }
        return 0;
    };

    for (int bi = 0; bi < m_blocks.size(); ++bi) {
        const Block &b = *m_blocks.at(bi);
        if (b.group != 0 && (bi == 0 || m_blocks.at(bi - 1)->group != b.group)) {
            qreal h = 0;
            for (int k = bi; k < m_blocks.size() && m_blocks.at(k)->group == b.group; ++k)
                h += heightOf(*m_blocks.at(k));
            if (y > top && y + h > bottom && h <= content.height())
                newPage();
        }
        switch (b.kind) {
        case Block::Kind::Space:
            if (y > top)
                y = qMin(bottom, y + b.height);
            break;
        case Block::Kind::TearOff: {
            if (y + b.height > bottom)
                newPage();
            const qreal mid = y + b.height / 2;
            Item line;
            line.kind = Item::Kind::Line;
            line.dashed = true;
            line.line = QLineF(content.left(), mid, content.right(), mid);
            m_pages.last().append(line);
            auto label = std::make_shared<TextBlock>(b.text, font(b.face, b.points), content.width(), Qt::AlignHCenter);
            Item text;
            text.kind = Item::Kind::Cell; // white box behind the label, over the dashed line
            text.text = label;
            text.last = label->lineCount();
            const qreal w = label->naturalWidth() + mm(4);
            text.rect = QRectF(content.center().x() - w / 2, mid - label->height() / 2, w, label->height());
            text.fill = Qt::white;
            text.pos = QPointF(content.left(), mid - label->height() / 2);
            text.dashed = true; // no border
            m_pages.last().append(text);
            y += b.height;
            break;
        }
        case Block::Kind::Paragraph: {
            auto block = std::make_shared<TextBlock>(b.text, font(b.face, b.points), content.width() - b.indent, b.alignment);
            int first = 0;
            while (first < block->lineCount()) {
                int last = first;
                while (last < block->lineCount() && y + block->lineBottom(last) - block->lineTop(first) <= bottom + 0.01)
                    ++last;
                if (last == first) {
                    if (y > top) {
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
                item.pos = QPointF(content.left() + b.indent, y);
                m_pages.last().append(item);
                y += block->lineBottom(last - 1) - block->lineTop(first);
                first = last;
                if (first < block->lineCount())
                    newPage();
            }
            y = qMin(bottom, y + b.spaceAfter);
            break;
        }
        case Block::Kind::Table: {
            const Table &t = b.table;
            QStringList headers;
            for (const TableColumn &c : t.columns)
                headers.append(c.header);
            const LaidRow header = t.showHeader ? layRow(t, headers, true, content.left(), content.width(), content.height() / 3)
                                                : LaidRow{};
            const qreal rowMax = content.height() - header.height;
            bool headerShown = false;
            for (int r = 0; r < t.rows.size(); ++r) {
                const LaidRow row = layRow(t, t.rows.at(r), false, content.left(), content.width(), rowMax);
                const qreal need = row.height + (headerShown ? 0 : header.height);
                if (y + need > bottom + 0.01 && y > top) {
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
                if (y + header.height > bottom)
                    newPage();
                emitRow(header, true, b.tableIndex, -1);
            }
            y = qMin(bottom, y + b.spaceAfter);
            break;
        }
        }
    }
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
                pen.setDashPattern({6, 4});
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
