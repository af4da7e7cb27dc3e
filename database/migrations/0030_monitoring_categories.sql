-- Version 30: the 2023 low-income monitoring categories (issue 22, item 7). households.category also takes
-- 'monitored' (防止返贫监测对象) and 'other' (其他困难人员), and category_found_on records when the household's
-- category was found or last renewed, from which a finding with a validity period lapses (刚性支出困难: 12 months,
-- domain/Category.cpp). The CHECK constraint is part of the table, so the table is rebuilt the way SQLite
-- documents for changes ALTER TABLE cannot make ("Making Other Kinds Of Table Schema Changes", the 12 steps):
-- Migrator turns foreign keys off before its transaction for this version and checks, before committing, that the
-- rebuild added no foreign key violation (PRAGMA foreign_key_check). Every row keeps its rowid, which the search
-- index (household_search, rowid = households.rowid) refers to; the indexes are made again here and the change
-- capture triggers by Migrator (ChangeCapture::ensureTriggers), as at every opening.
CREATE TABLE households_v30 (
    id                       TEXT PRIMARY KEY,
    township_code            TEXT NOT NULL REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    village_code             TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    grid_code                TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    address                  TEXT NOT NULL DEFAULT '',
    phone                    TEXT NOT NULL DEFAULT '',
    area_type                TEXT NOT NULL CHECK (area_type = 'urban' OR area_type = 'rural'),
    category                 TEXT NOT NULL CHECK (category = 'none' OR category = 'tekun'
                                                  OR category = 'dibao' OR category = 'edge' OR category = 'expense'
                                                  OR category = 'monitored' OR category = 'other'),
    category_override_reason TEXT NOT NULL DEFAULT '',
    monthly_amount_fen       INTEGER NOT NULL DEFAULT 0 CHECK (monthly_amount_fen >= 0),
    start_date               TEXT,
    status                   TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'exited'),
    exit_reason              TEXT NOT NULL DEFAULT '',
    has_capable_supporter    INTEGER NOT NULL DEFAULT 0 CHECK (has_capable_supporter = 0 OR has_capable_supporter = 1),
    notes                    TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    hlc                      TEXT NOT NULL,
    station_id               TEXT NOT NULL,
    deleted                  INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    tier                     TEXT NOT NULL DEFAULT 'none'
                             CHECK (tier = 'none' OR tier = 'red' OR tier = 'yellow' OR tier = 'green'
                                    OR tier = 'monitoring'),
    tier_reason              TEXT NOT NULL DEFAULT '',
    tier_override            TEXT CHECK (tier_override IS NULL OR tier_override = 'none' OR tier_override = 'red'
                                         OR tier_override = 'yellow' OR tier_override = 'green'
                                         OR tier_override = 'monitoring'),
    tier_override_reason     TEXT NOT NULL DEFAULT '',
    tier_checked_on          TEXT,
    tier_next_check          TEXT,
    category_found_on        TEXT
);
-- A finding made before this version counts from the household's start date (or else its last change), or from its
-- last review that found no change when that is later: such a visit renews a finding from this version on, and an
-- upgrade must not let a household lapse that was reviewed in time.
INSERT INTO households_v30 (rowid, id, township_code, village_code, grid_code, address, phone, area_type, category,
    category_override_reason, monthly_amount_fen, start_date, status, exit_reason, has_capable_supporter, notes,
    created_at, updated_at, hlc, station_id, deleted, tier, tier_reason, tier_override, tier_override_reason,
    tier_checked_on, tier_next_check, category_found_on)
SELECT rowid, id, township_code, village_code, grid_code, address, phone, area_type, category,
    category_override_reason, monthly_amount_fen, start_date, status, exit_reason, has_capable_supporter, notes,
    created_at, updated_at, hlc, station_id, deleted, tier, tier_reason, tier_override, tier_override_reason,
    tier_checked_on, tier_next_check,
    CASE WHEN category = 'none' THEN NULL
         ELSE max(coalesce(start_date, substr(updated_at, 1, 10)),
                  coalesce((SELECT max(r.completed_on) FROM review_tasks r WHERE r.household_id = households.id
                            AND r.status = 'done' AND r.outcome = 'no_change' AND r.deleted = 0), '')) END
FROM households;
DROP TABLE households;
ALTER TABLE households_v30 RENAME TO households;
CREATE INDEX households_region ON households(township_code, village_code) WHERE deleted = 0;
CREATE INDEX households_category ON households(category, township_code) WHERE deleted = 0;
CREATE INDEX households_tier ON households(tier, township_code) WHERE deleted = 0;
CREATE INDEX households_tier_check ON households(tier_next_check) WHERE deleted = 0;
CREATE INDEX households_counts ON households(township_code, category, tier, status) WHERE deleted = 0;
CREATE INDEX households_removed ON households(id) WHERE deleted = 1;
CREATE INDEX households_unchecked ON households(id) WHERE deleted = 0 AND tier_checked_on IS NULL;
CREATE INDEX households_report ON households(township_code, category, tier, tier_override, status, id) WHERE deleted = 0;
CREATE INDEX households_rowcount ON households(deleted + 0);
CREATE INDEX households_live_place ON households(id, township_code, address) WHERE deleted = 0;
CREATE INDEX households_no_start ON households(id) WHERE deleted = 0 AND start_date IS NULL;
-- The findings that lapse, by when they were found (the renewal list and the lapse at desk start).
CREATE INDEX households_finding ON households(category, category_found_on) WHERE deleted = 0 AND status = 'active';
