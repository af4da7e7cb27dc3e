#include "SyncedRowStore.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <sqlite3.h>

namespace sn {

namespace {

Error sqliteError(sqlite3 *db, const QString &statement)
{
    const int code = sqlite3_errcode(db) & 0xff;
    const QString message = QCoreApplication::translate("sn::sql", "Database error in %1: %2")
                                .arg(statement.simplified().left(60), QString::fromUtf8(sqlite3_errmsg(db)));
    if (const QString io = sql::ioMessage(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
        !io.isEmpty())
        return Error::io(io); // a full disk in words a clerk can act on, as sql::toError() says it
    if (code == SQLITE_CONSTRAINT)
        return Error::invalid(message);
    return Error::internal(message);
}

int bindText(sqlite3_stmt *stmt, int index, const QString &text, sqlite3_destructor_type lifetime)
{
    if (text.isEmpty())
        return sqlite3_bind_text(stmt, index, "", 0, SQLITE_STATIC);
    return sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * 2), lifetime);
}

// Null, integers (and booleans) as integers, doubles, text (an empty string stays '', never NULL). The text is
// bound without a copy: the row outlives the statement's step.
int bindValue(sqlite3_stmt *stmt, int index, const QVariant &v)
{
    if (v.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QString: {
        return bindText(stmt, index, *static_cast<const QString *>(v.constData()), SQLITE_STATIC);
    }
    default: {
        const QByteArray text = v.toString().toUtf8();
        return sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

// As the value QSQLITE would return: integers, doubles, text (blobs as UTF-8 text), null.
QVariant valueOfColumn(sqlite3_stmt *stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, i));
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(stmt, i)));
    }
    }
}

// Steps a look-up by key: true with the row at hand (the caller resets the statement after reading it),
// false when there is none, or the error; the statement is reset in both of those cases.
Result<bool> stepLookup(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(stmt);
        return false;
    }
    Error error = sqliteError(sqlite3_db_handle(stmt), QString::fromUtf8(sqlite3_sql(stmt)));
    sqlite3_reset(stmt);
    return error;
}

} // namespace

struct SyncedRowStore::Statement
{
    sqlite3_stmt *stmt = nullptr;
    QString text;
    ~Statement() { sqlite3_finalize(stmt); }
};

// How rows of one shape are written: the statement, and which of the row's values go to its parameters.
struct SyncedRowStore::WritePlan
{
    std::shared_ptr<const RowShape> shape; // keeps the shape (the plan's key) alive
    sqlite3_stmt *stmt = nullptr;
    QString text;
    QList<int> values; // positions in the row, in parameter order
    int key = -1; // position of the key for an update's WHERE (-1: not carried, matches '')
};

SyncedRowStore::SyncedRowStore(Database &db, const QList<SyncedTable> &tables)
    : m_db(db)
{
    for (const SyncedTable &t : tables)
        m_tables.insert(t.name, t);
}

SyncedRowStore::~SyncedRowStore() = default;

const SyncedTable *SyncedRowStore::table(const QString &name) const
{
    const auto it = m_tables.constFind(name);
    return it == m_tables.constEnd() ? nullptr : &*it;
}

QList<QPair<QString, QString>> SyncedRowStore::parents(const QString &table)
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
                list.append({ q.value().value(3).toString(), parent });
        }
    }
    m_parents.insert(table, list);
    return list;
}

std::shared_ptr<const RowShape> SyncedRowStore::payloadShape(const SyncedTable &t)
{
    auto it = m_payloadShapes.constFind(t.name);
    if (it == m_payloadShapes.constEnd())
        it = m_payloadShapes.insert(t.name, RowShape::make(t.name, t.payload()));
    return *it;
}

Result<QStringList> SyncedRowStore::keys(const SyncedTable &t)
{
    return sql::strings(m_db.sql(), QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(t.key, t.name));
}

Result<std::optional<Row>> SyncedRowStore::current(const SyncedTable &t, const QString &key)
{
    const std::shared_ptr<const RowShape> shape = payloadShape(t);
    auto prepared = statement(QStringLiteral("select/") + t.name, [&] {
        return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
            .arg(shape->columns.join(QStringLiteral(", ")), t.name, t.key);
    });
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *stmt = prepared.value();
    bindText(stmt, 1, key, SQLITE_STATIC);
    const Result<bool> found = stepLookup(stmt);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Row>();
    Row row;
    row.shape = shape;
    const int columns = int(shape->columns.size());
    row.values.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.values.append(valueOfColumn(stmt, i));
    sqlite3_reset(stmt);
    return std::optional<Row>(std::move(row));
}

Result<std::optional<SyncedRowStore::Stamp>> SyncedRowStore::stamp(const SyncedTable &t, const QString &key)
{
    const std::shared_ptr<const RowShape> shape = payloadShape(t);
    auto prepared = statement(QStringLiteral("stamp/") + t.name, [&] {
        return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
            .arg(shape->hlc >= 0 ? QStringLiteral("hlc") : QStringLiteral("''"), t.name, t.key);
    });
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *stmt = prepared.value();
    bindText(stmt, 1, key, SQLITE_STATIC);
    const Result<bool> found = stepLookup(stmt);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Stamp>();
    Stamp s { valueOfColumn(stmt, 0).toString() };
    sqlite3_reset(stmt);
    return std::optional<Stamp>(std::move(s));
}

