#pragma once

#include "domain/BenefitChange.h"
#include "domain/Result.h"

namespace sn {

class Database;

struct ChangeQuery
{
    QString townshipCode; // empty: every township
    QString householdId;
    int limit = 1000;
};

// 增发 / 减发 / 停发 and the appeals against decisions (migration 29).
class ChangeRepository
{
public:
    explicit ChangeRepository(Database &db)
        : m_db(db)
    {
    }

    Result<BenefitChange> load(const QString &id) const;
    Status insert(const BenefitChange &c);
    Status update(const BenefitChange &c);
    // Newest effective month first.
    Result<QList<BenefitChange>> query(const ChangeQuery &query) const;
    // Confirmed changes whose effective month has begun by `month` ("YYYY-MM"), oldest first.
    Result<QList<BenefitChange>> due(const QString &month) const;

    Result<Appeal> loadAppeal(const QString &id) const;
    Status insertAppeal(const Appeal &a);
    Status updateAppeal(const Appeal &a);
    Result<QList<Appeal>> appeals(const ChangeQuery &query) const;

private:
    Database &m_db;
};

} // namespace sn
