#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <functional>

namespace sn {

class Database;

struct DemoOptions
{
    int households = 1000;
    quint32 seed = 1;
    // Called after each committed batch; return false to stop (what was committed stays, whole batches only).
    std::function<bool(int done, int total)> progress;
};

struct DemoSummary
{
    int households = 0;
    int members = 0;
};

// Realistic demo households across every township of the station's district: plausible names, valid and
// unique ID numbers, ages, disabilities, incomes, assets and rigid spending, classified by the real rules.
// Deterministic for a seed. Written in batches, each batch one transaction.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(sn::DemoGenerator)
public:
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options);
};

} // namespace sn
