-- Version 2: instant search over households.
-- One FTS5 row per household (rowid = households.rowid). Chinese text is indexed one character per
-- token, so two-character names match as phrases (FTS5's trigram tokenizer finds nothing under three
-- characters). py holds full pinyin and initials of every member name ("zhangsan zs"); digits holds ID
-- numbers and phones reversed, so "last four or more digits" becomes a prefix query, and phones forward.
CREATE VIRTUAL TABLE household_search USING fts5(
    names,
    py,
    address,
    digits,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3 4'
);
