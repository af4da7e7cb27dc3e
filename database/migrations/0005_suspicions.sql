-- Version 5: department suspicion tables (annex 1: 各部门困难群众疑点信息反馈月表).
-- One import per department, month and file (a file is known by its SHA-256, so the same file is never imported
-- twice for the same department and month). Each row is matched against the registry, routed to a township,
-- and verified there.

CREATE TABLE suspicion_imports (
    id          TEXT PRIMARY KEY,
    department  TEXT NOT NULL CHECK (department <> ''),
    month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    file_name   TEXT NOT NULL DEFAULT '',
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    row_count   INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT '',
    hlc         TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX suspicion_imports_once ON suspicion_imports(department, month, sha256) WHERE deleted = 0;
CREATE INDEX suspicion_imports_month ON suspicion_imports(month, department) WHERE deleted = 0;

CREATE TABLE suspicion_rows (
    id                 TEXT PRIMARY KEY,
    import_id          TEXT NOT NULL REFERENCES suspicion_imports(id) DEFERRABLE INITIALLY DEFERRED,
    row_number         INTEGER NOT NULL,             -- the row in the department's file (1-based)
    head_name          TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    address_key        TEXT NOT NULL DEFAULT '',     -- normalised for matching (AddressKey)
    content            TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    id_number          TEXT NOT NULL DEFAULT '',     -- as given (normalised when valid)
    status             TEXT NOT NULL CHECK (status IN ('matched', 'candidate', 'unmatched', 'invalid')),
    reason             TEXT NOT NULL DEFAULT '',     -- why invalid, or how it matched
    household_id       TEXT REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    matched_by         TEXT NOT NULL DEFAULT '' CHECK (matched_by IN ('', 'id_number', 'name_address')),
    score              INTEGER NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 100),
    township_code      TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED, -- where it is verified
    confirmation       TEXT NOT NULL DEFAULT '' CHECK (confirmation IN ('', 'confirmed', 'rejected')),
    confirmed_by       TEXT NOT NULL DEFAULT '',
    confirmed_at       TEXT,
    verification       TEXT NOT NULL DEFAULT '' CHECK (verification IN ('', 'excluded', 'taken_in', 'referred', 'adjusted')),
    verified_on        TEXT,
    verification_notes TEXT NOT NULL DEFAULT '',
    verified_by        TEXT NOT NULL DEFAULT '',
    lead_id            TEXT REFERENCES leads(id) DEFERRABLE INITIALLY DEFERRED,
    hlc                TEXT NOT NULL,
    station_id         TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX suspicion_rows_import ON suspicion_rows(import_id, row_number);
CREATE INDEX suspicion_rows_township ON suspicion_rows(township_code, status) WHERE deleted = 0;
CREATE INDEX suspicion_rows_household ON suspicion_rows(household_id) WHERE household_id IS NOT NULL;
