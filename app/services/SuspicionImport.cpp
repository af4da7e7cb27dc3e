#include "SuspicionImport.h"

#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SqlUtil.h"
#include "database/SuspicionRepository.h"
#include "database/Transaction.h"
#include "domain/AddressKey.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <ctime>
#include <thread>

namespace sn {

Q_LOGGING_CATEGORY(lcImport, "sn.import", QtWarningMsg)

namespace {
// From this many rows on, an import is written without the capture triggers (see SuspicionRowWriter).
constexpr int BulkRows = 2000;

// CPU milliseconds of the process so far (the phases' wall times say little on a busy machine).
qint64 cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}
// CPU milliseconds of the calling thread.
qint64 threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

Result<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(
            SuspicionService::tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error::io(
            SuspicionService::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return hash.result().toHex();
}

} // namespace

SuspicionImport::SuspicionImport(
    Database &db, const Session &session, const SuspicionImportRequest &request, const Progress &progress)
    : m_db(db)
    , m_session(session)
    , m_request(request)
    , m_progress(progress)
{
}

Result<SuspicionImportResult> SuspicionImport::run()
{
    if (auto st = validate(); !st)
        return st.error();
    m_clock.start();
    if (auto st = checkNotImportedYet(); !st)
        return st.error();
    if (auto st = readRows(); !st)
        return st.error();
    return matchAndWrite();
}

Status SuspicionImport::validate()
{
    m_department = m_request.department.trimmed();
    if (m_department.isEmpty())
        return Error::invalid(
            SuspicionService::tr("Name the department that sent the table."), QStringLiteral("department"));
    if (!SuspicionService::isMonth(m_request.month))
        return Error::invalid(
            SuspicionService::tr("The month must be written YYYY-MM, not \"%1\".").arg(m_request.month),
            QStringLiteral("month"));
    return {};
}

Status SuspicionImport::checkNotImportedYet()
{
    auto hash = sha256Of(m_request.path);
    if (!hash)
        return hash.error();
    m_sha = QString::fromLatin1(hash.value());
    auto earlier = SuspicionRepository(m_db).findImport(m_department, m_request.month, m_sha);
    if (!earlier)
        return earlier.error();
    if (const auto &found = earlier.value())
        return Error::conflict(
            SuspicionService::tr("This file was already imported for %1, %2 (as %3 on %4); it is not imported twice.")
                .arg(m_department, m_request.month, found->fileName, found->importedAt.left(10)));
    return {};
}

// Each row's text; the matcher then loads only the members the table can match.
Status SuspicionImport::readRows()
{
    auto sheet = SheetReader::readFile(m_request.path, m_request.sheetName);
    if (!sheet)
        return sheet.error();
    qCDebug(lcImport) << "read" << m_clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    auto table = TableLocator::locate(sheet.value(), SuspicionService::requiredFields(), m_request.mapping);
    if (!table)
        return table.error();
    qCDebug(lcImport) << "located" << m_clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    const LocatedTable &t = table.value();
    const Sheet &s = sheet.value();
    auto cell = [&](int row, SheetField f) { return t.has(f) ? s.cell(row, t.column(f)) : Cell(); };

    const int count = int(t.dataRows.size());
    m_rows.resize(size_t(count));
    m_ids.resize(size_t(count));
    m_keys.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int r = t.dataRows.at(i);
        SuspicionRow &row = m_rows[size_t(i)];
        row.rowNumber = r + 1;
        row.headName = TableLocator::text(cell(r, SheetField::HeadName));
        row.address = TableLocator::text(cell(r, SheetField::Address));
        row.content = TableLocator::text(cell(r, SheetField::Content));
        row.phone = TableLocator::text(cell(r, SheetField::Phone));
        const IdCell &id = m_ids[size_t(i)] = TableLocator::idNumber(cell(r, SheetField::IdNumber));
        m_keys.append({ row.headName, id.text, id.damaged });
    }
    qCDebug(lcImport) << "keys" << m_clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    return {};
}

// A second thread does the work of each row (normalising addresses is most of it, then matching), while this
// one loads the matcher and then inserts the rows. It first prepares what needs no match (ids, address keys, the
// row's own text as UTF-8, which SQLite would otherwise translate from UTF-16 here) while the matcher loads, then
// matches one row ahead of the inserts. It touches a row only until it publishes it in `m_matched`; only this
// thread uses the connection and the clock.
Result<SuspicionImportResult> SuspicionImport::matchAndWrite()
{
    m_stationTownship = StationService::info(m_db).townshipCode;
    m_text.resize(size_t(total()));
    m_addressKeys.resize(size_t(total()));
    std::jthread worker([this](std::stop_token stop) { prepareAndMatch(stop); });
    // Any return before the matcher is handed over lets the worker go (the jthread, destroyed after this
    // guard, then joins it).
    const auto abandon = qScopeGuard([this] { abandonWorker(); });
    if (auto st = loadMatcher(); !st)
        return st.error();
    return write();
}

void SuspicionImport::prepareAndMatch(std::stop_token stop)
{
    prepareRows();
    if (waitForMatcher())
        matchRows(stop);
}

void SuspicionImport::prepareRows()
{
    for (int i = 0; i < total() && m_phase.load(std::memory_order_relaxed) != Abandoned; ++i) {
        SuspicionRow &row = m_rows[size_t(i)];
        row.id = sql::newId();
        m_addressKeys[size_t(i)] = AddressKey::normalize(row.address);
        SuspicionRowText &text = m_text[size_t(i)];
        text.id = row.id.toUtf8();
        text.headName = row.headName.toUtf8();
        text.address = row.address.toUtf8();
        text.addressKey = m_addressKeys[size_t(i)].toUtf8();
        text.content = row.content.toUtf8();
        text.phone = row.phone.toUtf8();
    }
    qCDebug(lcImport) << "prepared, thread CPU" << threadCpuMs() << "ms";
}

