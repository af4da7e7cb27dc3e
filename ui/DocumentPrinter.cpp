#include "DocumentPrinter.h"

#include "MessageBox.h"

#include "services/documents/Document.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <algorithm>
#include <utility>

namespace sn {

namespace {

QString s_nextPrinter;
QString s_lastPrinter;

// The scale that fits `inner` (mm) into `room` (mm), at most 1: documents are never enlarged.
qreal fitScale(const QSizeF &inner, const QSizeF &room)
{
    if (inner.width() <= 0 || inner.height() <= 0)
        return 1.0;
    return std::min({ 1.0, room.width() / inner.width(), room.height() / inner.height() });
}

} // namespace

void DocumentPrinter::prepare(QPrinter &printer, const doc::Document &document)
{
    const QPageLayout layout = document.pageLayout();
    printer.setFullPage(true);
    printer.setPageSize(layout.pageSize());
    printer.setPageOrientation(layout.orientation());
    printer.setDocName(document.title());
}

QRectF DocumentPrinter::target(const QPrinter &printer, const doc::Document &document)
{
    QPageLayout printerLayout = printer.pageLayout();
    printerLayout.setUnits(QPageLayout::Millimeter);
    const QSizeF paperMm = printerLayout.fullRect().size(); // as the paper lies (landscape or portrait)
    const QMarginsF unprintable = printerLayout.minimumMargins();
    const QSizeF documentMm = document.pageLayout().fullRect(QPageLayout::Millimeter).size();
    const QMarginsF ink = document.inkMargins();

    // First the whole sheet onto the paper (the same paper: unchanged), centred.
    qreal scale = fitScale(documentMm, paperMm);
    QPointF origin(
        (paperMm.width() - documentMm.width() * scale) / 2, (paperMm.height() - documentMm.height() * scale) / 2);
    const bool inkInside = origin.x() + ink.left() * scale >= unprintable.left() - 0.01
        && origin.y() + ink.top() * scale >= unprintable.top() - 0.01
        && origin.x() + (documentMm.width() - ink.right()) * scale <= paperMm.width() - unprintable.right() + 0.01
        && origin.y() + (documentMm.height() - ink.bottom()) * scale <= paperMm.height() - unprintable.bottom() + 0.01;
    if (!inkInside) {
        // Then what the document paints, scaled down into what the printer can print, centred there.
        const QSizeF inkMm(
            documentMm.width() - ink.left() - ink.right(), documentMm.height() - ink.top() - ink.bottom());
        const QSizeF printable(paperMm.width() - unprintable.left() - unprintable.right(),
            paperMm.height() - unprintable.top() - unprintable.bottom());
        scale = std::min(scale, fitScale(inkMm, printable));
        origin = QPointF(unprintable.left() + (printable.width() - inkMm.width() * scale) / 2 - ink.left() * scale,
            unprintable.top() + (printable.height() - inkMm.height() * scale) / 2 - ink.top() * scale);
    }
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    const qreal perMm = paper.width() / paperMm.width();
    return QRectF(paper.topLeft() + origin * perMm, documentMm * scale * perMm);
}

Status DocumentPrinter::paint(QPrinter &printer, const doc::Document &document)
{
    if (document.pageCount() == 0)
        return Error::invalid(tr("The document has no pages."));
    printer.setFullPage(true);
    if (printer.docName().isEmpty())
        printer.setDocName(document.title());
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::io(tr("The printer %1 cannot start the job.").arg(printer.printerName()));
    const QRectF page = target(printer, document);
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0 && !printer.newPage())
            return Error::io(tr("The printer %1 stopped at page %2.").arg(printer.printerName()).arg(i + 1));
        document.paintPage(painter, i, page);
    }
    if (!painter.end() || printer.printerState() == QPrinter::Error)
        return Error::io(tr("The printer %1 could not take the job.").arg(printer.printerName()));
    s_lastPrinter = printer.printerName();
    return {};
}

bool DocumentPrinter::print(const doc::Document &document, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    if (!s_nextPrinter.isEmpty()) {
        printer.setPrinterName(std::exchange(s_nextPrinter, QString()));
        prepare(printer, document);
    } else {
        prepare(printer, document);
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(title);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    // The paper chosen in the dialog is kept: a sheet on other paper is scaled to it (target).
    if (const Status printed = paint(printer, document); !printed) {
        MessageBox::warning(parent, title, printed.error().message);
        return false;
    }
    return true;
}

void DocumentPrinter::preview(const doc::Document &document, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, &dialog, title](QPrinter *p) {
        if (const Status printed = paint(*p, document); !printed)
            MessageBox::warning(&dialog, title, printed.error().message);
    });
    dialog.exec();
}

void DocumentPrinter::setNextPrinter(const QString &printerName)
{
    s_nextPrinter = printerName;
}

QString DocumentPrinter::lastPrinter()
{
    return s_lastPrinter;
}

} // namespace sn
