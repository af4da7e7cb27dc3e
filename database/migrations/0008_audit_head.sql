-- Version 8: the head of the audit chain. Deleting the last entries of a hash chain leaves a shorter chain
-- that is still valid, so the head (last seq and its hash) is also kept in meta, written by a trigger in the
-- same statement as every audit insert. Whoever removes entries with plain SQL must also rewrite this row
-- (and sqlite_sequence, and the copy beside the file and in the backups: see SECURITY.md).
INSERT OR REPLACE INTO meta (key, value)
    SELECT 'audit_head', seq || ' ' || hash FROM audit_log ORDER BY seq DESC LIMIT 1;
CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log
BEGIN
    INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', NEW.seq || ' ' || NEW.hash);
END;
