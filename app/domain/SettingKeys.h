#pragma once

#include <QString>

namespace sn::setting {

// The keys of the district's settings (the settings table, synced): SettingsRepository stores them with their
// defaults, SettingsService checks who may change them, the District rules page names them.
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

} // namespace sn::setting
