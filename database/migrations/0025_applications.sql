-- Version 25: applications (issue 22). From a lead or the window to a written decision: the steps of
-- 《最低生活保障审核确认办法》(民发〔2021〕57号) and 《特困人员认定办法》(民发〔2021〕43号), each with its deadline
-- in working days. A township's rows (township_code), synced like leads; the province platform's case number
-- is recorded, the platform is not replaced.
CREATE TABLE applications (
    id                   TEXT PRIMARY KEY,
    township_code        TEXT NOT NULL REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    village_code         TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    household_id         TEXT REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    lead_id              TEXT REFERENCES leads(id) DEFERRABLE INITIALLY DEFERRED,
    applicant_name       TEXT NOT NULL CHECK (applicant_name <> ''),
    assistance           TEXT NOT NULL CHECK (assistance = 'dibao' OR assistance = 'tekun' OR assistance = 'temporary'),
    applied_on           TEXT NOT NULL,
    platform_case_no     TEXT NOT NULL DEFAULT '',
    authorisation_signed INTEGER NOT NULL DEFAULT 0 CHECK (authorisation_signed IN (0, 1)),
    materials            TEXT NOT NULL DEFAULT '', -- the checklist handed in, one item per line
    proxy_name           TEXT NOT NULL DEFAULT '',
    proxy_relation       TEXT NOT NULL DEFAULT '',
    proxy_phone          TEXT NOT NULL DEFAULT '',
    step                 TEXT NOT NULL CHECK (step = 'accepted' OR step = 'survey' OR step = 'evaluation'
                             OR step = 'township_review' OR step = 'publicity' OR step = 'county_confirmation'
                             OR step = 'decided' OR step = 'enrolled'),
    step_started_on      TEXT NOT NULL,
    step_deadline        TEXT NOT NULL,
    overall_deadline     TEXT NOT NULL,
    outcome              TEXT NOT NULL DEFAULT '' CHECK (outcome = '' OR outcome = 'approved' OR outcome = 'refused'),
    decided_on           TEXT,
    category             TEXT NOT NULL DEFAULT 'none',
    amount_fen           INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    start_month          TEXT NOT NULL DEFAULT '',
    refusal_reasons      TEXT NOT NULL DEFAULT '',
    survey_findings      TEXT NOT NULL DEFAULT '',
    objections           TEXT NOT NULL DEFAULT '',
    hlc                  TEXT NOT NULL,
    station_id           TEXT NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX applications_open ON applications(township_code, step_deadline) WHERE deleted = 0;
CREATE INDEX applications_household ON applications(household_id) WHERE household_id IS NOT NULL;

-- Each step as it ended: its deadline, when it was done, late or not, the note (survey findings, objections).
CREATE TABLE application_steps (
    id             TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) DEFERRABLE INITIALLY DEFERRED,
    step           TEXT NOT NULL,
    to_step        TEXT NOT NULL,
    started_on     TEXT NOT NULL,
    deadline       TEXT NOT NULL,
    completed_on   TEXT NOT NULL,
    working_days   INTEGER NOT NULL DEFAULT 0,
    late           INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    note           TEXT NOT NULL DEFAULT '',
    user_name      TEXT NOT NULL DEFAULT '',
    hlc            TEXT NOT NULL,
    station_id     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX application_steps_application ON application_steps(application_id, completed_on);
