#include "ReviewCalendarWidget.h"

#include "Icons.h"
#include "ReviewTaskModel.h"

#include "domain/Clock.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QTableView>
#include <QToolButton>

namespace sn {

ReviewCalendarWidget::ReviewCalendarWidget(QWidget *parent)
    : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("reviewCalendar"));
    setAccessibleName(tr("Review calendar"));
    setToolTip(tr("Open review tasks due each day, counted by tier: red, yellow, green and blue (dynamic monitoring). "
                  "Select a day to list its tasks."));
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setGridVisible(true);
    setFirstDayOfWeek(Qt::Monday);
    setMinimumSize(320, 280);
    // The cells carry numbers: let them grow with the page instead of keeping the default tiny grid.
    if (auto *view = findChild<QTableView *>()) {
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        // Row 0 holds the day names: as tall as its text, the weeks share the rest.
        view->verticalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
        view->verticalHeader()->resizeSection(0, view->fontMetrics().height() + 8);
    }
    orderNavigationForChinese();
    connect(this, &QCalendarWidget::currentPageChanged, this, &ReviewCalendarWidget::orderNavigationForChinese);
}

void ReviewCalendarWidget::orderNavigationForChinese()
{
    // Qt writes the month's name before the year ("十二月 2026"); Chinese writes 2026年12月.
    if (locale().language() != QLocale::Chinese)
        return;
    auto *month = findChild<QToolButton *>(QStringLiteral("qt_calendar_monthbutton"));
    auto *year = findChild<QToolButton *>(QStringLiteral("qt_calendar_yearbutton"));
    if (!month || !year)
        return;
    year->setText(QStringLiteral("%1年").arg(yearShown()));
    month->setText(QStringLiteral("%1月").arg(monthShown()));
    if (auto *bar = qobject_cast<QBoxLayout *>(month->parentWidget() ? month->parentWidget()->layout() : nullptr)) {
        const int monthAt = bar->indexOf(month);
        if (monthAt >= 0 && bar->indexOf(year) > monthAt) {
            bar->removeWidget(year);
            bar->insertWidget(monthAt, year);
        }
    }
}

QList<Tier> ReviewCalendarWidget::shownTiers()
{
    return { Tier::Red, Tier::Yellow, Tier::Green, Tier::Monitoring };
}

void ReviewCalendarWidget::setCounts(const QHash<QDate, QHash<Tier, int>> &counts)
{
    m_counts = counts;
    updateCells();
}

int ReviewCalendarWidget::totalOn(const QDate &date) const
{
    int total = 0;
    for (int n : m_counts.value(date))
        total += n;
    return total;
}

QString ReviewCalendarWidget::describe(const QDate &date) const
{
    const int total = totalOn(date);
    if (total == 0)
        return tr("No review task due");
    QStringList parts;
    const QHash<Tier, int> counts = m_counts.value(date);
    QList<Tier> tiers = shownTiers();
    tiers.append(Tier::None);
    for (Tier t : tiers) {
        if (counts.value(t) > 0)
            parts.append(tr("%1 %2").arg(QLocale().toString(counts.value(t)), TierRules::display(t)));
    }
    return tr("%n due: %1", nullptr, total).arg(parts.join(tr(", ")));
}

void ReviewCalendarWidget::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    painter->save();
    const bool selected = date == selectedDate();
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    const QPalette &pal = palette();
    QColor background = pal.color(QPalette::Base);
    if (selected)
        background = pal.color(QPalette::Highlight).lighter(170);
    else if (!inMonth)
        background = pal.color(QPalette::AlternateBase);
    painter->fillRect(rect, background);
    if (date == Clock::today()) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->drawRect(rect.adjusted(1, 1, -2, -2));
    }

    QFont dayFont = font();
    dayFont.setBold(date == Clock::today());
    painter->setFont(dayFont);
    painter->setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
    const QRect inner = rect.adjusted(4, 2, -4, -3);
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));

    // One pill per tier with tasks, bottom-aligned, wrapping when the cell is narrow.
    const QHash<Tier, int> counts = m_counts.value(date);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    small.setBold(true);
    painter->setFont(small);
    const QFontMetrics fm(small);
    const int pillHeight = fm.height() + 2;
    int x = inner.left();
    int y = inner.bottom() - pillHeight + 1;
    painter->setRenderHint(QPainter::Antialiasing);
    for (Tier t : shownTiers()) {
        const int n = counts.value(t);
        if (n <= 0)
            continue;
        const QString text = Icons::tierMark(t) + QString::number(n); // the shape tells the tier without colour
        const int width = std::max(pillHeight, fm.horizontalAdvance(text) + 8);
        if (x + width > inner.right() + 1 && x > inner.left()) {
            x = inner.left();
            y -= pillHeight + 2;
        }
        const QRect pill(x, y, width, pillHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(inMonth ? ReviewTaskModel::tierColor(t) : ReviewTaskModel::tierColor(t).lighter(140));
        painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        x += width + 3;
    }
    painter->restore();
}

} // namespace sn