// False when the import was abandoned before the matcher loaded.
bool SuspicionImport::waitForMatcher()
{
    for (int p = m_phase.load(std::memory_order_acquire); p == Loading; p = m_phase.load(std::memory_order_acquire))
        m_phase.wait(p, std::memory_order_acquire);
    return m_phase.load(std::memory_order_acquire) == Loaded;
}

void SuspicionImport::matchRows(std::stop_token stop)
{
    for (int i = 0; i < total() && !stop.stop_requested(); ++i) {
        SuspicionRow &row = m_rows[size_t(i)];
        const IdCell &id = m_ids[size_t(i)];
        const SuspicionMatch m = m_matcher->matchKeyed(row.headName, id.text, id.damaged, m_addressKeys[size_t(i)]);
        row.idNumber = m.idNumber;
        row.status = m.status;
        row.reason = m.reason;
        row.householdId = m.householdId;
        row.matchedBy = m.by;
        row.score = m.score;
        row.townshipCode = m.townshipCode;
        if (row.townshipCode.isEmpty())
            row.townshipCode = m_matcher->townshipFromAddress(row.address);
        if (row.townshipCode.isEmpty())
            row.townshipCode = m_stationTownship;
        SuspicionRowText &text = m_text[size_t(i)];
        text.idNumber = row.idNumber.toUtf8();
        text.reason = row.reason.toUtf8();
        text.householdId = row.householdId.toUtf8();
        text.townshipCode = row.townshipCode.toUtf8();
        m_matched.store(i + 1, std::memory_order_release);
        m_matched.notify_one();
    }
    qCDebug(lcImport) << "matching thread CPU" << threadCpuMs() << "ms";
}

void SuspicionImport::abandonWorker()
{
    int expected = Loading;
    if (m_phase.compare_exchange_strong(expected, Abandoned))
        m_phase.notify_all();
}

Status SuspicionImport::loadMatcher()
{
    auto loaded = SuspicionMatcher::load(m_db, m_keys, m_request.thresholds);
    if (!loaded)
        return loaded.error();
    m_matcher.emplace(std::move(loaded).value());
    m_phase.store(Loaded, std::memory_order_release);
    m_phase.notify_all();
    qCDebug(lcImport) << "matcher loaded" << m_clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    return {};
}

Result<SuspicionImportResult> SuspicionImport::write()
{
    const QString importedAt = Clock::now().toString(Qt::ISODate);
    SuspicionImportResult result;
    result.importId = sql::newId();
    result.rows.reserve(total());

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const SuspicionImportRecord header { result.importId, m_department, m_request.month,
        QFileInfo(m_request.path).fileName(), m_sha, total(), importedAt, m_session.userName };
    if (auto st = SuspicionRepository(m_db).insertImport(header); !st)
        return st.error();
    SuspicionRowWriter writer(m_db, result.importId, total() >= BulkRows);
    if (auto st = writer.prepare(); !st)
        return st.error();
    const qint64 insertStart = threadCpuMs();
    if (auto st = writeRows(writer, result); !st)
        return st.error();
    if (auto st = writer.finish(); !st)
        return st.error();
    if (auto st = audit(result.importId); !st)
        return st.error();
    qCDebug(lcImport) << "rows written" << m_clock.elapsed() << "ms, CPU" << cpuMs() << "ms; inserting thread CPU"
                      << threadCpuMs() - insertStart << "ms";
    if (auto st = tx.commit(); !st)
        return st.error();
    qCDebug(lcImport) << "committed" << m_clock.elapsed() << "ms, CPU" << cpuMs() << "ms";
    return result;
}

// Each row as the worker hands it over; the rows a township clerk may see go into `result`.
Status SuspicionImport::writeRows(SuspicionRowWriter &writer, SuspicionImportResult &result)
{
    const bool fullIdNumbers = m_session.can(Permission::SeeFullIdNumbers);
    for (int i = 0; i < total(); ++i) {
        for (int have = m_matched.load(std::memory_order_acquire); have <= i;
             have = m_matched.load(std::memory_order_acquire))
            m_matched.wait(have, std::memory_order_acquire);
        SuspicionRow &row = m_rows[size_t(i)];
        row.importId = result.importId;
        row.department = m_department;
        row.month = m_request.month;
        if (auto st = writer.insert(row, m_text[size_t(i)]); !st)
            return Error { st.error().kind, st.error().message, QStringLiteral("row %1").arg(row.rowNumber) };
        result.counts[row.status] += 1;
        if (!fullIdNumbers && row.idNumber.size() == 18)
            row.idNumber = IdNumber::mask(row.idNumber);
        // A township's clerk sees the rows of their own township only (as in rows()); the counts are whole.
        if (row.townshipCode.isEmpty() || m_session.coversTownship(row.townshipCode))
            result.rows.append(std::move(row));
        if (m_progress && ((i + 1) % 500 == 0 || i + 1 == total()) && !m_progress(i + 1, total()))
            return cancelledError();
    }
    return {};
}

Status SuspicionImport::audit(const QString &importId)
{
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.table = QStringLiteral("suspicion_imports");
    entry.recordId = importId;
    entry.field = QStringLiteral("*");
    entry.newValue = QStringLiteral("%1 %2 %3: %4 rows")
                         .arg(m_department, m_request.month, QFileInfo(m_request.path).fileName())
                         .arg(total());
    return AuditLog(m_db).append(entry);
}

} // namespace sn
