-- Indexes and a helper for the entity profile and fact queries.

-- Entity profile: articles mentioning an entity, and co-occurring entities per article.
CREATE INDEX IF NOT EXISTS mention_entity_article_idx ON mention (entity_id, article_id);

-- The instant a fact refers to: its ISO date (yyyy-MM-dd, yyyy-MM or yyyy; start of that day/month/year, UTC),
-- or null when it has none or it cannot be read (the caller then falls back to the article's publishedAt).
CREATE OR REPLACE FUNCTION fact_instant(date_text text) RETURNS timestamptz
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF date_text IS NULL THEN
        RETURN NULL;
    ELSIF date_text ~ '^\d{4}-\d{2}-\d{2}' THEN
        RETURN (substr(date_text, 1, 10) || ' 00:00:00+00')::timestamptz;
    ELSIF date_text ~ '^\d{4}-\d{2}$' THEN
        RETURN (date_text || '-01 00:00:00+00')::timestamptz;
    ELSIF date_text ~ '^\d{4}$' THEN
        RETURN (date_text || '-01-01 00:00:00+00')::timestamptz;
    END IF;
    RETURN NULL;
EXCEPTION WHEN others THEN
    RETURN NULL;
END;
$$;
