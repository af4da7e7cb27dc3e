-- Version 26: the district's holiday calendar (issue 22, item 3). Official holidays and make-up working days
-- (调休) differ every year; time limits count working days over them. District reference data, synced to
-- every station; the day (ISO date) is the key, so two stations entering the same day meet in one row.
CREATE TABLE calendar_days (
    day        TEXT PRIMARY KEY,
    working    INTEGER NOT NULL CHECK (working IN (0, 1)), -- 1: make-up working day; 0: holiday
    name       TEXT NOT NULL DEFAULT '',
    hlc        TEXT NOT NULL,
    station_id TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
