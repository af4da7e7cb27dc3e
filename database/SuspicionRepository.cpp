#include "SuspicionRepository.h"

#include "domain/EnumTable.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {

constexpr EnumEntry<SuspicionStatus> kStatusEntries[] = {
    { SuspicionStatus::Matched, "matched" },
    { SuspicionStatus::Candidate, "candidate" },
    { SuspicionStatus::Unmatched, "unmatched" },
    { SuspicionStatus::Invalid, "invalid" },
};
constexpr EnumTable<SuspicionStatus> kStatuses("sn::SuspicionRepository", kStatusEntries);

constexpr EnumEntry<MatchedBy> kMatchedByEntries[] = {
    { MatchedBy::None, "" },
    { MatchedBy::IdNumber, "id_number" },
    { MatchedBy::NameAddress, "name_address" },
};
constexpr EnumTable<MatchedBy> kMatchedBy("sn::SuspicionRepository", kMatchedByEntries);

constexpr EnumEntry<Verification> kVerificationEntries[] = {
    { Verification::None, "" },
    { Verification::Excluded, "excluded" },
    { Verification::TakenIn, "taken_in" },
    { Verification::Referred, "referred" },
    { Verification::Adjusted, "adjusted" },
};
constexpr EnumTable<Verification> kVerifications("sn::SuspicionRepository", kVerificationEntries);

const char *const RowColumns = "r.id, r.import_id, i.department, i.month, r.row_number, r.head_name, r.address, "
                               "r.content, r.phone, r.id_number, "
                               "r.status, r.reason, coalesce(r.household_id, ''), r.matched_by, r.score, "
                               "coalesce(r.township_code, ''), r.confirmation, "
                               "r.verification, r.verified_on, r.verification_notes, coalesce(r.lead_id, '')";

SuspicionRow rowFrom(const QSqlQuery &q)
{
    SuspicionRow r;
    r.id = q.value(0).toString();
    r.importId = q.value(1).toString();
    r.department = q.value(2).toString();
    r.month = q.value(3).toString();
    r.rowNumber = q.value(4).toInt();
    r.headName = q.value(5).toString();
    r.address = q.value(6).toString();
    r.content = q.value(7).toString();
    r.phone = q.value(8).toString();
    r.idNumber = q.value(9).toString();
    r.status = SuspicionRepository::statusFromCode(q.value(10).toString());
    r.reason = q.value(11).toString();
    r.householdId = q.value(12).toString();
    r.matchedBy = SuspicionRepository::matchedByFromCode(q.value(13).toString());
    r.score = q.value(14).toInt();
    r.townshipCode = q.value(15).toString();
    r.confirmation = q.value(16).toString();
    r.verification = SuspicionRepository::verificationFromCode(q.value(17).toString());
    r.verifiedOn = sql::toDate(q.value(18));
    r.verificationNotes = q.value(19).toString();
    r.leadId = q.value(20).toString();
    return r;
}

// "1" for every township, else the row's township; its value appended to `values`.
QString scopeClause(const std::optional<QString> &township, QVariantList &values)
{
    if (!township)
        return QStringLiteral("1");
    values.append(*township);
    return QStringLiteral("r.township_code = ?");
}

Status done(const Result<QSqlQuery> &q)
{
    return q ? Status() : Status(q.error());
}

} // namespace

QString SuspicionRepository::statusCode(SuspicionStatus s)
{
    return kStatuses.code(s);
}

SuspicionStatus SuspicionRepository::statusFromCode(const QString &code)
{
    return kStatuses.fromCode(code, SuspicionStatus::Unmatched);
}

QString SuspicionRepository::matchedByCode(MatchedBy m)
{
    return m == MatchedBy::None ? QString() : kMatchedBy.code(m);
}

MatchedBy SuspicionRepository::matchedByFromCode(const QString &code)
{
    return kMatchedBy.fromCode(code);
}

QString SuspicionRepository::verificationCode(Verification v)
{
    return v == Verification::None ? QString() : kVerifications.code(v);
}

// An empty code is "not verified yet" (ok); an unknown one is refused.
Verification SuspicionRepository::verificationFromCode(const QString &code, bool *ok)
{
    return kVerifications.fromCode(code, ok);
}

Result<std::optional<SuspicionImportRecord>> SuspicionRepository::findImport(
    const QString &department, const QString &month, const QString &sha256) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT imported_at, file_name FROM suspicion_imports WHERE department = ? AND month = ? AND "
                       "sha256 = ? AND deleted = 0"),
        { department, month, sha256 });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SuspicionImportRecord>();
    SuspicionImportRecord found;
    found.department = department;
    found.month = month;
    found.sha256 = sha256;
    found.importedAt = q.value().value(0).toString();
    found.fileName = q.value().value(1).toString();
    return std::optional<SuspicionImportRecord>(found);
}

Status SuspicionRepository::insertImport(const SuspicionImportRecord &i)
{
    return done(sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO suspicion_imports (id, department, month, file_name, sha256, row_count, "
                       "imported_at, imported_by, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { i.id, i.department, i.month, i.fileName, i.sha256, i.rowCount, i.importedAt, i.importedBy, m_db.stamp(),
            m_db.stationId() }));
}

Status SuspicionRepository::queueRowsForSync(const QString &importId)
{
    return done(sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO sync_outbox (table_name, row_key, hlc, prev_hlc) "
                       "SELECT 'suspicion_rows', id, hlc, '' FROM suspicion_rows WHERE import_id = ? ORDER BY rowid"),
        { importId }));
}

