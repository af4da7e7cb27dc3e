#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sn {

class Database;

struct Migration
{
    int version = 0;
    QString name;      // file name, e.g. "0002_search.sql"
    QByteArray script; // SQL, run as one script
};

// Versioned migrations from the SQL files in database/migrations (embedded as resources). The version lives
// in table schema_version; all pending migrations run in one transaction; C++ steps that SQL cannot do
// (filling the pinyin search index) run inside the same transaction.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(sn::Migrator)
public:
    static QList<Migration> migrations();
    static int latestVersion();

    // The version stored in the file: 0 for an empty file, -1 (with error) for a file that is not ours.
    static Result<int> currentVersion(Database &db);
    // Migrations up to `target` that the file has not had, including any below its current version: numbers
    // are handed out to work in progress, so a lower one can arrive after a higher one has been applied.
    static Result<QList<int>> missingVersions(Database &db, int target);
    // Apply every migration up to `target` that the file has not had, in version order.
    static Status migrate(Database &db, int target);
};

} // namespace sn
