#include "SettingsRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QHash>

namespace sn {

QVariant SettingsRepository::defaultValue(const QString &key)
{
    static const QHash<QString, QVariant> defaults = {
        { setting::EdgeMultiplier, 2.0 }, { setting::RigidSpendingShare, 0.5 }, { setting::DepositLimitMonths, 24 },
        { setting::MaxHousingUnits, 1 }, { setting::VehicleValueLimitFen, qint64(50000) * 100 },
        { setting::IdleLockMinutes, 5 }, { setting::LoginMaxFailures, 5 }, { setting::LoginLockMinutes, 15 },
        { setting::SupervisionHotline, QStringLiteral("12345") },
        { setting::CardTitle, QStringLiteral("民政兜底保障对象公示卡") },
        { QStringLiteral("sync/max_clock_ahead_hours"), 24 }, // SyncService::MaxClockAheadSetting
    };
    return defaults.value(key);
}

QVariant SettingsRepository::value(const QString &key) const
{
    auto v
        = sql::scalar(m_db.sql(), QStringLiteral("SELECT value FROM settings WHERE key = ? AND deleted = 0"), { key });
    if (v && v.value().isValid())
        return v.value();
    return defaultValue(key);
}

Status SettingsRepository::setValue(const QString &key, const QVariant &value)
{
    auto s = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO settings (key, value, hlc, station_id) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, station_id = "
                       "excluded.station_id, deleted = 0"),
        { key, value.toString(), m_db.stamp(), m_db.stationId() });
    return s ? Status() : Status(s.error());
}

ClassificationSettings SettingsRepository::classification() const
{
    ClassificationSettings s;
    s.edgeMultiplier = value(setting::EdgeMultiplier).toDouble();
    s.rigidSpendingShare = value(setting::RigidSpendingShare).toDouble();
    s.depositLimitMonths = value(setting::DepositLimitMonths).toInt();
    s.maxHousingUnits = value(setting::MaxHousingUnits).toInt();
    s.vehicleValueLimit = value(setting::VehicleValueLimitFen).toLongLong();
    return s;
}

} // namespace sn
