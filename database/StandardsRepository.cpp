#include "StandardsRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace sn {

namespace {
YearlyStandard fromRow(const QSqlQuery &q)
{
    YearlyStandard s;
    s.year = q.value(0).toInt();
    s.area = areaTypeFromCode(q.value(1).toString());
    s.dibaoMonthly = q.value(2).toLongLong();
    s.disposableIncomeYearly = q.value(3).toLongLong();
    s.placeholder = q.value(4).toBool();
    return s;
}
} // namespace

QList<YearlyStandard> StandardsRepository::all() const
{
    QList<YearlyStandard> list;
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT year, area_type, dibao_monthly_fen, disposable_income_yearly_fen, placeholder FROM standards "
        "WHERE deleted = 0 ORDER BY year, area_type"));
    if (q) {
        while (q.value().next())
            list.append(fromRow(q.value()));
    }
    return list;
}

std::optional<YearlyStandard> StandardsRepository::forYear(int year, AreaType area) const
{
    auto q = sql::exec(m_db.sql(), QStringLiteral(
        "SELECT year, area_type, dibao_monthly_fen, disposable_income_yearly_fen, placeholder FROM standards "
        "WHERE deleted = 0 AND area_type = ? AND year <= ? ORDER BY year DESC LIMIT 1"),
        {areaTypeCode(area), year});
    if (q && q.value().next())
        return fromRow(q.value());
    return std::nullopt;
}

Status StandardsRepository::upsert(const YearlyStandard &s)
{
    auto r = sql::exec(m_db.sql(), QStringLiteral(
        "INSERT INTO standards (id, year, area_type, dibao_monthly_fen, disposable_income_yearly_fen, placeholder, hlc, station_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET dibao_monthly_fen = excluded.dibao_monthly_fen, "
        "disposable_income_yearly_fen = excluded.disposable_income_yearly_fen, placeholder = excluded.placeholder, "
        "hlc = excluded.hlc, station_id = excluded.station_id, deleted = 0"),
        {QStringLiteral("%1-%2").arg(s.year).arg(areaTypeCode(s.area)), s.year, areaTypeCode(s.area), s.dibaoMonthly,
         s.disposableIncomeYearly, s.placeholder ? 1 : 0, m_db.stamp(), m_db.stationId()});
    return r ? Status() : Status(r.error());
}

Status StandardsRepository::seedPlaceholders(int lastYear)
{
    // Placeholders in the range of published Qinghai figures; the district replaces them with the real ones.
    for (int year = 2022; year <= lastYear; ++year) {
        const int step = year - 2022;
        const YearlyStandard urban{year, AreaType::Urban, Fen(73500 + step * 2000), Fen(3800000 + step * 150000), true};
        const YearlyStandard rural{year, AreaType::Rural, Fen(52000 + step * 2000), Fen(1450000 + step * 80000), true};
        for (const YearlyStandard &s : {urban, rural}) {
            if (forYear(year, s.area) && forYear(year, s.area)->year == year)
                continue;
            if (auto r = upsert(s); !r)
                return r;
        }
    }
    return {};
}

} // namespace sn
