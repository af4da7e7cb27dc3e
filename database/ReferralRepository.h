#pragma once

#include "domain/Referral.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace sn {

class Database;

// A referral with the names a list shows: the household's head (or the lead's person) and its township.
struct ReferralListing
{
    Referral referral;
    QString headName;
    QString townshipCode;
};

// Who a referral's letter is addressed to.
struct ReferralAddressee
{
    QString headName;
    QString townshipCode;
    QString villageCode;
};

// The policy catalogue (policies) and referrals (referrals): every statement on the two tables. Permission
// and scope checks are ReferralService's; this layer stores and finds.
class ReferralRepository
{
    Q_DECLARE_TR_FUNCTIONS(sn::ReferralRepository)
public:
    explicit ReferralRepository(Database &db) : m_db(db) {}

    // The stored status code: "returned" for declined, which every station's CHECK constraint accepts.
    static QString storedCode(ReferralStatus status);
    static ReferralStatus statusFromStored(const QString &code, bool *ok = nullptr);

    // Ordered by service, department and name; `service` empty: all.
    Result<QList<Policy>> policies(const QString &service = {}) const;
    Result<QList<Policy>> policiesReviewedBefore(const QDate &date) const; // or never reviewed
    Result<Policy> policy(const QString &id) const;                      // not found: an error
    Status savePolicy(const Policy &policy);                             // insert or update (undeletes)
    Status setReviewed(const QString &policyId, const QDate &on);
    Status removePolicy(const QString &policyId);

    Status insert(const Referral &referral);
    Status updateStatus(const QString &referralId, ReferralStatus status, const QString &note, const QDate &followUpOn);
    Result<Referral> referral(const QString &id) const;                  // not found: an error
    Result<QList<Referral>> referralsOf(const QString &householdId) const; // newest first
    // Every live referral, newest first; `dueBy` valid: only sent or accepted ones to follow up by then,
    // soonest first. `townshipCode` non-empty: only that township's households.
    Result<QList<ReferralListing>> list(const QDate &dueBy, const QString &townshipCode) const;
    Result<ReferralAddressee> addressee(const QString &householdId) const;

private:
    Database &m_db;
};

} // namespace sn
