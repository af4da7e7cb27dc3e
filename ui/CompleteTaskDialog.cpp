#include "CompleteTaskDialog.h"

#include "domain/Format.h"

#include "MessageBox.h"

#include "domain/Clock.h"
#include "domain/Tier.h"
#include "services/ReviewService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn {

CompleteTaskDialog::CompleteTaskDialog(ReviewService &service, const TaskRow &task, const QString &villageName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_task(task)
{
    setObjectName(QStringLiteral("completeTaskDialog"));
    setWindowTitle(tr("Record %1").arg(ReviewSchedule::display(task.task.type)));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("<b>%1</b> · %2 · %3 · due %4")
                                .arg(task.headName.toHtmlEscaped(), villageName.toHtmlEscaped(),
                                     TierRules::display(task.task.tier), format::date(task.task.due)),
                            this);
    what->setTextFormat(Qt::RichText);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setObjectName(QStringLiteral("completeDate"));
    m_date->setAccessibleName(tr("Date of the visit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::today());
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The day the visit or review took place. The next task is scheduled from this date."));
    form->addRow(tr("&Date:"), m_date);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("completeOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    for (TaskOutcome o : {TaskOutcome::NoChange, TaskOutcome::ChangeFound, TaskOutcome::Exit})
        m_outcome->addItem(ReviewSchedule::outcomeDisplay(o), int(o));
    m_outcome->setToolTip(tr("No change: nothing to record. Change found: the household form opens so the change is "
                             "recorded. Exit: the household leaves assistance (write why)."));
    form->addRow(tr("&Outcome:"), m_outcome);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("completeNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was seen: living conditions, income and spending"));
    m_notes->setMinimumHeight(80);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("completeHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompleteTaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CompleteTaskDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CompleteTaskDialog::updateHint);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CompleteTaskDialog::updateHint);
    updateHint();
    resize(460, sizeHint().height());
}

TaskOutcome CompleteTaskDialog::outcome() const
{
    return TaskOutcome(m_outcome->currentData().toInt());
}

void CompleteTaskDialog::updateHint()
{
    const bool exit = outcome() == TaskOutcome::Exit;
    const bool notesMissing = exit && m_notes->toPlainText().trimmed().isEmpty();
    switch (outcome()) {
    case TaskOutcome::ChangeFound:
        m_hint->setText(tr("After recording, the household form opens: enter what changed and save it."));
        break;
    case TaskOutcome::Exit:
        m_hint->setText(notesMissing ? tr("Write why the household leaves assistance.")
                                     : tr("The household will be marked as exited with these notes as the reason."));
        break;
    default:
        m_hint->clear();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!notesMissing);
}

void CompleteTaskDialog::accept()
{
    if (auto done = m_service.complete(m_task.task.id, m_date->date(), outcome(), m_notes->toPlainText()); !done) {
        MessageBox::warning(this, windowTitle(), done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sn
