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
    scroll->setFocusPolicy(Qt::NoFocus); // the label takes the focus (and its links the Tab key)
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);

    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        const int index = link.toInt();
        if (index >= 0 && index < m_problems.size())
            emit problemActivated(m_problems.at(index).field);
        else if (index >= m_problems.size() && index < m_problems.size() + m_warnings.size())
            emit problemActivated(m_warnings.at(index - m_problems.size()).field);
    });
    setProblems({});
}

namespace {

bool sameList(const QList<HouseholdProblem> &a, const QList<HouseholdProblem> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const auto &x, const auto &y) {
        return x.field == y.field && x.message == y.message;
    });
}

} // namespace

void HouseholdProblemPanel::setProblems(
    const QList<HouseholdProblem> &problems, const QList<HouseholdProblem> &warnings)
{
    if (sameList(problems, m_problems) && sameList(warnings, m_warnings) && m_shown)
        return;
    m_shown = true;
    m_problems = problems;
    m_warnings = warnings;
    if (problems.isEmpty() && warnings.isEmpty()) {
        setTitle(tr("Checks"));
        m_text->setText(QStringLiteral("<p style=\"color:#1b5e20\">%1</p>")
                            .arg(tr("No problems: the household can be saved.").toHtmlEscaped()));
        return;
    }
    setTitle(problems.isEmpty() ? tr("To check before saving (%1)").arg(warnings.size())
                                : tr("Problems (%1): saving is blocked").arg(problems.size()));
    QString html;
    const QList<HouseholdProblem> all = problems + warnings;
    for (int i = 0; i < all.size(); ++i) {
        const char *colour = i < problems.size() ? "#b00020" : "#a15c00";
        html += QStringLiteral(
            "<p style=\"margin-bottom:6px\"><span style=\"color:%1\">%2</span> <a href=\"%3\">%4</a></p>")
                    .arg(QLatin1String(colour), all.at(i).message.toHtmlEscaped())
                    .arg(i)
                    .arg(tr("Go to").toHtmlEscaped());
    }
    m_text->setText(html);
}

} // namespace sn
