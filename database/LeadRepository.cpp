#include "LeadRepository.h"

#include "domain/EnumTable.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {

const char *LeadColumns
    = "id, township_code, coalesce(village_code, ''), source, reporter_name, reporter_phone, coalesce(volunteer_id, "
      "''), "
      "person_name, person_id_number, address, phone, description, emergency, state, decision, reported_at, "
      "deadline_at, answered_at, coalesce(household_id, ''), proxy_name, proxy_relation, proxy_phone, origin_ref, "
      "answer_kind";

QVariant moment(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toString(Qt::ISODate)) : QVariant();
}

QDateTime toMoment(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

Lead leadFrom(const QSqlQuery &q)
{
    Lead l;
    l.id = q.value(0).toString();
    l.townshipCode = q.value(1).toString();
    l.villageCode = q.value(2).toString();
    l.source = LeadRules::sourceFromCode(q.value(3).toString());
    l.reporterName = q.value(4).toString();
    l.reporterPhone = q.value(5).toString();
    l.volunteerId = q.value(6).toString();
    l.personName = q.value(7).toString();
    l.personIdNumber = q.value(8).toString();
    l.address = q.value(9).toString();
    l.phone = q.value(10).toString();
    l.description = q.value(11).toString();
    l.emergency = q.value(12).toBool();
    l.state = LeadRules::stateFromCode(q.value(13).toString());
    l.decision = LeadRules::decisionFromCode(q.value(14).toString());
    l.reportedAt = toMoment(q.value(15));
    l.deadlineAt = toMoment(q.value(16));
    l.answeredAt = toMoment(q.value(17));
    l.householdId = q.value(18).toString();
    l.proxyName = q.value(19).toString();
    l.proxyRelation = q.value(20).toString();
    l.proxyPhone = q.value(21).toString();
    l.originRef = q.value(22).toString();
    l.answer = LeadRules::answerFromCode(q.value(23).toString());
    return l;
}

QVariantList leadValues(const Lead &l)
{
    return { l.townshipCode, sql::nullIfEmpty(l.villageCode), LeadRules::code(l.source), l.reporterName,
        l.reporterPhone, sql::nullIfEmpty(l.volunteerId), l.personName, l.personIdNumber, l.address, l.phone,
        l.description, l.emergency ? 1 : 0, LeadRules::code(l.state), LeadRules::code(l.decision), moment(l.reportedAt),
        moment(l.deadlineAt), moment(l.answeredAt), sql::nullIfEmpty(l.householdId), l.proxyName, l.proxyRelation,
        l.proxyPhone, l.originRef, LeadRules::code(l.answer) };
}

TemporaryGrant grantFrom(const QSqlQuery &q)
{
    TemporaryGrant g;
    g.id = q.value(0).toString();
    g.householdId = q.value(1).toString();
    g.leadId = q.value(2).toString();
    g.amount = q.value(3).toLongLong();
    g.reason = q.value(4).toString();
    g.smallAmountFirst = q.value(5).toBool();
    g.status = LeadRepository::grantStatusFromCode(q.value(6).toString());
    g.approvedBy = q.value(7).toString();
    g.approvedOn = sql::toDate(q.value(8));
    g.paidAt = toMoment(q.value(9));
    g.createdAt = toMoment(q.value(10));
    return g;
}

const char *GrantColumns
    = "id, coalesce(household_id, ''), coalesce(lead_id, ''), amount_fen, reason, small_amount_first, status, "
      "approved_by, approved_on, paid_at, created_at";

constexpr EnumEntry<GrantStatus> kGrantStatusEntries[] = {
    { GrantStatus::Proposed, "proposed" },
    { GrantStatus::Approved, "approved" },
    { GrantStatus::Paid, "paid" },
    { GrantStatus::Rejected, "rejected" },
};
constexpr EnumTable<GrantStatus> kGrantStatuses("sn::LeadRepository", kGrantStatusEntries);

} // namespace

QString LeadRepository::code(GrantStatus s)
{
    return kGrantStatuses.code(s);
}

GrantStatus LeadRepository::grantStatusFromCode(const QString &code)
{
    return kGrantStatuses.fromCode(code);
}

Result<Lead> LeadRepository::load(const QString &id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM leads WHERE id = ? AND deleted = 0").arg(QLatin1String(LeadColumns)), { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(QCoreApplication::translate("sn::LeadRepository", "No lead with the id %1.").arg(id));
    return leadFrom(q.value());
}

Status LeadRepository::insert(const Lead &l)
{
    QVariantList values { l.id };
    values << leadValues(l) << m_db.stamp() << m_db.stationId();
    auto r = sql::exec(m_db.sql(),
        QStringLiteral(
            "INSERT INTO leads (id, township_code, village_code, source, reporter_name, reporter_phone, volunteer_id, "
            "person_name, "
            "person_id_number, address, phone, description, emergency, state, decision, reported_at, deadline_at, "
            "answered_at, "
            "household_id, proxy_name, proxy_relation, proxy_phone, origin_ref, answer_kind, hlc, station_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    return r ? Status() : Status(r.error());
}

Status LeadRepository::update(const Lead &l)
{
    QVariantList values = leadValues(l);
    values << m_db.stamp() << m_db.stationId() << l.id;
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE leads SET township_code = ?, village_code = ?, source = ?, reporter_name = ?, "
                       "reporter_phone = ?, volunteer_id = ?, "
                       "person_name = ?, person_id_number = ?, address = ?, phone = ?, description = ?, emergency = ?, "
                       "state = ?, decision = ?, "
                       "reported_at = ?, deadline_at = ?, answered_at = ?, household_id = ?, proxy_name = ?, "
                       "proxy_relation = ?, proxy_phone = ?, "
                       "origin_ref = ?, answer_kind = ?, hlc = ?, station_id = ? WHERE id = ?"),
        values);
    return r ? Status() : Status(r.error());
}

