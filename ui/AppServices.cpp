#include "AppServices.h"

#include "database/Database.h"
#include "services/AccountService.h"
#include "services/ApplicationService.h"
#include "services/BackupService.h"
#include "services/ChangeService.h"
#include "services/FeedbackFormExport.h"
#include "services/HouseholdService.h"
#include "services/LeadService.h"
#include "services/LedgerImport.h"
#include "services/MonthlyReport.h"
#include "services/PayrollService.h"
#include "services/ReferralService.h"
#include "services/ReviewService.h"
#include "services/ServiceTeamService.h"
#include "services/SettingsService.h"
#include "services/StationService.h"
#include "services/Statistics.h"
#include "services/SuspicionService.h"
#include "services/documents/CardService.h"
#include "services/documents/DocumentService.h"
#include "services/sync/SyncService.h"

namespace sn {

namespace {
// The service in `slot`, built by `make` the first time.
template <class T, class Make> T &built(std::unique_ptr<T> &slot, Make make)
{
    if (!slot)
        slot = make();
    return *slot;
}
} // namespace

AppServices::AppServices(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
}

AppServices::~AppServices() = default;

AccountService &AppServices::accounts()
{
    return built(m_accounts, [this] { return std::make_unique<AccountService>(m_db); });
}

CardService &AppServices::cards()
{
    return built(m_cards, [this] { return std::make_unique<CardService>(m_db, m_session); });
}

DocumentService &AppServices::documents()
{
    return built(m_documents, [this] { return std::make_unique<DocumentService>(m_db, m_session); });
}

HouseholdService &AppServices::households()
{
    return built(m_households, [this] { return std::make_unique<HouseholdService>(m_db, m_session); });
}

ApplicationService &AppServices::applications()
{
    return built(m_applications, [this] { return std::make_unique<ApplicationService>(m_db, m_session); });
}

ChangeService &AppServices::changes()
{
    return built(m_changes, [this] { return std::make_unique<ChangeService>(m_db, m_session); });
}

LeadService &AppServices::leads()
{
    return built(m_leads, [this] { return std::make_unique<LeadService>(m_db, m_session); });
}

LedgerImportService &AppServices::ledger()
{
    return built(m_ledger, [this] { return std::make_unique<LedgerImportService>(m_db, m_session); });
}

ReferralService &AppServices::referrals()
{
    return built(m_referrals, [this] { return std::make_unique<ReferralService>(m_db, m_session); });
}

ReviewService &AppServices::reviews()
{
    return built(m_reviews, [this] { return std::make_unique<ReviewService>(m_db, m_session); });
}

ServiceTeamService &AppServices::serviceTeam()
{
    return built(m_serviceTeam, [this] { return std::make_unique<ServiceTeamService>(m_db, m_session); });
}

SettingsService &AppServices::settings()
{
    return built(m_settings, [this] { return std::make_unique<SettingsService>(m_db, m_session); });
}

SuspicionService &AppServices::suspicions()
{
    return built(m_suspicions, [this] { return std::make_unique<SuspicionService>(m_db, m_session); });
}

SyncService &AppServices::localSync()
{
    return built(m_localSync, [this] { return std::make_unique<SyncService>(m_db, m_session, SyncKey()); });
}

StationInfo AppServices::stationInfo() const
{
    return StationService::info(m_db);
}

StationKeys AppServices::stationKeys() const
{
    return StationService::keys(m_db);
}

RegionTree AppServices::regions() const
{
    return StationService::regions(m_db);
}

QHash<QString, QString> AppServices::stationNames() const
{
    return StationService::stationNames(m_db);
}

QString AppServices::stationId() const
{
    return m_db.stationId();
}

QString AppServices::databasePath() const
{
    return m_db.path();
}

HybridClock &AppServices::clock()
{
    return m_db.clock();
}

Result<QJsonObject> AppServices::statistics() const
{
    return Statistics::collect(m_db, m_session);
}

Result<QString> AppServices::backupNow(const QString &folder) const
{
    return BackupService::backupNow(m_db, folder);
}

Status AppServices::writeFeedbackForm(
    const QString &month, const QString &department, const QString &path, const Progress &progress) const
{
    return FeedbackFormExport::write(m_db, m_session, month, department, path, progress);
}

Status AppServices::writeMonthlyReport(const QString &month, const QString &path, const Progress &progress) const
{
    return MonthlyReport::write(m_db, m_session, month, path, progress);
}

Result<int> AppServices::writePayroll(const QString &month, const QString &path) const
{
    return PayrollService(m_db, m_session).writeRoll(month, {}, path);
}

} // namespace sn
