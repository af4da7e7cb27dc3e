#include "BulkIndexes.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

BulkIndexes::BulkIndexes(Database &db)
    : m_db(db)
{
}

BulkIndexes::~BulkIndexes() = default;

Result<bool> BulkIndexes::worthSuspending(const QString &table, qint64 incoming) const
{
    auto stored = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    if (!stored)
        return stored.error();
    return stored.value().toLongLong() <= incoming;
}

Status BulkIndexes::suspend(const QStringList &tables, const QStringList &keep)
{
    for (const QString &table : tables) {
        // sql IS NULL: the indexes of PRIMARY KEY and UNIQUE constraints, which cannot be dropped.
        auto q = sql::exec(m_db.sql(),
            QStringLiteral("SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(?) l ON l.name = m.name "
                           "WHERE m.type = 'index' AND m.sql IS NOT NULL AND l.\"unique\" = 0 ORDER BY m.name"),
            { table });
        if (!q)
            return q.error();
        QStringList names;
        while (q.value().next()) {
            const QString name = q.value().value(0).toString();
            if (keep.contains(name))
                continue;
            names.append(name);
            m_statements.append(q.value().value(1).toString());
        }
        for (const QString &name : std::as_const(names)) {
            if (auto s = sql::exec(m_db.sql(), QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
                return s.error();
        }
    }
    return {};
}

Status BulkIndexes::restore()
{
    const QStringList statements = std::exchange(m_statements, {});
    for (const QString &statement : statements) {
        if (auto s = sql::exec(m_db.sql(), statement); !s)
            return s.error();
    }
    return {};
}

} // namespace sn
