#pragma once

#include "Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sn {

// Where a lead (救助线索) came from (domain.md "Leads and deadlines").
enum class LeadSource { GridWorker, Volunteer, PartyMember, Department, Media, Petition, Online, Hotline, Self };

// reported -> verified (service team) -> window (reported to the township 一门受理 window) -> field_check
// (实地核查) -> decided -> follow_up (回访) -> closed.
enum class LeadState { Reported, Verified, Window, FieldCheck, Decided, FollowUp, Closed };
enum class LeadDecision { None, Granted, Referred, NotEligible, Duplicate };
// What stopped the lead's clock (its first reply). An emergency's 12 hours stop at the first reply of any
// kind (四.(三)): help given, a referral, a decision of not eligible or duplicate, or closing with a reply.
enum class LeadAnswer { None, Window, Granted, Referred, NotEligible, Duplicate, ClosedWithReply };

struct Lead
{
    QString id;
    QString townshipCode;
    QString villageCode;
    LeadSource source = LeadSource::GridWorker;
    QString reporterName;
    QString reporterPhone;
    QString volunteerId; // the volunteer or grid worker who earns points
    QString personName;
    QString personIdNumber;
    QString address;
    QString phone;
    QString description;
    bool emergency = false;
    LeadState state = LeadState::Reported;
    LeadDecision decision = LeadDecision::None;
    QDateTime reportedAt;
    QDateTime deadlineAt;
    QDateTime answeredAt; // when the deadline's duty was met; invalid while running
    LeadAnswer answer = LeadAnswer::None; // what the reply was (None while running)
    QString householdId;
    QString proxyName; // 帮办代办: who applies on the person's behalf
    QString proxyRelation;
    QString proxyPhone;
    QString originRef;
};

// Deadlines of the plan; configurable, defaulting to the plan's figures.
struct LeadDeadlines
{
    int emergencyHours = 12; // 四.(三): answer emergencies within 12 hours (green channel)
    int publicReportDays = 1; // 三.(三): respond within 1 day to media, petition and online reports
    // Everything else: verified and reported to the township the same day (四.(一), 二.(二)).
};

class LeadRules
{
    Q_DECLARE_TR_FUNCTIONS(sn::LeadRules)
public:
    // The deadline of a lead reported at `reportedAt`: +12 h for emergencies, +1 day for media/petition/online,
    // else the end of the day of the report (23:59:59).
    static QDateTime deadline(const Lead &lead, const LeadDeadlines &rules);
    // Which step stops the clock, and as what reply. For emergencies the first reply of any kind: the first
    // help (recorded by the grant), a decision (granted, referred, not eligible, duplicate) or closing the lead;
    // otherwise reaching the township window. LeadAnswer::None: the clock keeps running.
    static LeadAnswer answerOf(const Lead &lead, LeadState reached, LeadDecision decision);
    static bool stopsClock(const Lead &lead, LeadState reached, LeadDecision decision = LeadDecision::None)
    {
        return answerOf(lead, reached, decision) != LeadAnswer::None;
    }
    // Late: past the deadline without any reply. A lead answered after its deadline was answered late, but
    // is no longer counted as late.
    static bool isLate(const Lead &lead, const QDateTime &now)
    {
        return !lead.answeredAt.isValid() && isOverdue(lead, now);
    }
    // Seconds until the deadline (negative when overdue); measured to answeredAt once answered.
    static qint64 secondsLeft(const Lead &lead, const QDateTime &now);
    static bool isOverdue(const Lead &lead, const QDateTime &now) { return secondsLeft(lead, now) < 0; }
    // A countdown for display: "3 h 20 min left", "overdue by 2 h 5 min", "answered in time".
    static QString countdown(const Lead &lead, const QDateTime &now);

    // Empty when the step is allowed; otherwise why not, in words a clerk understands.
    static QString checkTransition(const Lead &lead, LeadState to, LeadDecision decision);
    static QList<LeadState> nextStates(const Lead &lead);

    static QString code(LeadSource s);
    static LeadSource sourceFromCode(const QString &code, bool *ok = nullptr);
    static QString display(LeadSource s);
    static QString code(LeadState s);
    static LeadState stateFromCode(const QString &code, bool *ok = nullptr);
    static QString display(LeadState s);
    static QString code(LeadDecision d);
    static LeadDecision decisionFromCode(const QString &code, bool *ok = nullptr);
    static QString display(LeadDecision d);
    static QString code(LeadAnswer a);
    static LeadAnswer answerFromCode(const QString &code, bool *ok = nullptr);
    static QString display(LeadAnswer a);
    static QList<LeadSource> allSources();
    static QList<LeadState> allStates();
};

// One step of a lead through the funnel, as the history shows it.
struct LeadEvent
{
    QDateTime at;
    LeadState from = LeadState::Reported;
    LeadState to = LeadState::Reported;
    QString userName;
    QString note;
};

enum class GrantStatus { Proposed, Approved, Paid, Rejected };

struct TemporaryGrant
{
    QString id;
    QString householdId;
    QString leadId;
    Fen amount = 0;
    QString reason;
    bool smallAmountFirst = false; // "先行小额救助": paid first, paperwork after
    GrantStatus status = GrantStatus::Proposed;
    QString approvedBy;
    QDate approvedOn;
    QDateTime paidAt;
    QDateTime createdAt;
};

} // namespace sn
