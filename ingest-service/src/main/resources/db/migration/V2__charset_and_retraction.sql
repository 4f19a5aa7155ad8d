-- How the article's bytes were decoded: the charset used and the detector's confidence (100 = declared or certain).
ALTER TABLE article ADD COLUMN charset varchar(40) NOT NULL DEFAULT 'UTF-8';
ALTER TABLE article ADD COLUMN charset_confidence smallint NOT NULL DEFAULT 100;
-- A retraction is queued like a publication: RETRACTING rows are relayed as tombstones, then become RETRACTED.
ALTER TABLE article ADD COLUMN retracted_at timestamptz;
DROP INDEX article_pending;
CREATE INDEX article_pending ON article (received_at) WHERE status IN ('RECEIVED', 'RETRACTING');
