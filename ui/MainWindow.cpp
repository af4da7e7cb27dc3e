#include "MainWindow.h"

#include "WorkbenchPage.h"

#include "database/Database.h"
#include "services/StationService.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace sn {

MainWindow::MainWindow(Database &db, Session session, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_session(std::move(session))
{
    setWindowTitle(tr("SafetyNet"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setFixedWidth(170);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_workbench = new WorkbenchPage(db, m_session, this);
    addPage(m_workbench, tr("Workbench"), QIcon());
    buildStatusBar();
    resize(1200, 780);
}

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    m_pages->addWidget(page);
    m_nav->addItem(new QListWidgetItem(icon, title));
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_nav->setCurrentRow(index);
}

void MainWindow::buildStatusBar()
{
    const StationInfo info = StationService::info(m_db);
    auto *who = new QLabel(tr("%1 (%2)").arg(m_session.userName, Roles::display(m_session.role)), this);
    auto *where = new QLabel(tr("Station: %1 %2").arg(info.stationName, info.townshipName.isEmpty() ? info.districtName : info.townshipName), this);
    auto *file = new QLabel(tr("Database: %1").arg(QFileInfo(m_db.path()).fileName()), this);
    file->setToolTip(m_db.path());
    statusBar()->addWidget(who);
    statusBar()->addWidget(where);
    statusBar()->addPermanentWidget(file);
}

} // namespace sn
