-- Version 17: search knows every standard reading of a character and how surnames are said (单 shan,
-- 尉迟 yuchi; database/readings), and folds traditional and variant characters to simplified ones (黃 -> 黄).
-- The index's format is unchanged but its rows are not what the new code writes or queries: they are all
-- written again, in this migration's transaction, by Migrator (SearchIndex::rebuildAll).
DELETE FROM household_search;
