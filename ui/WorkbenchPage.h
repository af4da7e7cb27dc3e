#pragma once

#include "TodoItem.h"

#include "domain/Role.h"

#include <QJsonObject>
#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableWidget;
class QVBoxLayout;

namespace sn {

class AppServices;

// The first page of the day: counts by township and category (a table and a stacked bar chart) and
// today's to-do list. Counts come from Statistics, scoped to the session's township by the service.
// The first time it is shown it paints before it counts (the counts of a district's 100000 households and
// their review tasks take about a tenth of a second): the desk appears at once and fills in, and a clerk who
// goes straight to the registry (Ctrl+F) does not wait for them. Later shows count before they paint.
class WorkbenchPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkbenchPage(AppServices &services, QWidget *parent = nullptr);

    // Sources of to-do items (deadlines of later features). Asked on every refresh.
    void addTodoSource(TodoSource source);
    // Panels of later features (reviews, leads), shown above "Today"; refreshed through refreshed().
    void addPanel(QWidget *panel);
    void refresh();

    QTableWidget *countsTable() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QListWidget *todoList() const { return m_todo; }

signals:
    void householdRequested(const QString &householdId);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showCounts(const QJsonObject &stats);
    void showChart(const QJsonObject &stats);
    void showTodo();
    void openTodo(QListWidgetItem *item);

    AppServices &m_services;
    QList<TodoSource> m_todoSources;
    QList<TodoItem> m_todoItems; // as listed, row by row
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QListWidget *m_todo = nullptr;
    QVBoxLayout *m_side = nullptr;
    bool m_counted = false;       // refresh() has run at least once
    bool m_countAfterPaint = false; // first shown, not counted yet: count once this frame is on screen
};

} // namespace sn
