#include "ApplicationSettingsPage.h"

#include "DateLineEdit.h"
#include "MessageBox.h"

#include "domain/Format.h"
#include "services/ApplicationService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sn {

namespace {

constexpr Assistance Assistances[] = { Assistance::Dibao, Assistance::Tekun, Assistance::Temporary };
constexpr int StepRole = Qt::UserRole + 1; // -1: the whole 审核确认
constexpr int MaxDays = 90;

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ApplicationSettingsPage::ApplicationSettingsPage(ApplicationService &service, Session session, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("applicationSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addWidget(buildLimits(), 3);
    layout->addWidget(buildCalendar(), 2);
    load();
}

bool ApplicationSettingsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in a limit's editor commits it (the delegate does that); left alone the key goes on up to the dialog
    // and presses OK with the rest of the page half-entered.
    if (watched == m_limits && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ApplicationSettingsPage::isEditable() const
{
    return m_session.can(Permission::EditStandards);
}

QWidget *ApplicationSettingsPage::buildLimits()
{
    auto *box = new QGroupBox(tr("Time limits of the application steps"), this);
    auto *layout = new QVBoxLayout(box);
    m_limits = new QTableWidget(0, LimitColumnCount, box);
    m_limits->setObjectName(QStringLiteral("limitsTable"));
    m_limits->setAccessibleName(tr("Time limits of the application steps"));
    m_limits->setHorizontalHeaderLabels({ tr("Assistance"), tr("Step"), tr("Days"), tr("Counted in"), tr("Source") });
    m_limits->verticalHeader()->hide();
    // Digits typed over a limit replace it, as in a spreadsheet.
    m_limits->setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_limits->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_limits->horizontalHeader()->setStretchLastSection(true);
    m_limits->installEventFilter(this); // Enter commits a limit, it does not press the dialog's OK
    m_limits->setToolTip(tr("Type the number of days over a limit to change it (0 to %1).").arg(MaxDays));
    m_evaluation = new QCheckBox(tr("The district holds 民主评议 (democratic &evaluation) for 低保 and 特困"), box);
    m_evaluation->setObjectName(QStringLiteral("democraticEvaluation"));
    layout->addWidget(m_limits, 1);
    layout->addWidget(m_evaluation);
    return box;
}

QWidget *ApplicationSettingsPage::buildCalendar()
{
    auto *box = new QGroupBox(tr("Holiday calendar"), this);
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("Working days are Monday to Friday, less the holidays listed here, plus the make-up "
                               "working days (调休上班). Enter each year's days as the State Council announces them."),
        box);
    hint->setWordWrap(true);
    m_days = new QTableWidget(0, DayColumnCount, box);
    m_days->setObjectName(QStringLiteral("calendarTable"));
    m_days->setAccessibleName(tr("Holidays and make-up working days"));
    m_days->setHorizontalHeaderLabels({ tr("Date"), tr("Kind"), tr("Name") });
    m_days->verticalHeader()->hide();
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_days->horizontalHeader()->setStretchLastSection(true);

    m_date = new DateLineEdit(box);
    m_date->setObjectName(QStringLiteral("calendarDate"));
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("calendarKind"));
    m_kind->addItem(tr("Holiday"), false);
    m_kind->addItem(tr("Make-up working day"), true);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("calendarName"));
    m_name->setPlaceholderText(tr("国庆节, 春节调休"));
    m_name->setMaxLength(30);
    m_add = new QPushButton(tr("A&dd day"), box);
    m_add->setObjectName(QStringLiteral("calendarAdd"));
    m_remove = new QPushButton(tr("Remo&ve day"), box);
    m_remove->setObjectName(QStringLiteral("calendarRemove"));
    auto *dateLabel = new QLabel(tr("Da&te"), box);
    dateLabel->setBuddy(m_date);
    auto *kindLabel = new QLabel(tr("&Kind"), box);
    kindLabel->setBuddy(m_kind);
    auto *nameLabel = new QLabel(tr("Na&me"), box);
    nameLabel->setBuddy(m_name);
    auto *entry = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { dateLabel, m_date, kindLabel, m_kind, nameLabel, m_name })
        entry->addWidget(w);
    entry->addWidget(m_add);
    entry->addWidget(m_remove);
    layout->addWidget(hint);
    layout->addWidget(m_days, 1);
    layout->addLayout(entry);

    connect(m_add, &QPushButton::clicked, this, &ApplicationSettingsPage::addDay);
    connect(m_name, &QLineEdit::returnPressed, this, &ApplicationSettingsPage::addDay);
    connect(m_remove, &QPushButton::clicked, this, &ApplicationSettingsPage::removeDay);
    return box;
}

