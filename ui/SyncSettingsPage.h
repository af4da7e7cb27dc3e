#pragma once

#include "domain/Role.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sn {

class AppServices;

// Settings › Sync: this computer's shared folder, the district key file (imported into the application's
// data folder, owner-only), a new district key for district administrators, and the automatic sync interval.
// Folder and interval are saved by apply(); importing or making a key acts at once.
class SyncSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncSettingsPage(AppServices &services, QWidget *parent = nullptr);

    void apply();

    // The actions behind the buttons, after the file was chosen (tests call them directly).
    bool importKey(const QString &file);
    bool makeKey(const QString &file);

    QLineEdit *shareEdit() const { return m_share; }
    QSpinBox *intervalBox() const { return m_minutes; }
    QLabel *keyLabel() const { return m_key; }
    QPushButton *makeKeyButton() const { return m_makeKey; }
    QTableWidget *stationsTable() const { return m_stations; }
    // The other stations as the last sync found them: their bundles applied here, ours applied there, and why a
    // station is behind.
    void showStations();

private:
    void browseShare();
    void chooseKeyToImport();
    void chooseFileForNewKey();
    void showKey();
    QString districtName() const;

    AppServices &m_services;
    Session m_session;
    QLineEdit *m_share;
    QLabel *m_key;
    QPushButton *m_importKey;
    QPushButton *m_makeKey;
    QSpinBox *m_minutes;
    QTableWidget *m_stations;
};

} // namespace sn
