#pragma once

#include "domain/Role.h"
#include "domain/WorkingCalendar.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sn {

class ApplicationService;
class DateLineEdit;

// Settings › Applications: each step's time limit (the national default and where it comes from, or the district's
// own), whether 民主评议 is used, and the district's holiday calendar (official holidays and make-up working days,
// which differ each year). Everyone may read them; a role with Permission::EditStandards changes them, and the
// changes are saved together with the dialog's OK (ApplicationService::saveSettings).
class ApplicationSettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum LimitColumn { AssistanceColumn, StepColumn, DaysColumn, UnitColumn, SourceColumn, LimitColumnCount };
    enum DayColumn { DateColumn, KindColumn, NameColumn, DayColumnCount };

    ApplicationSettingsPage(ApplicationService &service, Session session, QWidget *parent = nullptr);

    void load();
    // Saves what changed; false (and the reason shown) when refused. Nothing to do for a reader.
    bool save();
    bool isEditable() const;

    QTableWidget *limitsTable() const { return m_limits; }
    QTableWidget *calendarTable() const { return m_days; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildLimits();
    QWidget *buildCalendar();
    void addDay();
    void removeDay();
    void showDays();

    ApplicationService &m_service;
    Session m_session;
    QTableWidget *m_limits = nullptr;
    QCheckBox *m_evaluation = nullptr;
    QTableWidget *m_days = nullptr;
    DateLineEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_note = nullptr;
    QList<CalendarDay> m_loadedDays;
    QList<CalendarDay> m_shownDays;
    bool m_loadedEvaluation = false;
};

} // namespace sn
