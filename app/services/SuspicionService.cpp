#include "SuspicionService.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/ChangeCapture.h"
#include "database/Database.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/AddressKey.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <sqlite3.h>

#include <array>
#include <atomic>
#include <ctime>
#include <optional>
#include <thread>
#include <vector>

namespace sn {

Q_LOGGING_CATEGORY(lcImport, "sn.import", QtWarningMsg)

namespace {
// From this many rows on, an import is written without the capture triggers (see importFile).
constexpr int BulkRows = 2000;

// CPU milliseconds of the process so far (the phases' wall times say little on a busy machine).
qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}
// CPU milliseconds of the calling thread.
qint64 threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}
} // namespace

namespace {

const char *const RowColumns =
    "r.id, r.import_id, i.department, i.month, r.row_number, r.head_name, r.address, r.content, r.phone, r.id_number, "
    "r.status, r.reason, coalesce(r.household_id, ''), r.matched_by, r.score, coalesce(r.township_code, ''), r.confirmation, "
    "r.verification, r.verified_on, r.verification_notes, coalesce(r.lead_id, '')";

SuspicionRow rowFrom(const QSqlQuery &q, bool fullIds)
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
    if (!fullIds && r.idNumber.size() == 18)
        r.idNumber = IdNumber::mask(r.idNumber);
    r.status = SuspicionService::statusFromCode(q.value(10).toString());
    r.reason = q.value(11).toString();
    r.householdId = q.value(12).toString();
    const QString by = q.value(13).toString();
    r.matchedBy = by == QLatin1String("id_number") ? MatchedBy::IdNumber : by == QLatin1String("name_address") ? MatchedBy::NameAddress : MatchedBy::None;
    r.score = q.value(14).toInt();
    r.townshipCode = q.value(15).toString();
    r.confirmation = q.value(16).toString();
    r.verification = SuspicionService::verificationFromCode(q.value(17).toString());
    r.verifiedOn = sql::toDate(q.value(18));
    r.verificationNotes = q.value(19).toString();
    r.leadId = q.value(20).toString();
    return r;
}

struct RowInsert
{
    sqlite3_stmt *stmt = nullptr;
    ~RowInsert() { sqlite3_finalize(stmt); }
};

// UTF-8 the caller keeps alive until the step; an empty text is '' or, where asked, NULL.
void bindUtf8(sqlite3_stmt *stmt, int index, const QByteArray &text, bool nullIfEmpty = false)
{
    if (text.isEmpty() && nullIfEmpty)
        sqlite3_bind_null(stmt, index);
    else
        sqlite3_bind_text(stmt, index, text.isNull() ? "" : text.constData(), int(text.size()), SQLITE_STATIC);
}