Status LeadRepository::addEvent(const QString &leadId, const LeadEvent &e)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO lead_events (id, lead_id, at, from_state, to_state, user_id, user_name, note, hlc, "
                       "station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { sql::newId(), leadId, e.at.toString(Qt::ISODate), LeadRules::code(e.from), LeadRules::code(e.to),
            m_db.actor().userId, e.userName, e.note, m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Result<QList<LeadEvent>> LeadRepository::events(const QString &leadId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT at, from_state, to_state, user_name, note FROM lead_events WHERE lead_id = ? AND "
                       "deleted = 0 ORDER BY at, rowid"),
        { leadId });
    if (!q)
        return q.error();
    QList<LeadEvent> list;
    while (q.value().next())
        list.append({ toMoment(q.value().value(0)), LeadRules::stateFromCode(q.value().value(1).toString()),
            LeadRules::stateFromCode(q.value().value(2).toString()), q.value().value(3).toString(),
            q.value().value(4).toString() });
    return list;
}

Result<QList<Lead>> LeadRepository::query(const LeadQuery &query) const
{
    QStringList where { QStringLiteral("deleted = 0") };
    QVariantList values;
    if (!query.townshipCode.isEmpty()) {
        where.append(QStringLiteral("township_code = ?"));
        values.append(query.townshipCode);
    }
    if (!query.villageCode.isEmpty()) {
        where.append(QStringLiteral("village_code = ?"));
        values.append(query.villageCode);
    }
    if (query.openOnly)
        where.append(QStringLiteral("state <> 'closed'"));
    if (query.runningOnly)
        where.append(QStringLiteral("answered_at IS NULL"));
    if (query.deadlineBefore.isValid()) {
        where.append(QStringLiteral("deadline_at < ?"));
        values.append(query.deadlineBefore.toString(Qt::ISODate));
    }
    values.append(query.limit);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM leads WHERE %2 ORDER BY deadline_at LIMIT ?")
            .arg(QLatin1String(LeadColumns), where.join(QStringLiteral(" AND "))),
        values);
    if (!q)
        return q.error();
    QList<Lead> leads;
    while (q.value().next())
        leads.append(leadFrom(q.value()));
    return leads;
}

Status LeadRepository::insertGrant(const TemporaryGrant &g)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral(
            "INSERT INTO temporary_grants (id, household_id, lead_id, amount_fen, reason, small_amount_first, status, "
            "approved_by, "
            "approved_on, paid_at, created_at, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { g.id, sql::nullIfEmpty(g.householdId), sql::nullIfEmpty(g.leadId), g.amount, g.reason,
            g.smallAmountFirst ? 1 : 0, code(g.status), g.approvedBy, sql::dateValue(g.approvedOn), moment(g.paidAt),
            moment(g.createdAt), m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Status LeadRepository::updateGrant(const TemporaryGrant &g)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE temporary_grants SET household_id = ?, status = ?, approved_by = ?, approved_on = ?, "
                       "paid_at = ?, hlc = ?, station_id = ? WHERE id = ?"),
        { sql::nullIfEmpty(g.householdId), code(g.status), g.approvedBy, sql::dateValue(g.approvedOn), moment(g.paidAt),
            m_db.stamp(), m_db.stationId(), g.id });
    return r ? Status() : Status(r.error());
}

Result<TemporaryGrant> LeadRepository::loadGrant(const QString &id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM temporary_grants WHERE id = ? AND deleted = 0").arg(QLatin1String(GrantColumns)),
        { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(QCoreApplication::translate("sn::LeadRepository", "No grant with the id %1.").arg(id));
    return grantFrom(q.value());
}

Result<QList<TemporaryGrant>> LeadRepository::grants(const QString &householdId, const QString &leadId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM temporary_grants WHERE deleted = 0 AND ((? <> '' AND household_id = ?) OR (? <> "
                       "'' AND lead_id = ?)) ORDER BY created_at")
            .arg(QLatin1String(GrantColumns)),
        { householdId, householdId, leadId, leadId });
    if (!q)
        return q.error();
    QList<TemporaryGrant> list;
    while (q.value().next())
        list.append(grantFrom(q.value()));
    return list;
}

Result<Fen> LeadRepository::yearlyGrantTotal(const QString &householdId, int year) const
{
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT coalesce(sum(amount_fen), 0) FROM temporary_grants WHERE household_id = ? AND deleted = "
                       "0 AND status IN ('approved', 'paid') "
                       "AND substr(created_at, 1, 4) = ?"),
        { householdId, QString::number(year) });
    if (!v)
        return v.error();
    return Fen(v.value().toLongLong());
}

Result<QString> LeadRepository::grantTownship(const QString &householdId, const QString &leadId) const
{
    auto township = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT coalesce((SELECT township_code FROM households WHERE id = ?), (SELECT township_code "
                       "FROM leads WHERE id = ?))"),
        { householdId, leadId });
    if (!township)
        return township.error();
    return township.value().toString();
}

} // namespace sn
