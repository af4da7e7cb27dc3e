#include "SuspicionRowWriter.h"

#include "ChangeCapture.h"
#include "Database.h"
#include "SqlUtil.h"
#include "SuspicionRepository.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace sn {

namespace {

// UTF-8 the caller keeps alive until the step; an empty text is '' or, where asked, NULL.
void bindUtf8(sqlite3_stmt *stmt, int index, const QByteArray &text, bool nullIfEmpty = false)
{
    if (text.isEmpty() && nullIfEmpty)
        sqlite3_bind_null(stmt, index);
    else
        sqlite3_bind_text(stmt, index, text.isNull() ? "" : text.constData(), int(text.size()), SQLITE_STATIC);
}

} // namespace

SuspicionRowWriter::SuspicionRowWriter(Database &db, const QString &importId, bool bulk)
    : m_db(db)
    , m_importId(importId)
    , m_bulk(bulk)
    , m_importIdText(importId.toUtf8())
    , m_stationId(db.stationId().toUtf8())
{
    for (SuspicionStatus st :
        { SuspicionStatus::Matched, SuspicionStatus::Candidate, SuspicionStatus::Unmatched, SuspicionStatus::Invalid })
        m_statusText.insert(st, SuspicionRepository::statusCode(st).toUtf8());
    for (MatchedBy by : { MatchedBy::None, MatchedBy::IdNumber, MatchedBy::NameAddress })
        m_matchedByText.insert(by, SuspicionRepository::matchedByCode(by).toUtf8());
}

SuspicionRowWriter::~SuspicionRowWriter()
{
    sqlite3_finalize(m_insert);
}

// As sql::toError() reports a failed statement: a full disk or I/O failure says so, a constraint is invalid input.
Error SuspicionRowWriter::failed() const
{
    const int code = sqlite3_errcode(m_handle);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    const QString io = sql::ioMessage(code, detail);
    if (!io.isEmpty())
        return Error::io(io);
    const QString message = QCoreApplication::translate("sn::sql", "Database error in %1: %2")
                                .arg(QStringLiteral("suspicion_rows"), detail);
    if ((code & 0xff) == SQLITE_CONSTRAINT)
        return Error::invalid(message);
    return Error::internal(message);
}

Status SuspicionRowWriter::prepare()
{
    m_handle = sql::handle(m_db.sql());
    if (!m_handle)
        return Error::internal(QCoreApplication::translate("sn::sql", "No SQLite handle for the connection."));
    if (m_bulk) {
        if (auto st = ChangeCapture::dropTriggers(m_db); !st)
            return st;
    }
    if (sqlite3_prepare_v2(m_handle,
            "INSERT INTO suspicion_rows (id, import_id, row_number, head_name, address, address_key, content, phone, "
            "id_number, status, "
            "reason, household_id, matched_by, score, township_code, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?)",
            -1, &m_insert, nullptr)
        != SQLITE_OK)
        return failed();
    return {};
}

Status SuspicionRowWriter::insert(const SuspicionRow &row, SuspicionRowText &text)
{
    sqlite3_stmt *st = m_insert;
    int c = 0;
    bindUtf8(st, ++c, text.id);
    bindUtf8(st, ++c, m_importIdText);
    sqlite3_bind_int(st, ++c, row.rowNumber);
    bindUtf8(st, ++c, text.headName);
    bindUtf8(st, ++c, text.address);
    bindUtf8(st, ++c, text.addressKey);
    bindUtf8(st, ++c, text.content);
    bindUtf8(st, ++c, text.phone);
    bindUtf8(st, ++c, text.idNumber);
    bindUtf8(st, ++c, m_statusText.value(row.status));
    bindUtf8(st, ++c, text.reason);
    bindUtf8(st, ++c, text.householdId, true);
    bindUtf8(st, ++c, m_matchedByText.value(row.matchedBy));
    sqlite3_bind_int(st, ++c, row.score);
    bindUtf8(st, ++c, text.townshipCode, true);
    const QByteArray hlc = m_db.stamp().toLatin1();
    bindUtf8(st, ++c, hlc);
    bindUtf8(st, ++c, m_stationId);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    text = {};
    if (rc != SQLITE_DONE)
        return failed();
    return {};
}

Status SuspicionRowWriter::finish()
{
    if (!m_bulk)
        return {};
    if (auto st = SuspicionRepository(m_db).queueRowsForSync(m_importId); !st)
        return st;
    return ChangeCapture::ensureTriggers(m_db);
}

} // namespace sn
