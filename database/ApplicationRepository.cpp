#include "ApplicationRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>

namespace sn {

namespace {

const char *Columns = "id, township_code, coalesce(village_code, ''), coalesce(household_id, ''), "
                      "coalesce(lead_id, ''), applicant_name, assistance, applied_on, platform_case_no, "
                      "authorisation_signed, materials, proxy_name, proxy_relation, proxy_phone, step, "
                      "step_started_on, step_deadline, overall_deadline, outcome, decided_on, category, amount_fen, "
                      "start_month, refusal_reasons, survey_findings, objections";

Application applicationFrom(const QSqlQuery &q)
{
    Application a;
    a.id = q.value(0).toString();
    a.townshipCode = q.value(1).toString();
    a.villageCode = q.value(2).toString();
    a.householdId = q.value(3).toString();
    a.leadId = q.value(4).toString();
    a.applicantName = q.value(5).toString();
    a.assistance = ApplicationRules::assistanceFromCode(q.value(6).toString());
    a.appliedOn = sql::toDate(q.value(7));
    a.platformCaseNo = q.value(8).toString();
    a.authorisationSigned = q.value(9).toBool();
    const QString materials = q.value(10).toString();
    a.materials = materials.isEmpty() ? QStringList() : materials.split(QLatin1Char('\n'));
    a.proxyName = q.value(11).toString();
    a.proxyRelation = q.value(12).toString();
    a.proxyPhone = q.value(13).toString();
    a.step = ApplicationRules::stepFromCode(q.value(14).toString());
    a.stepStartedOn = sql::toDate(q.value(15));
    a.stepDeadline = sql::toDate(q.value(16));
    a.overallDeadline = sql::toDate(q.value(17));
    a.outcome = ApplicationRules::outcomeFromCode(q.value(18).toString());
    a.decidedOn = sql::toDate(q.value(19));
    a.category = CategoryNames::fromCode(q.value(20).toString());
    a.amount = q.value(21).toLongLong();
    a.startMonth = q.value(22).toString();
    a.refusalReasons = q.value(23).toString();
    a.surveyFindings = q.value(24).toString();
    a.objections = q.value(25).toString();
    return a;
}

// Every column but the id, in the order of Columns.
QVariantList valuesOf(const Application &a)
{
    return { a.townshipCode, sql::nullIfEmpty(a.villageCode), sql::nullIfEmpty(a.householdId),
        sql::nullIfEmpty(a.leadId), a.applicantName, ApplicationRules::code(a.assistance), sql::dateValue(a.appliedOn),
        a.platformCaseNo, a.authorisationSigned ? 1 : 0, a.materials.join(QLatin1Char('\n')), a.proxyName,
        a.proxyRelation, a.proxyPhone, ApplicationRules::code(a.step), sql::dateValue(a.stepStartedOn),
        sql::dateValue(a.stepDeadline), sql::dateValue(a.overallDeadline), ApplicationRules::code(a.outcome),
        sql::dateValue(a.decidedOn), CategoryNames::code(a.category), a.amount, a.startMonth, a.refusalReasons,
        a.surveyFindings, a.objections };
}

const char *Assignments = "township_code = ?, village_code = ?, household_id = ?, lead_id = ?, applicant_name = ?, "
                          "assistance = ?, applied_on = ?, platform_case_no = ?, authorisation_signed = ?, "
                          "materials = ?, proxy_name = ?, proxy_relation = ?, proxy_phone = ?, step = ?, "
                          "step_started_on = ?, step_deadline = ?, overall_deadline = ?, outcome = ?, decided_on = ?, "
                          "category = ?, amount_fen = ?, start_month = ?, refusal_reasons = ?, survey_findings = ?, "
                          "objections = ?";

} // namespace

Result<Application> ApplicationRepository::load(const QString &id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM applications WHERE id = ? AND deleted = 0").arg(QLatin1String(Columns)), { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(
            QCoreApplication::translate("sn::ApplicationRepository", "No application with the id %1.").arg(id));
    return applicationFrom(q.value());
}

