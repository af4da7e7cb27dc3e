#pragma once

#include "domain/Category.h"
#include "domain/Household.h"
#include "domain/Tier.h"

#include <QString>
#include <optional>

namespace sn {

// The registry's filters: what the clerk typed and the choices of the filter bar, one page of the result.
struct HouseholdQuery
{
    QString text; // what the clerk typed: name, pinyin, initials, ID digits, phone, address
    QString townshipCode;
    QString villageCode;
    std::optional<Category> category;
    std::optional<HouseholdStatus> status;
    std::optional<Tier> tier;
    bool toCompleteOnly = false; // records to complete: start date unknown, or a member without an ID number
    int offset = 0;
    int limit = 100;
};

} // namespace sn
