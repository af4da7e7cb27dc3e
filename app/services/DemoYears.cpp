// `demo --years N` (issue 23): years of a window's work on the demo households, through the services a clerk
// uses, so that the audit log, the review history and the sync outbox grow as they do at a real station.
#include "DemoGenerator.h"

#include "HouseholdService.h"
#include "ReviewService.h"

#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "domain/Clock.h"

#include <QHash>
#include <random>

namespace sn {

namespace {

// One clerk per township, signed in there as at the desk.
struct Desk
{
    std::unique_ptr<HouseholdService> households;
    std::unique_ptr<ReviewService> reviews;
};

class Simulation
{
public:
    Simulation(Database &db, quint32 seed, DemoSummary &summary)
        : m_db(db)
        , m_rng(seed * 7919u + 23u)
        , m_summary(summary)
    {
    }

    Status month(const QDate &day);

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }
    Desk &desk(const QString &township);
    Status completeDue(const QDate &day);
    Status correctSome();
    Status correct(Desk &desk, const QString &householdId);

    Database &m_db;
    std::mt19937 m_rng;
    DemoSummary &m_summary;
    std::map<QString, Desk> m_desks;
};

Desk &Simulation::desk(const QString &township)
{
    auto it = m_desks.find(township);
    if (it == m_desks.end()) {
        const Session clerk { QStringLiteral("demo-") + township, DemoGenerator::tr("demo clerk"), Role::TownshipClerk,
            township, {} };
        Desk d { std::make_unique<HouseholdService>(m_db, clerk), std::make_unique<ReviewService>(m_db, clerk) };
        it = m_desks.emplace(township, std::move(d)).first;
    }
    return it->second;
}

Status Simulation::month(const QDate &day)
{
    if (auto s = completeDue(day); !s)
        return s;
    return correctSome();
}

// Nearly every task due by `day` is done, a few days before or after its date; the rest wait for next month
// (and are overdue meanwhile). Now and then a review finds a change, which the clerk then records.
Status Simulation::completeDue(const QDate &day)
{
    TaskQuery query;
    query.dueTo = day;
    query.limit = 10'000'000;
    auto due = ReviewService(m_db, Session::system()).tasks(query);
    if (!due)
        return due.error();
    for (const TaskRow &row : std::as_const(due.value())) {
        if (chance(0.07))
            continue;
        const ReviewTask &task = row.task;
        const QDate on = std::min(day, std::max(task.due.addDays(uniform(-7, 10)), day.addMonths(-1)));
        const bool review = task.type == TaskType::DynamicReview || task.type == TaskType::EconomicCheck;
        const bool changed = review && chance(0.08);
        const QString notes = changed ? DemoGenerator::tr("The phone number has changed.")
            : chance(0.3)             ? DemoGenerator::tr("Visited at home; nothing has changed.")
                                      : QString();
        Desk &d = desk(row.townshipCode);
        if (auto s
            = d.reviews->complete(task.id, on, changed ? TaskOutcome::ChangeFound : TaskOutcome::NoChange, notes);
            !s) {
            // An earlier task of the same household, done this month, changed its tier: this one was cancelled.
            if (s.error().kind == Error::Kind::Conflict)
                continue;
            return s;
        }
        ++(review ? m_summary.reviews : m_summary.visits);
        if (changed) {
            if (auto s = correct(d, task.householdId); !s)
                return s;
        }
    }
    return {};
}

// About one household in forty a month has something corrected at the counter besides its reviews.
Status Simulation::correctSome()
{
    QList<std::pair<QString, QString>> chosen;
    auto visited = HouseholdRepository(m_db).forEachOf({}, [&](const Household &h) {
        if (h.status == HouseholdStatus::Active && chance(1.0 / 40))
            chosen.append({ h.id, h.townshipCode });
        return true;
    });
    if (!visited)
        return visited;
    for (const auto &[id, township] : std::as_const(chosen)) {
        if (auto s = correct(desk(township), id); !s)
            return s;
    }
    return {};
}

// What a clerk corrects: the household's phone, its address, or a member's phone. Members age, so the rules
// may give another category by now; the clerk takes the rules' verdict as the form offers it.
Status Simulation::correct(Desk &d, const QString &householdId)
{
    auto loaded = d.households->getForEdit(householdId);
    if (!loaded)
        return loaded.error();
    Household h = loaded.value();
    const QString phone = QStringLiteral("139%1").arg(uniform(0, 99999999), 8, 10, QLatin1Char('0'));
    const int what = uniform(0, 9);
    if (what < 5 || h.members.isEmpty())
        h.phone = phone;
    else if (what < 8)
        h.address
            = h.address.left(std::max(0, int(h.address.size()) - 4)) + QStringLiteral("%1号").arg(uniform(1, 180));
    else
        h.members[uniform(0, int(h.members.size()) - 1)].phone = phone;
    const ValidationReport report = d.households->validate(h);
    if (!report.classification.steps.isEmpty() && !report.classification.standardMissing
        && report.classification.category != h.category) {
        h.category = report.classification.category;
        h.categoryOverrideReason.clear();
    }
    if (auto s = d.households->update(h); !s)
        return s;
    ++m_summary.edits;
    return {};
}

} // namespace

Status DemoGenerator::simulateYears(Database &db, const DemoOptions &options, DemoSummary &summary)
{
    const QDateTime start = Clock::now();
    const bool wasFixed = Clock::isFixed();
    const Clock::Scope scope = Clock::scope();
    // The rules' clock only, unless a test fixed every clock: the audit log records when entries were written.
    const Clock::Scope moving = wasFixed ? scope : Clock::Scope::RulesOnly;
    Simulation simulation(db, options.seed, summary);
    Status result;
    for (int m = 1; m <= 12 * options.years && result; ++m) {
        Clock::setNow(start.addMonths(m), moving);
        result = simulation.month(Clock::today());
    }
    Clock::setNow(wasFixed ? start : QDateTime(), scope);
    return result;
}

} // namespace sn
