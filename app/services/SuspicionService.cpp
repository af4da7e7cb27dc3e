#include "SuspicionService.h"

#include "StationService.h"
#include "SuspicionImport.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/LeadRepository.h"
#include "database/SqlUtil.h"
#include "database/SuspicionRepository.h"
#include "database/Transaction.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"

#include <QRegularExpression>

namespace sn {

namespace {

Status audit(
    Database &db, const SuspicionRow &row, const QString &field, const QString &oldValue, const QString &newValue)
{
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.table = QStringLiteral("suspicion_rows");
    entry.recordId = row.id;
    entry.householdId = row.householdId;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return AuditLog(db).append(entry);
}

} // namespace

SuspicionService::SuspicionService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

QString SuspicionService::statusCode(SuspicionStatus s)
{
    return SuspicionRepository::statusCode(s);
}

SuspicionStatus SuspicionService::statusFromCode(const QString &code)
{
    return SuspicionRepository::statusFromCode(code);
}

QString SuspicionService::matchedByCode(MatchedBy m)
{
    return SuspicionRepository::matchedByCode(m);
}

QString SuspicionService::verificationCode(Verification v)
{
    return SuspicionRepository::verificationCode(v);
}

Verification SuspicionService::verificationFromCode(const QString &code, bool *ok)
{
    return SuspicionRepository::verificationFromCode(code, ok);
}

bool SuspicionService::isMonth(const QString &month)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re.match(month).hasMatch();
}

Result<SuspicionImportResult> SuspicionService::importFile(
    const SuspicionImportRequest &request, const Progress &progress)
{
    if (auto st = canImport(); !st)
        return st.error();
    return SuspicionImport(m_db, m_session, request, progress).run();
}

std::optional<QString> SuspicionService::scope() const
{
    if (Roles::districtWide(m_session.role))
        return std::nullopt;
    return m_session.townshipCode;
}

SuspicionRow SuspicionService::masked(SuspicionRow row) const
{
    // Damaged numbers too (Excel's 6.30105E+17, a 15-digit old number): they are still a person's number.
    if (!m_session.can(Permission::SeeFullIdNumbers) && !row.idNumber.isEmpty())
        row.idNumber = IdNumber::mask(row.idNumber);
    return row;
}

Result<QList<SuspicionRow>> SuspicionService::rows(const SuspicionQuery &query) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view department tables."));
    SuspicionRowFilter filter { query, scope() };
    auto found = SuspicionRepository(m_db).rows(filter);
    if (!found)
        return found.error();
    QList<SuspicionRow> list;
    list.reserve(found->size());
    for (SuspicionRow &r : found.value())
        list.append(masked(std::move(r)));
    return list;
}

Result<SuspicionRow> SuspicionService::row(const QString &id) const
{
    auto found = SuspicionRepository(m_db).row(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("No department row with the id %1.").arg(id));
    if (auto s = checkRow(*found.value(), Permission::ViewHouseholds); !s)
        return s.error();
    return masked(*std::move(found).value());
}

Result<QStringList> SuspicionService::departments(const QString &month) const
{
    return SuspicionRepository(m_db).departments(month);
}

Status SuspicionService::checkRow(const SuspicionRow &row, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!Roles::districtWide(m_session.role) && row.townshipCode != m_session.townshipCode)
        return Error::forbidden(
            tr("This row is routed to another township; you may only work on your own township's rows."));
    return {};
}

Status SuspicionService::checkCandidate(const SuspicionRow &row) const
{
    if (row.status != SuspicionStatus::Candidate)
        return Error::invalid(tr("Row %1 is not a doubtful match waiting for confirmation.").arg(row.rowNumber),
            QStringLiteral("row %1").arg(row.rowNumber));
    return {};
}

// What makes an unmatched row a lead; a row that has one already is the caller's to skip.
Status SuspicionService::checkLeadable(const SuspicionRow &r) const
{
    const QString where = QStringLiteral("row %1").arg(r.rowNumber);
    if (r.status != SuspicionStatus::Unmatched)
        return Error::invalid(tr("Row %1 (%2) is %3; only unmatched rows become leads.")
                                  .arg(r.rowNumber)
                                  .arg(r.headName, statusCode(r.status)),
            where);
    if (r.townshipCode.isEmpty())
        return Error::invalid(
            tr("Row %1 (%2): send it to a township first; its address names none.").arg(r.rowNumber).arg(r.headName),
            where);
    if (r.headName.isEmpty())
        return Error::invalid(tr("Row %1 has no name.").arg(r.rowNumber), where);
    return {};
}

Status SuspicionService::checkVerification(Verification result, const QDate &date) const
{
    if (result == Verification::None)
        return Error::invalid(tr("Choose what the verification found: excluded, taken in, referred or adjusted."),
            QStringLiteral("verification"));
    if (!date.isValid() || date > Clock::today())
        return Error::invalid(
            tr("The verification date must be a real date, not in the future."), QStringLiteral("date"));
    return {};
}

Status SuspicionService::canImport() const
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(
            tr("Your role (%1) may not import department tables.").arg(Roles::display(m_session.role)));
    return {};
}

Status SuspicionService::canConfirm(const SuspicionRow &row) const
{
    if (auto s = checkRow(row, Permission::EditHouseholds); !s)
        return s;
    return checkCandidate(row);
}

Status SuspicionService::canReject(const SuspicionRow &row) const
{
    return canConfirm(row);
}

Status SuspicionService::canMakeLead(const SuspicionRow &row) const
{
    if (auto s = checkRow(row, Permission::EditHouseholds); !s)
        return s;
    if (!row.leadId.isEmpty())
        return Error::invalid(tr("Row %1 (%2) is a lead already.").arg(row.rowNumber).arg(row.headName),
            QStringLiteral("row %1").arg(row.rowNumber));
    return checkLeadable(row);
}

