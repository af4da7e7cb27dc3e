#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sn {

class AppServices;

// Settings › Backups: where this computer keeps the station's backups (a daily one at start-up, kept a week,
// and a weekly one kept four weeks), the backups there, "Back up now", and "Restore…", which replaces the
// station's data with a backup: after a confirmation the desk closes, the backup is put in place and
// SafetyNet starts again (PendingRestore).
class BackupSettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, SizeColumn, FileColumn, ColumnCount };

    explicit BackupSettingsPage(AppServices &services, QWidget *parent = nullptr);

    void apply();
    QString folder() const;
    void refresh();
    bool backUpNow();
    // Asks for confirmation, then requests the restore of the selected backup; true when requested.
    bool restoreSelected();

    QLineEdit *folderEdit() const { return m_folder; }
    QTableWidget *table() const { return m_table; }

signals:
    void restoreRequested(); // the dialog closes; the desk quits, restores and starts again

private:
    void browse();
    void updateButtons();

    AppServices &m_services;
    QLineEdit *m_folder;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_restore;
};

} // namespace sn