// As sql::toError() reports a failed statement: a full disk or I/O failure says so, a constraint is invalid input.
Error sqliteError(sqlite3 *db, const QString &what)
{
    const int code = sqlite3_errcode(db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
    const QString io = sql::ioMessage(code, detail);
    if (!io.isEmpty())
        return Error::io(io);
    const QString message = QCoreApplication::translate("sn::sql", "Database error in %1: %2").arg(what, detail);
    if ((code & 0xff) == SQLITE_CONSTRAINT)
        return Error::invalid(message);
    return Error::internal(message);
}

Result<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(SuspicionService::tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error::io(SuspicionService::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return hash.result().toHex();
}

} // namespace

SuspicionService::SuspicionService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{
    m_db.setActor({m_session.userId, m_session.userName});
}

QString SuspicionService::statusCode(SuspicionStatus s)
{
    switch (s) {
    case SuspicionStatus::Matched: return QStringLiteral("matched");
    case SuspicionStatus::Candidate: return QStringLiteral("candidate");
    case SuspicionStatus::Unmatched: return QStringLiteral("unmatched");
    case SuspicionStatus::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

SuspicionStatus SuspicionService::statusFromCode(const QString &code)
{
    if (code == QLatin1String("matched"))
        return SuspicionStatus::Matched;
    if (code == QLatin1String("candidate"))
        return SuspicionStatus::Candidate;
    if (code == QLatin1String("invalid"))
        return SuspicionStatus::Invalid;
    return SuspicionStatus::Unmatched;
}

QString SuspicionService::matchedByCode(MatchedBy m)
{
    switch (m) {
    case MatchedBy::IdNumber: return QStringLiteral("id_number");
    case MatchedBy::NameAddress: return QStringLiteral("name_address");
    case MatchedBy::None: break;
    }
    return {};
}

QString SuspicionService::verificationCode(Verification v)
{
    switch (v) {
    case Verification::Excluded: return QStringLiteral("excluded");
    case Verification::TakenIn: return QStringLiteral("taken_in");
    case Verification::Referred: return QStringLiteral("referred");
    case Verification::Adjusted: return QStringLiteral("adjusted");
    case Verification::None: break;
    }
    return {};
}

Verification SuspicionService::verificationFromCode(const QString &code, bool *ok)
{
    if (ok)
        *ok = true;
    for (Verification v : {Verification::Excluded, Verification::TakenIn, Verification::Referred, Verification::Adjusted}) {
        if (code == verificationCode(v))
            return v;
    }
    if (ok)
        *ok = code.isEmpty();
    return Verification::None;
}

bool SuspicionService::isMonth(const QString &month)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re.match(month).hasMatch();
}

Result<SuspicionImportResult> SuspicionService::importFile(const SuspicionImportRequest &request, const Progress &progress)
{
    if (!m_session.can(Permission::EditHouseholds))
        return Error::forbidden(tr("Your role (%1) may not import department tables.").arg(Roles::display(m_session.role)));
    const QString department = request.department.trimmed();
    if (department.isEmpty())
        return Error::invalid(tr("Name the department that sent the table."), QStringLiteral("department"));
    if (!isMonth(request.month))
        return Error::invalid(tr("The month must be written YYYY-MM, not \"%1\".").arg(request.month), QStringLiteral("month"));
    QElapsedTimer clock;
    clock.start();
    auto hash = sha256Of(request.path);
    if (!hash)
        return hash.error();
    const QString sha = QString::fromLatin1(hash.value());
    auto earlier = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT imported_at, file_name FROM suspicion_imports WHERE department = ? AND month = ? AND sha256 = ? AND deleted = 0"),
        {department, request.month, sha});
    if (!earlier)
        return earlier.error();
    if (earlier.value().next())
        return Error::conflict(tr("This file was already imported for %1, %2 (as %3 on %4); it is not imported twice.")
                                   .arg(department, request.month, earlier.value().value(1).toString(),
                                        earlier.value().value(0).toString().left(10)));

    auto sheet = SheetReader::readFile(request.path, request.sheetName);
    if (!sheet)
        return sheet.error();
    qCDebug(lcImport) << "read" << clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    auto table = TableLocator::locate(sheet.value(), requiredFields(), request.mapping);
    if (!table)
        return table.error();
    qCDebug(lcImport) << "located" << clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    const LocatedTable &t = table.value();
    const Sheet &s = sheet.value();
    auto cell = [&](int row, SheetField f) { return t.has(f) ? s.cell(row, t.column(f)) : Cell(); };

    // 1. Each row's text; the matcher then loads only the members the table can match.
    const int total = int(t.dataRows.size());
    std::vector<SuspicionRow> rows(static_cast<size_t>(total));
    std::vector<IdCell> ids(static_cast<size_t>(total));
    QList<MatchKey> keys;
    keys.reserve(total);
    for (int i = 0; i < total; ++i) {
        const int r = t.dataRows.at(i);
        SuspicionRow &row = rows[size_t(i)];
        row.rowNumber = r + 1;
        row.headName = TableLocator::text(cell(r, SheetField::HeadName));
        row.address = TableLocator::text(cell(r, SheetField::Address));
        row.content = TableLocator::text(cell(r, SheetField::Content));
        row.phone = TableLocator::text(cell(r, SheetField::Phone));
        const IdCell &id = ids[size_t(i)] = TableLocator::idNumber(cell(r, SheetField::IdNumber));
        keys.append({row.headName, id.text, id.damaged});
    }
    qCDebug(lcImport) << "keys" << clock.elapsed() << "ms, CPU" << cpuMs() << "ms";

    // 2. A second thread does the work of each row (normalising addresses is most of it, then matching), while
    // this one loads the matcher and then inserts the rows. It first prepares what needs no match (ids,
    // address keys, the row's own text as UTF-8, which SQLite would otherwise translate from UTF-16 here) while
    // the matcher loads, then matches one row ahead of the inserts. It touches a row only until it publishes it
    // in `matched`; only this thread uses the connection and the clock.
    const QString stationTownship = StationService::info(m_db).townshipCode;
    enum Utf8Column { Id, HeadName, Address, AddressKeyColumn, Content, Phone, IdNumberColumn, Reason, HouseholdId, Township, Utf8Columns };
    std::vector<std::array<QByteArray, Utf8Columns>> utf8(static_cast<size_t>(total));
    std::vector<QString> addressKeys(static_cast<size_t>(total));
    std::optional<SuspicionMatcher> matcher; // outlives the worker; published by `phase`
    enum Phase { Loading, Loaded, Abandoned };
    std::atomic<int> phase{Loading};
    std::atomic<int> matched{0};
    std::jthread worker([&](std::stop_token stop) {
        for (int i = 0; i < total && phase.load(std::memory_order_relaxed) != Abandoned; ++i) {
            SuspicionRow &row = rows[size_t(i)];
            row.id = sql::newId();
            addressKeys[size_t(i)] = AddressKey::normalize(row.address);
            auto &text = utf8[size_t(i)];
            text[Id] = row.id.toUtf8();
            text[HeadName] = row.headName.toUtf8();
            text[Address] = row.address.toUtf8();
            text[AddressKeyColumn] = addressKeys[size_t(i)].toUtf8();
            text[Content] = row.content.toUtf8();
            text[Phone] = row.phone.toUtf8();
        }
        qCDebug(lcImport) << "prepared, thread CPU" << threadCpuMs() << "ms";
        for (int p = phase.load(std::memory_order_acquire); p == Loading; p = phase.load(std::memory_order_acquire))
            phase.wait(p, std::memory_order_acquire);
        if (phase.load(std::memory_order_acquire) != Loaded)
            return;
        for (int i = 0; i < total && !stop.stop_requested(); ++i) {
            SuspicionRow &row = rows[size_t(i)];
            const IdCell &id = ids[size_t(i)];
            const SuspicionMatch m = matcher->matchKeyed(row.headName, id.text, id.damaged, addressKeys[size_t(i)]);
            row.idNumber = m.idNumber;
            row.status = m.status;
            row.reason = m.reason;
            row.householdId = m.householdId;
            row.matchedBy = m.by;
            row.score = m.score;
            row.townshipCode = m.townshipCode;
            if (row.townshipCode.isEmpty())
                row.townshipCode = matcher->townshipFromAddress(row.address);
            if (row.townshipCode.isEmpty())
                row.townshipCode = stationTownship;
            auto &text = utf8[size_t(i)];
            text[IdNumberColumn] = row.idNumber.toUtf8();
            text[Reason] = row.reason.toUtf8();
            text[HouseholdId] = row.householdId.toUtf8();
            text[Township] = row.townshipCode.toUtf8();
            matched.store(i + 1, std::memory_order_release);
            matched.notify_one();
        }
        qCDebug(lcImport) << "matching thread CPU" << threadCpuMs() << "ms";
    });
    // Any return before the matcher is handed over lets the worker go (the jthread, destroyed after this
    // guard, then joins it).
    const auto abandon = qScopeGuard([&phase] {
        int expected = Loading;
        if (phase.compare_exchange_strong(expected, Abandoned))
            phase.notify_all();
    });

    auto loaded = SuspicionMatcher::load(m_db, keys, request.thresholds);
    if (!loaded)
        return loaded.error();
    matcher.emplace(std::move(loaded).value());
    phase.store(Loaded, std::memory_order_release);
    phase.notify_all();
    qCDebug(lcImport) << "matcher loaded" << clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    const QString importedAt = Clock::now().toString(Qt::ISODate);

    SuspicionImportResult result;
    result.importId = sql::newId();
    result.rows.reserve(total);

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto header = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO suspicion_imports (id, department, month, file_name, sha256, row_count, imported_at, imported_by, hlc, station_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {result.importId, department, request.month, QFileInfo(request.path).fileName(), sha, total, importedAt,
         m_session.userName, m_db.stamp(), m_db.stationId()});
    if (!header)
        return header.error();
    // One raw prepared statement for all rows: binding 17 values through QSqlQuery (a QVariant each) cost more
    // than SQLite's own insert.
    sqlite3 *handle = sql::handle(m_db.sql());
    if (!handle)
        return Error::internal(tr("No SQLite handle for the connection."));
    // A big table is written without the change-capture triggers (each costs a row about as much as its insert,
    // see ChangeCapture::dropTriggers) and queued for sync in one statement after the rows, in this transaction.
    const bool bulk = total >= BulkRows;
    if (bulk) {
        if (auto st = ChangeCapture::dropTriggers(m_db); !st)
            return st.error();
    }
    RowInsert insert;
    if (sqlite3_prepare_v2(handle,
            "INSERT INTO suspicion_rows (id, import_id, row_number, head_name, address, address_key, content, phone, id_number, status, "
            "reason, household_id, matched_by, score, township_code, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            -1, &insert.stmt, nullptr) != SQLITE_OK)
        return sqliteError(handle, QStringLiteral("suspicion_rows"));
    const QString stationId = m_db.stationId();

    const bool fullIdNumbers = m_session.can(Permission::SeeFullIdNumbers);
    const QByteArray importId = result.importId.toUtf8();
    const QByteArray stationIdText = stationId.toUtf8();
    QHash<SuspicionStatus, QByteArray> statusText;
    for (SuspicionStatus st : {SuspicionStatus::Matched, SuspicionStatus::Candidate, SuspicionStatus::Unmatched, SuspicionStatus::Invalid})
        statusText.insert(st, statusCode(st).toUtf8());
    QHash<MatchedBy, QByteArray> matchedByText;
    for (MatchedBy by : {MatchedBy::None, MatchedBy::IdNumber, MatchedBy::NameAddress})
        matchedByText.insert(by, matchedByCode(by).toUtf8());
    const qint64 insertStart = threadCpuMs();

    for (int i = 0; i < total; ++i) {
        for (int have = matched.load(std::memory_order_acquire); have <= i; have = matched.load(std::memory_order_acquire))
            matched.wait(have, std::memory_order_acquire);
        SuspicionRow &row = rows[size_t(i)];
        row.importId = result.importId;
        row.department = department;
        row.month = request.month;
        {
            auto &text = utf8[size_t(i)];
            sqlite3_stmt *st = insert.stmt;
            int c = 0;
            bindUtf8(st, ++c, text[Id]);
            bindUtf8(st, ++c, importId);
            sqlite3_bind_int(st, ++c, row.rowNumber);
            bindUtf8(st, ++c, text[HeadName]);
            bindUtf8(st, ++c, text[Address]);
            bindUtf8(st, ++c, text[AddressKeyColumn]);
            bindUtf8(st, ++c, text[Content]);
            bindUtf8(st, ++c, text[Phone]);
            bindUtf8(st, ++c, text[IdNumberColumn]);
            bindUtf8(st, ++c, statusText.value(row.status));
            bindUtf8(st, ++c, text[Reason]);
            bindUtf8(st, ++c, text[HouseholdId], true);
            bindUtf8(st, ++c, matchedByText.value(row.matchedBy));
            sqlite3_bind_int(st, ++c, row.score);
            bindUtf8(st, ++c, text[Township], true);
            const QByteArray hlc = m_db.stamp().toLatin1();
            bindUtf8(st, ++c, hlc);
            bindUtf8(st, ++c, stationIdText);
            const int rc = sqlite3_step(st);
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            text = {};
            if (rc != SQLITE_DONE) {
                const Error e = sqliteError(handle, QStringLiteral("suspicion_rows"));
                return Error{e.kind, e.message, QStringLiteral("row %1").arg(row.rowNumber)};
            }
        }
        result.counts[row.status] += 1;
        if (!fullIdNumbers && row.idNumber.size() == 18)
            row.idNumber = IdNumber::mask(row.idNumber);
        // A township's clerk sees the rows of their own township only (as in rows()); the counts are whole.
        if (row.townshipCode.isEmpty() || m_session.coversTownship(row.townshipCode))
            result.rows.append(std::move(row));
        if (progress && ((i + 1) % 500 == 0 || i + 1 == total) && !progress(i + 1, total))
            return cancelledError();
    }
    if (bulk) {
        auto queued = sql::exec(m_db.sql(), QStringLiteral(
            "INSERT INTO sync_outbox (table_name, row_key, hlc, prev_hlc) "
            "SELECT 'suspicion_rows', id, hlc, '' FROM suspicion_rows WHERE import_id = ? ORDER BY rowid"), {result.importId});
        if (!queued)
            return queued.error();
        if (auto st = ChangeCapture::ensureTriggers(m_db); !st)
            return st.error();
    }
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.table = QStringLiteral("suspicion_imports");
    entry.recordId = result.importId;
    entry.field = QStringLiteral("*");
    entry.newValue = QStringLiteral("%1 %2 %3: %4 rows").arg(department, request.month, QFileInfo(request.path).fileName()).arg(total);
    if (auto st = AuditLog(m_db).append(entry); !st)
        return st.error();
    qCDebug(lcImport) << "rows written" << clock.elapsed() << "ms, CPU" << cpuMs() << "ms; inserting thread CPU"
                      << threadCpuMs() - insertStart << "ms";
    if (auto st = tx.commit(); !st)
        return st.error();
    qCDebug(lcImport) << "committed" << clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    return result;
}

QString SuspicionService::scopeClause(QVariantList &values) const
{
    if (Roles::districtWide(m_session.role))
        return QStringLiteral("1");
    values.append(m_session.townshipCode);
    return QStringLiteral("r.township_code = ?");
}

Result<QList<SuspicionRow>> SuspicionService::rows(const SuspicionQuery &query) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view department tables."));
    QVariantList values;
    QStringList where{QStringLiteral("r.deleted = 0"), QStringLiteral("i.deleted = 0"), scopeClause(values)};
    if (!query.month.isEmpty()) {
        where.append(QStringLiteral("i.month = ?"));
        values.append(query.month);
    }
    if (!query.department.isEmpty()) {
        where.append(QStringLiteral("i.department = ?"));
        values.append(query.department);
    }
    if (!query.townshipCode.isEmpty()) {
        where.append(QStringLiteral("r.township_code = ?"));
        values.append(query.townshipCode);
    }
    if (query.status) {
        where.append(QStringLiteral("r.status = ?"));
        values.append(statusCode(*query.status));
    }
    if (query.unverifiedOnly)
        where.append(QStringLiteral("r.verification = ''"));
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM suspicion_rows r JOIN suspicion_imports i ON i.id = r.import_id "
                                                  "WHERE %2 ORDER BY i.month, i.department, i.imported_at, r.row_number")
                                       .arg(QLatin1String(RowColumns), where.join(QStringLiteral(" AND "))), values);
    if (!q)
        return q.error();
    const bool full = m_session.can(Permission::SeeFullIdNumbers);
    QList<SuspicionRow> list;
    while (q.value().next())
        list.append(rowFrom(q.value(), full));
    return list;
}

