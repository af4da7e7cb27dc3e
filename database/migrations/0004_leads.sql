-- Version 4: active discovery. Leads (救助线索) and their steps, the service team and its points,
-- referrals with the policy catalogue (一次性告知), temporary assistance, publicity events, liaisons.

CREATE TABLE volunteers (
    id            TEXT PRIMARY KEY,
    township_code TEXT NOT NULL REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    village_code  TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    name          TEXT NOT NULL CHECK (name <> ''),
    phone         TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL CHECK (kind IN ('volunteer', 'grid_worker', 'party_member', 'village_cadre')),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    hlc           TEXT NOT NULL,
    station_id    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX volunteers_region ON volunteers(township_code, village_code) WHERE deleted = 0;

CREATE TABLE leads (
    id               TEXT PRIMARY KEY,
    township_code    TEXT NOT NULL REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    village_code     TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    source           TEXT NOT NULL CHECK (source IN ('grid_worker', 'volunteer', 'party_member', 'department', 'media',
                                                     'petition', 'online', 'hotline', 'self')),
    reporter_name    TEXT NOT NULL DEFAULT '',
    reporter_phone   TEXT NOT NULL DEFAULT '',
    volunteer_id     TEXT REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    person_name      TEXT NOT NULL CHECK (person_name <> ''),
    person_id_number TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    emergency        INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)),
    state            TEXT NOT NULL CHECK (state IN ('reported', 'verified', 'window', 'field_check', 'decided', 'follow_up', 'closed')),
    decision         TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'granted', 'referred', 'not_eligible', 'duplicate')),
    reported_at      TEXT NOT NULL,
    deadline_at      TEXT NOT NULL,
    answered_at      TEXT,
    household_id     TEXT REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    proxy_name       TEXT NOT NULL DEFAULT '',
    proxy_relation   TEXT NOT NULL DEFAULT '',
    proxy_phone      TEXT NOT NULL DEFAULT '',
    origin_ref       TEXT NOT NULL DEFAULT '', -- e.g. the department suspicion row it came from
    hlc              TEXT NOT NULL,
    station_id       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX leads_open ON leads(state, deadline_at) WHERE deleted = 0;
CREATE INDEX leads_region ON leads(township_code, village_code) WHERE deleted = 0;
CREATE INDEX leads_household ON leads(household_id) WHERE household_id IS NOT NULL;

CREATE TABLE lead_events (
    id         TEXT PRIMARY KEY,
    lead_id    TEXT NOT NULL REFERENCES leads(id) DEFERRABLE INITIALLY DEFERRED,
    at         TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    user_id    TEXT NOT NULL DEFAULT '',
    user_name  TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    hlc        TEXT NOT NULL,
    station_id TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX lead_events_lead ON lead_events(lead_id, at);

CREATE TABLE point_entries (
    id           TEXT PRIMARY KEY,
    volunteer_id TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    at           TEXT NOT NULL,
    points       INTEGER NOT NULL,            -- earned (+) or redeemed (-)
    reason       TEXT NOT NULL DEFAULT '',
    lead_id      TEXT REFERENCES leads(id) DEFERRABLE INITIALLY DEFERRED,
    hlc          TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX point_entries_volunteer ON point_entries(volunteer_id);
CREATE UNIQUE INDEX point_entries_one_per_lead ON point_entries(lead_id) WHERE lead_id IS NOT NULL AND points > 0 AND deleted = 0;

CREATE TABLE policies (
    id            TEXT PRIMARY KEY,
    department    TEXT NOT NULL,
    service       TEXT NOT NULL CHECK (service IN ('housing', 'disability', 'employment', 'medical', 'education', 'other')),
    title         TEXT NOT NULL CHECK (title <> ''),
    who_qualifies TEXT NOT NULL DEFAULT '',
    materials     TEXT NOT NULL DEFAULT '',
    where_to_go   TEXT NOT NULL DEFAULT '',
    contact       TEXT NOT NULL DEFAULT '',
    reviewed_on   TEXT,
    hlc           TEXT NOT NULL,
    station_id    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE referrals (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    lead_id      TEXT REFERENCES leads(id) DEFERRABLE INITIALLY DEFERRED,
    service      TEXT NOT NULL CHECK (service IN ('housing', 'disability', 'employment', 'medical', 'education', 'other')),
    status       TEXT NOT NULL CHECK (status IN ('sent', 'accepted', 'done', 'returned')),
    sent_on      TEXT NOT NULL,
    follow_up_on TEXT,
    policy_ids   TEXT NOT NULL DEFAULT '', -- space-separated ids of the policies the notification letter lists
    note         TEXT NOT NULL DEFAULT '',
    hlc          TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX referrals_household ON referrals(household_id);

CREATE TABLE temporary_grants (
    id                 TEXT PRIMARY KEY,
    household_id       TEXT REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    lead_id            TEXT REFERENCES leads(id) DEFERRABLE INITIALLY DEFERRED,
    amount_fen         INTEGER NOT NULL CHECK (amount_fen > 0),
    reason             TEXT NOT NULL CHECK (reason <> ''),
    small_amount_first INTEGER NOT NULL DEFAULT 0 CHECK (small_amount_first IN (0, 1)),
    status             TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'paid', 'rejected')),
    approved_by        TEXT NOT NULL DEFAULT '',
    approved_on        TEXT,
    paid_at            TEXT,
    created_at         TEXT NOT NULL,
    hlc                TEXT NOT NULL,
    station_id         TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX temporary_grants_household ON temporary_grants(household_id);
CREATE INDEX temporary_grants_lead ON temporary_grants(lead_id);

CREATE TABLE publicity_events (
    id            TEXT PRIMARY KEY,
    township_code TEXT NOT NULL REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    held_on       TEXT NOT NULL,
    place         TEXT NOT NULL DEFAULT '',
    participants  INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    note          TEXT NOT NULL DEFAULT '',
    hlc           TEXT NOT NULL,
    station_id    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE liaisons (
    id         TEXT PRIMARY KEY,
    unit_kind  TEXT NOT NULL CHECK (unit_kind IN ('department', 'township')),
    unit       TEXT NOT NULL CHECK (unit <> ''), -- department name or township code
    name       TEXT NOT NULL,
    phone      TEXT NOT NULL DEFAULT '',
    hlc        TEXT NOT NULL,
    station_id TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX liaisons_one_per_unit ON liaisons(unit_kind, unit) WHERE deleted = 0;
