-- Version 29: 增发 / 减发 / 停发 and appeals (issue 22, item 5). A change is proposed by the township (from the
-- window or a review's findings), confirmed by the district bureau, and the household follows it from its
-- effective month; an appeal (申诉 / 行政复议) is recorded against an application's decision or a change with its
-- outcome. A township's rows (township_code), synced like applications.
CREATE TABLE benefit_changes (
    id              TEXT PRIMARY KEY,
    township_code   TEXT NOT NULL REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    household_id    TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    kind            TEXT NOT NULL CHECK (kind = 'increase' OR kind = 'decrease' OR kind = 'stop'),
    effective_month TEXT NOT NULL CHECK (length(effective_month) = 7),
    old_category    TEXT NOT NULL,
    new_category    TEXT NOT NULL,
    old_amount_fen  INTEGER NOT NULL DEFAULT 0 CHECK (old_amount_fen >= 0),
    new_amount_fen  INTEGER NOT NULL DEFAULT 0 CHECK (new_amount_fen >= 0),
    reasons         TEXT NOT NULL CHECK (reasons <> ''),
    state           TEXT NOT NULL CHECK (state = 'proposed' OR state = 'confirmed' OR state = 'applied'
                        OR state = 'withdrawn'),
    review_task_id  TEXT REFERENCES review_tasks(id) DEFERRABLE INITIALLY DEFERRED,
    proposed_on     TEXT NOT NULL,
    confirmed_on    TEXT,
    applied_on      TEXT,
    user_name       TEXT NOT NULL DEFAULT '',
    hlc             TEXT NOT NULL,
    station_id      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX benefit_changes_household ON benefit_changes(household_id, effective_month);
CREATE INDEX benefit_changes_due ON benefit_changes(effective_month) WHERE state = 'confirmed' AND deleted = 0;

CREATE TABLE appeals (
    id             TEXT PRIMARY KEY,
    township_code  TEXT NOT NULL REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    household_id   TEXT REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    change_id      TEXT REFERENCES benefit_changes(id) DEFERRABLE INITIALLY DEFERRED,
    application_id TEXT REFERENCES applications(id) DEFERRABLE INITIALLY DEFERRED,
    kind           TEXT NOT NULL CHECK (kind = 'complaint' OR kind = 'reconsideration'),
    appellant      TEXT NOT NULL CHECK (appellant <> ''),
    lodged_on      TEXT NOT NULL,
    grounds        TEXT NOT NULL CHECK (grounds <> ''),
    outcome        TEXT NOT NULL DEFAULT '' CHECK (outcome = '' OR outcome = 'upheld' OR outcome = 'changed'
                       OR outcome = 'withdrawn'),
    decided_on     TEXT,
    outcome_note   TEXT NOT NULL DEFAULT '',
    user_name      TEXT NOT NULL DEFAULT '',
    hlc            TEXT NOT NULL,
    station_id     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((change_id IS NULL) <> (application_id IS NULL))
);
CREATE INDEX appeals_household ON appeals(household_id) WHERE household_id IS NOT NULL;
