-- Version 19: the township administrator role (issue 18), and user names that may repeat across stations.
-- SQLite cannot change a CHECK constraint in place, so the users table is rebuilt: create, copy, drop, rename,
-- index again. No table references users, so dropping it inside the migration's transaction keeps every foreign
-- key valid; its own references to regions are deferred and checked at commit.
-- Accounts are about to sync between stations, and stations made before enrolment each created their own
-- `admin`: two live accounts may share a name, so the unique index becomes a plain one and AccountService picks
-- one deterministically (made at this station, then of this station's township, then the oldest).
CREATE TABLE users_new (
    id                   TEXT PRIMARY KEY,
    username             TEXT NOT NULL CHECK (username <> ''),
    display_name         TEXT NOT NULL DEFAULT '',
    role                 TEXT NOT NULL CHECK (role = 'district_admin' OR role = 'township_admin'
                                              OR role = 'township_clerk' OR role = 'village_worker'
                                              OR role = 'auditor'),
    township_code        TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    village_code         TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
    phone                TEXT NOT NULL DEFAULT '',
    password_hash        TEXT NOT NULL,
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at           TEXT NOT NULL,
    hlc                  TEXT NOT NULL,
    station_id           TEXT NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1))
);
INSERT INTO users_new (id, username, display_name, role, township_code, village_code, phone, password_hash,
                       failed_attempts, locked_until, active, created_at, hlc, station_id, deleted,
                       must_change_password)
    SELECT id, username, display_name, role, township_code, village_code, phone, password_hash, failed_attempts,
           locked_until, active, created_at, hlc, station_id, deleted, must_change_password
    FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_username ON users(username) WHERE deleted = 0;
-- A township station made before this version created its first account as a district administrator; a station
-- bound to a township holds no district-wide administrator, so that account administers its township instead.
UPDATE users
SET role = 'township_admin', village_code = NULL,
    township_code = (SELECT value FROM meta WHERE key = 'township_code')
WHERE role = 'district_admin' AND coalesce((SELECT value FROM meta WHERE key = 'township_code'), '') <> '';