Status ApplicationRepository::insert(const Application &a)
{
    QVariantList values { a.id };
    values << valuesOf(a) << m_db.stamp() << m_db.stationId();
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO applications (id, township_code, village_code, household_id, lead_id, "
                       "applicant_name, assistance, applied_on, platform_case_no, authorisation_signed, materials, "
                       "proxy_name, proxy_relation, proxy_phone, step, step_started_on, step_deadline, "
                       "overall_deadline, outcome, decided_on, category, amount_fen, start_month, refusal_reasons, "
                       "survey_findings, objections, hlc, station_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    return r ? Status() : Status(r.error());
}

Status ApplicationRepository::update(const Application &a)
{
    QVariantList values = valuesOf(a);
    values << m_db.stamp() << m_db.stationId() << a.id;
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE applications SET %1, hlc = ?, station_id = ? WHERE id = ?")
            .arg(QLatin1String(Assignments)),
        values);
    return r ? Status() : Status(r.error());
}

Status ApplicationRepository::addStep(const QString &applicationId, const ApplicationStepRecord &s)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO application_steps (id, application_id, step, to_step, started_on, deadline, "
                       "completed_on, working_days, late, note, user_name, hlc, station_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { sql::newId(), applicationId, ApplicationRules::code(s.step), ApplicationRules::code(s.to),
            sql::dateValue(s.startedOn), sql::dateValue(s.deadline), sql::dateValue(s.completedOn), s.workingDays,
            s.late ? 1 : 0, s.note, s.userName, m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Result<QList<ApplicationStepRecord>> ApplicationRepository::steps(const QString &applicationId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT step, to_step, started_on, deadline, completed_on, working_days, late, note, user_name "
                       "FROM application_steps WHERE application_id = ? AND deleted = 0 ORDER BY completed_on, rowid"),
        { applicationId });
    if (!q)
        return q.error();
    QList<ApplicationStepRecord> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({ ApplicationRules::stepFromCode(r.value(0).toString()),
            ApplicationRules::stepFromCode(r.value(1).toString()), sql::toDate(r.value(2)), sql::toDate(r.value(3)),
            sql::toDate(r.value(4)), r.value(5).toInt(), r.value(6).toBool(), r.value(7).toString(),
            r.value(8).toString() });
    }
    return list;
}

Result<QList<Application>> ApplicationRepository::query(const ApplicationQuery &query) const
{
    QStringList where { QStringLiteral("deleted = 0") };
    QVariantList values;
    if (!query.townshipCode.isEmpty()) {
        where.append(QStringLiteral("township_code = ?"));
        values.append(query.townshipCode);
    }
    if (!query.householdId.isEmpty()) {
        where.append(QStringLiteral("household_id = ?"));
        values.append(query.householdId);
    }
    if (query.openOnly)
        where.append(QStringLiteral("step <> 'enrolled' AND NOT (step = 'decided' AND outcome = 'refused')"));
    values.append(query.limit);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM applications WHERE %2 ORDER BY step_deadline, applied_on LIMIT ?")
            .arg(QLatin1String(Columns), where.join(QStringLiteral(" AND "))),
        values);
    if (!q)
        return q.error();
    QList<Application> list;
    while (q.value().next())
        list.append(applicationFrom(q.value()));
    return list;
}

Result<QList<CalendarDay>> ApplicationRepository::calendarDays() const
{
    auto q = sql::exec(
        m_db.sql(), QStringLiteral("SELECT day, working, name FROM calendar_days WHERE deleted = 0 ORDER BY day"));
    if (!q)
        return q.error();
    QList<CalendarDay> list;
    while (q.value().next())
        list.append({ sql::toDate(q.value().value(0)), q.value().value(1).toBool(), q.value().value(2).toString() });
    return list;
}

Status ApplicationRepository::setCalendarDay(const CalendarDay &day)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO calendar_days (day, working, name, hlc, station_id) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (day) DO UPDATE SET working = excluded.working, name = excluded.name, "
                       "hlc = excluded.hlc, station_id = excluded.station_id, deleted = 0"),
        { sql::dateValue(day.date), day.working ? 1 : 0, day.name, m_db.stamp(), m_db.stationId() });
    return r ? Status() : Status(r.error());
}

Status ApplicationRepository::removeCalendarDay(const QDate &date)
{
    auto r = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE calendar_days SET deleted = 1, hlc = ?, station_id = ? WHERE day = ? AND deleted = 0"),
        { m_db.stamp(), m_db.stationId(), sql::dateValue(date) });
    return r ? Status() : Status(r.error());
}

} // namespace sn
