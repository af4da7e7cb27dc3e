#pragma once

#include "domain/Household.h"
#include "domain/Region.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sn {

// The JSON form of a household used by `safetynet-cli household` (and by scripts that drive SafetyNet).
// Regions may be given by code or by name; money as "812.50" yuan strings or *_fen integers; categories
// and relations by code or in Chinese. Errors name the JSON field.
class HouseholdJson
{
    Q_DECLARE_TR_FUNCTIONS(sn::HouseholdJson)
public:
    static QJsonObject toJson(const Household &household, const RegionTree &tree);
    static Result<Household> fromJson(const QJsonObject &json, const RegionTree &tree);
    // Apply "field=value" to a household's top-level fields (address, phone, category, status, ...).
    static Status set(Household &household, const QString &assignment, const RegionTree &tree);
};

} // namespace sn
