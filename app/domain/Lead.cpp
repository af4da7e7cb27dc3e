#include "Lead.h"

#include "EnumTable.h"

namespace sn {

namespace {

constexpr EnumEntry<LeadSource> kSourcesEntries[] = {
    { LeadSource::GridWorker, "grid_worker", QT_TRANSLATE_NOOP("sn::LeadRules", "Grid worker") },
    { LeadSource::Volunteer, "volunteer", QT_TRANSLATE_NOOP("sn::LeadRules", "Service-team volunteer") },
    { LeadSource::PartyMember, "party_member", QT_TRANSLATE_NOOP("sn::LeadRules", "Party-member visit") },
    { LeadSource::Department, "department", QT_TRANSLATE_NOOP("sn::LeadRules", "Department data") },
    { LeadSource::Media, "media", QT_TRANSLATE_NOOP("sn::LeadRules", "Media") },
    { LeadSource::Petition, "petition", QT_TRANSLATE_NOOP("sn::LeadRules", "Petition (信访)") },
    { LeadSource::Online, "online", QT_TRANSLATE_NOOP("sn::LeadRules", "Online platform") },
    { LeadSource::Hotline, "hotline", QT_TRANSLATE_NOOP("sn::LeadRules", "Hotline") },
    { LeadSource::Self, "self", QT_TRANSLATE_NOOP("sn::LeadRules", "The person themselves") },
};
constexpr EnumTable<LeadSource> Sources("sn::LeadRules", kSourcesEntries);

constexpr EnumEntry<LeadState> kStatesEntries[] = {
    { LeadState::Reported, "reported", QT_TRANSLATE_NOOP("sn::LeadRules", "Reported") },
    { LeadState::Verified, "verified", QT_TRANSLATE_NOOP("sn::LeadRules", "Verified by the service team") },
    { LeadState::Window, "window", QT_TRANSLATE_NOOP("sn::LeadRules", "Reported to the township window") },
    { LeadState::FieldCheck, "field_check", QT_TRANSLATE_NOOP("sn::LeadRules", "Field check") },
    { LeadState::Decided, "decided", QT_TRANSLATE_NOOP("sn::LeadRules", "Decided") },
    { LeadState::FollowUp, "follow_up", QT_TRANSLATE_NOOP("sn::LeadRules", "Follow-up visit") },
    { LeadState::Closed, "closed", QT_TRANSLATE_NOOP("sn::LeadRules", "Closed") },
};
constexpr EnumTable<LeadState> States("sn::LeadRules", kStatesEntries);

constexpr EnumEntry<LeadDecision> kDecisionsEntries[] = {
    { LeadDecision::None, "", QT_TRANSLATE_NOOP("sn::LeadRules", "Not decided") },
    { LeadDecision::Granted, "granted", QT_TRANSLATE_NOOP("sn::LeadRules", "Assistance granted") },
    { LeadDecision::Referred, "referred", QT_TRANSLATE_NOOP("sn::LeadRules", "Referred") },
    { LeadDecision::NotEligible, "not_eligible", QT_TRANSLATE_NOOP("sn::LeadRules", "Not eligible") },
    { LeadDecision::Duplicate, "duplicate", QT_TRANSLATE_NOOP("sn::LeadRules", "Duplicate") },
};
constexpr EnumTable<LeadDecision> Decisions("sn::LeadRules", kDecisionsEntries);

constexpr EnumEntry<LeadAnswer> kAnswersEntries[] = {
    { LeadAnswer::None, "", QT_TRANSLATE_NOOP("sn::LeadRules", "No reply yet") },
    { LeadAnswer::Window, "window", QT_TRANSLATE_NOOP("sn::LeadRules", "Reached the township window") },
    { LeadAnswer::Granted, "granted", QT_TRANSLATE_NOOP("sn::LeadRules", "Help given") },
    { LeadAnswer::Referred, "referred", QT_TRANSLATE_NOOP("sn::LeadRules", "Referred") },
    { LeadAnswer::NotEligible, "not_eligible", QT_TRANSLATE_NOOP("sn::LeadRules", "Answered: not eligible") },
    { LeadAnswer::Duplicate, "duplicate", QT_TRANSLATE_NOOP("sn::LeadRules", "Answered: duplicate") },
    { LeadAnswer::ClosedWithReply, "closed", QT_TRANSLATE_NOOP("sn::LeadRules", "Closed with a reply") },
};
constexpr EnumTable<LeadAnswer> Answers("sn::LeadRules", kAnswersEntries);

QString duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes >= 48 * 60)
        return LeadRules::tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
    if (minutes >= 60)
        return LeadRules::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return LeadRules::tr("%1 min").arg(minutes);
}

} // namespace

QDateTime LeadRules::deadline(const Lead &lead, const LeadDeadlines &rules)
{
    if (lead.emergency)
        return lead.reportedAt.addSecs(qint64(rules.emergencyHours) * 3600);
    if (lead.source == LeadSource::Media || lead.source == LeadSource::Petition || lead.source == LeadSource::Online)
        return lead.reportedAt.addDays(rules.publicReportDays);
    return QDateTime(lead.reportedAt.date(), QTime(23, 59, 59));
}

