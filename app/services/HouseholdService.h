#pragma once

#include "domain/AuditEntry.h"
#include "domain/Classification.h"
#include "domain/Household.h"
#include "domain/HouseholdQuery.h"
#include "domain/Region.h"
#include "domain/Result.h"
#include "domain/Role.h"
#include "domain/Tier.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>
#include <optional>

namespace sn {

class Database;
class RegistryRepository;
class HouseholdRepository;

struct HouseholdSummary
{
    QString id;
    QString headName;
    QString headIdNumber; // masked unless the role sees full numbers
    QString townshipCode;
    QString villageCode;
    QString address;
    QString phone;
    Category category = Category::None;
    HouseholdStatus status = HouseholdStatus::Active;
    Tier tier = Tier::None;
    int memberCount = 0;
    Fen monthlyAmount = 0;
    // What the record still lacks (translated, e.g. "start date unknown"); empty when complete.
    QStringList gaps;
};

struct ValidationReport
{
    QList<HouseholdProblem> problems;
    QList<HouseholdProblem> warnings; // allowed, but the clerk confirms them before saving
    ClassificationResult classification; // empty (no steps) while there is nothing to classify
    bool ok() const { return problems.isEmpty(); }
};

// Where a household stands after a save: its tier and the next open review task.
struct HouseholdStanding
{
    Tier tier = Tier::None;
    QDate nextReview; // invalid when no task is open (a household without a tier, or exited)
    QString nextTask; // translated kind of that task ("dynamic review", ...)
};

// The household use cases of the clerk's desk and the CLI: one set of checks for both. Every operation
// checks the session's permission and township scope here, below any user interface.
class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(sn::HouseholdService)
public:
    HouseholdService(Database &db, Session session);
    ~HouseholdService();

    const Session &session() const { return m_session; }
    // The station's region tree (district, townships, villages, grids), for the form's choices.
    RegionTree regions() const;

    // For viewing: ID numbers masked unless the role may see them (then unmasking is audited).
    Result<Household> get(const QString &id);
    // For the edit form: full ID numbers; requires edit permission; audited as an unmasking.
    Result<Household> getForEdit(const QString &id);
    // Show one member's full ID number; audited.
    Result<QString> revealIdNumber(const QString &householdId, const QString &memberId);

    // Normalises ID numbers, fills birth date and sex from them, then checks everything.
    ValidationReport validate(Household &household);
    ClassificationResult classify(const Household &household) const;

    Result<QString> create(Household household); // returns the new id
    Status update(Household household);
    Status remove(const QString &id, const QString &reason);
    Result<HouseholdStanding> standing(const QString &id) const;

    Result<QList<HouseholdSummary>> search(const HouseholdQuery &query) const;
    Result<int> count(const HouseholdQuery &query) const;
    // Why `typed` found a household of search(), in the clerk's words ("pinyin of 单建华, 单 as shan
    // (surname)", "ID number of 王秀英, from its 15-digit form"), never showing an ID number; empty without
    // text. Asked per row as the registry shows it, so search itself stays as fast as a bare FTS5 query.
    Result<QString> matchReason(const QString &typed, const QString &householdId) const;
    // ID numbers in the values masked for a role without SeeFullIdNumbers.
    Result<QList<AuditEntry>> history(const QString &id);

private:
    Status checkScope(const QString &townshipCode, Permission permission) const;
    // Trims names, normalises ID numbers and fills birth date and sex from them.
    static void normalizeMembers(Household &household, const QDate &today);
    Status stampFinding(Household &h, bool isNew) const;
    Status store(Household &household, bool isNew);
    // The townships (names) other than `townshipCode` where the ID index has this hash.
    QString registeredElsewhere(const QString &hash, const QString &townshipCode, const RegionTree &tree) const;

    Database &m_db;
    Session m_session;
    std::unique_ptr<HouseholdRepository> m_repo;
    std::unique_ptr<RegistryRepository> m_registry;
    QString scopeTownship() const; // empty for district-wide roles
};

} // namespace sn
