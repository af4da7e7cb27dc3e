-- Version 21: what each version of a synced row has seen (issue 19), so that a version which descends from
-- another replaces it quietly and only versions made without seeing each other form a conflict.
-- `seen` holds hybrid-clock stamps separated by spaces, the latest of each writer that the local version includes
-- (VersionVector). A row without an entry has seen only its own stamp: every row only ever edited at this station.
-- Written when a version from another station is applied; local to the station, never synced as a table (each
-- change in a bundle carries its own).
CREATE TABLE sync_versions (
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    seen       TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
) WITHOUT ROWID;
