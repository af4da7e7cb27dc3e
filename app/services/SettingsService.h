#pragma once

#include "domain/ReviewSchedule.h"
#include "domain/Result.h"
#include "domain/Role.h"
#include "domain/Standards.h"

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sn {

class Database;

// The district rules a district administrator edits in Settings. They live in the settings table and sync
// to every station like records.
struct DistrictRules
{
    double edgeMultiplier = 2.0;
    double rigidSpendingShare = 0.5;
    int idleLockMinutes = 5;
    int loginMaxFailures = 5;
    int loginLockMinutes = 15;
    QString cardTitle;
    QString supervisionHotline;
    ReviewRhythms rhythms;      // months per tier and task type; 0: not required
    int leadEmergencyHours = 12;
    int leadPublicReportDays = 1;
    int pointsPerVerifiedLead = 10;
};

// Reading and writing district rules and yearly standards. Writing needs Permission::EditStandards;
// every value is checked against its range, and every change is audited (action "setting") in the same
// transaction as the change.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(sn::SettingsService)
public:
    // Keys read by LeadService and ServiceTeamService (not in SettingsRepository's list).
    static const QString LeadEmergencyHours;   // "leads/emergency_hours"
    static const QString LeadPublicReportDays; // "leads/public_report_days"
    static const QString PointsVerifiedLead;   // "points/verified_lead"

    struct Range
    {
        double minimum = 0;
        double maximum = 0;
    };
    // The accepted range of a numeric setting (rhythm keys included); {0, 0} for a key that is not numeric.
    static Range range(const QString &key);
    static constexpr int MinYear = 2000;
    static constexpr int MaxYear = 2100;

    SettingsService(Database &db, Session session);

    bool canEdit() const { return m_session.can(Permission::EditStandards); }

    DistrictRules rules() const;
    QList<YearlyStandard> standards() const;

    // Writes what differs from the stored values, all in one transaction; nothing is written when a value
    // is refused. Returns the number of values changed.
    Result<int> save(const DistrictRules &rules, const QList<YearlyStandard> &standards);
    Result<int> saveRules(const DistrictRules &rules) { return save(rules, standards()); }
    Result<int> saveStandards(const QList<YearlyStandard> &list) { return save(rules(), list); }
    // Enters one year's real standard (no longer a placeholder). Without `income`, a new year takes the
    // disposable income of the latest earlier year, and an existing one keeps its own. Returns what was stored.
    Result<YearlyStandard> setStandard(int year, AreaType area, Fen dibaoMonthly, std::optional<Fen> disposableIncomeYearly);

private:
    Status checkNumber(const QString &key, double value, const QString &label) const;
    Status validate(const DistrictRules &rules, const QList<YearlyStandard> &standards) const;

    Database &m_db;
    Session m_session;
};

} // namespace sn
