#pragma once

#include "domain/Region.h"

#include <QWizard>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sn {

class Database;

// The first start of a station: which district and township it serves, its name, and the first district
// administrator. Creates the database through StationService::initialize (or, from the district's enrolment
// file and its passphrase, StationService::join) and the account through AccountService::createUser. With an existing
// station database that has no users yet (an earlier run was interrupted), only the administrator page is shown.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { StationPageId, AdminPageId };

    FirstRunWizard(const QString &databasePath, Database *existing = nullptr, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // The created station, after the wizard was accepted (null before, or when `existing` was used).
    std::unique_ptr<Database> takeDatabase();
    QString errorText() const;

    QComboBox *townshipCombo() const { return m_township; }
    // Join the district from an enrolment file instead of making a new station (the button's file dialog
    // calls it; tests call it directly). False, with the reason shown, when the file is not one.
    bool useEnrolment(const QString &file);

protected:
    bool validateCurrentPage() override;

private:
    void buildStationPage();
    void buildAdminPage();
    void buildEnrolmentRow(QWidget *page, QFormLayout *form);
    void chooseEnrolment();
    void loadRegionFile();
    void showRegions();
    bool checkStation();
    bool createStation();
    void showError(const QString &text);

    QString m_path;
    Database *m_existing = nullptr;
    std::unique_ptr<Database> m_created;
    RegionTree m_regions;
    QLabel *m_district = nullptr;
    QComboBox *m_township = nullptr;
    QLineEdit *m_stationName = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_stationError = nullptr;
    QString m_enrolmentFile;
    QByteArray m_enrolment;
    QLabel *m_enrolmentLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_adminError = nullptr;
};

} // namespace sn
