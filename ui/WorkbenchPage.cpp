#include "WorkbenchPage.h"

#include "Icons.h"
#include "domain/Format.h"

#include "AppServices.h"
#include "domain/Category.h"
#include "domain/Clock.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace sn {

namespace {

// The categories worth a column: every real category, and "none" only when some active household has it.
QList<Category> shownCategories(const QJsonObject &stats)
{
    QList<Category> list;
    const QJsonObject totals = stats.value(QStringLiteral("by_category")).toObject();
    for (Category c : CategoryNames::all()) {
        if (c != Category::None || totals.value(CategoryNames::code(c)).toInteger() > 0)
            list.append(c);
    }
    return list;
}

QTableWidgetItem *numberItem(qint64 n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

WorkbenchPage::WorkbenchPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("workbenchSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *refreshButton = new QPushButton(Icons::get(Icons::Name::Refresh), tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("workbenchRefresh"));
    refreshButton->setToolTip(tr("Count again from the database"));
    connect(refreshButton, &QPushButton::clicked, this, &WorkbenchPage::refresh);
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton);
    layout->addLayout(top);

    auto *body = new QHBoxLayout;
    auto *counts = new QVBoxLayout;
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("workbenchCounts"));
    m_table->setAccessibleName(tr("Active households by township and category"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("workbenchChart"));
    m_chartView->setAccessibleName(tr("Chart of active households by township and category"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    counts->addWidget(m_table);
    counts->addWidget(m_chartView, 1);

    auto *today = new QGroupBox(tr("Today"), this);
    auto *todayLayout = new QVBoxLayout(today);
    m_todo = new QListWidget(today);
    m_todo->setObjectName(QStringLiteral("todoList"));
    m_todo->setAccessibleName(tr("Due today"));
    m_todo->setWordWrap(true);
    todayLayout->addWidget(m_todo);
    connect(m_todo, &QListWidget::itemActivated, this, &WorkbenchPage::openTodo);

    body->addLayout(counts, 3);
    m_side = new QVBoxLayout;
    m_side->addWidget(today, 1);
    body->addLayout(m_side, 1);
    layout->addLayout(body, 1);
    setTabOrder(refreshButton, m_table);
    setTabOrder(m_table, m_todo);
}

void WorkbenchPage::addTodoSource(TodoSource source)
{
    m_todoSources.append(std::move(source));
    if (isVisible())
        showTodo();
}

void WorkbenchPage::addPanel(QWidget *panel)
{
    panel->setParent(this);
    m_side->insertWidget(m_side->count() - 1, panel);
}

void WorkbenchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_counted) {
        refresh();
    } else {
        m_summary->setText(tr("Counting…"));
        m_countAfterPaint = true;
    }
}

void WorkbenchPage::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_countAfterPaint)
        return;
    m_countAfterPaint = false;
    // Queued: this frame reaches the screen first. Hidden again meanwhile: the next show counts.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_counted && isVisible())
                refresh();
        },
        Qt::QueuedConnection);
}

void WorkbenchPage::refresh()
{
    m_counted = true;
    m_countAfterPaint = false;
    auto stats = m_services.statistics();
    if (!stats) {
        m_summary->setText(tr("The counts could not be read: %1").arg(stats.error().message));
        m_table->setRowCount(0);
        m_chartView->chart()->removeAllSeries();
    } else {
        const QJsonObject &s = stats.value();
        m_summary->setText(tr("%1 households (%2 active, %3 exited), %4 members")
                               .arg(QLocale().toString(s.value(QStringLiteral("households")).toInteger()),
                                   QLocale().toString(s.value(QStringLiteral("active")).toInteger()),
                                   QLocale().toString(s.value(QStringLiteral("exited")).toInteger()),
                                   QLocale().toString(s.value(QStringLiteral("members")).toInteger())));
        showCounts(s);
        showChart(s);
    }
    showTodo();
    emit refreshed();
}

