#include "CardRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

Result<std::optional<CardHouseholdState>> CardRepository::state(const QString &householdId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT township_code, status, category FROM households WHERE id = ? AND deleted = 0"),
        { householdId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CardHouseholdState>();
    return std::optional<CardHouseholdState>(CardHouseholdState { q.value().value(0).toString(),
        q.value().value(1).toString() == QLatin1String("active"), q.value().value(2).toString() });
}

Result<QList<CardCandidate>> CardRepository::candidates(const CardSelection &selection) const
{
    QVariantList values;
    QStringList marks;
    for (const QString &code : selection.categoryCodes) {
        marks.append(QStringLiteral("?"));
        values.append(code);
    }
    QStringList where { QStringLiteral("h.deleted = 0"), QStringLiteral("h.status = 'active'"),
        QStringLiteral("h.category IN (%1)").arg(marks.join(QLatin1Char(','))) };
    if (!selection.townshipCode.isEmpty()) {
        where.append(QStringLiteral("h.township_code = ?"));
        values.append(selection.townshipCode);
    }
    if (!selection.villageCode.isEmpty()) {
        where.append(QStringLiteral("h.village_code = ?"));
        values.append(selection.villageCode);
    }
    if (!selection.householdIds.isEmpty()) {
        QStringList idMarks;
        for (const QString &id : selection.householdIds) {
            idMarks.append(QStringLiteral("?"));
            values.append(id);
        }
        where.append(QStringLiteral("h.id IN (%1)").arg(idMarks.join(QLatin1Char(','))));
    }
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT h.id, h.township_code, coalesce(h.village_code, ''), h.category, h.monthly_amount_fen, "
            "h.start_date, "
            "  coalesce(hm.name, ''), hm.birth_date, "
            "  (SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0 AND m.exclusion = "
            "'counted') "
            "FROM households h "
            "LEFT JOIN members hm ON hm.id = (SELECT id FROM members WHERE household_id = h.id AND relation = 'head' "
            "                                 AND deleted = 0 ORDER BY position LIMIT 1) "
            "WHERE %1")
            .arg(where.join(QStringLiteral(" AND "))),
        values);
    if (!q)
        return q.error();
    QList<CardCandidate> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        CardCandidate c;
        c.householdId = r.value(0).toString();
        c.townshipCode = r.value(1).toString();
        c.villageCode = r.value(2).toString();
        c.categoryCode = r.value(3).toString();
        c.monthlyAmount = r.value(4).toLongLong();
        c.startDate = sql::toDate(r.value(5));
        c.headName = r.value(6).toString();
        c.headBirth = sql::toDate(r.value(7));
        c.persons = r.value(8).toInt();
        list.append(c);
    }
    return list;
}

} // namespace sn
