#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace sn {

// A department's policy in the catalogue behind the one-time notification (三(四)); each department reviews
// its policies every year by 30 April.
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

// Stored as sent, accepted, done, returned ("returned" is what every station's schema accepts for declined;
// see ReferralRepository).
enum class ReferralStatus { Sent, Accepted, Done, Declined };

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

} // namespace sn
