-- Version 22: the audit heads other stations published (issue 19). Every bundle carries its writer's audit head
-- (the last entry's sequence number and hash) and the hash its writer now has at the head it published in its
-- previous bundle. A station whose audit log lost its tail (entries cut with plain SQL, the file swapped for an
-- edited copy) can no longer give the hash it published before: audit-verify at any station that received both
-- bundles names it. Local to the receiving station.
CREATE TABLE sync_audit_heads (
    station_id  TEXT NOT NULL,
    bundle_seq  INTEGER NOT NULL,
    audit_seq   INTEGER NOT NULL,
    audit_hash  TEXT NOT NULL,
    link_seq    INTEGER NOT NULL DEFAULT 0,
    link_hash   TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    PRIMARY KEY (station_id, bundle_seq)
) WITHOUT ROWID;
CREATE INDEX sync_audit_heads_seq ON sync_audit_heads(station_id, audit_seq);
