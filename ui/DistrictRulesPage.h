#pragma once

#include "domain/Category.h"
#include "domain/Role.h"

#include <QWidget>
#include <memory>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace sn {

class SettingsService;
struct DistrictRules;

// Settings › District rules: the district's classification multipliers, desk locking, card wording, review
// rhythms per tier and task, lead deadlines, points, and the yearly standards (placeholders clearly marked).
// They are stored in the database and reach every station with the next sync. Everyone may read them; only
// a role with Permission::EditStandards may change them (the fields are disabled, and SettingsService
// refuses anyway).
class DistrictRulesPage : public QWidget
{
    Q_OBJECT
public:
    enum StandardColumn { YearColumn, AreaColumn, DibaoColumn, IncomeColumn, PlaceholderColumn, StandardColumnCount };

    DistrictRulesPage(SettingsService &service, Session session, QWidget *parent = nullptr);
    ~DistrictRulesPage() override;

    bool isEditable() const;
    // Saves through SettingsService; false (and the reason shown) when refused. Nothing to do for a reader.
    bool save();
    void load();

    QDoubleSpinBox *edgeMultiplierBox() const { return m_edge; }
    QTableWidget *rhythmsTable() const { return m_rhythms; }
    QTableWidget *standardsTable() const { return m_standards; }
    QDoubleSpinBox *standardBox(int year, AreaType area, StandardColumn column) const;
    void addYear();

private:
    QGroupBox *group(const QString &title);
    QGroupBox *buildClassification();
    QGroupBox *buildDesk();
    QGroupBox *buildCard();
    QGroupBox *buildLeads();
    QGroupBox *buildRhythms();
    QGroupBox *buildStandards();
    DistrictRules collect() const;
    void addStandardRow(int year, AreaType area, qint64 dibaoFen, qint64 incomeFen, bool placeholder);
    void markPlaceholder(int row);

    Session m_session;
    SettingsService &m_service;
    QList<QGroupBox *> m_groups;
    QLabel *m_note;
    QDoubleSpinBox *m_edge;
    QDoubleSpinBox *m_rigid;
    QSpinBox *m_idle;
    QSpinBox *m_failures;
    QSpinBox *m_lockMinutes;
    QLineEdit *m_cardTitle;
    QLineEdit *m_hotline;
    QSpinBox *m_emergency;
    QSpinBox *m_publicDays;
    QSpinBox *m_points;
    QTableWidget *m_rhythms;
    QTableWidget *m_standards;
};

} // namespace sn
