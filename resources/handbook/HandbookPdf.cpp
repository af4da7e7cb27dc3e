// sn_handbook_pdf HANDBOOK.qhp OUT.pdf
//
// The handbook's pages as one PDF, in the order of the Qt Help project's table of contents, each chapter on a
// new page. The pages are laid out by QTextDocument (the same HTML and stylesheet the help window shows) and
// written through sn::doc::Rendering, so the PDF gets the documents' corrected text layer: pdftotext and a
// viewer's search read the Chinese characters that were printed.
#include "services/documents/Document.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QTextDocument>
#include <QUrl>
#include <QXmlStreamReader>
#include <cstdio>

namespace {

using namespace sn::doc;

constexpr qreal MarginMm = 20.0;

// The pages (without anchors) of the table of contents, in reading order, each once.
QStringList pagesInOrder(const QString &qhpPath, QString *error)
{
    QFile file(qhpPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(qhpPath, file.errorString());
        return {};
    }
    QStringList pages;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("section")) {
            const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
            const QString page = ref.section(QLatin1Char('#'), 0, 0);
            if (!page.isEmpty() && !pages.contains(page))
                pages.append(page);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 (line %3)").arg(qhpPath, xml.errorString()).arg(xml.lineNumber());
    return pages;
}

// The body of every page, one after the other; every chapter after the first starts a new sheet.
QString bookHtml(const QString &folder, const QStringList &pages, QString *error)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    QString html;
    for (const QString &page : pages) {
        QFile file(folder + QLatin1Char('/') + page);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        const QRegularExpressionMatch match = body.match(QString::fromUtf8(file.readAll()));
        if (!match.hasMatch()) {
            *error = QStringLiteral("%1 has no <body>").arg(file.fileName());
            return {};
        }
        QString chapter = match.captured(1);
        if (!html.isEmpty())
            chapter.replace(QStringLiteral("<h1>"), QStringLiteral("<h1 style=\"page-break-before: always\">"));
        html += chapter;
    }
    return html;
}

// A4 sheets with the handbook laid out inside the margins, a page number at the foot.
class HandbookDocument : public Document
{
public:
    HandbookDocument(const QString &html, const QString &css, const QUrl &base)
        : m_dpi(QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->logicalDotsPerInchY() : 96.0)
    {
        m_text.setMetaInformation(QTextDocument::DocumentUrl, base.toString());
        m_text.setBaseUrl(base);
        // Simplified Chinese glyphs wherever the stylesheet names no font (fontconfig would pick Noto CJK JP).
        m_text.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 11));
        m_text.setDefaultStyleSheet(css);
        m_text.setDocumentMargin(0);
        m_text.setHtml(html);
        // QTextDocument lays out in screen pixels (its fonts follow the screen's dpi); one pixel is this many units.
        const QSizeF content = QSizeF(210.0 - 2 * MarginMm, 297.0 - 2 * MarginMm - 8.0) * UnitsPerMm;
        m_text.setPageSize(content / unitsPerPixel());
    }

    QPageLayout pageLayout() const override
    {
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    }
    int pageCount() const override { return m_text.pageCount(); }
    QString title() const override { return QStringLiteral("安全网用户手册"); }

protected:
    void paint(QPainter &painter, int page) const override
    {
        const QSizeF sheet = m_text.pageSize();
        painter.save();
        painter.translate(mm(MarginMm), mm(MarginMm));
        painter.scale(unitsPerPixel(), unitsPerPixel());
        painter.translate(0, -page * sheet.height());
        m_text.drawContents(&painter, QRectF(QPointF(0, page * sheet.height()), sheet));
        painter.restore();

        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(int(pt(9)));
        painter.setFont(font);
        const QRectF foot(mm(MarginMm), mm(297.0 - MarginMm), mm(210.0 - 2 * MarginMm), mm(8.0));
        painter.drawText(foot, Qt::AlignCenter, QStringLiteral("%1 / %2").arg(page + 1).arg(pageCount()));
    }

private:
    qreal unitsPerPixel() const { return UnitsPerInch / m_dpi; }

    qreal m_dpi;
    mutable QTextDocument m_text; // drawContents is not const
};

int fail(const QString &message)
{
    std::fprintf(stderr, "sn_handbook_pdf: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: sn_handbook_pdf HANDBOOK.qhp OUT.pdf"));
    const QString folder = QFileInfo(args.at(1)).absolutePath();
    QString error;
    const QStringList pages = pagesInOrder(args.at(1), &error);
    if (!error.isEmpty() || pages.isEmpty())
        return fail(error.isEmpty() ? QStringLiteral("no pages in %1").arg(args.at(1)) : error);
    const QString html = bookHtml(folder, pages, &error);
    if (!error.isEmpty())
        return fail(error);
    QFile css(folder + QStringLiteral("/handbook.css"));
    if (!css.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(css.fileName()));
    const HandbookDocument document(
        html, QString::fromUtf8(css.readAll()), QUrl::fromLocalFile(folder + QLatin1Char('/')));
    if (const sn::Status written = Rendering::writePdf(document, args.at(2), 300); !written)
        return fail(written.error().message);
    std::printf("sn_handbook_pdf: %d pages from %lld chapters\n", document.pageCount(), qlonglong(pages.size()));
    return 0;
}
