#include "RawQuery.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace sn::sql {

namespace {

Error failure(sqlite3 *handle, const QString &context)
{
    const QString reason = QString::fromUtf8(sqlite3_errmsg(handle));
    const QString message = QCoreApplication::translate("sn::sql", "Database error in %1: %2").arg(context, reason);
    if (const QString io = ioMessage(sqlite3_extended_errcode(handle), reason); !io.isEmpty())
        return Error::io(io);
    return Error::internal(message);
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(statement, index);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

Result<RawQuery> RawQuery::exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    const QString context = statement.simplified().left(60);
    sqlite3 *h = handle(db);
    if (!h)
        return Error::internal(QCoreApplication::translate("sn::sql", "No SQLite handle for the connection."));
    sqlite3_stmt *st = nullptr;
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        return failure(h, context);
    }
    RawQuery query(h, st, context);
    for (int i = 0; i < values.size(); ++i) {
        if (bind(st, i + 1, values.at(i)) != SQLITE_OK)
            return failure(h, context);
    }
    return query;
}

RawQuery::RawQuery(sqlite3 *handle, sqlite3_stmt *statement, QString context)
    : m_handle(handle)
    , m_statement(statement)
    , m_context(std::move(context))
{
}

RawQuery::RawQuery(RawQuery &&other) noexcept
    : m_handle(other.m_handle)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_context(std::move(other.m_context))
    , m_rc(other.m_rc)
{
}

RawQuery &RawQuery::operator=(RawQuery &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_handle = other.m_handle;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_context = std::move(other.m_context);
        m_rc = other.m_rc;
    }
    return *this;
}

RawQuery::~RawQuery()
{
    sqlite3_finalize(m_statement);
}

bool RawQuery::next()
{
    if (m_rc != 0 && m_rc != SQLITE_ROW)
        return false; // done, or failed: stays so
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

Status RawQuery::status() const
{
    if (m_rc == 0 || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE)
        return {};
    return failure(m_handle, m_context);
}

bool RawQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RawQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView RawQuery::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QString RawQuery::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QStringLiteral("") : QString::fromUtf8(bytes);
}

QDate RawQuery::date(int column) const
{
    return isoDate(utf8(column));
}

QDate RawQuery::isoDate(QByteArrayView bytes)
{
    if (bytes.size() != 10 || bytes[4] != '-' || bytes[7] != '-')
        return {};
    auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            if (bytes[i] < '0' || bytes[i] > '9')
                return -1;
            n = n * 10 + (bytes[i] - '0');
        }
        return n;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day); // invalid for 2026-02-30
}

} // namespace sn::sql