LeadAnswer LeadRules::answerOf(const Lead &lead, LeadState reached, LeadDecision decision)
{
    if (!lead.emergency)
        return int(reached) >= int(LeadState::Window) ? LeadAnswer::Window : LeadAnswer::None;
    if (reached == LeadState::Decided) {
        switch (decision) {
        case LeadDecision::Granted:
            return LeadAnswer::Granted;
        case LeadDecision::Referred:
            return LeadAnswer::Referred;
        case LeadDecision::NotEligible:
            return LeadAnswer::NotEligible;
        case LeadDecision::Duplicate:
            return LeadAnswer::Duplicate;
        case LeadDecision::None:
            break;
        }
    }
    if (reached == LeadState::Closed || reached == LeadState::FollowUp)
        return LeadAnswer::ClosedWithReply;
    return LeadAnswer::None;
}

qint64 LeadRules::secondsLeft(const Lead &lead, const QDateTime &now)
{
    const QDateTime until = lead.answeredAt.isValid() ? lead.answeredAt : now;
    return until.secsTo(lead.deadlineAt);
}

QString LeadRules::countdown(const Lead &lead, const QDateTime &now)
{
    const qint64 left = secondsLeft(lead, now);
    if (lead.answeredAt.isValid())
        return left >= 0 ? tr("answered in time") : tr("answered %1 late").arg(duration(-left));
    if (lead.state == LeadState::Closed)
        return tr("closed");
    return left >= 0 ? tr("%1 left").arg(duration(left)) : tr("overdue by %1").arg(duration(-left));
}

QList<LeadState> LeadRules::nextStates(const Lead &lead)
{
    QList<LeadState> next;
    for (LeadState s : allStates()) {
        if (checkTransition(lead, s, s == LeadState::Decided ? LeadDecision::Duplicate : lead.decision).isEmpty())
            next.append(s);
    }
    return next;
}

QString LeadRules::checkTransition(const Lead &lead, LeadState to, LeadDecision decision)
{
    const LeadState from = lead.state;
    if (from == LeadState::Closed)
        return tr("The lead is closed.");
    if (to == LeadState::Decided) {
        if (decision == LeadDecision::None)
            return tr("Choose the decision: assistance granted, referred, not eligible or duplicate.");
        // A duplicate can be recognised at any step; other decisions follow the field check.
        if (decision == LeadDecision::Duplicate && int(from) < int(LeadState::Decided))
            return {};
        if (from != LeadState::FieldCheck)
            return tr("A decision needs the field check first (the lead is now: %1).").arg(display(from));
        return {};
    }
    const bool nothingToFollowUp
        = lead.decision == LeadDecision::NotEligible || lead.decision == LeadDecision::Duplicate;
    if (from == LeadState::Decided && nothingToFollowUp) {
        if (to == LeadState::Closed)
            return {};
        if (to == LeadState::FollowUp)
            return tr("There is nothing to follow up after \"%1\": close the lead.").arg(display(lead.decision));
    }
    if (int(to) != int(from) + 1) {
        if (int(to) <= int(from))
            return tr("The lead is already past \"%1\" (now: %2).").arg(display(to), display(from));
        return tr("\"%1\" must come before \"%2\" (the lead is now: %3).")
            .arg(display(LeadState(int(from) + 1)), display(to), display(from));
    }
    return {};
}

QString LeadRules::code(LeadSource s)
{
    return Sources.code(s);
}
LeadSource LeadRules::sourceFromCode(const QString &code, bool *ok)
{
    return Sources.fromCode(code, ok);
}
QString LeadRules::display(LeadSource s)
{
    return Sources.label(s);
}
QString LeadRules::code(LeadState s)
{
    return States.code(s);
}
LeadState LeadRules::stateFromCode(const QString &code, bool *ok)
{
    return States.fromCode(code, ok);
}
QString LeadRules::display(LeadState s)
{
    return States.label(s);
}
QString LeadRules::code(LeadDecision d)
{
    return Decisions.code(d);
}
LeadDecision LeadRules::decisionFromCode(const QString &code, bool *ok)
{
    return Decisions.fromCode(code, ok);
}
QString LeadRules::display(LeadDecision d)
{
    return Decisions.label(d);
}
QString LeadRules::code(LeadAnswer a)
{
    return Answers.code(a);
}
LeadAnswer LeadRules::answerFromCode(const QString &code, bool *ok)
{
    return Answers.fromCode(code, ok);
}
QString LeadRules::display(LeadAnswer a)
{
    return Answers.label(a);
}

QList<LeadSource> LeadRules::allSources()
{
    return Sources.values();
}

QList<LeadState> LeadRules::allStates()
{
    return States.values();
}

} // namespace sn
