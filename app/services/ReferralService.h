#pragma once

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace sn {

class Database;

struct Policy
{
    QString id;
    QString department;   // 建设局, 残联, 人社局, 医保局, 教育局, ...
    QString service;      // housing, disability, employment, medical, education, other
    QString title;
    QString whoQualifies;
    QString materials;    // one item per line
    QString whereToGo;
    QString contact;
    QDate reviewedOn;
};

enum class ReferralStatus { Sent, Accepted, Done, Returned };

struct Referral
{
    QString id;
    QString householdId;
    QString leadId;
    QString service;
    ReferralStatus status = ReferralStatus::Sent;
    QDate sentOn;
    QDate followUpOn;
    QStringList policyIds;
    QString note;
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

    static QStringList services(); // codes
    static QString serviceDisplay(const QString &code);
    static QString statusCode(ReferralStatus s);
    static ReferralStatus statusFromCode(const QString &code, bool *ok = nullptr);
    static QString statusDisplay(ReferralStatus s);

    Result<QString> savePolicy(Policy policy); // insert (empty id) or update; marks it reviewed today
    Result<QList<Policy>> policies(const QString &service = {}) const;
    // Policies not reviewed since 1 January: each department enters its policies by 30 April (三.(四)).
    Result<QList<Policy>> policiesDueForReview() const;
    QDate reviewDeadline() const; // 30 April of this year

    Result<QString> refer(Referral referral);
    Status setStatus(const QString &referralId, ReferralStatus status, const QString &note);
    Result<QList<Referral>> referrals(const QString &householdId) const;
    Result<QList<Referral>> followUpsDue(const QDate &by) const;
    Result<NotificationLetter> letter(const QString &referralId) const;

private:
    Status checkHousehold(const QString &householdId, Permission permission) const;
    Database &m_db;
    Session m_session;
};

} // namespace sn
