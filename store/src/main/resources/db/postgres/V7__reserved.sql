-- V7: reserved. The "integrity" work adds a column as V7 in parallel with V8 (relation claims); this
-- placeholder keeps the versions without a gap until that V7 is merged, and is then replaced by it (a
-- database made by this placeholder is a development one: the merged V7's checksum differs, so it is
-- refused with a clear message and made again). It changes nothing.
SELECT 1;
