#include "RowApplier.h"

#include "database/Database.h"
#include "database/SqlUtil.h"

#include <QSet>

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

RowApplier::RowApplier(Database &db, const QList<SyncedTable> &tables)
    : m_db(db)
{
    for (const SyncedTable &t : tables)
        m_tables.insert(t.name, t);
}

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
    QSqlQuery &q = statement(QStringLiteral("select/") + t.name,
                             QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(t.payload().join(QStringLiteral(", ")), t.name, t.key));
    if (auto s = sql::run(q, {key}); !s)
        return s.error();
    if (!q.next())
        return std::optional<QJsonObject>();
    QJsonObject row;
    const QStringList columns = t.payload();
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), jsonOf(q.value(i)));
    q.finish();
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
    QSqlQuery &q = statement(signature, statementText);
    QVariantList values;
    for (const QString &c : columns) {
        if (!exists || c != t.key)
            values.append(variantOf(row.value(c)));
    }
    if (exists)
        values.append(row.value(t.key).toString());
    return sql::run(q, values);
}

QSqlQuery &RowApplier::statement(const QString &key, const QString &text)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(text);
        it = m_statements.insert(key, q);
    }
    return *it;
}

} // namespace sn::sync
