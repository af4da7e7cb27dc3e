#include "Document.h"

#include "PdfTextLayer.h"
#include "TextRecorder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

namespace sn::doc {

QSizeF Document::pageSize() const
{
    const QSizeF points = pageLayout().fullRect(QPageLayout::Point).size();
    return points * 10.0; // units are 0.1 pt
}

void Document::paintPage(QPainter &painter, int page, const QRectF &target) const
{
    if (page < 0 || page >= pageCount())
        return;
    const QSizeF size = pageSize();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / size.width(), target.height() / size.height());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(QPen(Qt::black, pt(0.6)));
    painter.setBrush(Qt::NoBrush);
    paint(painter, page);
    painter.restore();
}

Result<QByteArray> Rendering::pdf(const Document &document, int resolution)
{
    if (document.pageCount() == 0)
        return Error::invalid(tr("The document has no pages."));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setCreator(QStringLiteral("SafetyNet %1").arg(QStringLiteral(SN_VERSION)));
        writer.setTitle(document.title());
        if (document.archival())
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QPageLayout layout = document.pageLayout();
        layout.setMinimumMargins(QMarginsF());
        layout.setMargins(QMarginsF());
        writer.setPageLayout(layout);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::io(tr("Cannot start the PDF."));
        const QRectF target(0, 0, writer.width(), writer.height());
        for (int i = 0; i < document.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            document.paintPage(painter, i, target);
        }
        if (!painter.end())
            return Error::io(tr("Cannot finish the PDF."));
    }
    TextRecorder::GlyphUse glyphs;
    const QString drawn = TextRecorder::textOf(document, &glyphs);
    return PdfTextLayer::correct(bytes, drawn, glyphs);
}

Status Rendering::writePdf(const Document &document, const QString &path, int resolution)
{
    const auto bytes = pdf(document, resolution);
    if (!bytes)
        return bytes.error();
    // QSaveFile: written under a temporary name, renamed over `path` only when committed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QImage Rendering::renderPage(const Document &document, int page, qreal dpi)
{
    const QSizeF size = document.pageSize();
    const QSize pixels(
        int(std::lround(size.width() / UnitsPerInch * dpi)), int(std::lround(size.height() / UnitsPerInch * dpi)));
    QImage image(pixels, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    document.paintPage(painter, page, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

} // namespace sn::doc
