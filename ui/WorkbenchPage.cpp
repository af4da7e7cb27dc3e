#include "WorkbenchPage.h"

#include "services/Statistics.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sn {

WorkbenchPage::WorkbenchPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    layout->addStretch();
    refresh();
}

void WorkbenchPage::refresh()
{
    auto stats = Statistics::collect(m_db, m_session);
    if (!stats) {
        m_summary->setText(stats.error().message);
        return;
    }
    m_summary->setText(tr("%1 households, %2 members").arg(stats->value(QStringLiteral("households")).toInteger())
                           .arg(stats->value(QStringLiteral("members")).toInteger()));
}

} // namespace sn
