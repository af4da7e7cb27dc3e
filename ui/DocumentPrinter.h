#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPrinter;
class QWidget;

namespace sn {

namespace doc {
class Document;
} // namespace doc

// The one way a document reaches paper: every Print button, the print preview and tst_cupsprint go through it.
// The printer is a QPrinter in its native format, so on Linux the job goes to CUPS (Qt's CUPS print support)
// with the document's paper (A4, A5) and orientation, named after the document. Each page is painted whole; when
// the printer cannot print as close to the edge as the document's own blank border (Document::inkMargins), or
// the paper differs, the page is scaled down and centred so that nothing falls into the printer's margins.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(sn::DocumentPrinter)
public:
    // Set `printer` up for `document`: paper, orientation, job name, painting from the sheet's corner.
    static void prepare(QPrinter &printer, const doc::Document &document);
    // Every page of `document` on `printer` (prepared or not); an error naming the printer when the job fails.
    static Status paint(QPrinter &printer, const doc::Document &document);
    // Where a page of `document` goes on `printer`'s paper, in device pixels (see the class comment).
    static QRectF target(const QPrinter &printer, const doc::Document &document);

    // Ask with the print dialog (titled `title`) and print. False when the clerk cancels or the job failed
    // (the failure is shown in a message box).
    static bool print(const doc::Document &document, const QString &title, QWidget *parent);
    // The print preview of `document`, printable from the preview too.
    static void preview(const doc::Document &document, const QString &title, QWidget *parent);

    // Tests, like MessageBox::setNextAnswer: the next print() accepts its dialog at once with the printer named
    // (the CUPS queue), so a test clicks Print and the job goes through the real spooler.
    static void setNextPrinter(const QString &printerName);
    // The printer the last print() sent its job to (empty when none).
    static QString lastPrinter();
};

} // namespace sn
