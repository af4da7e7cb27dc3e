#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace sn {

class Database;

// Households counted by township, category, tier and whether they are active.
struct HouseholdGroup
{
    QString township, category, tier;
    bool active = false;
    qint64 n = 0;
};

// The counting queries behind the desk's figures (Statistics). `townshipCode` empty: the whole file.
class StatisticsRepository
{
public:
    explicit StatisticsRepository(Database &db)
        : m_db(db)
    {
    }

    Result<QList<HouseholdGroup>> householdGroups(const QString &townshipCode) const;
    Result<qint64> liveMembers(const QString &townshipCode) const;

private:
    Database &m_db;
};

} // namespace sn
