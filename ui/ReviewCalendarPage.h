#pragma once

#include "TodoItem.h"

#include "domain/Region.h"
#include "domain/Result.h"
#include "domain/Role.h"
#include "domain/TaskRow.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QMenu;

namespace sn {

namespace doc {
class Document;
} // namespace doc

class LazyRefresh;
class CompleteTaskDialog;
class FilterBar;
class ReviewCalendarWidget;
class ReviewService;
class ReviewTaskModel;

// 三色管理 at the window: a month of due review tasks coloured by tier, the selected day's tasks, the
// overdue list and the next seven days; recording a visit from any of them. Everything through
// ReviewService, which also narrows a township clerk to the township and a village worker to the village.
class ReviewCalendarPage : public QWidget
{
    Q_OBJECT
public:
    ReviewCalendarPage(ReviewService &service, const Session &session, RegionTree regions, QWidget *parent = nullptr);
    ~ReviewCalendarPage() override;

    void refresh();
    void saveSettings() const;

    // Export of the month's task list. CSV is built in; other formats (the task-list PDF of the documents
    // feature, xlsx of the spreadsheet feature) register here and appear in the Export menu.
    using MonthExporter = std::function<Status(const QList<TaskRow> &tasks, const QDate &month, const QString &path)>;
    void addMonthExporter(const QString &label, const QString &fileFilter, MonthExporter exporter);
    // Printing the month's task list (the documents feature registers how it is built): an entry in the same menu,
    // through DocumentPrinter like every Print button.
    using MonthDocument
        = std::function<Result<std::unique_ptr<doc::Document>>(const QList<TaskRow> &tasks, const QDate &month)>;
    void addMonthPrinter(const QString &label, MonthDocument build);
    Result<QList<TaskRow>> monthTasks() const; // every task due in the month shown, any status
    Status exportCsv(const QString &path) const;

    // The workbench's "Today": review tasks due today, and how many are overdue.
    static TodoSource todoSource(ReviewService &service, const RegionTree &regions);

    ReviewCalendarWidget *calendar() const { return m_calendar; }
    QComboBox *townshipFilter() const;
    QComboBox *villageFilter() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *dayView() const { return m_dayView; }
    QTableView *overdueView() const { return m_overdueView; }
    QTableView *weekView() const { return m_weekView; }
    ReviewTaskModel *dayModel() const { return m_dayModel; }
    ReviewTaskModel *overdueModel() const { return m_overdueModel; }
    ReviewTaskModel *weekModel() const { return m_weekModel; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *openButton() const { return m_open; }
    QLabel *daySummary() const { return m_daySummary; }

signals:
    // A visit or review was recorded for the household (the desk then says its tier and next review).
    void visitRecorded(const QString &householdId);
    void householdRequested(const QString &householdId);

private:
    QHBoxLayout *buildFilters(const Session &session);
    QLabel *buildLegend(QWidget *parent);
    QWidget *buildCalendarSide(QWidget *parent);
    QWidget *buildTaskSide(QWidget *parent, const Session &session);
    void connectSignals();
    QTableView *makeView(ReviewTaskModel *model, const QString &name, const QString &accessibleName);
    void loadCounts();
    void loadDay();
    void loadLists();
    QTableView *currentView() const;
    const TaskRow *currentTask() const;
    void updateButtons();
    void completeCurrent();
    void openCurrent();
    void exportCsvAsked();
    void showError(const Error &error);
    QString villageName(const QString &code) const;

    RegionTree m_regions;
    ReviewService &m_service;
    FilterBar *m_filters = nullptr;
    ReviewCalendarWidget *m_calendar = nullptr;
    QLabel *m_daySummary = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReviewTaskModel *m_dayModel = nullptr;
    ReviewTaskModel *m_overdueModel = nullptr;
    ReviewTaskModel *m_weekModel = nullptr;
    QTableView *m_dayView = nullptr;
    QTableView *m_overdueView = nullptr;
    QTableView *m_weekView = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_refresh = nullptr;
    QMenu *m_exportMenu = nullptr;
    LazyRefresh *m_lazy = nullptr; // loads the page when it is first shown
};

} // namespace sn
