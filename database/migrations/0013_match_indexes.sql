-- Version 13: indexes for matching a department table (SuspicionMatcher), which looks members up by ID number
-- and by name and then needs the household's township and address. With these, matching 50,000 rows reads
-- index entries only, never the wide member and household rows.
-- The ID number index now also carries the household.
DROP INDEX IF EXISTS members_id_number;
CREATE INDEX members_id_number ON members(id_number, household_id) WHERE deleted = 0 AND id_number <> '';
CREATE INDEX members_live_name ON members(name, household_id) WHERE deleted = 0;
-- The township and address of a live household by id; replaces households_live_id (id, township_code) of
-- version 10, which the monthly report used for the township alone and which this index covers as well.
DROP INDEX IF EXISTS households_live_id;
CREATE INDEX households_live_place ON households(id, township_code, address) WHERE deleted = 0;
