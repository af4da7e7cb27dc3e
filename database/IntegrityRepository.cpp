#include "IntegrityRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlRecord>

namespace sn {

namespace {

QString statementOf(IntegrityRepository::Invariant invariant)
{
    using Invariant = IntegrityRepository::Invariant;
    switch (invariant) {
    case Invariant::ForeignKeys:
        return QStringLiteral("PRAGMA foreign_key_check");
    case Invariant::OneHead:
        return QStringLiteral(
            "SELECT h.id, count(m.id) FROM households h LEFT JOIN members m ON m.household_id = h.id AND m.deleted = 0 "
            "AND m.relation = 'head' WHERE h.deleted = 0 GROUP BY h.id HAVING count(m.id) <> 1");
    case Invariant::UniqueIdNumbers:
        return QStringLiteral(
            "SELECT m.id_number, count(*) FROM members m JOIN households h ON h.id = m.household_id AND h.deleted = 0 "
            "WHERE m.deleted = 0 AND m.id_number <> '' GROUP BY m.id_number HAVING count(*) > 1");
    case Invariant::Regions:
        return QStringLiteral("SELECT h.id FROM households h LEFT JOIN regions t ON t.code = h.township_code "
                              "LEFT JOIN regions v ON v.code = h.village_code "
                              "WHERE h.deleted = 0 AND (t.level IS NOT 'township' OR (h.village_code IS NOT NULL AND "
                              "v.parent_code IS NOT h.township_code))");
    case Invariant::ExitReason:
        return QStringLiteral(
            "SELECT id FROM households WHERE deleted = 0 AND status = 'exited' AND trim(exit_reason) = ''");
    case Invariant::SearchIndex:
        return QStringLiteral(
            "SELECT (SELECT count(*) FROM households WHERE deleted = 0), (SELECT count(*) FROM household_search) "
            "WHERE (SELECT count(*) FROM households WHERE deleted = 0) <> (SELECT count(*) FROM household_search)");
    }
    return {};
}

} // namespace

Result<QStringList> IntegrityRepository::integrityCheck() const
{
    return sql::strings(m_db.sql(), QStringLiteral("PRAGMA integrity_check"));
}

Status IntegrityRepository::eachViolation(Invariant invariant, const Violation &violation) const
{
    auto q = sql::exec(m_db.sql(), statementOf(invariant));
    if (!q)
        return q.error();
    const int columns = q.value().record().count();
    QStringList row;
    while (q.value().next()) {
        row.clear();
        for (int i = 0; i < columns; ++i)
            row.append(q.value().value(i).toString());
        violation(row);
    }
    return {};
}

Status IntegrityRepository::eachMemberIdNumber(const MemberIdNumber &member) const
{
    // ID numbers of live members of live households, to check per GB 11643 and against the stored birth date.
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT m.id, m.id_number, m.birth_date FROM members m JOIN households h ON h.id = "
                       "m.household_id AND h.deleted = 0 "
                       "WHERE m.deleted = 0 AND m.id_number <> ''"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QVariant birth = q.value().value(2);
        member(q.value().value(0).toString(), q.value().value(1).toString(),
            birth.isNull() ? std::nullopt : std::optional<QDate>(sql::toDate(birth)));
    }
    return {};
}

} // namespace sn