void ApplicationSettingsPage::load()
{
    const bool editable = isEditable();
    m_note->setText(editable ? tr("Changes are saved with OK and reach every station with the next sync.")
                             : tr("Only the district bureau changes these; they are shown here to read."));
    m_limits->setRowCount(0);
    for (Assistance a : Assistances) {
        QList<std::optional<ApplicationStep>> steps;
        for (ApplicationStep s : ApplicationRules::sequence(a, true)) {
            if (s != ApplicationStep::Enrolled && ApplicationRules::defaultLimit(a, s).days > 0)
                steps << s;
        }
        steps << std::nullopt;
        for (const std::optional<ApplicationStep> &s : steps) {
            const StepLimit l = s ? m_service.limit(a, *s) : m_service.overallLimit(a);
            const int row = m_limits->rowCount();
            m_limits->insertRow(row);
            auto *assistance = readOnlyItem(ApplicationRules::display(a));
            assistance->setData(Qt::UserRole, int(a));
            assistance->setData(StepRole, s ? int(*s) : -1);
            m_limits->setItem(row, AssistanceColumn, assistance);
            m_limits->setItem(
                row, StepColumn, readOnlyItem(s ? ApplicationRules::display(*s) : tr("The whole 审核确认")));
            auto *days = new QTableWidgetItem;
            days->setData(Qt::EditRole, QString::number(l.days)); // a line editor: typed over, committed on leaving
            days->setData(Qt::UserRole, l.days);
            if (!editable)
                days->setFlags(days->flags() & ~Qt::ItemIsEditable);
            m_limits->setItem(row, DaysColumn, days);
            m_limits->setItem(row, UnitColumn, readOnlyItem(l.calendarDays ? tr("calendar days") : tr("working days")));
            m_limits->setItem(row, SourceColumn, readOnlyItem(l.source));
        }
    }
    m_loadedEvaluation = m_service.democraticEvaluation();
    m_evaluation->setChecked(m_loadedEvaluation);
    auto days = m_service.calendarDays();
    m_loadedDays = days ? days.value() : QList<CalendarDay>();
    m_shownDays = m_loadedDays;
    showDays();
    for (QWidget *w : std::initializer_list<QWidget *> { m_evaluation, m_date, m_kind, m_name, m_add, m_remove })
        w->setEnabled(editable);
}

void ApplicationSettingsPage::showDays()
{
    std::sort(m_shownDays.begin(), m_shownDays.end(),
        [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    m_days->setRowCount(int(m_shownDays.size()));
    for (int row = 0; row < m_shownDays.size(); ++row) {
        const CalendarDay &d = m_shownDays.at(row);
        m_days->setItem(row, DateColumn, readOnlyItem(format::date(d.date)));
        m_days->setItem(row, KindColumn, readOnlyItem(d.working ? tr("Make-up working day") : tr("Holiday")));
        m_days->setItem(row, NameColumn, readOnlyItem(d.name));
    }
}

void ApplicationSettingsPage::addDay()
{
    const QDate date = m_date->date();
    if (!date.isValid()) {
        MessageBox::warning(this, tr("Holiday calendar"), tr("Type the date first, e.g. 2027-10-01."));
        m_date->setFocus();
        return;
    }
    const CalendarDay day { date, m_kind->currentData().toBool(), m_name->text().trimmed() };
    auto same = std::find_if(
        m_shownDays.begin(), m_shownDays.end(), [&date](const CalendarDay &d) { return d.date == date; });
    if (same != m_shownDays.end())
        *same = day; // a day is a holiday or a working day, not both
    else
        m_shownDays << day;
    showDays();
    m_date->clear();
    m_name->clear();
    m_date->setFocus();
}

void ApplicationSettingsPage::removeDay()
{
    const int row = m_days->currentRow();
    if (row < 0 || row >= m_shownDays.size())
        return;
    m_shownDays.removeAt(row);
    showDays();
}

bool ApplicationSettingsPage::save()
{
    if (!isEditable())
        return true;
    // A limit still in its editor (typed, then Enter, which also presses OK) is committed first: the editor commits
    // when it loses the focus, and the delegate's own commit on Enter comes only after this.
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != m_limits && m_limits->isAncestorOf(focus))
        m_limits->setFocus();
    ApplicationSettingsChange change;
    for (int row = 0; row < m_limits->rowCount(); ++row) {
        const QTableWidgetItem *days = m_limits->item(row, DaysColumn);
        bool ok = false;
        const int value = days->data(Qt::EditRole).toString().toInt(&ok);
        if (!ok || value < 0 || value > MaxDays) {
            MessageBox::warning(this, tr("Time limits"),
                tr("%1, %2: the time limit is 0 to %3 days.")
                    .arg(m_limits->item(row, AssistanceColumn)->text(), m_limits->item(row, StepColumn)->text())
                    .arg(MaxDays));
            m_limits->setCurrentCell(row, DaysColumn);
            return false;
        }
        if (value == days->data(Qt::UserRole).toInt())
            continue;
        const QTableWidgetItem *key = m_limits->item(row, AssistanceColumn);
        const int step = key->data(StepRole).toInt();
        change.limits << ApplicationSettingsChange::Limit { Assistance(key->data(Qt::UserRole).toInt()),
            step < 0 ? std::nullopt : std::optional<ApplicationStep>(ApplicationStep(step)), value };
    }
    if (m_evaluation->isChecked() != m_loadedEvaluation)
        change.democraticEvaluation = m_evaluation->isChecked();
    for (const CalendarDay &d : std::as_const(m_loadedDays)) {
        if (std::none_of(
                m_shownDays.begin(), m_shownDays.end(), [&d](const CalendarDay &s) { return s.date == d.date; }))
            change.removedDays << d.date;
    }
    for (const CalendarDay &d : std::as_const(m_shownDays)) {
        const auto was = std::find_if(
            m_loadedDays.begin(), m_loadedDays.end(), [&d](const CalendarDay &l) { return l.date == d.date; });
        if (was == m_loadedDays.end() || was->working != d.working || was->name != d.name)
            change.calendarDays << d;
    }
    if (change.isEmpty())
        return true;
    if (auto saved = m_service.saveSettings(change); !saved) {
        MessageBox::warning(this, tr("Applications"), saved.error().message);
        return false;
    }
    load();
    return true;
}

} // namespace sn
