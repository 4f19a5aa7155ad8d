-- Issue 21, finding 8: versions are ordered by ingest-service's version number, not by nlp-service's clock.

-- ingest-service's version of the stored article (ArticleEnriched.version); null for events from producers that
-- predate it, which are then ordered by enriched_at as before.
ALTER TABLE article ADD COLUMN version bigint;

-- The latest retraction of each article that came with ingest's version (the tombstone's sinoscope-version header).
-- The article row is deleted on retraction; this row stays, so that a version at or below the retracted one arriving
-- later (a DLQ replay, a re-sent old event) is ignored instead of bringing the article back, while a newer version
-- (the article submitted again after its retraction) is stored and removes it.
CREATE TABLE retraction (
    article_id   text PRIMARY KEY,
    version      bigint NOT NULL,
    retracted_at timestamptz NOT NULL
);
