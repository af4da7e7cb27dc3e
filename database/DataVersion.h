#pragma once

#include <QString>

namespace sn {

class Database;

// The state of the file as this connection sees it: SQLite's data_version moves when another connection
// commits, total_changes() when this one writes. Equal strings: nothing changed, a cached count still holds.
// Empty when it cannot be read (then do not cache).
QString dataVersion(const Database &db);
// A name for this connection, to key a cache per connection (each thread and station file has its own).
QString connectionKey(const Database &db);

} // namespace sn
