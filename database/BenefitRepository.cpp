#include "BenefitRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

Result<std::optional<BenefitOverride>> BenefitRepository::overrideOf(const QString &householdId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT amount_fen, computed_fen, reason, set_on, user_name FROM benefit_overrides "
                       "WHERE household_id = ? AND deleted = 0"),
        { householdId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<BenefitOverride>();
    const QSqlQuery &r = q.value();
    return std::optional<BenefitOverride>(BenefitOverride { householdId, r.value(0).toLongLong(),
        r.value(1).toLongLong(), r.value(2).toString(), sql::toDate(r.value(3)), r.value(4).toString() });
}

Status BenefitRepository::setOverride(const BenefitOverride &o)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO benefit_overrides (household_id, amount_fen, computed_fen, reason, set_on, "
                       "user_name, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (household_id) DO "
                       "UPDATE SET amount_fen = excluded.amount_fen, computed_fen = excluded.computed_fen, "
                       "reason = excluded.reason, set_on = excluded.set_on, user_name = excluded.user_name, "
                       "hlc = excluded.hlc, station_id = excluded.station_id, deleted = 0"),
        { o.householdId, o.amount, o.computed, o.reason, sql::dateValue(o.setOn), o.userName, m_db.stamp(),
            m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Status BenefitRepository::clearOverride(const QString &householdId)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE benefit_overrides SET deleted = 1, hlc = ?, station_id = ? WHERE household_id = ? AND "
                       "deleted = 0"),
        { m_db.stamp(), m_db.stationId(), householdId });
    return r ? Status() : Status(r.error());
}

} // namespace sn
