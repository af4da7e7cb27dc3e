#include "PayrollRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

Result<std::optional<PaymentAccount>> PayrollRepository::account(const QString &householdId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT holder, bank, account FROM payment_accounts WHERE household_id = ? AND deleted = 0"),
        { householdId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PaymentAccount>();
    return std::optional<PaymentAccount>(PaymentAccount {
        householdId, q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString() });
}

Status PayrollRepository::setAccount(const PaymentAccount &a)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO payment_accounts (household_id, holder, bank, account, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (household_id) DO UPDATE SET holder = excluded.holder, "
                       "bank = excluded.bank, account = excluded.account, hlc = excluded.hlc, "
                       "station_id = excluded.station_id, deleted = 0"),
        { a.householdId, a.holder, a.bank, a.account, m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Result<QList<PayrollRow>> PayrollRepository::roll(const QDate &monthStart, const QString &townshipCode) const
{
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT h.id, h.township_code, coalesce(h.village_code, ''), "
            "coalesce((SELECT m.name FROM members m WHERE m.household_id = h.id AND m.deleted = 0 "
            "AND m.relation = 'head' LIMIT 1), ''), "
            "(SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0 AND m.exclusion = "
            "'counted'), "
            "h.category, coalesce(o.amount_fen, h.monthly_amount_fen), coalesce(a.bank, ''), coalesce(a.account, '') "
            "FROM households h "
            "LEFT JOIN benefit_overrides o ON o.household_id = h.id AND o.deleted = 0 "
            "LEFT JOIN payment_accounts a ON a.household_id = h.id AND a.deleted = 0 "
            "WHERE h.deleted = 0 AND h.status = 'active' AND (h.category = 'dibao' OR h.category = 'tekun') "
            "AND (h.start_date IS NULL OR h.start_date <= ?) AND (? = '' OR h.township_code = ?) "
            "AND coalesce(o.amount_fen, h.monthly_amount_fen) > 0 "
            "ORDER BY h.township_code, h.village_code, 4"),
        { monthEnd.toString(Qt::ISODate), townshipCode, townshipCode });
    if (!q)
        return q.error();
    QList<PayrollRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        rows.append({ r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toInt(), CategoryNames::fromCode(r.value(5).toString()), r.value(6).toLongLong(),
            r.value(7).toString(), r.value(8).toString() });
    }
    return rows;
}

} // namespace sn
