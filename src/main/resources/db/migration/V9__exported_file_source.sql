-- A document the app remakes on each export (the front sheet, the monitoring sheet, the calendar,
-- the whole file as one PDF) is not byte-for-byte the same each time it is made, so "unchanged"
-- is judged on what it was made from: a hash of its contents as data (decision 0011).
ALTER TABLE exported_file ADD COLUMN source_sha256 CHAR(64);
