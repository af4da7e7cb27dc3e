#pragma once

#include "domain/Result.h"
#include "domain/Standards.h"

#include <QString>
#include <QVariant>

namespace sn {

class Database;

// Typed access to the settings table, with the defaults in one place (SettingsRepository::defaults()).
// Settings are district rules (multipliers, rhythms, deadlines, hotline) and sync like records.
namespace setting {
inline const QString EdgeMultiplier = QStringLiteral("classification/edge_multiplier");
inline const QString RigidSpendingShare = QStringLiteral("classification/rigid_spending_share");
inline const QString DepositLimitMonths = QStringLiteral("classification/deposit_limit_months");
inline const QString MaxHousingUnits = QStringLiteral("classification/max_housing_units");
inline const QString VehicleValueLimitFen = QStringLiteral("classification/vehicle_value_limit_fen");
inline const QString IdleLockMinutes = QStringLiteral("desk/idle_lock_minutes");
inline const QString LoginMaxFailures = QStringLiteral("desk/login_max_failures");
inline const QString LoginLockMinutes = QStringLiteral("desk/login_lock_minutes");
inline const QString SupervisionHotline = QStringLiteral("card/supervision_hotline");
inline const QString CardTitle = QStringLiteral("card/title");
} // namespace setting

class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    static QVariant defaultValue(const QString &key);
    QVariant value(const QString &key) const; // stored value, else the default
    Status setValue(const QString &key, const QVariant &value);

    ClassificationSettings classification() const;

private:
    Database &m_db;
};

} // namespace sn
