#include "MatchCandidateReader.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <sqlite3.h>

namespace sn {

namespace {

struct Statement
{
    sqlite3_stmt *p = nullptr;
    ~Statement() { sqlite3_finalize(p); }
};

// The keys go in as one JSON array each: SQLite builds a transient index for IN (json_each) once per query.
QByteArray jsonArray(const QSet<QString> &set)
{
    return QJsonDocument(QJsonArray::fromStringList(QStringList(set.cbegin(), set.cend())))
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray MatchCandidate::text(int column) const
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
        sqlite3_column_bytes(m_statement, column));
}

Result<MatchCandidateReader> MatchCandidateReader::open(Database &db)
{
    sqlite3 *h = sql::handle(db.sql());
    if (!h)
        return Error::internal(QCoreApplication::translate("sn::sql", "No SQLite handle for the connection."));
    return MatchCandidateReader(h);
}

Status MatchCandidateReader::run(const char *statement, const QList<QByteArray> &values, const Each &each) const
{
    auto failed = [this] { return Error::internal(QString::fromUtf8(sqlite3_errmsg(m_handle))); };
    Statement st;
    if (sqlite3_prepare_v2(m_handle, statement, -1, &st.p, nullptr) != SQLITE_OK)
        return failed();
    for (int i = 0; i < values.size(); ++i)
        sqlite3_bind_text(st.p, i + 1, values.at(i).constData(), int(values.at(i).size()), SQLITE_STATIC);
    const MatchCandidate row(st.p);
    int rc;
    while ((rc = sqlite3_step(st.p)) == SQLITE_ROW)
        each(row);
    if (rc != SQLITE_DONE)
        return failed();
    return {};
}

// INDEXED BY: without table statistics SQLite would read the wide household and member rows (through the
// primary key, or every member of every household for the GLOB) instead of these covering indexes.
Status MatchCandidateReader::byIdNumbers(const QSet<QString> &idNumbers, const Each &each) const
{
    return run("SELECT m.id_number, h.id, h.township_code, h.address FROM members m "
               "JOIN households h INDEXED BY households_live_place ON h.id = m.household_id AND h.deleted = 0 "
               "WHERE m.deleted = 0 AND m.id_number <> '' AND m.id_number IN (SELECT value FROM json_each(?1))",
        { jsonArray(idNumbers) }, each);
}

Status MatchCandidateReader::byNames(const QSet<QString> &names, const Each &each) const
{
    // The names as written in the table, and any stored name holding white space (compared simplified, as
    // the table's names are: "李  花" is "李 花").
    return run("SELECT m.name, h.id, h.township_code, h.address FROM members m "
               "JOIN households h INDEXED BY households_live_place ON h.id = m.household_id AND h.deleted = 0 "
               "WHERE m.deleted = 0 AND m.name IN (SELECT value FROM json_each(?1)) "
               "UNION ALL SELECT m.name, h.id, h.township_code, h.address FROM members m INDEXED BY members_live_name "
               "JOIN households h INDEXED BY households_live_place ON h.id = m.household_id AND h.deleted = 0 "
               "WHERE m.deleted = 0 AND m.name GLOB ?2",
        { jsonArray(names), QStringLiteral("*[ \t\n\r\u3000\u00a0]*").toUtf8() }, each);
}

} // namespace sn
