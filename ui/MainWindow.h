#pragma once

#include "domain/Role.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace sn {

class Database;
class WorkbenchPage;

// The desk: navigation on the left, one page at a time on the right, who/where in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, Session session, QWidget *parent = nullptr);

    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void showPage(QWidget *page);

private:
    void buildStatusBar();

    Database &m_db;
    Session m_session;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    WorkbenchPage *m_workbench = nullptr;
};

} // namespace sn
