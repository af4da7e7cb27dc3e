#include "LeadService.h"

#include "ServiceTeamService.h"
#include "StationService.h"

#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/HouseholdRepository.h"
#include "database/LeadRepository.h"
#include "database/SettingsRepository.h"
#include "database/SqlUtil.h"
#include "database/Transaction.h"
#include "domain/Clock.h"

#include <QSet>

namespace sn {

LeadService::LeadService(Database &db, Session session)
    : m_db(db)
    , m_session(std::move(session))
    , m_leads(std::make_unique<LeadRepository>(db))
{
    m_db.setActor({ m_session.userId, m_session.userName });
}

LeadService::~LeadService() = default;

LeadDeadlines LeadService::deadlines() const
{
    const SettingsRepository settings(m_db);
    LeadDeadlines d;
    if (const QVariant v = settings.value(QStringLiteral("leads/emergency_hours")); v.isValid())
        d.emergencyHours = v.toInt();
    if (const QVariant v = settings.value(QStringLiteral("leads/public_report_days")); v.isValid())
        d.publicReportDays = v.toInt();
    return d;
}

Status LeadService::checkScope(const QString &townshipCode, Permission permission) const
{
    if (!m_session.can(permission))
        return Error::forbidden(tr("Your role (%1) may not do this.").arg(Roles::display(m_session.role)));
    if (!m_session.coversTownship(townshipCode))
        return Error::forbidden(tr("This lead belongs to another township."));
    return {};
}

LeadRow LeadService::row(const Lead &lead) const
{
    const QDateTime now = Clock::now();
    return { masked(lead), LeadRules::secondsLeft(lead, now), LeadRules::countdown(lead, now) };
}

Lead LeadService::masked(Lead lead) const
{
    if (!m_session.can(Permission::SeeFullIdNumbers))
        lead.personIdNumber = IdNumber::mask(lead.personIdNumber);
    return lead;
}

Result<QString> LeadService::report(Lead lead)
{
    // Village workers report leads too: viewing households is enough to report one.
    if (auto s = checkScope(lead.townshipCode, Permission::ViewHouseholds); !s)
        return s.error();
    if (m_session.role == Role::Auditor)
        return Error::forbidden(tr("An auditor cannot report leads."));
    lead.personName = lead.personName.trimmed();
    if (lead.personName.isEmpty())
        return Error::invalid(tr("Who is in difficulty? The name is empty."), QStringLiteral("person_name"));
    if (lead.townshipCode.isEmpty())
        lead.townshipCode = defaultTownship();
    const RegionTree tree = StationService::regions(m_db);
    const Region *township = tree.find(lead.townshipCode);
    if (!township || township->level != RegionLevel::Township)
        return Error::invalid(tr("Choose the township of the lead."), QStringLiteral("township"));
    if (!lead.villageCode.isEmpty()
        && (!tree.find(lead.villageCode) || tree.find(lead.villageCode)->parentCode != lead.townshipCode))
        return Error::invalid(
            tr("The village or community is not in %1.").arg(township->name), QStringLiteral("village"));
    if (!lead.personIdNumber.trimmed().isEmpty()) {
        const IdNumber id = IdNumber::parse(lead.personIdNumber, Clock::today());
        if (!id.isValid())
            return Error::invalid(id.errorText(), QStringLiteral("person_id_number"));
        lead.personIdNumber = id.normalized();
    }
    lead.id = sql::newId();
    lead.state = LeadState::Reported;
    lead.decision = LeadDecision::None;
    if (!lead.reportedAt.isValid())
        lead.reportedAt = Clock::now();
    lead.reportedAt = lead.reportedAt.toTimeSpec(Qt::LocalTime);
    lead.deadlineAt = LeadRules::deadline(lead, deadlines());
    lead.answeredAt = {};
    lead.answer = LeadAnswer::None;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_leads->insert(lead); !s)
        return s.error();
    if (auto s = m_leads->addEvent(lead.id,
            { Clock::now(), LeadState::Reported, LeadState::Reported, m_session.userName,
                tr("reported by %1")
                    .arg(lead.reporterName.isEmpty() ? LeadRules::display(lead.source) : lead.reporterName) });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return lead.id;
}

QString LeadService::defaultTownship() const
{
    if (!m_session.townshipCode.isEmpty())
        return m_session.townshipCode;
    return StationService::info(m_db).townshipCode;
}

Result<Lead> LeadService::get(const QString &id) const
{
    auto lead = m_leads->load(id);
    if (!lead)
        return lead.error();
    if (auto s = checkScope(lead->townshipCode, Permission::ViewHouseholds); !s)
        return s.error();
    return masked(lead.value());
}

Result<QList<LeadEvent>> LeadService::history(const QString &id) const
{
    auto lead = get(id);
    if (!lead)
        return lead.error();
    return m_leads->events(id);
}

Result<QList<Policy>> LeadService::referralPolicies() const
{
    return ReferralService(m_db, m_session).policies();
}

Status LeadService::advance(const QString &id, LeadState to, const QString &note, LeadDecision decision,
    const QStringList &policyIds, QString *referralId)
{
    auto loaded = m_leads->load(id);
    if (!loaded)
        return loaded.error();
    Lead lead = loaded.value();
    // The service team verifies (village workers); the window and later steps are the township's.
    const Permission needed = to == LeadState::Verified ? Permission::CompleteReviews : Permission::EditHouseholds;
    if (auto s = checkScope(lead.townshipCode, needed); !s)
        return s;
    if (const QString why = LeadRules::checkTransition(lead, to, decision); !why.isEmpty())
        return Error::invalid(why, QStringLiteral("state"));
    const bool referring = to == LeadState::Decided && decision == LeadDecision::Referred;
    if (referring && lead.householdId.isEmpty())
        return Error::invalid(tr("Link the lead to a household before referring it."), QStringLiteral("household"));
    if (referring && policyIds.isEmpty())
        return Error::invalid(
            tr("Choose the policies the person is referred to: the one-time notification lists them."),
            QStringLiteral("policies"));
    const LeadState from = lead.state;
    lead.state = to;
    if (to == LeadState::Decided)
        lead.decision = decision;
    const QDateTime now = Clock::now();
    if (!lead.answeredAt.isValid()) {
        // The first reply of any kind stops the clock; what it was is kept for the assessment.
        const LeadAnswer answer = LeadRules::answerOf(lead, to, decision);
        if (answer != LeadAnswer::None) {
            lead.answeredAt = now;
            lead.answer = answer;
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_leads->update(lead); !s)
        return s;
    QString eventNote = note.trimmed();
    if (to == LeadState::Decided)
        eventNote = LeadRules::display(decision) + (eventNote.isEmpty() ? QString() : QStringLiteral(": ") + eventNote);
    if (auto s = m_leads->addEvent(id, { now, from, to, m_session.userName, eventNote }); !s)
        return s;
    if (to == LeadState::Verified && !lead.volunteerId.isEmpty()) {
        if (auto s = ServiceTeamService(m_db, m_session).awardForVerifiedLead(lead); !s)
            return s;
    }
    QString made;
    if (referring) {
        Referral referral;
        referral.householdId = lead.householdId;
        referral.leadId = lead.id;
        referral.policyIds = policyIds;
        referral.note = note.trimmed();
        auto refer = ReferralService(m_db, m_session).refer(referral);
        if (!refer)
            return refer.error();
        made = refer.value();
    }
    if (auto s = tx.commit(); !s)
        return s;
    if (referralId)
        *referralId = made;
    return {};
}

Status LeadService::setProxy(const QString &id, const QString &name, const QString &relation, const QString &phone)
{
    auto loaded = m_leads->load(id);
    if (!loaded)
        return loaded.error();
    if (auto s = checkScope(loaded->townshipCode, Permission::EditHouseholds); !s)
        return s;
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("Name the person who applies on their behalf."), QStringLiteral("proxy_name"));
    Lead lead = loaded.value();
    lead.proxyName = name.trimmed();
    lead.proxyRelation = relation.trimmed();
    lead.proxyPhone = phone.trimmed();
    Transaction tx(m_db);
    if (auto s = m_leads->update(lead); !s)
        return s;
    if (auto s = m_leads->addEvent(id,
            { Clock::now(), lead.state, lead.state, m_session.userName,
                tr("proxy application (帮办代办) by %1 (%2)").arg(lead.proxyName, lead.proxyRelation) });
        !s)
        return s;
    return tx.commit();
}

Result<QList<HouseholdSummary>> LeadService::candidates(const QString &id) const
{
    auto lead = get(id);
    if (!lead)
        return lead.error();
    HouseholdService households(m_db, m_session);
    QList<HouseholdSummary> found;
    QSet<QString> seen;
    auto add = [&](const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        HouseholdQuery q;
        q.text = text;
        q.limit = 10;
        if (auto r = households.search(q)) {
            for (const HouseholdSummary &s : r.value()) {
                if (!seen.contains(s.id)) {
                    seen.insert(s.id);
                    found.append(s);
                }
            }
        }
    };
    add(lead->personIdNumber); // the strongest evidence first
    add(lead->phone);
    add(lead->personName);
    // Address: the first few characters are enough to bring up neighbours with the same name.
    if (!lead->address.isEmpty() && !lead->personName.isEmpty())
        add(lead->personName + QLatin1Char(' ') + lead->address.left(4));
    return found;
}

Status LeadService::linkHousehold(const QString &id, const QString &householdId)
{
    auto loaded = m_leads->load(id);
    if (!loaded)
        return loaded.error();
    if (auto s = checkScope(loaded->townshipCode, Permission::EditHouseholds); !s)
        return s;
    auto household = HouseholdService(m_db, m_session).get(householdId);
    if (!household)
        return household.error();
    Lead lead = loaded.value();
    lead.householdId = householdId;
    Transaction tx(m_db);
    if (auto s = m_leads->update(lead); !s)
        return s;
    if (auto s = m_leads->addEvent(id,
            { Clock::now(), lead.state, lead.state, m_session.userName,
                tr("linked to the household of %1").arg(household->headName()) });
        !s)
        return s;
    return tx.commit();
}

Result<Household> LeadService::intakeDraft(const QString &id) const
{
    auto lead = get(id);
    if (!lead)
        return lead.error();
    Household h;
    h.townshipCode = lead->townshipCode;
    h.villageCode = lead->villageCode;
    h.address = lead->address;
    h.phone = lead->phone;
    h.startDate = Clock::today();
    const RegionTree tree = StationService::regions(m_db);
    if (const Region *v = tree.find(lead->villageCode))
        h.area = v->kind == QLatin1String("village") ? AreaType::Rural : AreaType::Urban;
    Member head;
    head.name = lead->personName;
    head.relation = Relation::Head;
    head.idNumber = lead->personIdNumber;
    head.phone = lead->phone;
    const IdNumber parsed = IdNumber::parse(head.idNumber, Clock::today());
    if (parsed.isValid()) {
        head.birthDate = parsed.birthDate();
        head.sex = parsed.sex();
    }
    h.members.append(head);
    h.notes = tr("From lead reported %1: %2")
                  .arg(lead->reportedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), lead->description);
    return h;
}

