-- Version 14: CHECK constraints of the form `x IN ('a', 'b', 'c')` are rewritten in the schema text as
-- `(x = 'a' OR x = 'b' OR x = 'c')`, which means the same. SQLite builds a transient table for such an IN list
-- every time a statement runs, and the one-row INSERTs and UPDATEs of saving, importing and syncing ran those
-- checks for every row: 40% of inserting a department table. The rewrite is done in C++ (Migrator.cpp,
-- rewriteCheckLists) through writable_schema, which SQLite documents as safe for changing a CHECK constraint
-- that every stored row satisfies; new tables should write such checks with OR from the start.
SELECT 1;
