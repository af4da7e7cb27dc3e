#include "HandbookBrowser.h"

#include <QDesktopServices>
#include <QHelpEngineCore>

namespace sn {

HandbookBrowser::HandbookBrowser(QHelpEngineCore &engine, QWidget *parent)
    : QTextBrowser(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("handbookBrowser"));
    setOpenLinks(true);
    setOpenExternalLinks(false);
}

QVariant HandbookBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qthelp")) {
        const QByteArray data = m_engine.fileData(name);
        if (type == QTextDocument::HtmlResource || type == QTextDocument::StyleSheetResource)
            return QString::fromUtf8(data);
        return data;
    }
    return QTextBrowser::loadResource(type, name);
}

void HandbookBrowser::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    if (name.scheme() == QLatin1String("qthelp") || name.isRelative()) {
        QTextBrowser::doSetSource(name, type);
        return;
    }
    QDesktopServices::openUrl(name);
}

} // namespace sn
