#pragma once

#include <QTextBrowser>

class QHelpEngineCore;

namespace sn {

// Shows the handbook's pages from the compressed help file (qthelp:// links, images and stylesheet included),
// through the help engine rather than from files on disk. Links outside the handbook open in the desktop's
// browser.
class HandbookBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    HandbookBrowser(QHelpEngineCore &engine, QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

private:
    QHelpEngineCore &m_engine;
};

} // namespace sn
