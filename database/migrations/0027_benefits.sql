-- Version 27: benefit amounts computed, not typed (issue 22, item 4). A 特困 person's care level
-- (全自理 / 半护理 / 全护理) sets the care standard added to the basic living standard; a clerk's amount other
-- than the computed one is kept with its reason (and audited), one per household, until cleared.
ALTER TABLE members ADD COLUMN care_level TEXT NOT NULL DEFAULT 'self'
    CHECK (care_level = 'self' OR care_level = 'partial' OR care_level = 'full');

CREATE TABLE benefit_overrides (
    household_id TEXT PRIMARY KEY REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
    computed_fen INTEGER NOT NULL DEFAULT 0, -- what the rules gave when the amount was set
    reason       TEXT NOT NULL CHECK (reason <> ''),
    set_on       TEXT NOT NULL,
    user_name    TEXT NOT NULL DEFAULT '',
    hlc          TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
