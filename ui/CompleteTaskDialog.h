#pragma once

#include "domain/TaskRow.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace sn {

class ReviewService;

// Records a visit or review: the date (today by default), the outcome and notes. OK hands them to
// ReviewService::complete; a refusal is shown and the dialog stays open so nothing typed is lost.
class CompleteTaskDialog : public QDialog
{
    Q_OBJECT
public:
    CompleteTaskDialog(
        ReviewService &service, const TaskRow &task, const QString &villageName, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    TaskOutcome outcome() const;
    const TaskRow &task() const { return m_task; }

    void accept() override;

private:
    void updateHint();

    ReviewService &m_service;
    TaskRow m_task;
    QDateEdit *m_date = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
