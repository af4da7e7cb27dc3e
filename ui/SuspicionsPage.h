#pragma once

#include "domain/Region.h"
#include "domain/Role.h"
#include "SuspicionTableModel.h"
#include "VerifySuspicionDialog.h"
#include "services/SuspicionService.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;
class QVBoxLayout;

namespace sn {

class LazyRefresh;
class AppServices;

// 部门数据: a department's monthly table of suspicious signals (annex 1) imported and matched against the
// registry, then worked through: doubtful matches confirmed or rejected, unregistered households turned into
// leads in one action, every row verified by its township with a result. Progress per department and month
// stays on top. The district sees every township; a township clerk sees the rows routed to them.
class SuspicionsPage : public QWidget
{
    Q_OBJECT
public:
    SuspicionsPage(AppServices &services, RegionTree regions, QWidget *parent = nullptr);

    QString month() const; // YYYY-MM
    void setMonth(const QDate &month);
    void refresh();
    void saveSettings() const; // column widths and the splitter, restored at the next start

    // Import and match a department's table; asks for the columns when the headers do not name them.
    bool importTable(const QString &department, const QString &month, const QString &path);
    bool selectRow(const QString &rowId);
    QStringList selectedRowIds() const;
    bool confirmSelected();
    bool rejectSelected();
    int makeLeadsForSelected(); // the number of leads made; -1 on an error
    bool verifySelected(Verification result, const QDate &date, const QString &notes);
    bool routeSelected(const QString &townshipCode); // district roles: send rows to the township that must verify them

    QComboBox *departmentBox() const { return m_department; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *unverifiedOnlyBox() const { return m_unverifiedOnly; }
    QDateEdit *monthEdit() const { return m_month; }
    QTableWidget *progressTable() const { return m_progress; }
    QTableView *view() const { return m_view; }
    SuspicionTableModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *leadsButton() const { return m_leads; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *routeButton() const { return m_route; }

signals:
    void householdRequested(const QString &householdId);
    void leadsMade(const QStringList &leadIds);

private:
    void buildInputs();
    void addFilterRows(QVBoxLayout *layout);
    void buildTables();
    QGridLayout *buildActions();
    QSplitter *buildSplitter(QGridLayout *actions);
    void connectSignals();
    void chooseTable();
    void verifyCurrent();
    void chooseTownship();
    void updateButtons();
    QList<SuspicionRow> selectedRows() const;
    void reselect(const QStringList &rowIds);
    // One service step per selected row; stops at the first refusal and says why.
    bool forEachSelected(const QString &title, const std::function<Status(SuspicionService &, const QString &)> &step);

    AppServices &m_services;
    Session m_session;
    RegionTree m_regions;
    QDateEdit *m_month = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_unverifiedOnly = nullptr;
    QPushButton *m_import = nullptr;
    QTableWidget *m_progress = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_widthsRestored = false;
    SuspicionTableModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_leads = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_route = nullptr;
    LazyRefresh *m_lazy = nullptr; // loads the page when it is first shown
};

} // namespace sn
