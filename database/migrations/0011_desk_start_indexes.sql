-- Version 11: what the desk reads when it starts (and the registry, the workbench and the sync status after
-- each save), without scans: on a district's database these were about 0.35 s of each start.

-- The status bar's count of changes not yet sent (SyncService::pendingChanges) was count(*) over every unsent
-- outbox row: 1.1 million rows before a district's first sync, 0.1 s at every start and every 30 s. The outbox
-- is append-only: seq is AUTOINCREMENT (a rolled-back insert rolls sqlite_sequence back too, so no gaps) and
-- rows are only ever added, so the unsent rows are exactly the seq range (last sent, max(seq)], two b-tree
-- look-ups. These triggers keep it so: an unsent row cannot be deleted or renumbered (rows already in a bundle
-- may still be pruned).
CREATE TRIGGER sync_outbox_keep_unsent BEFORE DELETE ON sync_outbox
WHEN OLD.seq > (SELECT coalesce(max(last_outbox), 0) FROM sync_sent)
BEGIN SELECT RAISE(ABORT, 'sync_outbox: changes not yet sent cannot be deleted'); END;
CREATE TRIGGER sync_outbox_keep_seq BEFORE UPDATE OF seq ON sync_outbox
BEGIN SELECT RAISE(ABORT, 'sync_outbox: seq cannot change'); END;

-- The open tasks by due date with their tier and household, so that the overdue count per township (workbench
-- to-do, review summary) and the week's due count (review summary) read this index, and the household's
-- township an index on id (households_live_place, version 13), instead of thousands of task rows and household
-- rows (about 0.1 s and 0.2 s at each start). Replaces the index on due_date alone.
DROP INDEX IF EXISTS review_tasks_due;
CREATE INDEX review_tasks_due ON review_tasks(due_date, tier, household_id) WHERE status = 'open' AND deleted = 0;

-- The smallest index of every household row: the registry opens on all live households of the district and
-- counts them as all rows (SQLite's count(*) adds up the cells of each page of the smallest full index: about
-- 150 pages here, 1100 in the id index) less the removed ones (households_removed, version 9). On an
-- expression, so that no query's "deleted = 0" picks it instead of the partial indexes made for that query.
CREATE INDEX households_rowcount ON households(deleted + 0);
