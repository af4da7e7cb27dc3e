#include "ChangeRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QCoreApplication>

namespace sn {

namespace {

const char *ChangeColumns = "id, township_code, household_id, kind, effective_month, old_category, new_category, "
                            "old_amount_fen, new_amount_fen, reasons, state, coalesce(review_task_id, ''), "
                            "proposed_on, confirmed_on, applied_on, user_name";

BenefitChange changeFrom(const QSqlQuery &q)
{
    BenefitChange c;
    c.id = q.value(0).toString();
    c.townshipCode = q.value(1).toString();
    c.householdId = q.value(2).toString();
    c.kind = ChangeRules::kindFromCode(q.value(3).toString());
    c.effectiveMonth = q.value(4).toString();
    c.oldCategory = CategoryNames::fromCode(q.value(5).toString());
    c.newCategory = CategoryNames::fromCode(q.value(6).toString());
    c.oldAmount = q.value(7).toLongLong();
    c.newAmount = q.value(8).toLongLong();
    c.reasons = q.value(9).toString();
    c.state = ChangeRules::stateFromCode(q.value(10).toString());
    c.reviewTaskId = q.value(11).toString();
    c.proposedOn = sql::toDate(q.value(12));
    c.confirmedOn = sql::toDate(q.value(13));
    c.appliedOn = sql::toDate(q.value(14));
    c.userName = q.value(15).toString();
    return c;
}

// Every column but the id, in the order of ChangeColumns.
QVariantList valuesOf(const BenefitChange &c)
{
    return { c.townshipCode, c.householdId, ChangeRules::code(c.kind), c.effectiveMonth,
        CategoryNames::code(c.oldCategory), CategoryNames::code(c.newCategory), c.oldAmount, c.newAmount, c.reasons,
        ChangeRules::code(c.state), sql::nullIfEmpty(c.reviewTaskId), sql::dateValue(c.proposedOn),
        sql::dateValue(c.confirmedOn), sql::dateValue(c.appliedOn), c.userName };
}

const char *AppealColumns = "id, township_code, coalesce(household_id, ''), coalesce(change_id, ''), "
                            "coalesce(application_id, ''), kind, appellant, lodged_on, grounds, outcome, decided_on, "
                            "outcome_note, user_name";

Appeal appealFrom(const QSqlQuery &q)
{
    Appeal a;
    a.id = q.value(0).toString();
    a.townshipCode = q.value(1).toString();
    a.householdId = q.value(2).toString();
    a.changeId = q.value(3).toString();
    a.applicationId = q.value(4).toString();
    a.kind = ChangeRules::appealKindFromCode(q.value(5).toString());
    a.appellant = q.value(6).toString();
    a.lodgedOn = sql::toDate(q.value(7));
    a.grounds = q.value(8).toString();
    a.outcome = ChangeRules::outcomeFromCode(q.value(9).toString());
    a.decidedOn = sql::toDate(q.value(10));
    a.outcomeNote = q.value(11).toString();
    a.userName = q.value(12).toString();
    return a;
}

QVariantList valuesOf(const Appeal &a)
{
    return { a.townshipCode, sql::nullIfEmpty(a.householdId), sql::nullIfEmpty(a.changeId),
        sql::nullIfEmpty(a.applicationId), ChangeRules::code(a.kind), a.appellant, sql::dateValue(a.lodgedOn),
        a.grounds, ChangeRules::code(a.outcome), sql::dateValue(a.decidedOn), a.outcomeNote, a.userName };
}

// The columns written, in the order of valuesOf (the id first).
const char *ChangeWriteColumns[] = { "id", "township_code", "household_id", "kind", "effective_month", "old_category",
    "new_category", "old_amount_fen", "new_amount_fen", "reasons", "state", "review_task_id", "proposed_on",
    "confirmed_on", "applied_on", "user_name" };
const char *AppealWriteColumns[] = { "id", "township_code", "household_id", "change_id", "application_id", "kind",
    "appellant", "lodged_on", "grounds", "outcome", "decided_on", "outcome_note", "user_name" };

template <std::size_t N> QString insertStatement(const char *table, const char *(&columns)[N])
{
    QStringList names;
    QStringList marks;
    for (const char *c : columns) {
        names.append(QLatin1String(c));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT INTO %1 (%2, hlc, station_id) VALUES (%3, ?, ?)")
        .arg(QLatin1String(table), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

template <std::size_t N> QString updateStatement(const char *table, const char *(&columns)[N])
{
    QStringList assignments;
    for (const char *c : columns) {
        if (qstrcmp(c, "id") != 0)
            assignments.append(QLatin1String(c) + QStringLiteral(" = ?"));
    }
    return QStringLiteral("UPDATE %1 SET %2, hlc = ?, station_id = ? WHERE id = ?")
        .arg(QLatin1String(table), assignments.join(QStringLiteral(", ")));
}

// The WHERE clause of a list of changes or appeals (live rows of a township, of a household), its values appended.
QString filterOf(const ChangeQuery &query, QVariantList &values)
{
    QStringList where { QStringLiteral("deleted = 0") };
    if (!query.townshipCode.isEmpty()) {
        where.append(QStringLiteral("township_code = ?"));
        values.append(query.townshipCode);
    }
    if (!query.householdId.isEmpty()) {
        where.append(QStringLiteral("household_id = ?"));
        values.append(query.householdId);
    }
    return where.join(QStringLiteral(" AND "));
}

QString notFound(const char *what, const QString &id)
{
    return QCoreApplication::translate("sn::ChangeRepository", what).arg(id);
}

} // namespace

Result<BenefitChange> ChangeRepository::load(const QString &id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM benefit_changes WHERE id = ? AND deleted = 0").arg(QLatin1String(ChangeColumns)),
        { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(notFound(QT_TRANSLATE_NOOP("sn::ChangeRepository", "No change with the id %1."), id));
    return changeFrom(q.value());
}

Status ChangeRepository::insert(const BenefitChange &c)
{
    QVariantList values { c.id };
    values << valuesOf(c) << m_db.stamp() << m_db.stationId();
    auto r = sql::exec(m_db.sql(), insertStatement("benefit_changes", ChangeWriteColumns), values);
    return r ? Status() : Status(r.error());
}

Status ChangeRepository::update(const BenefitChange &c)
{
    QVariantList values = valuesOf(c);
    values << m_db.stamp() << m_db.stationId() << c.id;
    auto r = sql::exec(m_db.sql(), updateStatement("benefit_changes", ChangeWriteColumns), values);
    return r ? Status() : Status(r.error());
}

Result<QList<BenefitChange>> ChangeRepository::query(const ChangeQuery &query) const
{
    QVariantList values;
    const QString where = filterOf(query, values);
    values.append(query.limit);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM benefit_changes WHERE %2 ORDER BY effective_month DESC, proposed_on DESC, "
                       "rowid DESC LIMIT ?")
            .arg(QLatin1String(ChangeColumns), where),
        values);
    if (!q)
        return q.error();
    QList<BenefitChange> list;
    while (q.value().next())
        list.append(changeFrom(q.value()));
    return list;
}

Result<QList<BenefitChange>> ChangeRepository::due(const QString &month) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM benefit_changes WHERE state = 'confirmed' AND deleted = 0 AND "
                       "effective_month <= ? ORDER BY effective_month, confirmed_on, rowid")
            .arg(QLatin1String(ChangeColumns)),
        { month });
    if (!q)
        return q.error();
    QList<BenefitChange> list;
    while (q.value().next())
        list.append(changeFrom(q.value()));
    return list;
}

