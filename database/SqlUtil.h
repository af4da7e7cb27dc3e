#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

struct sqlite3;

namespace sn::sql {

// Prepare, bind positionally and execute. The error names the statement's first words and SQLite's reason.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// Execute an already prepared query with new values (bulk paths keep one prepared statement).
Status run(QSqlQuery &query, const QVariantList &values);
// The single value of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// The first column of every row, as text (codes, names, ID numbers, report lines).
Result<QStringList> strings(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

Error toError(const QSqlQuery &query, const QString &what);
// A clerk-readable message for SQLite's I/O result codes (full disk, read-only file, I/O error, cannot open),
// or an empty string for any other code. `detail` (SQLite's own words) is kept at the end for the technician.
QString ioMessage(int sqliteCode, const QString &detail);

// Narrows a household query to a township and a village (either may be empty): appends "h.township_code = ?"
// and "h.village_code = ?" (for the table alias `alias`) to `where`, and their values to `values`.
void wherePlace(QStringList &where, QVariantList &values, const QString &townshipCode, const QString &villageCode,
    const QString &alias = QStringLiteral("h"));

// The raw sqlite3 handle behind a QSQLITE connection (Debian's driver links the system SQLite).
sqlite3 *handle(const QSqlDatabase &db);
// Run a script of several statements (migrations) with sqlite3_exec.
Status execScript(const QSqlDatabase &db, const QByteArray &script);
// A connection-local set of ids, temp.<table>(id), emptied and filled: for "h.id IN (SELECT id FROM temp.<table>)"
// over thousands of households, where a list of ? would pass SQLite's limits.
Status tempIds(const QSqlDatabase &db, const QString &table, const QStringList &ids);

// Binding: a null QString becomes '' (NOT NULL text columns); an invalid QVariant is SQL NULL.
QVariant bindable(const QVariant &value);
// Text <-> SQL value helpers: NULL (invalid QVariant) for empty/invalid, ISO-8601 for dates.
QVariant nullIfEmpty(const QString &text);
QVariant dateValue(const QDate &date);
QDate toDate(const QVariant &value);
QString newId(); // a UUID without braces

} // namespace sn::sql