Result<SuspicionRow> SuspicionService::row(const QString &id) const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM suspicion_rows r JOIN suspicion_imports i ON i.id = r.import_id "
                                                  "WHERE r.id = ? AND r.deleted = 0").arg(QLatin1String(RowColumns)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("No department row with the id %1.").arg(id));
    SuspicionRow r = rowFrom(q.value(), true);
    if (auto s = checkRow(r, Permission::ViewHouseholds); !s)
        return s.error();
    if (!m_session.can(Permission::SeeFullIdNumbers) && r.idNumber.size() == 18)
        r.idNumber = IdNumber::mask(r.idNumber);
    return r;
}

Result<QStringList> SuspicionService::departments(const QString &month) const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT DISTINCT department FROM suspicion_imports WHERE month = ? AND deleted = 0 ORDER BY department"),
                       {month});
    if (!q)
        return q.error();
    QStringList list;
    while (q.value().next())
        list.append(q.value().value(0).toString());
    return list;
}

Status SuspicionService::checkRow(const SuspicionRow &row, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!Roles::districtWide(m_session.role) && row.townshipCode != m_session.townshipCode)
        return Error::forbidden(tr("This row is routed to another township; you may only work on your own township's rows."));
    return {};
}

static Status audit(Database &db, const SuspicionRow &row, const QString &field, const QString &oldValue, const QString &newValue)
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