Result<Appeal> ChangeRepository::loadAppeal(const QString &id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM appeals WHERE id = ? AND deleted = 0").arg(QLatin1String(AppealColumns)),
        { id });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(notFound(QT_TRANSLATE_NOOP("sn::ChangeRepository", "No appeal with the id %1."), id));
    return appealFrom(q.value());
}

Status ChangeRepository::insertAppeal(const Appeal &a)
{
    QVariantList values { a.id };
    values << valuesOf(a) << m_db.stamp() << m_db.stationId();
    auto r = sql::exec(m_db.sql(), insertStatement("appeals", AppealWriteColumns), values);
    return r ? Status() : Status(r.error());
}

Status ChangeRepository::updateAppeal(const Appeal &a)
{
    QVariantList values = valuesOf(a);
    values << m_db.stamp() << m_db.stationId() << a.id;
    auto r = sql::exec(m_db.sql(), updateStatement("appeals", AppealWriteColumns), values);
    return r ? Status() : Status(r.error());
}

Result<QList<Appeal>> ChangeRepository::appeals(const ChangeQuery &query) const
{
    QVariantList values;
    const QString where = filterOf(query, values);
    values.append(query.limit);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM appeals WHERE %2 ORDER BY lodged_on DESC, rowid DESC LIMIT ?")
            .arg(QLatin1String(AppealColumns), where),
        values);
    if (!q)
        return q.error();
    QList<Appeal> list;
    while (q.value().next())
        list.append(appealFrom(q.value()));
    return list;
}

} // namespace sn