Result<QList<LeadRow>> LeadService::rows(const LeadQuery &query) const
{
    auto leads = m_leads->query(query);
    if (!leads)
        return leads.error();
    QList<LeadRow> list;
    for (const Lead &l : leads.value())
        list.append(row(l));
    return list;
}

Result<QList<LeadRow>> LeadService::list(bool overdueOnly) const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view leads."));
    LeadQuery q;
    if (!Roles::districtWide(m_session.role))
        q.townshipCode = m_session.townshipCode;
    if (overdueOnly) {
        q.runningOnly = true;
        q.deadlineBefore = Clock::now();
    }
    return rows(q);
}

Result<QList<LeadRow>> LeadService::dueToday() const
{
    if (!m_session.can(Permission::ViewHouseholds))
        return Error::forbidden(tr("Your role may not view leads."));
    LeadQuery q;
    if (!Roles::districtWide(m_session.role))
        q.townshipCode = m_session.townshipCode;
    q.runningOnly = true;
    q.deadlineBefore = QDateTime(Clock::today().addDays(1), QTime(0, 0));
    return rows(q);
}

Result<QList<LeadRow>> LeadService::escalations() const
{
    if (!Roles::districtWide(m_session.role))
        return Error::forbidden(tr("The escalation list is for the district bureau."));
    LeadQuery q;
    q.runningOnly = true;
    q.deadlineBefore = Clock::now();
    return rows(q);
}

