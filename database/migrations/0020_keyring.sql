-- Version 20: stations hold their keys themselves, and the district knows where an ID number is registered
-- without knowing the household (issue 18).
--
-- keyring: this station's secrets, never synced (no hlc): the district master secret at district stations, the
-- station's signing key and the certificate the district issued for it, the keys of the scopes it may read at
-- township stations. A backup carries them, as it carries the data they protect.
CREATE TABLE keyring (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

-- id_index: a keyed hash (BLAKE2b with a district secret) of every registered ID number and the township that
-- registered it. It syncs district-wide, so intake warns of a registration in another township without that
-- township's rows ever reaching this station.
CREATE TABLE id_index (
    id            TEXT PRIMARY KEY,  -- <hash>:<township code>
    id_hash       TEXT NOT NULL,
    township_code TEXT NOT NULL,
    hlc           TEXT NOT NULL,
    station_id    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX id_index_hash ON id_index(id_hash) WHERE deleted = 0;
