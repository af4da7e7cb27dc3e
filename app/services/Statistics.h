#pragma once

#include "domain/Result.h"
#include "domain/Role.h"

#include <QJsonObject>

namespace sn {

class Database;

// Counts for `stats --json` and the workbench. Scoped to the session's township unless district-wide.
class Statistics
{
public:
    static Result<QJsonObject> collect(Database &db, const Session &session);
};

} // namespace sn
