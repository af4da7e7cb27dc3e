#pragma once

#include "domain/Result.h"
#include "domain/Standards.h"

#include <QList>
#include <optional>

namespace sn {

class Database;

class StandardsRepository
{
public:
    explicit StandardsRepository(Database &db) : m_db(db) {}

    QList<YearlyStandard> all() const;
    // The standard of the year, or of the latest earlier year when the year has none yet.
    std::optional<YearlyStandard> forYear(int year, AreaType area) const;
    Status upsert(const YearlyStandard &standard);
    // Clearly labelled placeholders for 2022..lastYear (real Xining figures were not available).
    Status seedPlaceholders(int lastYear);

private:
    Database &m_db;
};

} // namespace sn
