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
    // Years of work to simulate (issue 23): after registering the households, the rules' clock moves on month by
    // month for that many years, and the work is done through the services a clerk uses (reviews and visits as
    // their tier's rhythm asks, corrections of phones and addresses), each audited as at the desk. The audit log
    // records when entries were written; the clock is put back afterwards.
    int years = 0;
    // Called after each committed batch; return false to stop (what was committed stays, whole batches only).
    std::function<bool(int done, int total)> progress;
};

struct DemoSummary
{
    int households = 0;
    int members = 0;
    int reviews = 0; // review tasks completed by the simulated years (dynamic reviews, economic checks)
    int visits = 0; // monthly contacts and monitoring visits completed
    int edits = 0; // households corrected through the edit form
};

// Realistic demo households across every township of the station's district: plausible names, valid and
// unique ID numbers, ages, disabilities, incomes, assets and rigid spending, classified by the real rules.
// Deterministic for a seed. Written in batches, each batch one transaction.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(sn::DemoGenerator)
public:
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options);

private:
    static Result<DemoSummary> households(Database &db, const DemoOptions &options);
    static Status simulateYears(Database &db, const DemoOptions &options, DemoSummary &summary);
};

} // namespace sn
