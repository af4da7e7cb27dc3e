#pragma once

#include <QUrl>
#include <QWidget>

class QHelpEngine;
class QLineEdit;
class QTabWidget;

namespace sn {

class HandbookBrowser;

// The clerks' handbook (用户手册) inside the desk: its contents, index and full-text search beside the page,
// read from the compressed help file that resources/handbook builds (safetynet-handbook.qch) through Qt Help.
// The help engine keeps its collection and search index in the user's cache folder; the handbook file itself
// is installed read-only with the package.
class HandbookWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HandbookWindow(QWidget *parent = nullptr);

    // The handbook file: $SAFETYNET_HANDBOOK, else the installed one beside the program, else the one built in
    // this tree. Empty when none exists.
    static QString handbookFile();
    // The address of a handbook page ("intake.html", "print.html#cards") inside the help file.
    static QUrl pageUrl(const QString &page);

    // Empty when the handbook can be shown; otherwise why not, in words for a clerk.
    QString problem() const { return m_problem; }
    void showPage(const QString &page);
    QUrl currentUrl() const;
    QString currentTitle() const;
    // The full-text index is brought up to date in the background after the window opens.
    bool isSearchReady() const { return m_searchReady; }
    QHelpEngine &engine() const { return *m_engine; }
    HandbookBrowser *browser() const { return m_browser; }

private:
    void registerHandbook();
    QWidget *buildIndexTab();
    QWidget *buildSearchTab();
    void followContents(const QUrl &url);

    QHelpEngine *m_engine;
    HandbookBrowser *m_browser = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_indexFilter = nullptr;
    QString m_problem;
    bool m_searchReady = false;
};

} // namespace sn
