#pragma once

#include "Document.h"
#include "TextBlock.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QMarginsF>
#include <QPageSize>
#include <QStringList>
#include <memory>

namespace sn::doc {

struct TableColumn
{
    QString header;
    qreal weight = 1; // share of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
    bool label = false; // a shaded, bold column of field names (key/value tables)
};

struct Table
{
    QList<TableColumn> columns;
    QList<QStringList> rows; // a row with fewer cells than columns: its last cell spans the rest
    bool showHeader = true; // repeated at the top of every page the table continues on
    qreal points = 10.5;
    qreal minRowHeightMm = 0; // e.g. room for a signature
    qreal paddingMm = 1.6;
};

// A document of flowing blocks (titles, paragraphs, tables, a tear-off line) broken into pages: a paragraph
// breaks between lines, a table between rows (never inside one) with its header repeated, and a group moves
// to the next page whole when it fits there. Pages may carry a running header and "第 N 页 共 M 页".
class FlowDocument : public Document
{
public:
    FlowDocument(QString title, QPageSize::PageSizeId size, QPageLayout::Orientation orientation,
        const QMarginsF &marginsMm = QMarginsF(20, 18, 20, 18));
    ~FlowDocument() override;

    void addTitle(const QString &text, qreal points = 20);
    void addParagraph(const QString &text, Face face = Face::Serif, qreal points = 12,
        Qt::Alignment alignment = Qt::AlignLeft, qreal indentMm = 0, qreal spaceAfterMm = 1.5);
    void addTable(const Table &table);
    void addSpace(qreal mm);
    void addTearOff(const QString &label); // a dashed cutting line across the page
    // Blocks between begin and end stay on one page when they fit on one (e.g. a tear-off receipt).
    void beginGroup();
    void endGroup();

    void setRunningHeader(const QString &text) { m_runningHeader = text; } // on pages after the first
    void setPageNumbers(bool on) { m_pageNumbers = on; }
    void setArchival(bool on) { m_archival = on; } // written as PDF/A (letters, file sheets)

    QPageLayout pageLayout() const override { return m_layout; }
    int pageCount() const override;
    QString title() const override { return m_title; }
    QMarginsF inkMargins() const override;
    bool archival() const override { return m_archival; }

    // The content area in units (inside the margins).
    QRectF contentRect() const;
    // Where each table row landed: page and rectangle in units, for tests (table index, row index).
    struct RowPlacement
    {
        int table;
        int row;
        int page;
        QRectF rect;
    };
    QList<RowPlacement> rowPlacements() const;

protected:
    void paint(QPainter &painter, int page) const override;

private:
    struct Block;
    struct Item;
    class Paginator; // paginate()'s steps (FlowDocument.cpp)
    void paginate() const;

    QString m_title;
    QPageLayout m_layout;
    QMarginsF m_marginsMm;
    QString m_runningHeader;
    bool m_pageNumbers = true;
    bool m_archival = false;
    QList<std::shared_ptr<Block>> m_blocks;
    int m_groupDepth = 0;
    int m_nextGroup = 1;
    mutable bool m_paginated = false;
    mutable QList<QList<Item>> m_pages;
    mutable QList<RowPlacement> m_rows;
};

} // namespace sn::doc