Result<QString> LeadService::recordGrant(TemporaryGrant grant)
{
    QString township;
    std::optional<Lead> lead;
    if (!grant.leadId.isEmpty()) {
        auto l = m_leads->load(grant.leadId);
        if (!l)
            return l.error();
        lead = l.value();
        township = l->townshipCode;
        if (grant.householdId.isEmpty())
            grant.householdId = l->householdId;
    }
    if (!grant.householdId.isEmpty()) {
        auto t = HouseholdRepository(m_db).townshipCode(grant.householdId, true);
        if (!t || !t.value().isValid())
            return Error::notFound(tr("No household with the id %1.").arg(grant.householdId));
        township = t.value().toString();
    }
    if (township.isEmpty())
        return Error::invalid(tr("A grant belongs to a lead or a household."), QStringLiteral("household"));
    if (auto s = checkScope(township, Permission::EditHouseholds); !s)
        return s.error();
    if (grant.amount <= 0)
        return Error::invalid(tr("The amount must be more than zero."), QStringLiteral("amount"));
    if (grant.reason.trimmed().isEmpty())
        return Error::invalid(tr("Write the reason for the assistance."), QStringLiteral("reason"));
    grant.id = sql::newId();
    grant.createdAt = Clock::now();
    // Small amounts first (先行小额救助): paid at once, approval and paperwork follow.
    grant.status = grant.smallAmountFirst ? GrantStatus::Paid : GrantStatus::Proposed;
    if (grant.smallAmountFirst)
        grant.paidAt = grant.createdAt;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_leads->insertGrant(grant); !s)
        return s.error();
    if (lead) {
        if (lead->emergency && !lead->answeredAt.isValid()) {
            lead->answeredAt = grant.createdAt; // the green channel's 12-hour clock stops at the first help
            lead->answer = LeadAnswer::Granted;
            if (auto s = m_leads->update(*lead); !s)
                return s.error();
        }
        if (auto s = m_leads->addEvent(lead->id,
                { grant.createdAt, lead->state, lead->state, m_session.userName,
                    tr("temporary assistance %1 yuan: %2").arg(money::toYuanString(grant.amount), grant.reason) });
            !s)
            return s.error();
    }
    AuditEntry entry;
    entry.action = QStringLiteral("grant");
    entry.table = QStringLiteral("temporary_grants");
    entry.recordId = grant.id;
    entry.householdId = grant.householdId;
    entry.field = QStringLiteral("amount_fen");
    entry.newValue = QString::number(grant.amount);
    if (auto s = AuditLog(m_db).append(entry); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return grant.id;
}

