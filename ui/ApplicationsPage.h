#pragma once

#include "TodoItem.h"

#include "domain/Region.h"
#include "domain/Role.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sn {

class ApplicationService;
struct ApplicationRow;

// Applications from acceptance to the written decision (issue 22): the open applications with their step,
// deadline and working days left (overdue ones first and marked), the selected one's steps so far, and the
// next step taken with its date, note and (at the decision) outcome, amount and reasons. The service decides
// what is allowed; the page shows its answer.
class ApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    ApplicationsPage(
        ApplicationService &service, const Session &session, RegionTree regions, QWidget *parent = nullptr);

    void refresh();
    bool selectApplication(const QString &id);
    // The workbench's "Today": applications past a step's deadline or the overall limit.
    static TodoSource todoSource(ApplicationService &service, std::function<void()> open);

    QTableWidget *table() const { return m_table; }
    QCheckBox *overdueOnlyBox() const { return m_overdueOnly; }
    QComboBox *nextStep() const { return m_nextStep; }
    QDateEdit *date() const { return m_date; }
    QLineEdit *note() const { return m_note; }
    QComboBox *outcome() const { return m_outcome; }
    QLineEdit *amount() const { return m_amount; }
    QLineEdit *reason() const { return m_reason; }
    QPushButton *advanceButton() const { return m_advance; }
    QListWidget *history() const { return m_history; }
    QLabel *summary() const { return m_summary; }

private:
    QWidget *buildDetail();
    QString currentId() const;
    void showCurrent();
    void updateDecisionFields();
    void advance();
    void fillRow(int row, const ApplicationRow &r);

    ApplicationService &m_service;
    Session m_session;
    RegionTree m_regions;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_total = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_history = nullptr;
    QComboBox *m_nextStep = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_advance = nullptr;
};

} // namespace sn
