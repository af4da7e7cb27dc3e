#pragma once

#include "domain/Region.h"
#include "domain/Role.h"
#include "services/sync/SyncService.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sn {

class LazyRefresh;
class AppServices;
class HouseholdService;

// Concurrent edits found by sync (architecture.md property 3): two stations changed the same record before
// they met. The later version is in the table; the other is kept here until a clerk compares them field by
// field and keeps the current one, restores the other, or merges chosen fields. The resolution syncs.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    enum ListColumn { DetectedColumn, RecordColumn, HouseholdColumn, StationsColumn, ListColumnCount };
    enum CompareColumn { FieldColumn, CurrentColumn, OtherColumn, UseOtherColumn, CompareColumnCount };

    explicit ConflictsPage(AppServices &services, QWidget *parent = nullptr);
    ~ConflictsPage() override;

    void refresh();
    int count() const { return int(m_conflicts.size()); }

    QTableWidget *list() const { return m_list; }
    QTableWidget *comparison() const { return m_compare; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *mergeButton() const { return m_merge; }

signals:
    void resolved(const QString &householdId); // empty when the record belongs to no household

private:
    void showSelected();
    void updateButtons();
    void resolve(Resolution resolution);
    const ConflictEntry *selected() const;
    QString stationName(const QString &stationId) const;
    QString formatValue(const QString &field, const QJsonValue &value) const;

    AppServices &m_services;
    Session m_session;
    SyncService &m_sync;
    HouseholdService &m_households;
    QList<ConflictEntry> m_conflicts;
    QHash<QString, QString> m_stations;
    RegionTree m_regions;
    QLabel *m_summary;
    QTableWidget *m_list;
    QLabel *m_versions;
    QTableWidget *m_compare;
    QPushButton *m_keep;
    QPushButton *m_restore;
    QPushButton *m_merge;
    LazyRefresh *m_lazy = nullptr; // loads the page when it is first shown
};

} // namespace sn
