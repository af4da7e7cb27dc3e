#include "Document.h"

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

Status Rendering::writePdf(const Document &document, const QString &path, int resolution)
{
    if (document.pageCount() == 0)
        return Error::invalid(tr("The document has no pages."));
    // QSaveFile: written under a temporary name, renamed over `path` only when committed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setCreator(QStringLiteral("SafetyNet %1").arg(QStringLiteral(SN_VERSION)));
        writer.setTitle(document.title());
        QPageLayout layout = document.pageLayout();
        layout.setMinimumMargins(QMarginsF());
        layout.setMargins(QMarginsF());
        writer.setPageLayout(layout);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::io(tr("Cannot start the PDF %1.").arg(QDir::toNativeSeparators(path)));
        const QRectF target(0, 0, writer.width(), writer.height());
        for (int i = 0; i < document.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            document.paintPage(painter, i, target);
        }
        if (!painter.end())
            return Error::io(tr("Cannot finish the PDF %1.").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QImage Rendering::renderPage(const Document &document, int page, qreal dpi)
{
    const QSizeF size = document.pageSize();
    const QSize pixels(int(std::lround(size.width() / UnitsPerInch * dpi)), int(std::lround(size.height() / UnitsPerInch * dpi)));
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
