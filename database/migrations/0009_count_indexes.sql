-- Version 9: indexes for what the desk reads when it starts (the counts of Statistics for the workbench and
-- the review summary, the households due a tier check). On a district's 100000 households and 300000 members
-- the grouped count read every household row and every member row (about 0.25 s of CPU, seconds of wall
-- time on a busy machine); with these it reads only small index b-trees (about 25 ms).
-- The grouped count by township, category, tier and status, in index order (no sort, no table look-up).
CREATE INDEX households_counts ON households(township_code, category, tier, status) WHERE deleted = 0;
-- The few removed households, whose members the district-wide member count subtracts.
CREATE INDEX households_removed ON households(id) WHERE deleted = 1;
-- The live members, counted without reading the member rows.
CREATE INDEX members_live ON members(household_id) WHERE deleted = 0;
-- Households never tiered, which ReviewService::refreshDue looks for at every sign-in together with those
-- whose check fell due (through households_tier_check): without it the look-up read all 100000 rows.
CREATE INDEX households_unchecked ON households(id) WHERE deleted = 0 AND tier_checked_on IS NULL;
