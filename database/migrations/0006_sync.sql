-- Version 6: sync between stations over a shared folder.
-- Change capture: triggers (created by ChangeCapture for every table with an hlc column) append the key of
-- each row whose stamp changed to sync_outbox, in the same transaction as the change. While a bundle from
-- another station is being applied, sync_control.applying = 1 and the triggers stay silent.
CREATE TABLE sync_outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    prev_hlc   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sync_control (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    applying INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_control (id, applying) VALUES (1, 0);

-- Bundles applied here, per station and sequence number: re-importing one is a no-op.
CREATE TABLE sync_received (
    station_id TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    bundle_sha TEXT NOT NULL,
    changes    INTEGER NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (station_id, seq)
) WITHOUT ROWID;

-- Bundles exported from here.
CREATE TABLE sync_sent (
    seq        INTEGER PRIMARY KEY,
    first_outbox INTEGER NOT NULL,
    last_outbox  INTEGER NOT NULL,
    changes    INTEGER NOT NULL,
    file_name  TEXT NOT NULL,
    bundle_sha TEXT NOT NULL,
    written_at TEXT NOT NULL
);

-- Concurrent edits of one record: both versions are kept; the provisional winner (greater stamp) is in the
-- table, the other here until a clerk resolves it. The id is derived from (table, key, losing stamp) so every
-- station that detects the same conflict records the same row, and the resolution syncs like any record.
CREATE TABLE conflicts (
    id            TEXT PRIMARY KEY,
    table_name    TEXT NOT NULL,
    row_key       TEXT NOT NULL,
    household_id  TEXT,
    winner_hlc    TEXT NOT NULL,
    loser_hlc     TEXT NOT NULL,
    winner_json   TEXT NOT NULL,
    loser_json    TEXT NOT NULL,
    detected_at   TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution    TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'kept_winner', 'took_loser', 'merged')),
    resolved_by   TEXT NOT NULL DEFAULT '',
    resolved_at   TEXT,
    hlc           TEXT NOT NULL,
    station_id    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX conflicts_open ON conflicts(status, detected_at) WHERE deleted = 0;
