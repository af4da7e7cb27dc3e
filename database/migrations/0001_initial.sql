-- SafetyNet schema, version 1.
-- Keys of records created at stations are UUID text. Synced rows carry a hybrid-logical-clock stamp (hlc),
-- the station that wrote them, and a tombstone flag instead of being deleted. Money is integer fen,
-- dates ISO-8601 text. Foreign keys are deferrable so a sync bundle can be applied in any row order.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE regions (
    code        TEXT PRIMARY KEY,
    parent_code TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    level       TEXT NOT NULL CHECK (level IN ('district', 'township', 'village', 'grid')),
    kind        TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL CHECK (name <> ''),
    hlc         TEXT NOT NULL DEFAULT '',
    station_id  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX regions_parent ON regions(parent_code);

CREATE TABLE stations (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL CHECK (name <> ''),
    township_code TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    created_at    TEXT NOT NULL,
    hlc           TEXT NOT NULL,
    station_id    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    username        TEXT NOT NULL CHECK (username <> ''),
    display_name    TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('district_admin', 'township_clerk', 'village_worker', 'auditor')),
    township_code   TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    village_code    TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    phone           TEXT NOT NULL DEFAULT '',
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    hlc             TEXT NOT NULL,
    station_id      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX users_username ON users(username) WHERE deleted = 0;

CREATE TABLE households (
    id                       TEXT PRIMARY KEY,
    township_code            TEXT NOT NULL REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    village_code             TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    grid_code                TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    address                  TEXT NOT NULL DEFAULT '',
    phone                    TEXT NOT NULL DEFAULT '',
    area_type                TEXT NOT NULL CHECK (area_type IN ('urban', 'rural')),
    category                 TEXT NOT NULL CHECK (category IN ('none', 'tekun', 'dibao', 'edge', 'expense')),
    category_override_reason TEXT NOT NULL DEFAULT '',
    monthly_amount_fen       INTEGER NOT NULL DEFAULT 0 CHECK (monthly_amount_fen >= 0),
    start_date               TEXT,
    status                   TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'exited')),
    exit_reason              TEXT NOT NULL DEFAULT '',
    has_capable_supporter    INTEGER NOT NULL DEFAULT 0 CHECK (has_capable_supporter IN (0, 1)),
    notes                    TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    hlc                      TEXT NOT NULL,
    station_id               TEXT NOT NULL,
    deleted                  INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX households_region ON households(township_code, village_code) WHERE deleted = 0;
CREATE INDEX households_category ON households(category, township_code) WHERE deleted = 0;

CREATE TABLE members (
    id               TEXT PRIMARY KEY,
    household_id     TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    position         INTEGER NOT NULL DEFAULT 0,
    name             TEXT NOT NULL CHECK (name <> ''),
    id_number        TEXT NOT NULL DEFAULT '',
    relation         TEXT NOT NULL CHECK (relation IN ('head', 'spouse', 'child', 'parent', 'grandchild',
                                                        'grandparent', 'sibling', 'child_in_law', 'other')),
    birth_date       TEXT,
    sex              TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
    labour           TEXT NOT NULL DEFAULT 'full' CHECK (labour IN ('full', 'partial', 'none')),
    disability_type  TEXT NOT NULL DEFAULT '',
    disability_grade INTEGER NOT NULL DEFAULT 0 CHECK (disability_grade BETWEEN 0 AND 4),
    serious_illness  INTEGER NOT NULL DEFAULT 0 CHECK (serious_illness IN (0, 1)),
    student          INTEGER NOT NULL DEFAULT 0 CHECK (student IN (0, 1)),
    employment       TEXT NOT NULL DEFAULT 'none',
    exclusion        TEXT NOT NULL DEFAULT 'counted',
    phone            TEXT NOT NULL DEFAULT '',
    hlc              TEXT NOT NULL,
    station_id       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX members_household ON members(household_id);
CREATE INDEX members_id_number ON members(id_number) WHERE deleted = 0 AND id_number <> '';

CREATE TABLE incomes (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    member_id    TEXT REFERENCES members(id) DEFERRABLE INITIALLY DEFERRED,
    kind         TEXT NOT NULL,
    monthly_fen  INTEGER NOT NULL CHECK (monthly_fen >= 0),
    stable       INTEGER NOT NULL DEFAULT 1 CHECK (stable IN (0, 1)),
    hlc          TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX incomes_household ON incomes(household_id);

CREATE TABLE assets (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    kind         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    value_fen    INTEGER NOT NULL CHECK (value_fen >= 0),
    hlc          TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX assets_household ON assets(household_id);

CREATE TABLE expenditures (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    kind         TEXT NOT NULL CHECK (kind IN ('medical', 'education', 'rehabilitation', 'disaster', 'accident', 'other')),
    amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
    incurred_on  TEXT,
    note         TEXT NOT NULL DEFAULT '',
    hlc          TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX expenditures_household ON expenditures(household_id);

-- Yearly standards per area type, edited by the district. Key "<year>-<area>" so stations agree on it.
CREATE TABLE standards (
    id                           TEXT PRIMARY KEY,
    year                         INTEGER NOT NULL,
    area_type                    TEXT NOT NULL CHECK (area_type IN ('urban', 'rural')),
    dibao_monthly_fen            INTEGER NOT NULL CHECK (dibao_monthly_fen > 0),
    disposable_income_yearly_fen INTEGER NOT NULL CHECK (disposable_income_yearly_fen >= 0),
    placeholder                  INTEGER NOT NULL DEFAULT 1 CHECK (placeholder IN (0, 1)),
    hlc                          TEXT NOT NULL,
    station_id                   TEXT NOT NULL,
    deleted                      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (year, area_type)
);

-- Configurable rules (multipliers, rhythms, deadlines): typed by the code that reads them.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    station_id TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Who changed what, where and when. Append-only (triggers below) and hash-chained: each row's hash covers
-- its content and the previous row's hash, so an edited or deleted entry breaks the chain.
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    user_id      TEXT NOT NULL DEFAULT '',
    user_name    TEXT NOT NULL DEFAULT '',
    station_id   TEXT NOT NULL,
    action       TEXT NOT NULL,
    table_name   TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    household_id TEXT,
    field        TEXT NOT NULL DEFAULT '',
    old_value    TEXT,
    new_value    TEXT,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_household ON audit_log(household_id, seq) WHERE household_id IS NOT NULL;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