Status LeadService::approveGrant(const QString &grantId)
{
    auto g = m_leads->loadGrant(grantId);
    if (!g)
        return g.error();
    TemporaryGrant grant = g.value();
    if (auto s = checkGrantScope(grant); !s)
        return s;
    if (grant.status == GrantStatus::Rejected)
        return Error::conflict(tr("This grant was rejected."));
    grant.approvedBy = m_session.userName;
    grant.approvedOn = Clock::today();
    if (grant.status == GrantStatus::Proposed)
        grant.status = GrantStatus::Approved;
    Transaction tx(m_db);
    if (auto s = m_leads->updateGrant(grant); !s)
        return s;
    return tx.commit();
}

Status LeadService::markPaid(const QString &grantId)
{
    auto g = m_leads->loadGrant(grantId);
    if (!g)
        return g.error();
    TemporaryGrant grant = g.value();
    if (auto s = checkGrantScope(grant); !s)
        return s;
    if (grant.status != GrantStatus::Approved)
        return Error::invalid(tr("Only an approved grant can be paid."), QStringLiteral("status"));
    grant.status = GrantStatus::Paid;
    grant.paidAt = Clock::now();
    Transaction tx(m_db);
    if (auto s = m_leads->updateGrant(grant); !s)
        return s;
    return tx.commit();
}

Status LeadService::checkGrantScope(const TemporaryGrant &grant) const
{
    auto township = m_leads->grantTownship(grant.householdId, grant.leadId);
    if (!township)
        return township.error();
    return checkScope(township.value(), Permission::EditHouseholds);
}

Result<Fen> LeadService::yearlyTotal(const QString &householdId, int year) const
{
    // What a household received is its township's business (and the district's).
    auto township = HouseholdRepository(m_db).townshipCode(householdId, false);
    if (!township)
        return township.error();
    if (!township.value().isValid())
        return Error::notFound(tr("No household with the id %1.").arg(householdId));
    if (auto s = checkScope(township.value().toString(), Permission::ViewHouseholds); !s)
        return s.error();
    return m_leads->yearlyGrantTotal(householdId, year);
}

} // namespace sn
