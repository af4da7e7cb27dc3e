-- Version 28: the account a household is paid into (issue 22, item 6). Apart from the household so the monthly
-- payment roll reads it and nothing else shows it unmasked; a household's row (household_id), synced with it.
CREATE TABLE payment_accounts (
    household_id TEXT PRIMARY KEY REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    holder       TEXT NOT NULL DEFAULT '', -- the account holder, when not the head
    bank         TEXT NOT NULL DEFAULT '',
    account      TEXT NOT NULL CHECK (account <> ''),
    hlc          TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
