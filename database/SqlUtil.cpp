#include "SqlUtil.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <array>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <sys/random.h>

namespace sn::sql {

QString ioMessage(int sqliteCode, const QString &detail)
{
    QString message;
    switch (
        sqliteCode & 0xff) { // extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, ...) by their primary code
    case SQLITE_FULL:
        message = QCoreApplication::translate("sn::sql",
            "The disk is full (or the database reached its size limit): nothing of this "
            "operation was saved. Free some disk space and try again.");
        break;
    case SQLITE_READONLY:
        message = QCoreApplication::translate("sn::sql",
            "The database is read-only: nothing of this operation was saved. Ask the "
            "administrator to make the database file and its folder writable.");
        break;
    case SQLITE_IOERR:
        message = QCoreApplication::translate("sn::sql",
            "The disk could not be written or read (I/O error): nothing of this operation "
            "was saved. Check the disk, free some space and try again.");
        break;
    case SQLITE_CANTOPEN:
        message = QCoreApplication::translate("sn::sql",
            "The database file or its journal cannot be opened: check that the file and "
            "its folder exist and are writable.");
        break;
    default:
        return {};
    }
    return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail);
}

Error toError(const QSqlQuery &query, const QString &what)
{
    const QSqlError e = query.lastError();
    const QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    const QString message = QCoreApplication::translate("sn::sql", "Database error in %1: %2").arg(what, reason);
    // SQLITE_FULL (13) and SQLITE_IOERR (10), SQLITE_READONLY (8), SQLITE_CANTOPEN (14) are I/O problems, told
    // in words a clerk can act on. The driver reports the extended code (e.g. 778 for SQLITE_IOERR_WRITE).
    bool numeric = false;
    const int code = e.nativeErrorCode().toInt(&numeric);
    if (numeric) {
        const QString io = ioMessage(code, reason);
        if (!io.isEmpty())
            return Error::io(io);
    }
    if (numeric && (code & 0xff) == SQLITE_CONSTRAINT) // constraint
        return Error::invalid(message);
    return Error::internal(message);
}

static QString describe(const QString &statement)
{
    return statement.simplified().left(60);
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return toError(query, describe(statement));
    for (const QVariant &v : values)
        query.addBindValue(bindable(v));
    if (!query.exec())
        return toError(query, describe(statement));
    return query;
}

QVariant bindable(const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; an empty text column must get '' instead. NULL is an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

Status run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
    if (!query.exec())
        return toError(query, describe(query.lastQuery()));
    return {};
}

Status tempIds(const QSqlDatabase &db, const QString &table, const QStringList &ids)
{
    if (auto s = exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY)").arg(table)); !s)
        return s.error();
    if (auto s = exec(db, QStringLiteral("DELETE FROM temp.%1").arg(table)); !s)
        return s.error();
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.%1 (id) VALUES (?)").arg(table)))
        return toError(insert, table);
    for (const QString &id : ids) {
        if (auto s = run(insert, { id }); !s)
            return s;
    }
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = exec(db, statement, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Result<QStringList> strings(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = exec(db, statement, values);
    if (!query)
        return query.error();
    QStringList list;
    while (query.value().next())
        list.append(query.value().value(0).toString());
    return list;
}

void wherePlace(QStringList &where, QVariantList &values, const QString &townshipCode, const QString &villageCode,
    const QString &alias)
{
    if (!townshipCode.isEmpty()) {
        where.append(alias + QStringLiteral(".township_code = ?"));
        values.append(townshipCode);
    }
    if (!villageCode.isEmpty()) {
        where.append(alias + QStringLiteral(".village_code = ?"));
        values.append(villageCode);
    }
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

Status execScript(const QSqlDatabase &db, const QByteArray &script)
{
    sqlite3 *h = handle(db);
    if (!h)
        return Error::internal(QCoreApplication::translate("sn::sql", "No SQLite handle for the connection."));
    char *message = nullptr;
    const int rc = sqlite3_exec(h, script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        const QString io = ioMessage(rc, text);
        const QString full
            = !io.isEmpty() ? io : QCoreApplication::translate("sn::sql", "Database error: %1").arg(text);
        return !io.isEmpty() ? Error::io(full) : Error::internal(full);
    }
    return {};
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString newId()
{
    // A random (version 4) UUID in QUuid's text form, with its bytes from the kernel's generator (getrandom),
    // fetched for 64 ids at a time. Not QUuid::createUuid() or QRandomGenerator::system(): they use the CPU's
    // RDRAND first, which is slow under a hypervisor (1.3 us an id here, a fifth of the CPU time of a 50000-row
    // department import's matching thread) where one getrandom() call fills the pool in about a microsecond.
    thread_local std::array<uchar, 64 * 16> pool;
    thread_local size_t used = pool.size();
    if (used == pool.size()) {
        size_t filled = 0;
        while (filled < pool.size()) {
            const ssize_t n = getrandom(pool.data() + filled, pool.size() - filled, 0);
            if (n > 0) {
                filled += size_t(n);
            } else if (n < 0 && errno != EINTR) { // a kernel older than 3.17: Qt's system generator
                for (size_t i = filled; i < pool.size(); i += sizeof(quint32)) {
                    const quint32 word = QRandomGenerator::system()->generate();
                    std::memcpy(pool.data() + i, &word, sizeof word);
                }
                filled = pool.size();
            }
        }
        used = 0;
    }
    uchar *bytes = pool.data() + used;
    used += 16;
    bytes[6] = uchar((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = uchar((bytes[8] & 0x3f) | 0x80); // variant 10
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString id(36, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(id.data());
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = u'-';
        *out++ = hex[bytes[i] >> 4];
        *out++ = hex[bytes[i] & 0x0f];
    }
    return id;
}

} // namespace sn::sql