Status SuspicionService::canVerify(const SuspicionRow &row) const
{
    if (auto s = checkRow(row, Permission::EditHouseholds); !s)
        return s;
    if (row.status == SuspicionStatus::Invalid)
        return Error::invalid(
            tr("Row %1 could not be read (%2); there is nothing to verify.").arg(row.rowNumber).arg(row.reason),
            QStringLiteral("row %1").arg(row.rowNumber));
    return {};
}

Status SuspicionService::canRoute() const
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!Roles::districtWide(m_session.role))
        return Error::forbidden(tr("Only the district sends rows to other townships."));
    return {};
}

Status SuspicionService::confirm(const QString &rowId)
{
    auto r = row(rowId);
    if (!r)
        return r.error();
    if (auto s = canConfirm(r.value()); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = SuspicionRepository(m_db).confirmMatch(rowId, m_session.userName, Clock::now()); !s)
        return s;
    if (auto s = audit(m_db, r.value(), QStringLiteral("confirmation"), QString(), QStringLiteral("confirmed")); !s)
        return s;
    return tx.commit();
}

Status SuspicionService::reject(const QString &rowId)
{
    auto r = row(rowId);
    if (!r)
        return r.error();
    if (auto s = canReject(r.value()); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = SuspicionRepository(m_db).rejectMatch(rowId, m_session.userName, Clock::now()); !s)
        return s;
    if (auto s = audit(m_db, r.value(), QStringLiteral("confirmation"), r->householdId, QStringLiteral("rejected")); !s)
        return s;
    return tx.commit();
}

Status SuspicionService::route(const QString &rowId, const QString &townshipCode)
{
    auto r = row(rowId);
    if (!r)
        return r.error();
    if (auto s = checkRow(r.value(), Permission::EditHouseholds); !s)
        return s;
    const RegionTree tree = StationService::regions(m_db);
    const Region *t = tree.find(townshipCode);
    if (!t || t->level != RegionLevel::Township)
        return Error::invalid(tr("Choose a township (镇/街道) to send the row to."), QStringLiteral("township"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = SuspicionRepository(m_db).setTownship(rowId, townshipCode); !s)
        return s;
    if (auto s = audit(m_db, r.value(), QStringLiteral("township_code"), r->townshipCode, townshipCode); !s)
        return s;
    return tx.commit();
}

Status SuspicionService::verify(const QString &rowId, Verification result, const QDate &date, const QString &notes)
{
    auto r = row(rowId);
    if (!r)
        return r.error();
    if (auto s = checkRow(r.value(), Permission::EditHouseholds); !s)
        return s;
    if (auto s = checkVerification(result, date); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = SuspicionRepository(m_db).setVerification(rowId, result, date, notes.trimmed(), m_session.userName);
        !s)
        return s;
    if (auto s = audit(m_db, r.value(), QStringLiteral("verification"), verificationCode(r->verification),
            verificationCode(result));
        !s)
        return s;
    return tx.commit();
}

Result<QStringList> SuspicionService::makeLeads(const QStringList &rowIds)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    SuspicionRepository repository(m_db);
    QStringList leads;
    const QDateTime now = Clock::now();
    for (const QString &id : rowIds) {
        auto found = repository.row(id);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(tr("No department row with the id %1.").arg(id));
        const SuspicionRow &r = *found.value();
        if (auto s = checkRow(r, Permission::EditHouseholds); !s)
            return s.error();
        if (!r.leadId.isEmpty())
            continue;
        if (auto s = checkLeadable(r); !s)
            return s.error();
        const QString where = QStringLiteral("row %1").arg(r.rowNumber);
        const IdNumber idNumber = IdNumber::parse(r.idNumber, Clock::today());
        Lead lead;
        lead.id = sql::newId();
        lead.townshipCode = r.townshipCode;
        lead.source = LeadSource::Department;
        lead.reporterName = r.department;
        lead.personName = r.headName;
        lead.personIdNumber = idNumber.isValid() ? idNumber.normalized() : QString();
        lead.address = r.address;
        lead.phone = r.phone;
        lead.description = r.content;
        lead.reportedAt = now;
        lead.deadlineAt = now.addDays(1);
        lead.originRef = r.id;
        if (auto s = LeadRepository(m_db).insert(lead); !s)
            return Error { s.error().kind, s.error().message, where };
        if (auto s = repository.setLead(r.id, lead.id); !s)
            return s.error();
        AuditEntry entry;
        entry.action = QStringLiteral("create");
        entry.table = QStringLiteral("leads");
        entry.recordId = lead.id;
        entry.field = QStringLiteral("origin_ref");
        entry.newValue = r.id;
        if (auto s = AuditLog(m_db).append(entry); !s)
            return s.error();
        leads.append(lead.id);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return leads;
}

Result<QList<SuspicionProgress>> SuspicionService::progress(const QString &month) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view department tables."));
    auto counts = SuspicionRepository(m_db).counts(month, scope());
    if (!counts)
        return counts.error();
    QList<SuspicionProgress> list;
    for (const SuspicionRowCount &c : counts.value()) {
        if (list.isEmpty() || list.constLast().department != c.department || list.constLast().month != c.month)
            list.append({ c.department, c.month, 0, {}, {} });
        SuspicionProgress &p = list.last();
        p.total += c.count;
        p.byStatus[c.status] += c.count;
        p.byVerification[c.verification] += c.count;
    }
    return list;
}

} // namespace sn
