#include "HouseholdProblemPanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sn {

HouseholdProblemPanel::HouseholdProblemPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_text(new QLabel(this))
{
    // A rich-text label rather than a list view: long problems (they name people and households) wrap
    // cleanly whatever the font, and its links are reachable from the keyboard.
    m_text->setObjectName(QStringLiteral("problems"));
    m_text->setAccessibleName(tr("Problems that block saving"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_text->setContentsMargins(4, 4, 4, 4);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);

    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        const int index = link.toInt();
        if (index >= 0 && index < m_problems.size())
            emit problemActivated(m_problems.at(index).field);
    });
    setProblems({});
}

void HouseholdProblemPanel::setProblems(const QList<HouseholdProblem> &problems)
{
    const bool same = problems.size() == m_problems.size()
        && std::equal(problems.begin(), problems.end(), m_problems.begin(),
                      [](const HouseholdProblem &a, const HouseholdProblem &b) {
                          return a.field == b.field && a.message == b.message;
                      });
    if (same && m_shown)
        return;
    m_shown = true;
    m_problems = problems;
    if (problems.isEmpty()) {
        setTitle(tr("Checks"));
        m_text->setText(QStringLiteral("<p style=\"color:#1b5e20\">%1</p>")
                            .arg(tr("No problems: the household can be saved.").toHtmlEscaped()));
        return;
    }
    setTitle(tr("Problems (%1): saving is blocked").arg(problems.size()));
    QString html;
    for (int i = 0; i < problems.size(); ++i) {
        html += QStringLiteral("<p style=\"margin-bottom:6px\"><span style=\"color:#b00020\">%1</span> <a href=\"%2\">%3</a></p>")
                    .arg(problems.at(i).message.toHtmlEscaped())
                    .arg(i)
                    .arg(tr("Go to").toHtmlEscaped());
    }
    m_text->setText(html);
}

} // namespace sn
