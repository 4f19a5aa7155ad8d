-- How sure the linker was of each mention (EntityMention.confidence, 0-1), kept so that what the article API says of a
-- link (a phonetic-key join is "possible") and what an index rebuild reads back are the event's, not recomputed.
-- Null for mentions stored before this column: the article API then asks the analyzer from the stored spellings.
ALTER TABLE mention ADD COLUMN confidence double precision;
