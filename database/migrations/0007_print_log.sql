-- Version 7: the print log of documents (public-notice cards above all): who printed which cards, when, in
-- which layout, so a lost or weathered card can be reprinted from its entry. Each print is also in the audit
-- log (action "print", one entry per household). Rows sync like records (stations print, the district sees).
CREATE TABLE print_log (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('cards', 'letter', 'slip', 'file_sheet', 'tasklist')),
    layout        TEXT NOT NULL DEFAULT '',    -- cards: a5 | a4x2 | a4x4
    printed_at    TEXT NOT NULL,
    user_id       TEXT NOT NULL DEFAULT '',
    user_name     TEXT NOT NULL DEFAULT '',
    township_code TEXT NOT NULL DEFAULT '',    -- empty when a batch spans several townships
    scope         TEXT NOT NULL DEFAULT '',    -- what was asked for: a village, a township, a referral, a month
    household_ids TEXT NOT NULL DEFAULT '',    -- space-separated, in print order
    item_count    INTEGER NOT NULL DEFAULT 0 CHECK (item_count >= 0),
    page_count    INTEGER NOT NULL DEFAULT 0 CHECK (page_count >= 0),
    reprint_of    TEXT REFERENCES print_log(id) DEFERRABLE INITIALLY DEFERRED,
    hlc           TEXT NOT NULL,
    station_id    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX print_log_time ON print_log(printed_at) WHERE deleted = 0;
CREATE INDEX print_log_township ON print_log(township_code, printed_at) WHERE deleted = 0;
