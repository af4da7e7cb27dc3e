#pragma once

#include "HouseholdService.h"
#include "ReferralService.h"

#include "domain/Lead.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <memory>

namespace sn {

class Database;
class LeadRepository;
struct LeadQuery;

struct LeadRow
{
    Lead lead;
    qint64 secondsLeft = 0; // negative: overdue
    QString countdown; // "3 h 20 min left", "overdue by 2 h"
};

// The lead funnel of the plan: report, verify, report to the window, field check, decide, follow up, close;
// its deadlines; linking to households; proxy applications; temporary assistance (the green channel).
class LeadService
{
    Q_DECLARE_TR_FUNCTIONS(sn::LeadService)
public:
    LeadService(Database &db, Session session);
    ~LeadService();

    LeadDeadlines deadlines() const;
    // The township a new lead belongs to when none was chosen: the user's own, else the station's
    // (empty at a district station).
    QString defaultTownship() const;
    // State reported, deadline set; an empty township is defaultTownship(). Returns the id.
    Result<QString> report(Lead lead);
    // Leads as every result of this service carries them: the person's ID number masked for a role without
    // SeeFullIdNumbers.
    Result<Lead> get(const QString &id) const;
    Result<QList<LeadEvent>> history(const QString &id) const;
    // One step of the funnel; illegal jumps are refused with a message. `decision` only with Decided.
    // Deciding "referred" always makes the referral, to the chosen policies (at least one), in the same step.
    // `referralId` receives the id of the referral made, if any.
    Status advance(const QString &id, LeadState to, const QString &note, LeadDecision decision = LeadDecision::None,
        const QStringList &policyIds = {}, QString *referralId = nullptr);
    // The policy catalogue, for choosing what a lead is referred to.
    Result<QList<Policy>> referralPolicies() const;
    Status setProxy(const QString &id, const QString &name, const QString &relation, const QString &phone);

    // Registry households that may be this person: ID number, name, phone, address.
    Result<QList<HouseholdSummary>> candidates(const QString &id) const;
    Status linkHousehold(const QString &id, const QString &householdId);
    // A new household pre-filled from the lead, for the intake form.
    Result<Household> intakeDraft(const QString &id) const;

    // Open leads of the session's scope, most urgent first. `overdueOnly`: past the deadline and not answered.
    Result<QList<LeadRow>> list(bool overdueOnly = false) const;
    // Running leads due today or already overdue: the workbench's to-do list.
    Result<QList<LeadRow>> dueToday() const;
    // District escalation: every township's overdue leads (district roles only).
    Result<QList<LeadRow>> escalations() const;

    // Temporary assistance. Recording the first help of an emergency lead stops its 12-hour clock.
    Result<QString> recordGrant(TemporaryGrant grant);
    Status approveGrant(const QString &grantId);
    Status markPaid(const QString &grantId);
    Result<Fen> yearlyTotal(const QString &householdId, int year) const;

private:
    Status checkScope(const QString &townshipCode, Permission permission) const;
    LeadRow row(const Lead &lead) const;
    Lead masked(Lead lead) const; // the person's ID number masked unless the role sees full numbers
    Result<QList<LeadRow>> rows(const LeadQuery &query) const; // with countdowns, most urgent first
    Status checkGrantScope(const TemporaryGrant &grant) const;

    Database &m_db;
    Session m_session;
    std::unique_ptr<LeadRepository> m_leads;
};

} // namespace sn
