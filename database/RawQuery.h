#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace sn::sql {

// A read-only statement run through SQLite's own API, for the reads that pass over every household of a
// district (regenerating the schedules): QSqlQuery turns each value into a QVariant in a cache row first, which
// took 40% of a regeneration's time. Values are valid until the next step.
class RawQuery
{
public:
    // Prepares `statement` and binds `values` (strings as UTF-8, integers, null). The error names the statement's
    // first words and SQLite's reason, as sql::exec's does.
    static Result<RawQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

    RawQuery(RawQuery &&other) noexcept;
    RawQuery &operator=(RawQuery &&other) noexcept;
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;
    ~RawQuery();

    // The next row; false at the end or on an error (see status()).
    bool next();
    Status status() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArrayView utf8(int column) const; // no copy
    QDate date(int column) const; // an ISO date, or invalid for null and other text

    static QDate isoDate(QByteArrayView text); // yyyy-MM-dd without QString, or invalid

private:
    RawQuery(sqlite3 *handle, sqlite3_stmt *statement, QString context);
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_context;
    int m_rc = 0;
};

} // namespace sn::sql
