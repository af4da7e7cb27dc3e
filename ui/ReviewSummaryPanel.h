#pragma once

#include "domain/Region.h"
#include "domain/Role.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace sn {

class AppServices;

// The workbench's view of 三色管理: tasks due this week, overdue tasks by township, the completion rate of
// the month and the half-year, and active households per tier.
class ReviewSummaryPanel : public QGroupBox
{
    Q_OBJECT
public:
    ReviewSummaryPanel(AppServices &services, RegionTree regions, QWidget *parent = nullptr);

    void refresh();

    QLabel *dueThisWeek() const { return m_week; }
    QLabel *completionLabel() const { return m_completion; }
    QLabel *tiersLabel() const { return m_tiers; }
    QTableWidget *overdueTable() const { return m_overdue; }

signals:
    void calendarRequested();

private:
    AppServices &m_services;
    RegionTree m_regions;
    QLabel *m_week = nullptr;
    QLabel *m_completion = nullptr;
    QLabel *m_tiers = nullptr;
    QTableWidget *m_overdue = nullptr;
};

} // namespace sn