Result<QList<SuspicionRow>> SuspicionRepository::rows(const SuspicionRowFilter &filter) const
{
    QVariantList values;
    QStringList where { QStringLiteral("r.deleted = 0"), QStringLiteral("i.deleted = 0"),
        scopeClause(filter.township, values) };
    if (!filter.month.isEmpty()) {
        where.append(QStringLiteral("i.month = ?"));
        values.append(filter.month);
    }
    if (!filter.department.isEmpty()) {
        where.append(QStringLiteral("i.department = ?"));
        values.append(filter.department);
    }
    if (!filter.townshipCode.isEmpty()) {
        where.append(QStringLiteral("r.township_code = ?"));
        values.append(filter.townshipCode);
    }
    if (filter.status) {
        where.append(QStringLiteral("r.status = ?"));
        values.append(statusCode(*filter.status));
    }
    if (filter.unverifiedOnly)
        where.append(QStringLiteral("r.verification = ''"));
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM suspicion_rows r JOIN suspicion_imports i ON i.id = r.import_id "
                       "WHERE %2 ORDER BY i.month, i.department, i.imported_at, r.row_number")
            .arg(QLatin1String(RowColumns), where.join(QStringLiteral(" AND "))),
        values);
    if (!q)
        return q.error();
    QList<SuspicionRow> list;
    while (q.value().next())
        list.append(rowFrom(q.value()));
    return list;
}

Result<std::optional<SuspicionRow>> SuspicionRepository::row(const QString &id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM suspicion_rows r JOIN suspicion_imports i ON i.id = r.import_id "
                       "WHERE r.id = ? AND r.deleted = 0")
            .arg(QLatin1String(RowColumns)),
        { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SuspicionRow>();
    return std::optional<SuspicionRow>(rowFrom(q.value()));
}

Result<QStringList> SuspicionRepository::departments(const QString &month) const
{
    return sql::strings(m_db.sql(),
        QStringLiteral(
            "SELECT DISTINCT department FROM suspicion_imports WHERE month = ? AND deleted = 0 ORDER BY department"),
        { month });
}

Result<QList<SuspicionRowCount>> SuspicionRepository::counts(
    const QString &month, const std::optional<QString> &township) const
{
    QVariantList values;
    const QString scope = scopeClause(township, values);
    QString where = QStringLiteral("r.deleted = 0 AND i.deleted = 0 AND %1").arg(scope);
    if (!month.isEmpty()) {
        where += QStringLiteral(" AND i.month = ?");
        values.append(month);
    }
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT i.department, i.month, r.status, r.verification, count(*) FROM suspicion_rows r JOIN "
            "suspicion_imports i ON i.id = r.import_id "
            "WHERE %1 GROUP BY i.department, i.month, r.status, r.verification ORDER BY i.month, i.department")
            .arg(where),
        values);
    if (!q)
        return q.error();
    QList<SuspicionRowCount> list;
    while (q.value().next()) {
        list.append({ q.value().value(0).toString(), q.value().value(1).toString(),
            statusFromCode(q.value().value(2).toString()), verificationFromCode(q.value().value(3).toString()),
            q.value().value(4).toInt() });
    }
    return list;
}

Status SuspicionRepository::confirmMatch(const QString &rowId, const QString &userName, const QDateTime &at)
{
    return done(sql::exec(m_db.sql(),
        QStringLiteral("UPDATE suspicion_rows SET status = 'matched', confirmation = 'confirmed', confirmed_by = ?, "
                       "confirmed_at = ?, hlc = ?, "
                       "station_id = ? WHERE id = ?"),
        { userName, at.toString(Qt::ISODate), m_db.stamp(), m_db.stationId(), rowId }));
}

Status SuspicionRepository::rejectMatch(const QString &rowId, const QString &userName, const QDateTime &at)
{
    return done(sql::exec(m_db.sql(),
        QStringLiteral("UPDATE suspicion_rows SET status = 'unmatched', confirmation = 'rejected', household_id = "
                       "NULL, matched_by = '', score = 0, "
                       "confirmed_by = ?, confirmed_at = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { userName, at.toString(Qt::ISODate), m_db.stamp(), m_db.stationId(), rowId }));
}

Status SuspicionRepository::setTownship(const QString &rowId, const QString &townshipCode)
{
    return done(sql::exec(m_db.sql(),
        QStringLiteral("UPDATE suspicion_rows SET township_code = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { townshipCode, m_db.stamp(), m_db.stationId(), rowId }));
}

Status SuspicionRepository::setVerification(
    const QString &rowId, Verification result, const QDate &date, const QString &notes, const QString &userName)
{
    return done(sql::exec(m_db.sql(),
        QStringLiteral("UPDATE suspicion_rows SET verification = ?, verified_on = ?, verification_notes = ?, "
                       "verified_by = ?, hlc = ?, station_id = ? "
                       "WHERE id = ?"),
        { verificationCode(result), sql::dateValue(date), notes, userName, m_db.stamp(), m_db.stationId(), rowId }));
}

Status SuspicionRepository::setLead(const QString &rowId, const QString &leadId)
{
    return done(sql::exec(m_db.sql(),
        QStringLiteral("UPDATE suspicion_rows SET lead_id = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { leadId, m_db.stamp(), m_db.stationId(), rowId }));
}

} // namespace sn