void WorkbenchPage::showCounts(const QJsonObject &stats)
{
    // Categories down, townships across: township names are short in every language, category names are not.
    const QList<Category> categories = shownCategories(stats);
    const QJsonArray townships = stats.value(QStringLiteral("by_township")).toArray();
    QStringList headers { tr("Category") };
    for (const QJsonValue &t : townships)
        headers.append(t.toObject().value(QStringLiteral("name")).toString());
    headers.append(tr("Total"));
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setRowCount(int(categories.size()) + 1);

    const QJsonObject totals = stats.value(QStringLiteral("by_category")).toObject();
    QFont bold = m_table->font();
    bold.setBold(true);
    int row = 0;
    for (Category c : categories) {
        m_table->setItem(row, 0, new QTableWidgetItem(CategoryNames::display(c)));
        int column = 1;
        for (const QJsonValue &t : townships) {
            const QJsonObject byCategory = t.toObject().value(QStringLiteral("by_category")).toObject();
            m_table->setItem(row, column++, numberItem(byCategory.value(CategoryNames::code(c)).toInteger()));
        }
        auto *total = numberItem(totals.value(CategoryNames::code(c)).toInteger());
        total->setFont(bold);
        m_table->setItem(row, column, total);
        ++row;
    }
    auto *label = new QTableWidgetItem(tr("Active households"));
    label->setFont(bold);
    m_table->setItem(row, 0, label);
    int column = 1;
    for (const QJsonValue &t : townships) {
        auto *item = numberItem(t.toObject().value(QStringLiteral("households")).toInteger());
        item->setFont(bold);
        m_table->setItem(row, column++, item);
    }
    auto *all = numberItem(stats.value(QStringLiteral("active")).toInteger());
    all->setFont(bold);
    m_table->setItem(row, column, all);
    // As tall as its rows: a handful of categories, and the chart takes the rest.
    m_table->resizeRowsToContents();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + m_table->verticalHeader()->length()
        + 2 * m_table->frameWidth());
}

void WorkbenchPage::showChart(const QJsonObject &stats)
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // the chart gives up ownership: without the delete every refresh leaked two axes
        delete axis;
    }
    chart->setTitle(tr("Active households by township and category"));

    const QList<Category> categories = shownCategories(stats);
    const QJsonArray townships = stats.value(QStringLiteral("by_township")).toArray();
    auto *series = new QStackedBarSeries;
    QStringList names;
    for (const QJsonValue &value : townships)
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    qint64 highest = 0;
    for (const QJsonValue &value : townships)
        highest = std::max(highest, value.toObject().value(QStringLiteral("households")).toInteger());
    for (Category c : categories) {
        auto *set = new QBarSet(CategoryNames::display(c));
        for (const QJsonValue &value : townships)
            set->append(double(value.toObject()
                                   .value(QStringLiteral("by_category"))
                                   .toObject()
                                   .value(CategoryNames::code(c))
                                   .toInteger()));
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(names);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, double(std::max<qint64>(highest, 1)));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

void WorkbenchPage::showTodo()
{
    QList<TodoItem> items;
    for (const TodoSource &source : std::as_const(m_todoSources))
        items.append(source());
    std::stable_sort(items.begin(), items.end(), [](const TodoItem &a, const TodoItem &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    m_todo->clear();
    m_todoItems = items;
    if (items.isEmpty()) {
        auto *empty = new QListWidgetItem(tr("Nothing due today"), m_todo);
        empty->setFlags(Qt::NoItemFlags);
        return;
    }
    const QDate today = Clock::today();
    for (const TodoItem &t : std::as_const(items)) {
        QString text = t.text;
        if (t.due.isValid() && !t.allDay) { // an all-day item's text says when
            const QString when = t.due.date() == today ? QLocale().toString(t.due.time(), QLocale::ShortFormat)
                                                       : format::dateTime(t.due);
            text = tr("%1 — %2").arg(when, t.text);
        }
        auto *item = new QListWidgetItem(text, m_todo);
        if (t.due.isValid() && t.due < Clock::now())
            item->setForeground(QColor(Qt::darkRed)); // overdue
    }
}

void WorkbenchPage::openTodo(QListWidgetItem *item)
{
    const int row = item ? m_todo->row(item) : -1;
    if (row < 0 || row >= m_todoItems.size())
        return;
    const TodoItem &todo = m_todoItems.at(row);
    if (!todo.householdId.isEmpty())
        emit householdRequested(todo.householdId);
    else if (todo.activate)
        todo.activate();
}

} // namespace sn
