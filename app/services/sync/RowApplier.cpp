#include "RowApplier.h"

#include "database/Database.h"
#include "database/SqlUtil.h"

#include <QCoreApplication>
#include <QSet>
#include <sqlite3.h>

namespace sn::sync {

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant variantOf(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (v.isBool())
        return QVariant(v.toBool() ? 1 : 0);
    return QVariant(v.toString());
}

// Content without the stamps: two versions with the same content are not a conflict.
bool sameContent(QJsonObject a, QJsonObject b)
{
    for (const char *stamp : {"hlc", "station_id"}) {
        a.remove(QLatin1String(stamp));
        b.remove(QLatin1String(stamp));
    }
    return a == b;
}

// Tables whose rows belong to one household, and the column that says which.
QString householdColumn(const QString &table)
{
    static const QSet<QString> byHouseholdId = {QStringLiteral("members"), QStringLiteral("incomes"), QStringLiteral("assets"),
                                                QStringLiteral("expenditures"), QStringLiteral("review_tasks"),
                                                QStringLiteral("referrals"), QStringLiteral("temporary_grants")};
    if (table == QLatin1String("households"))
        return QStringLiteral("id");
    return byHouseholdId.contains(table) ? QStringLiteral("household_id") : QString();
}

namespace {

Error sqliteError(sqlite3 *db, const QString &statement)
{
    const int code = sqlite3_errcode(db) & 0xff;
    const QString message = QCoreApplication::translate("sn::sql", "Database error in %1: %2")
                                .arg(statement.simplified().left(60), QString::fromUtf8(sqlite3_errmsg(db)));
    if (const QString io = sql::ioMessage(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db))); !io.isEmpty())
        return Error::io(io); // a full disk in words a clerk can act on, as sql::toError() says it
    if (code == SQLITE_CONSTRAINT)
        return Error::invalid(message);
    return Error::internal(message);
}

// As sync::variantOf() and sql::bindable() bind it: null, whole numbers as integers, booleans as 0/1, text
// (an empty string stays '', never NULL).
int bindJson(sqlite3_stmt *stmt, int index, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return sqlite3_bind_null(stmt, index);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return sqlite3_bind_int64(stmt, index, qint64(d));
        return sqlite3_bind_double(stmt, index, d);
    }
    if (v.isBool())
        return sqlite3_bind_int(stmt, index, v.toBool() ? 1 : 0);
    const QByteArray text = v.toString().toUtf8();
    return sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

// As jsonOf() of the value QSQLITE would return: integers, doubles, text (blobs as UTF-8 text), null.
QJsonValue jsonOfColumn(sqlite3_stmt *stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL:
        return QJsonValue::Null;
    case SQLITE_INTEGER:
        return QJsonValue(qint64(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT:
        return QJsonValue(sqlite3_column_double(stmt, i));
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
        return QJsonValue(QString::fromUtf8(text, sqlite3_column_bytes(stmt, i)));
    }
    }
}

} // namespace

struct RowApplier::Statement
{
    sqlite3_stmt *stmt = nullptr;
    QString text;
    ~Statement() { sqlite3_finalize(stmt); }
};

RowApplier::RowApplier(Database &db, const QList<SyncedTable> &tables)
    : m_db(db)
{
    for (const SyncedTable &t : tables)
        m_tables.insert(t.name, t);
}

RowApplier::~RowApplier() = default;

const SyncedTable *RowApplier::table(const QString &name) const
{
    const auto it = m_tables.constFind(name);
    return it == m_tables.constEnd() ? nullptr : &*it;
}

QList<QPair<QString, QString>> RowApplier::parents(const QString &table)
{
    if (const auto it = m_parents.constFind(table); it != m_parents.constEnd())
        return *it;
    QList<QPair<QString, QString>> list;
    auto q = sql::exec(m_db.sql(), QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
    if (q) {
        while (q.value().next()) {
            const QString parent = q.value().value(2).toString();
            const SyncedTable *p = this->table(parent);
            if (p && q.value().value(4).toString() == p->key)
                list.append({q.value().value(3).toString(), parent});
        }
    }
    m_parents.insert(table, list);
    return list;
}

Result<std::optional<QJsonObject>> RowApplier::current(const SyncedTable &t, const QString &key)
{
    const QStringList columns = t.payload();
    auto prepared = statement(QStringLiteral("select/") + t.name,
                              QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(columns.join(QStringLiteral(", ")), t.name, t.key));
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *stmt = prepared.value();
    const QByteArray keyText = key.toUtf8();
    sqlite3_bind_text(stmt, 1, keyText.constData(), int(keyText.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(stmt);
        return std::optional<QJsonObject>();
    }
    if (rc != SQLITE_ROW) {
        Error error = sqliteError(sqlite3_db_handle(stmt), QString::fromUtf8(sqlite3_sql(stmt)));
        sqlite3_reset(stmt);
        return error;
    }
    QJsonObject row;
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), jsonOfColumn(stmt, i));
    sqlite3_reset(stmt);
    return std::optional<QJsonObject>(row);
}

Status RowApplier::write(const SyncedTable &t, const QJsonObject &row, bool exists)
{
    QStringList columns;
    for (const QString &c : t.payload()) {
        if (row.contains(c))
            columns.append(c);
    }
    const QString signature = (exists ? QStringLiteral("update/") : QStringLiteral("insert/")) + t.name + QLatin1Char('/') + columns.join(QLatin1Char(','));
    QString statementText;
    if (!exists) {
        const QStringList marks(columns.size(), QStringLiteral("?"));
        statementText = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    } else {
        QStringList sets;
        for (const QString &c : columns) {
            if (c != t.key)
                sets.append(c + QStringLiteral(" = ?"));
        }
        statementText = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(t.name, sets.join(QStringLiteral(", ")), t.key);
    }
    auto prepared = statement(signature, statementText);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *stmt = prepared.value();
    int index = 0;
    for (const QString &c : columns) {
        if (!exists || c != t.key)
            bindJson(stmt, ++index, row.value(c));
    }
    if (exists) {
        const QByteArray key = row.value(t.key).toString().toUtf8();
        sqlite3_bind_text(stmt, ++index, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    }
    const int rc = sqlite3_step(stmt);
    Status result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        result = sqliteError(sqlite3_db_handle(stmt), statementText);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return result;
}

Result<sqlite3_stmt *> RowApplier::statement(const QString &key, const QString &text)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        sqlite3 *db = sql::handle(m_db.sql());
        if (!db)
            return Error::internal(QStringLiteral("no SQLite handle"));
        auto prepared = std::make_shared<Statement>();
        prepared->text = text;
        const QByteArray utf8 = text.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &prepared->stmt, nullptr) != SQLITE_OK)
            return sqliteError(db, text);
        it = m_statements.insert(key, prepared);
    }
    return it.value()->stmt;
}

} // namespace sn::sync
