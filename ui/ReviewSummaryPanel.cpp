#include "ReviewSummaryPanel.h"

#include "AppServices.h"
#include "Icons.h"
#include "ReviewTaskModel.h"

#include "domain/Clock.h"
#include "services/ReviewService.h"
#include "services/Statistics.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn {

namespace {

QString percent(const CompletionRate &r)
{
    return QCoreApplication::translate("sn::ReviewSummaryPanel", "%1% (%2 of %3)")
        .arg(QLocale().toString(r.rate() * 100.0, 'f', 0), QLocale().toString(r.done), QLocale().toString(r.due));
}

} // namespace

ReviewSummaryPanel::ReviewSummaryPanel(AppServices &services, RegionTree regions, QWidget *parent)
    : QGroupBox(tr("Reviews (三色管理)"), parent)
    , m_services(services)
    , m_regions(std::move(regions))
{
    setObjectName(QStringLiteral("reviewSummary"));
    auto *layout = new QVBoxLayout(this);
    m_week = new QLabel(this);
    m_week->setObjectName(QStringLiteral("reviewDueThisWeek"));
    m_completion = new QLabel(this);
    m_completion->setObjectName(QStringLiteral("reviewCompletion"));
    m_completion->setWordWrap(true);
    m_completion->setToolTip(
        tr("Tasks done in the period out of those done plus those still open that fell due in it"));
    m_tiers = new QLabel(this);
    m_tiers->setObjectName(QStringLiteral("reviewTiers"));
    m_tiers->setWordWrap(true);
    m_tiers->setTextFormat(Qt::RichText);
    m_overdue = new QTableWidget(this);
    m_overdue->setObjectName(QStringLiteral("reviewOverdueByTownship"));
    m_overdue->setAccessibleName(tr("Overdue review tasks by township"));
    m_overdue->setColumnCount(2);
    m_overdue->setHorizontalHeaderLabels({ tr("Township"), tr("Overdue") });
    m_overdue->verticalHeader()->hide();
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_overdue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_overdue->setMaximumHeight(150);
    auto *open = new QPushButton(tr("Open the review &calendar"), this);
    open->setObjectName(QStringLiteral("reviewOpenCalendar"));
    connect(open, &QPushButton::clicked, this, &ReviewSummaryPanel::calendarRequested);
    layout->addWidget(m_week);
    layout->addWidget(m_completion);
    layout->addWidget(m_tiers);
    layout->addWidget(m_overdue);
    layout->addWidget(open, 0, Qt::AlignLeft);
}

void ReviewSummaryPanel::refresh()
{
    ReviewService &service = m_services.reviews();
    const QDate today = Clock::today();

    int week = 0;
    if (auto counts = service.dueCounts(today, today.addDays(6), {}, {})) {
        for (const QHash<Tier, int> &day : counts.value()) {
            for (int n : day)
                week += n;
        }
        m_week->setText(tr("Due in the next 7 days: %1").arg(QLocale().toString(week)));
    } else {
        m_week->setText(counts.error().message);
    }

    const QDate monthStart(today.year(), today.month(), 1);
    const QDate halfStart(today.year(), today.month() <= 6 ? 1 : 7, 1);
    auto month = service.completion(monthStart, monthStart.addMonths(1).addDays(-1));
    auto half = service.completion(halfStart, halfStart.addMonths(6).addDays(-1));
    if (month && half)
        m_completion->setText(tr("Completed this month: %1\nCompleted this half-year: %2")
                                  .arg(percent(month.value()), percent(half.value())));
    else
        m_completion->setText(month ? half.error().message : month.error().message);

    if (auto stats = m_services.statistics()) {
        const QJsonObject tiers = stats->value(QStringLiteral("tiers")).toObject();
        QStringList parts;
        for (Tier t : { Tier::Red, Tier::Yellow, Tier::Green, Tier::Monitoring }) {
            parts.append(QStringLiteral("<span style='color:%1'>%2</span> %3 %4")
                             .arg(ReviewTaskModel::tierColor(t).name(), Icons::tierMark(t),
                                 TierRules::display(t).toHtmlEscaped(),
                                 QLocale().toString(tiers.value(TierRules::code(t)).toInteger())));
        }
        m_tiers->setText(tr("Active households by tier: %1").arg(parts.join(QStringLiteral("&nbsp; "))));
    } else {
        m_tiers->setText(stats.error().message.toHtmlEscaped());
    }

    QMap<QString, int> byTownship;
    if (auto overdue = service.overdueByTownship())
        byTownship = overdue.value();
    m_overdue->setRowCount(0);
    for (auto it = byTownship.cbegin(); it != byTownship.cend(); ++it) {
        const int row = m_overdue->rowCount();
        m_overdue->insertRow(row);
        const Region *t = m_regions.find(it.key());
        m_overdue->setItem(row, 0, new QTableWidgetItem(t ? t->name : it.key()));
        auto *n = new QTableWidgetItem(QLocale().toString(it.value()));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        n->setForeground(QColor(Qt::darkRed));
        m_overdue->setItem(row, 1, n);
    }
    if (byTownship.isEmpty()) {
        m_overdue->insertRow(0);
        m_overdue->setItem(0, 0, new QTableWidgetItem(tr("No overdue task")));
    }
    m_overdue->resizeRowsToContents();
}

} // namespace sn
