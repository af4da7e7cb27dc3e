#include "IntegrityCheck.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/Migrator.h"
#include "database/SqlUtil.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"

namespace sn {

namespace {

// Run a query whose rows are problems; format each row with `describe`.
template <typename Describe>
void collect(Database &db, const QString &name, const QString &statement, Describe describe, int max, CheckReport &report)
{
    auto q = sql::exec(db.sql(), statement);
    if (!q) {
        report.problems.append(QStringLiteral("%1: %2").arg(name, q.error().message));
        return;
    }
    int found = 0;
    while (q.value().next()) {
        if (found++ < max)
            report.problems.append(QStringLiteral("%1: %2").arg(name, describe(q.value())));
    }
    if (found > max)
        report.problems.append(IntegrityCheck::tr("%1: %2 more").arg(name).arg(found - max));
    if (found == 0)
        report.passed.append(name);
}

} // namespace

CheckReport IntegrityCheck::run(Database &db, int max)
{
    CheckReport report;
    auto integrity = sql::exec(db.sql(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) {
        report.problems.append(tr("integrity_check could not run: %1").arg(integrity.error().message));
        return report;
    }
    QStringList integrityLines;
    while (integrity.value().next())
        integrityLines.append(integrity.value().value(0).toString());
    if (integrityLines == QStringList{QStringLiteral("ok")})
        report.passed.append(QStringLiteral("integrity_check"));
    else
        report.problems.append(QStringLiteral("integrity_check: %1").arg(integrityLines.mid(0, max).join(QStringLiteral("; "))));

    collect(db, QStringLiteral("foreign_key_check"), QStringLiteral("PRAGMA foreign_key_check"),
            [](const QSqlQuery &r) { return tr("row %1 of %2 points to a missing %3").arg(r.value(1).toString(), r.value(0).toString(), r.value(2).toString()); },
            max, report);

    if (db.schemaVersion() != Migrator::latestVersion())
        report.problems.append(tr("schema: version %1, expected %2").arg(db.schemaVersion()).arg(Migrator::latestVersion()));
    else
        report.passed.append(QStringLiteral("schema"));
    if (db.stationId().isEmpty())
        report.problems.append(tr("station: the database has no station id (not initialised)"));
    else
        report.passed.append(QStringLiteral("station"));

    collect(db, QStringLiteral("one_head"), QStringLiteral(
                "SELECT h.id, count(m.id) FROM households h LEFT JOIN members m ON m.household_id = h.id AND m.deleted = 0 "
                "AND m.relation = 'head' WHERE h.deleted = 0 GROUP BY h.id HAVING count(m.id) <> 1"),
            [](const QSqlQuery &r) { return tr("household %1 has %2 heads").arg(r.value(0).toString(), r.value(1).toString()); },
            max, report);
    collect(db, QStringLiteral("unique_id_numbers"), QStringLiteral(
                "SELECT m.id_number, count(*) FROM members m JOIN households h ON h.id = m.household_id AND h.deleted = 0 "
                "WHERE m.deleted = 0 AND m.id_number <> '' GROUP BY m.id_number HAVING count(*) > 1"),
            [](const QSqlQuery &r) { return tr("ID number %1 is held by %2 members").arg(IdNumber::mask(r.value(0).toString()), r.value(1).toString()); },
            max, report);
    collect(db, QStringLiteral("regions"), QStringLiteral(
                "SELECT h.id FROM households h LEFT JOIN regions t ON t.code = h.township_code "
                "LEFT JOIN regions v ON v.code = h.village_code "
                "WHERE h.deleted = 0 AND (t.level IS NOT 'township' OR (h.village_code IS NOT NULL AND v.parent_code IS NOT h.township_code))"),
            [](const QSqlQuery &r) { return tr("household %1 has a village outside its township").arg(r.value(0).toString()); },
            max, report);
    collect(db, QStringLiteral("exit_reason"), QStringLiteral(
                "SELECT id FROM households WHERE deleted = 0 AND status = 'exited' AND trim(exit_reason) = ''"),
            [](const QSqlQuery &r) { return tr("household %1 exited without a reason").arg(r.value(0).toString()); },
            max, report);
    collect(db, QStringLiteral("search_index"), QStringLiteral(
                "SELECT (SELECT count(*) FROM households WHERE deleted = 0), (SELECT count(*) FROM household_search) "
                "WHERE (SELECT count(*) FROM households WHERE deleted = 0) <> (SELECT count(*) FROM household_search)"),
            [](const QSqlQuery &r) { return tr("%1 households but %2 search entries").arg(r.value(0).toString(), r.value(1).toString()); },
            max, report);

    // ID numbers: valid per GB 11643 and agreeing with the stored birth date.
    auto members = sql::exec(db.sql(), QStringLiteral(
        "SELECT m.id, m.id_number, m.birth_date FROM members m JOIN households h ON h.id = m.household_id AND h.deleted = 0 "
        "WHERE m.deleted = 0 AND m.id_number <> ''"));
    if (members) {
        const QDate today = Clock::today();
        int bad = 0;
        while (members.value().next()) {
            const IdNumber id = IdNumber::parse(members.value().value(1).toString(), today);
            QString problem;
            if (!id.isValid())
                problem = id.errorText();
            else if (!members.value().value(2).isNull() && sql::toDate(members.value().value(2)) != id.birthDate())
                problem = tr("birth date differs from the ID number");
            if (!problem.isEmpty() && bad++ < max)
                report.problems.append(QStringLiteral("id_numbers: %1 (%2): %3")
                                           .arg(members.value().value(0).toString(), IdNumber::mask(members.value().value(1).toString()), problem));
        }
        if (bad == 0)
            report.passed.append(QStringLiteral("id_numbers"));
        else if (bad > max)
            report.problems.append(tr("id_numbers: %1 more").arg(bad - max));
    }

    auto audit = AuditLog(db).verify();
    if (audit)
        report.passed.append(QStringLiteral("audit_chain"));
    else
        report.problems.append(QStringLiteral("audit_chain: %1").arg(audit.error().message));
    return report;
}

} // namespace sn
