-- Version 16: the records to complete (households without a start date, members without an ID number), which
-- the workbench counts on every refresh and the registry lists. With these two small partial indexes the count
-- over 100,000 households reads only the incomplete entries: 0.03 s instead of 0.9 s for a per-household
-- EXISTS (sqlite3, 100,000 demo households, 2% without a start date).
CREATE INDEX households_no_start ON households(id) WHERE deleted = 0 AND start_date IS NULL;
CREATE INDEX members_no_id_number ON members(household_id) WHERE deleted = 0 AND id_number = '';
