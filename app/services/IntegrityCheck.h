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
};

} // namespace sn
