#include "DataVersion.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

QString dataVersion(const Database &db)
{
    auto row = sql::exec(db.sql(), QStringLiteral("SELECT data_version, total_changes() FROM pragma_data_version"));
    if (!row || !row.value().next())
        return {};
    return row.value().value(0).toString() + u' ' + row.value().value(1).toString();
}

QString connectionKey(const Database &db)
{
    return db.sql().connectionName();
}

} // namespace sn
