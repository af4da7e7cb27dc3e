-- Version 18: a password an administrator reset must be changed at the next sign-in (issue 18); the desk asks for
-- a new one, the command line refuses until then.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
