#pragma once

#include "domain/HybridClock.h"
#include "domain/Region.h"
#include "domain/Result.h"
#include "domain/Role.h"
#include "services/spreadsheet/Sheet.h"

#include <QHash>
#include <QJsonObject>
#include <memory>

namespace sn {

class AccountService;
class ApplicationService;
class ChangeService;
class CardService;
class Database;
class DocumentService;
class HouseholdService;
class LeadService;
class LedgerImportService;
class ReferralService;
class ReviewService;
class ServiceTeamService;
class SettingsService;
class SuspicionService;
class SyncService;
struct StationInfo;
struct StationKeys;

// The desk's services, built once from the station's database and the clerk's session (by MainWindow, the
// one place that holds the Database): pages are handed the services they use from here and never see the
// Database. Each service is built the first time it is asked for, so a desk pays only for the pages opened.
// The station-wide functions that take the database (StationService, BackupService, the exports) are
// answered here too, for this database.
class AppServices
{
public:
    AppServices(Database &db, Session session);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    const Session &session() const { return m_session; }

    AccountService &accounts();
    ApplicationService &applications();
    CardService &cards();
    ChangeService &changes();
    DocumentService &documents();
    HouseholdService &households();
    LeadService &leads();
    LedgerImportService &ledger();
    ReferralService &referrals();
    ReviewService &reviews();
    ServiceTeamService &serviceTeam();
    SettingsService &settings();
    SuspicionService &suspicions();
    SyncService &localSync(); // without the district key: pending changes, conflicts, restoring a version

    StationInfo stationInfo() const;
    StationKeys stationKeys() const;
    RegionTree regions() const;
    QHash<QString, QString> stationNames() const;
    QString stationId() const;
    QString databasePath() const; // for a worker thread, which opens its own connection on the file
    HybridClock &clock(); // the desk's clock, which a worker's stamps must follow

    Result<QJsonObject> statistics() const;
    Result<QString> backupNow(const QString &folder) const;
    Status writeFeedbackForm(
        const QString &month, const QString &department, const QString &path, const Progress &progress) const;
    Status writeMonthlyReport(const QString &month, const QString &path, const Progress &progress) const;
    // The month's payment roll of the session's township (all townships at the district); the households on it.
    Result<int> writePayroll(const QString &month, const QString &path) const;

private:
    Database &m_db;
    Session m_session;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ApplicationService> m_applications;
    std::unique_ptr<CardService> m_cards;
    std::unique_ptr<ChangeService> m_changes;
    std::unique_ptr<DocumentService> m_documents;
    std::unique_ptr<HouseholdService> m_households;
    std::unique_ptr<LeadService> m_leads;
    std::unique_ptr<LedgerImportService> m_ledger;
    std::unique_ptr<ReferralService> m_referrals;
    std::unique_ptr<ReviewService> m_reviews;
    std::unique_ptr<ServiceTeamService> m_serviceTeam;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<SuspicionService> m_suspicions;
    std::unique_ptr<SyncService> m_localSync;
};

} // namespace sn
