#pragma once

#include "domain/Tier.h"

#include <QCalendarWidget>
#include <QHash>

namespace sn {

// A month of review tasks: each day shows how many open tasks fall due, one coloured count per tier
// (red, yellow, green, monitoring blue). The counts come from ReviewService::dueCounts via setCounts().
class ReviewCalendarWidget : public QCalendarWidget
{
    Q_OBJECT
public:
    explicit ReviewCalendarWidget(QWidget *parent = nullptr);

    void setCounts(const QHash<QDate, QHash<Tier, int>> &counts);
    QHash<Tier, int> countsOn(const QDate &date) const { return m_counts.value(date); }
    int totalOn(const QDate &date) const;
    // "3 due: 1 red, 2 green" — the day's counts in words (the selected day's summary, and tooltips).
    QString describe(const QDate &date) const;

    static QList<Tier> shownTiers(); // red, yellow, green, monitoring

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;

private:
    void orderNavigationForChinese(); // 2026年12月, not 十二月 2026

    QHash<QDate, QHash<Tier, int>> m_counts;
};

} // namespace sn
