#include "HandbookWindow.h"

#include "HandbookBrowser.h"
#include "ScreenFit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHelpContentModel>
#include <QHelpContentWidget>
#include <QHelpEngine>
#include <QHelpIndexModel>
#include <QHelpIndexWidget>
#include <QHelpLink>
#include <QHelpSearchEngine>
#include <QHelpSearchQueryWidget>
#include <QHelpSearchResultWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

const QString Namespace = QStringLiteral("io.github.safetynet.handbook");

// The help engine's own file (registered documentation, the search index beside it), which it must write.
QString collectionFile()
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/handbook");
    QDir().mkpath(folder);
    return folder + QStringLiteral("/safetynet-handbook.qhc");
}

} // namespace

HandbookWindow::HandbookWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_engine(new QHelpEngine(collectionFile(), this))
{
    setObjectName(QStringLiteral("handbookWindow"));
    setWindowTitle(tr("SafetyNet handbook"));
    m_engine->setReadOnly(false); // Qt Help opens collections read-only by default; this one is ours to fill
    m_engine->setUsesFilterEngine(true);
    if (!m_engine->setupData())
        m_problem = tr("The handbook cannot be opened: %1").arg(m_engine->error());
    else
        registerHandbook();

    m_browser = new HandbookBrowser(*m_engine, this);
    m_browser->setAccessibleName(tr("Handbook page"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("handbookTabs"));
    QHelpContentWidget *contents = m_engine->contentWidget();
    contents->setAccessibleName(tr("Handbook contents"));
    m_tabs->addTab(contents, tr("&Contents"));
    m_tabs->addTab(buildIndexTab(), tr("&Index"));
    m_tabs->addTab(buildSearchTab(), tr("&Search"));
    connect(contents, &QHelpContentWidget::linkActivated, m_browser,
        [this](const QUrl &url) { m_browser->setSource(url); });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HandbookWindow::followContents);
    connect(m_engine->contentModel(), &QHelpContentModel::contentsCreated, this,
        [this] { followContents(m_browser->source()); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resizeToScreen(this, QSize(1100, 760));
    connect(m_engine->searchEngine(), &QHelpSearchEngine::indexingStarted, this, [this] { m_searchReady = false; });
    connect(m_engine->searchEngine(), &QHelpSearchEngine::indexingFinished, this, [this] { m_searchReady = true; });
    if (m_problem.isEmpty())
        m_engine->searchEngine()->scheduleIndexDocumentation();
}

QString HandbookWindow::handbookFile()
{
    QStringList candidates;
    if (const QString chosen = qEnvironmentVariable("SAFETYNET_HANDBOOK"); !chosen.isEmpty())
        candidates.append(chosen);
    candidates.append(
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/safetynet/handbook/safetynet-handbook.qch"));
#ifdef SN_HANDBOOK_BUILD_QCH
    candidates.append(QStringLiteral(SN_HANDBOOK_BUILD_QCH));
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

QUrl HandbookWindow::pageUrl(const QString &page)
{
    return QUrl(QStringLiteral("qthelp://%1/handbook/%2").arg(Namespace, page));
}

void HandbookWindow::registerHandbook()
{
    const QString file = handbookFile();
    if (file.isEmpty()) {
        m_problem = tr("The handbook file (safetynet-handbook.qch) is not installed with SafetyNet.");
        return;
    }
    if (QHelpEngineCore::namespaceName(file) != Namespace) {
        m_problem = tr("The handbook file %1 is damaged.").arg(QDir::toNativeSeparators(file));
        return;
    }
    // Registered again only when the installed file changed (a new version): the search index stays valid.
    const QFileInfo info(file);
    const QString stamp
        = QStringLiteral("%1|%2|%3").arg(file).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    const QString stampKey = QStringLiteral("safetynet/handbookStamp");
    if (m_engine->customValue(stampKey).toString() != stamp
        || !m_engine->registeredDocumentations().contains(Namespace)) {
        for (const QString &registered : m_engine->registeredDocumentations())
            m_engine->unregisterDocumentation(registered);
        if (!m_engine->registerDocumentation(file)) {
            m_problem = tr("The handbook cannot be opened: %1").arg(m_engine->error());
            return;
        }
        m_engine->setCustomValue(stampKey, stamp);
    }
    m_engine->contentModel()->createContents(QString());
    m_engine->indexModel()->createIndex(QString());
}

QWidget *HandbookWindow::buildIndexTab()
{
    auto *tab = new QWidget(this);
    m_indexFilter = new QLineEdit(tab);
    m_indexFilter->setObjectName(QStringLiteral("handbookIndexFilter"));
    m_indexFilter->setAccessibleName(tr("Look for a term in the index"));
    m_indexFilter->setPlaceholderText(tr("Term to look for"));
    m_indexFilter->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Look for:"), tab);
    label->setBuddy(m_indexFilter);
    QHelpIndexWidget *index = m_engine->indexWidget();
    index->setAccessibleName(tr("Handbook index"));
    connect(
        m_indexFilter, &QLineEdit::textChanged, index, [index](const QString &text) { index->filterIndices(text); });
    connect(m_indexFilter, &QLineEdit::returnPressed, index, &QHelpIndexWidget::activateCurrentItem);
    connect(index, &QHelpIndexWidget::documentActivated, m_browser,
        [this](const QHelpLink &link, const QString &) { m_browser->setSource(link.url); });
    connect(index, &QHelpIndexWidget::documentsActivated, m_browser,
        [this](const QList<QHelpLink> &links, const QString &) {
            if (!links.isEmpty())
                m_browser->setSource(links.constFirst().url);
        });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(label);
    layout->addWidget(m_indexFilter);
    layout->addWidget(index);
    return tab;
}

QWidget *HandbookWindow::buildSearchTab()
{
    auto *tab = new QWidget(this);
    QHelpSearchEngine *search = m_engine->searchEngine();
    QHelpSearchQueryWidget *query = search->queryWidget();
    QHelpSearchResultWidget *results = search->resultWidget();
    query->setObjectName(QStringLiteral("handbookSearchQuery"));
    results->setObjectName(QStringLiteral("handbookSearchResults"));
    connect(query, &QHelpSearchQueryWidget::search, search, [search, query] { search->search(query->searchInput()); });
    connect(results, &QHelpSearchResultWidget::requestShowLink, m_browser,
        [this](const QUrl &url) { m_browser->setSource(url); });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(query);
    layout->addWidget(results, 1);
    return tab;
}

void HandbookWindow::showPage(const QString &page)
{
    m_browser->setSource(pageUrl(page));
    show();
    raise();
    activateWindow();
}

QUrl HandbookWindow::currentUrl() const
{
    return m_browser->source();
}

QString HandbookWindow::currentTitle() const
{
    return m_browser->documentTitle();
}

// The contents tree marks the page shown, and the window's title names it.
void HandbookWindow::followContents(const QUrl &url)
{
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("SafetyNet handbook") : tr("%1 — SafetyNet handbook").arg(title));
    QUrl page = url;
    page.setFragment(QString());
    QHelpContentWidget *contents = m_engine->contentWidget();
    const QModelIndex at = contents->indexOf(url).isValid() ? contents->indexOf(url) : contents->indexOf(page);
    if (at.isValid())
        contents->setCurrentIndex(at);
}

} // namespace sn