Result<VersionVector> SyncedRowStore::seen(const QString &table, const QString &key, const QString &hlc)
{
    auto prepared = statement(QStringLiteral("seen"),
        [] { return QStringLiteral("SELECT seen FROM sync_versions WHERE table_name = ? AND row_key = ?"); });
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *stmt = prepared.value();
    bindText(stmt, 1, table, SQLITE_STATIC);
    bindText(stmt, 2, key, SQLITE_STATIC);
    const Result<bool> found = stepLookup(stmt);
    if (!found)
        return found.error();
    VersionVector seen;
    if (found.value()) {
        seen = VersionVector::fromText(valueOfColumn(stmt, 0).toString());
        sqlite3_reset(stmt);
    }
    seen.add(hlc);
    return seen;
}

Status SyncedRowStore::recordSeen(const QString &table, const QString &key, const VersionVector &seen)
{
    auto prepared = statement(QStringLiteral("record-seen"), [] {
        return QStringLiteral("INSERT INTO sync_versions (table_name, row_key, seen) VALUES (?, ?, ?) "
                              "ON CONFLICT (table_name, row_key) DO UPDATE SET seen = excluded.seen");
    });
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *stmt = prepared.value();
    const QString text = seen.toText();
    bindText(stmt, 1, table, SQLITE_STATIC);
    bindText(stmt, 2, key, SQLITE_STATIC);
    bindText(stmt, 3, text, SQLITE_STATIC);
    if (sqlite3_step(stmt) != SQLITE_DONE) {
        Error error = sqliteError(sqlite3_db_handle(stmt), QString::fromUtf8(sqlite3_sql(stmt)));
        sqlite3_reset(stmt);
        return error;
    }
    sqlite3_reset(stmt);
    return {};
}

Result<std::shared_ptr<SyncedRowStore::WritePlan>> SyncedRowStore::writePlan(
    const SyncedTable &t, const Row &row, bool exists)
{
    if (auto it = m_writes.constFind({ row.shape.get(), exists }); it != m_writes.constEnd())
        return *it;
    auto plan = std::make_shared<WritePlan>();
    plan->shape = row.shape;
    const QStringList payload = t.payload();
    QStringList columns;
    for (int i = 0; i < row.shape->columns.size(); ++i) {
        const QString &c = row.shape->columns.at(i);
        if (!payload.contains(c))
            continue; // not (or no longer) a synced column here
        if (c == t.key) {
            plan->key = i;
            if (exists)
                continue;
        }
        columns.append(c);
        plan->values.append(i);
    }
    if (!exists) {
        const QStringList marks(columns.size(), QStringLiteral("?"));
        plan->text = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(t.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    } else {
        QStringList sets;
        for (const QString &c : std::as_const(columns))
            sets.append(c + QStringLiteral(" = ?"));
        plan->text
            = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(t.name, sets.join(QStringLiteral(", ")), t.key);
    }
    QString signature = (exists ? QStringLiteral("update/") : QStringLiteral("insert/")) + t.name + QLatin1Char('/')
        + columns.join(QLatin1Char(','));
    if (exists && plan->key < 0)
        signature += QStringLiteral("/nokey");
    auto prepared = statement(signature, [&] { return plan->text; });
    if (!prepared)
        return prepared.error();
    plan->stmt = prepared.value();
    m_writes.insert({ row.shape.get(), exists }, plan);
    return plan;
}

Status SyncedRowStore::write(const SyncedTable &t, const Row &row, bool exists)
{
    if (!row.shape || row.values.size() != row.shape->columns.size())
        return Error::internal(QStringLiteral("a row of %1 without its columns").arg(t.name));
    auto planned = writePlan(t, row, exists);
    if (!planned)
        return planned.error();
    const WritePlan &plan = *planned.value();
    sqlite3_stmt *stmt = plan.stmt;
    int index = 0;
    for (int i : plan.values)
        bindValue(stmt, ++index, row.values.at(i));
    if (exists) {
        const QString key = plan.key >= 0 ? row.values.at(plan.key).toString() : QString();
        bindText(stmt, ++index, key, SQLITE_TRANSIENT);
    }
    const int rc = sqlite3_step(stmt);
    Status result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        result = sqliteError(sqlite3_db_handle(stmt), plan.text);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return result;
}

Result<sqlite3_stmt *> SyncedRowStore::statement(const QString &key, const std::function<QString()> &sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        const QString text = sql();
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

Result<QList<TableDigest>> SyncedRowStore::digest(Database &db)
{
    auto tables = ChangeCapture::tables(db);
    if (!tables)
        return tables.error();
    QList<TableDigest> digests;
    for (const SyncedTable &t : tables.value()) {
        if (t.name == QLatin1String("conflicts"))
            continue; // what each station noticed, not data
        QStringList columns = t.payload();
        columns.removeAll(QStringLiteral("hlc"));
        columns.removeAll(QStringLiteral("station_id"));
        auto q = sql::exec(db.sql(),
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), t.name, t.key));
        if (!q)
            return q.error();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        while (q.value().next()) {
            QJsonArray row;
            for (int i = 0; i < columns.size(); ++i)
                row.append(sync::jsonOf(q.value().value(i)));
            hash.addData(QJsonDocument(row).toJson(QJsonDocument::Compact));
            hash.addData(QByteArrayView("\n", 1));
            ++rows;
        }
        digests.append({ t.name, rows, QString::fromLatin1(hash.result().toHex()) });
    }
    return digests;
}

} // namespace sn
