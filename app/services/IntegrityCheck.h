#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sn {

class Database;

struct CheckReport
{
    QStringList passed;   // names of checks that held
    QStringList problems; // one line per problem, naming the record
    bool ok() const { return problems.isEmpty(); }
};

// `safetynet-cli check`: SQLite's integrity and foreign-key checks, then the domain's invariants.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(sn::IntegrityCheck)
public:
    static CheckReport run(Database &db, int maxProblemsPerCheck = 20);

private:
    // The file itself (SQLite's integrity and foreign-key checks, schema, station): false when it cannot be read.
    static bool checkFile(Database &db, int max, CheckReport &report);
    static void checkInvariants(Database &db, int max, CheckReport &report);
    static void checkIdNumbers(Database &db, int max, CheckReport &report);
};

} // namespace sn