Status SuspicionService::confirm(const QString &rowId)
{
    auto r = row(rowId);
    if (!r)
        return r.error();
    if (auto s = checkRow(r.value(), Permission::EditHouseholds); !s)
        return s;
    if (r->status != SuspicionStatus::Candidate)
        return Error::invalid(tr("Row %1 is not a doubtful match waiting for confirmation.").arg(r->rowNumber), QStringLiteral("row %1").arg(r->rowNumber));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto u = sql::exec(m_db.sql(), QStringLiteral(
        "UPDATE suspicion_rows SET status = 'matched', confirmation = 'confirmed', confirmed_by = ?, confirmed_at = ?, hlc = ?, station_id = ? WHERE id = ?"),
        {m_session.userName, Clock::now().toString(Qt::ISODate), m_db.stamp(), m_db.stationId(), rowId});
    if (!u)
        return u.error();
    if (auto s = audit(m_db, r.value(), QStringLiteral("confirmation"), QString(), QStringLiteral("confirmed")); !s)
        return s;
    return tx.commit();
}

Status SuspicionService::reject(const QString &rowId)
{
    auto r = row(rowId);
    if (!r)
        return r.error();
    if (auto s = checkRow(r.value(), Permission::EditHouseholds); !s)
        return s;
    if (r->status != SuspicionStatus::Candidate)
        return Error::invalid(tr("Row %1 is not a doubtful match waiting for confirmation.").arg(r->rowNumber), QStringLiteral("row %1").arg(r->rowNumber));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto u = sql::exec(m_db.sql(), QStringLiteral(
        "UPDATE suspicion_rows SET status = 'unmatched', confirmation = 'rejected', household_id = NULL, matched_by = '', score = 0, "
        "confirmed_by = ?, confirmed_at = ?, hlc = ?, station_id = ? WHERE id = ?"),
        {m_session.userName, Clock::now().toString(Qt::ISODate), m_db.stamp(), m_db.stationId(), rowId});
    if (!u)
        return u.error();
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
    auto u = sql::exec(m_db.sql(), QStringLiteral("UPDATE suspicion_rows SET township_code = ?, hlc = ?, station_id = ? WHERE id = ?"),
                       {townshipCode, m_db.stamp(), m_db.stationId(), rowId});
    if (!u)
        return u.error();
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
    if (result == Verification::None)
        return Error::invalid(tr("Choose what the verification found: excluded, taken in, referred or adjusted."), QStringLiteral("verification"));
    if (!date.isValid() || date > Clock::today())
        return Error::invalid(tr("The verification date must be a real date, not in the future."), QStringLiteral("date"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto u = sql::exec(m_db.sql(), QStringLiteral(
        "UPDATE suspicion_rows SET verification = ?, verified_on = ?, verification_notes = ?, verified_by = ?, hlc = ?, station_id = ? WHERE id = ?"),
        {verificationCode(result), sql::dateValue(date), notes.trimmed(), m_session.userName, m_db.stamp(), m_db.stationId(), rowId});
    if (!u)
        return u.error();
    if (auto s = audit(m_db, r.value(), QStringLiteral("verification"), verificationCode(r->verification), verificationCode(result)); !s)
        return s;
    return tx.commit();
}

Result<QStringList> SuspicionService::makeLeads(const QStringList &rowIds)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QStringList leads;
    const QDateTime now = Clock::now();
    for (const QString &id : rowIds) {
        auto q = sql::exec(m_db.sql(), QStringLiteral("SELECT %1 FROM suspicion_rows r JOIN suspicion_imports i ON i.id = r.import_id "
                                                      "WHERE r.id = ? AND r.deleted = 0").arg(QLatin1String(RowColumns)), {id});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::notFound(tr("No department row with the id %1.").arg(id));
        const SuspicionRow r = rowFrom(q.value(), true);
        if (auto s = checkRow(r, Permission::EditHouseholds); !s)
            return s.error();
        const QString where = QStringLiteral("row %1").arg(r.rowNumber);
        if (!r.leadId.isEmpty())
            continue;
        if (r.status != SuspicionStatus::Unmatched)
            return Error::invalid(tr("Row %1 (%2) is %3; only unmatched rows become leads.").arg(r.rowNumber).arg(r.headName, statusCode(r.status)), where);
        if (r.townshipCode.isEmpty())
            return Error::invalid(tr("Row %1 (%2): send it to a township first; its address names none.").arg(r.rowNumber).arg(r.headName), where);
        if (r.headName.isEmpty())
            return Error::invalid(tr("Row %1 has no name.").arg(r.rowNumber), where);
        const QString leadId = sql::newId();
        const IdNumber idNumber = IdNumber::parse(r.idNumber, Clock::today());
        auto ins = sql::exec(m_db.sql(), QStringLiteral(
            "INSERT INTO leads (id, township_code, source, reporter_name, person_name, person_id_number, address, phone, description, "
            "state, reported_at, deadline_at, origin_ref, hlc, station_id) VALUES (?, ?, 'department', ?, ?, ?, ?, ?, ?, 'reported', ?, ?, ?, ?, ?)"),
            {leadId, r.townshipCode, r.department, r.headName, idNumber.isValid() ? idNumber.normalized() : QString(), r.address, r.phone,
             r.content, now.toString(Qt::ISODate), now.addDays(1).toString(Qt::ISODate), r.id, m_db.stamp(), m_db.stationId()});
        if (!ins)
            return Error{ins.error().kind, ins.error().message, where};
        auto u = sql::exec(m_db.sql(), QStringLiteral("UPDATE suspicion_rows SET lead_id = ?, hlc = ?, station_id = ? WHERE id = ?"),
                           {leadId, m_db.stamp(), m_db.stationId(), r.id});
        if (!u)
            return u.error();
        AuditEntry entry;
        entry.action = QStringLiteral("create");
        entry.table = QStringLiteral("leads");
        entry.recordId = leadId;
        entry.field = QStringLiteral("origin_ref");
        entry.newValue = r.id;
        if (auto s = AuditLog(m_db).append(entry); !s)
            return s.error();
        leads.append(leadId);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return leads;
}

Result<QList<SuspicionProgress>> SuspicionService::progress(const QString &month) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view department tables."));
    QVariantList values;
    const QString scope = scopeClause(values);
    QString where = QStringLiteral("r.deleted = 0 AND i.deleted = 0 AND %1").arg(scope);
    if (!month.isEmpty()) {
        where += QStringLiteral(" AND i.month = ?");
        values.append(month);
    }
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT i.department, i.month, r.status, r.verification, count(*) FROM suspicion_rows r JOIN suspicion_imports i ON i.id = r.import_id "
        "WHERE %1 GROUP BY i.department, i.month, r.status, r.verification ORDER BY i.month, i.department").arg(where), values);
    if (!q)
        return q.error();
    QList<SuspicionProgress> list;
    while (q.value().next()) {
        const QString department = q.value().value(0).toString();
        const QString m = q.value().value(1).toString();
        if (list.isEmpty() || list.constLast().department != department || list.constLast().month != m)
            list.append({department, m, 0, {}, {}});
        SuspicionProgress &p = list.last();
        const int n = q.value().value(4).toInt();
        p.total += n;
        p.byStatus[statusFromCode(q.value().value(2).toString())] += n;
        p.byVerification[verificationFromCode(q.value().value(3).toString())] += n;
    }
    return list;
}

} // namespace sn
