-- How a duplicate relates to its original: SAME_CONTENT (identical cleaned text), REPOST (the body again, under
-- another headline, time or editor's line, or from another outlet), UPDATE (the same source's text with parts
-- changed: a newer version of the original). Null for originals and for duplicates stored before this column.
ALTER TABLE article ADD COLUMN duplicate_kind varchar(16);
-- Estimated Jaccard similarity of the two bodies' shingles (MinHash); 1 for SAME_CONTENT.
ALTER TABLE article ADD COLUMN duplicate_similarity real;
