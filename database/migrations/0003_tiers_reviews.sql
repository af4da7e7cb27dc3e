-- Version 3: three-colour management and review calendars.
-- tier and tier_reason are derived from the household by the rule table (recomputed on every change and
-- when a member crosses 18 or 60: tier_next_check); tier_override is the clerk's choice, kept until removed.
ALTER TABLE households ADD COLUMN tier TEXT NOT NULL DEFAULT 'none'
    CHECK (tier IN ('none', 'red', 'yellow', 'green', 'monitoring'));
ALTER TABLE households ADD COLUMN tier_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN tier_override TEXT
    CHECK (tier_override IS NULL OR tier_override IN ('none', 'red', 'yellow', 'green', 'monitoring'));
ALTER TABLE households ADD COLUMN tier_override_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN tier_checked_on TEXT;
ALTER TABLE households ADD COLUMN tier_next_check TEXT;
CREATE INDEX households_tier ON households(tier, township_code) WHERE deleted = 0;
CREATE INDEX households_tier_check ON households(tier_next_check) WHERE deleted = 0;

-- One row per scheduled review. At most one open task per household and type; ids of generated tasks are
-- derived from (household, type, anchor) so two stations generating the same task produce the same row.
CREATE TABLE review_tasks (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    type         TEXT NOT NULL CHECK (type IN ('dynamic_review', 'economic_check', 'monthly_contact', 'monitoring_visit')),
    due_date     TEXT NOT NULL,
    tier         TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    completed_on TEXT,
    completed_by TEXT NOT NULL DEFAULT '',
    outcome      TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'no_change', 'change_found', 'exit')),
    notes        TEXT NOT NULL DEFAULT '',
    hlc          TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX review_tasks_due ON review_tasks(due_date) WHERE status = 'open' AND deleted = 0;
CREATE INDEX review_tasks_household ON review_tasks(household_id, type, status);
CREATE INDEX review_tasks_done ON review_tasks(completed_on) WHERE status = 'done' AND deleted = 0;
