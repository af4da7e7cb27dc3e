#include "IntegrityCheck.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/IntegrityRepository.h"
#include "database/Migrator.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"

namespace sn {

namespace {

using Invariant = IntegrityRepository::Invariant;

// Check one invariant whose violations are rows; format each row with `describe`.
template <typename Describe>
void collect(Database &db, const QString &name, Invariant invariant, Describe describe, int max, CheckReport &report)
{
    int found = 0;
    const Status ran = IntegrityRepository(db).eachViolation(invariant, [&](const QStringList &r) {
        if (found++ < max)
            report.problems.append(QStringLiteral("%1: %2").arg(name, describe(r)));
    });
    if (!ran) {
        report.problems.append(QStringLiteral("%1: %2").arg(name, ran.error().message));
        return;
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
    if (!checkFile(db, max, report))
        return report;
    checkInvariants(db, max, report);
    checkIdNumbers(db, max, report);
    auto audit = AuditLog(db).verify();
    if (audit)
        report.passed.append(QStringLiteral("audit_chain"));
    else
        report.problems.append(QStringLiteral("audit_chain: %1").arg(audit.error().message));
    return report;
}

bool IntegrityCheck::checkFile(Database &db, int max, CheckReport &report)
{
    auto integrity = IntegrityRepository(db).integrityCheck();
    if (!integrity) {
        report.problems.append(tr("integrity_check could not run: %1").arg(integrity.error().message));
        return false;
    }
    const QStringList &integrityLines = integrity.value();
    if (integrityLines == QStringList{QStringLiteral("ok")})
        report.passed.append(QStringLiteral("integrity_check"));
    else
        report.problems.append(QStringLiteral("integrity_check: %1").arg(integrityLines.mid(0, max).join(QStringLiteral("; "))));

    collect(db, QStringLiteral("foreign_key_check"), Invariant::ForeignKeys,
            [](const QStringList &r) {
                return tr("row %1 of %2 points to a missing %3").arg(r.value(1), r.value(0), r.value(2));
            },
            max, report);

    if (db.schemaVersion() != Migrator::latestVersion())
        report.problems.append(tr("schema: version %1, expected %2").arg(db.schemaVersion()).arg(Migrator::latestVersion()));
    else
        report.passed.append(QStringLiteral("schema"));
    if (db.stationId().isEmpty())
        report.problems.append(tr("station: the database has no station id (not initialised)"));
    else
        report.passed.append(QStringLiteral("station"));
    return true;
}

void IntegrityCheck::checkInvariants(Database &db, int max, CheckReport &report)
{
    collect(db, QStringLiteral("one_head"), Invariant::OneHead,
            [](const QStringList &r) { return tr("household %1 has %2 heads").arg(r.value(0), r.value(1)); },
            max, report);
    collect(db, QStringLiteral("unique_id_numbers"), Invariant::UniqueIdNumbers,
            [](const QStringList &r) {
                return tr("ID number %1 is held by %2 members").arg(IdNumber::mask(r.value(0)), r.value(1));
            },
            max, report);
    collect(db, QStringLiteral("regions"), Invariant::Regions,
            [](const QStringList &r) { return tr("household %1 has a village outside its township").arg(r.value(0)); },
            max, report);
    collect(db, QStringLiteral("exit_reason"), Invariant::ExitReason,
            [](const QStringList &r) { return tr("household %1 exited without a reason").arg(r.value(0)); },
            max, report);
    collect(db, QStringLiteral("search_index"), Invariant::SearchIndex,
            [](const QStringList &r) { return tr("%1 households but %2 search entries").arg(r.value(0), r.value(1)); },
            max, report);
}

// ID numbers: valid per GB 11643 and agreeing with the stored birth date.
void IntegrityCheck::checkIdNumbers(Database &db, int max, CheckReport &report)
{
    const QDate today = Clock::today();
    int bad = 0;
    const Status ran = IntegrityRepository(db).eachMemberIdNumber(
        [&](const QString &memberId, const QString &idNumber, const std::optional<QDate> &birthDate) {
            const IdNumber id = IdNumber::parse(idNumber, today);
            QString problem;
            if (!id.isValid())
                problem = id.errorText();
            else if (birthDate && *birthDate != id.birthDate())
                problem = tr("birth date differs from the ID number");
            if (!problem.isEmpty() && bad++ < max)
                report.problems.append(
                    QStringLiteral("id_numbers: %1 (%2): %3").arg(memberId, IdNumber::mask(idNumber), problem));
        });
    if (!ran)
        return; // as before: a query that cannot run says nothing of the ID numbers
    if (bad == 0)
        report.passed.append(QStringLiteral("id_numbers"));
    else if (bad > max)
        report.problems.append(tr("id_numbers: %1 more").arg(bad - max));
}

} // namespace sn
