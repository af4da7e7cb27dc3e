#pragma once

#include "domain/Region.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sn {

class FilterBar;
class HouseholdService;
class HouseholdTableModel;

// The households registry: search as you type over the FTS index, filters, and a paged table. Opening and
// creating households is the main window's job (signals), so every path to a form goes through one place.
class RegistryPage : public QWidget
{
    Q_OBJECT
public:
    RegistryPage(HouseholdService &service, RegionTree regions, QWidget *parent = nullptr);
    ~RegistryPage() override;

    void focusSearch();
    void refresh(); // run the current search again (after a save)
    // The list of records to complete (start date unknown, a member without an ID number).
    void showRecordsToComplete();
    void saveSettings() const;

    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    HouseholdTableModel *model() const { return m_model; }
    QComboBox *townshipFilter() const;
    QComboBox *villageFilter() const;
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *tierFilter() const { return m_tier; }

    static constexpr int DebounceMs = 150;

signals:
    void openRequested(const QString &householdId);
    void newRequested();

private:
    QHBoxLayout *buildSearchRow();
    QHBoxLayout *buildFilters();
    void buildTable();
    QHBoxLayout *buildButtons();
    void connectSignals();
    void setTabOrders();
    void search();
    void openCurrent();
    void showTotal(int total);
    void showError(const QString &message);

    HouseholdService &m_service;
    RegionTree m_regions;
    QLineEdit *m_search = nullptr;
    FilterBar *m_filters = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tier = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_new = nullptr;
    HouseholdTableModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_lastError;
};

} // namespace sn
