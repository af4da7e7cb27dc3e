#pragma once

#include "Units.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QRectF>
#include <QString>

class QPainter;

namespace sn::doc {

// A printable document: a fixed number of pages of one size, each painted on demand. The same code paints a
// PDF (writePdf), a printer or print preview (QPrinter in the GUI) and a QImage (tests):
//
//     for (int i = 0; i < doc.pageCount(); ++i) {
//         if (i > 0) printer.newPage();
//         doc.paintPage(painter, i, printer.paperRect(QPrinter::DevicePixel)); // with printer.setFullPage(true)
//     }
//
// Layout happens once, in device-independent units (Units.h), so pageCount() needs no device.
class Document
{
public:
    virtual ~Document() = default;

    virtual QPageLayout pageLayout() const = 0; // size and orientation; margins are the document's own
    virtual int pageCount() const = 0;
    virtual QString title() const = 0; // the PDF's title, the print job's name
    // Kept in an electronic archive (file sheets, letters): written as PDF/A-1b.
    virtual bool archival() const { return false; }
    // The blank border (mm) the document leaves round everything it paints on its sheet. A printer's unprintable
    // border must lie inside it, or the page is scaled down to fit (DocumentPrinter).
    virtual QMarginsF inkMargins() const { return {}; }

    // Paint page `page` (0-based) so that the whole sheet fills `target` (painter coordinates). Saves and
    // restores the painter's state.
    void paintPage(QPainter &painter, int page, const QRectF &target) const;

    QSizeF pageSize() const; // in units, portrait or landscape as the layout says

protected:
    // Paint in units, origin at the sheet's top-left corner.
    virtual void paint(QPainter &painter, int page) const = 0;
};

class Rendering
{
    Q_DECLARE_TR_FUNCTIONS(sn::doc::Rendering)
public:
    // Every page into a PDF, written to a temporary name beside `path` and renamed when complete. Its text
    // layer reads back as the characters drawn (PdfTextLayer); an archival document is PDF/A-1b.
    static Status writePdf(const Document &document, const QString &path, int resolution = 600);
    // The same PDF in memory.
    static Result<QByteArray> pdf(const Document &document, int resolution = 600);
    // One page as an image at `dpi`, on white.
    static QImage renderPage(const Document &document, int page, qreal dpi);
};

} // namespace sn::doc
