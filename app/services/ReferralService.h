#pragma once

#include "domain/Referral.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <memory>

namespace sn {

class Database;
class ReferralRepository;

// A referral as listed: who it is for and what it is about.
struct ReferralRow
{
    Referral referral;
    QString headName;     // the household's head (or the lead's person)
    QString townshipCode;
    QStringList policyTitles;
};

// Whether a department reviewed its policies this year by the 30 April deadline (三.(四)).
struct DepartmentReview
{
    QString department;
    int policies = 0;
    QDate oldestReview;     // the least recently reviewed of its policies (invalid: one never reviewed)
    bool reviewedThisYear = false; // every policy reviewed since 1 January
    bool onTime = false;    // ... and by 30 April
    enum class State { OnTime, ReviewedLate, NotYetDue, Overdue };
    State state = State::NotYetDue; // from the two above and today against 30 April
};

// The one-time notification (一次性告知书): every requirement of every policy of the referral, at once.
struct NotificationLetter
{
    QString householdId;
    QString headName;
    QString townshipName;
    QString villageName;
    QString service;
    QDate date;
    QList<Policy> policies;
};

// Referrals with their follow-up, and the yearly-reviewed policy catalogue behind the notification letter.
class ReferralService
{
    Q_DECLARE_TR_FUNCTIONS(sn::ReferralService)
public:
    ReferralService(Database &db, Session session);
    ~ReferralService();

    static QStringList services(); // codes
    static QString serviceDisplay(const QString &code);
    static QString statusCode(ReferralStatus s);
    static ReferralStatus statusFromCode(const QString &code, bool *ok = nullptr);
    static QString statusDisplay(ReferralStatus s);
    // Sent or accepted, with its follow-up date on or before `on` (what list(dueBy) selects).
    static bool followUpDue(const Referral &r, const QDate &on)
    {
        return (r.status == ReferralStatus::Sent || r.status == ReferralStatus::Accepted) && r.followUpOn.isValid()
            && r.followUpOn <= on;
    }

    Result<QString> savePolicy(Policy policy); // insert (empty id) or update; marks it reviewed today
    Status markReviewed(const QString &policyId); // checked and unchanged: reviewed today
    Status removePolicy(const QString &policyId);
    Result<QList<Policy>> policies(const QString &service = {}) const;
    Result<Policy> policy(const QString &id) const;
    Result<QList<DepartmentReview>> departmentReviews() const;
    // Policies not reviewed since 1 January: each department enters its policies by 30 April (三.(四)).
    Result<QList<Policy>> policiesDueForReview() const;
    QDate reviewDeadline() const; // 30 April of this year

    // A referral of a household to the chosen policies (of any department); without policies, every policy of
    // `service`. The service is the first policy's when not given. Follow-up in 14 days unless set.
    Result<QString> refer(Referral referral);
    // A new status; `followUpOn` (when valid) moves the next follow-up. Declining needs the reason.
    Status setStatus(const QString &referralId, ReferralStatus status, const QString &note, const QDate &followUpOn = {});
    Result<Referral> referral(const QString &referralId) const;
    Result<QList<Referral>> referrals(const QString &householdId) const;
    // Every referral in the session's scope, newest first; `dueBy` valid: only open ones to follow up by then.
    Result<QList<ReferralRow>> list(const QDate &dueBy = {}) const;
    Result<QList<Referral>> followUpsDue(const QDate &by) const;
    Result<NotificationLetter> letter(const QString &referralId) const;

private:
    Status checkHousehold(const QString &householdId, Permission permission) const;
    Status checkCatalogue() const;
    Database &m_db;
    Session m_session;
    std::unique_ptr<ReferralRepository> m_repo;
};

} // namespace sn
