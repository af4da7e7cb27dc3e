#pragma once

#include "domain/Region.h"
#include "domain/Result.h"

namespace sn {

class Database;

// Stores the region tree (loaded from the district's JSON file) and grids added at stations.
class RegionRepository
{
public:
    explicit RegionRepository(Database &db) : m_db(db) {}
    Status store(const RegionTree &tree);     // insert missing regions, rename changed ones
    Result<RegionTree> load() const;
    Status addGrid(const QString &villageCode, const QString &name, QString *code = nullptr);

private:
    Database &m_db;
};

} // namespace sn
