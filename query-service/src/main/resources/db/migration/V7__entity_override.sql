-- Analysts' entity overrides (issue 22): an append-only audit trail of who changed what, when and why. A row is never
-- updated except to record that it was published on entities.curated and applied to the stored articles.
CREATE TABLE entity_override (
    sequence        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('MERGE', 'SPLIT_ALIAS', 'ADD_ALIAS', 'REJECT_MENTION')),
    entity_id       text,
    entity_name     text,
    entity_type     text,
    other_entity_id text,
    other_name      text,
    other_type      text,
    alias           text,
    alias_forms     text[] NOT NULL DEFAULT '{}',
    article_id      text,
    start_offset    integer,
    end_offset      integer,
    reason          text NOT NULL,
    actor           text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    -- when entities.curated acknowledged it (null: not yet; the curation job publishes what is left)
    published_at    timestamptz,
    -- when the stored articles it affects were rewritten and re-indexed (null: pending for the curation job)
    applied_at      timestamptz
);

CREATE INDEX entity_override_entity_idx ON entity_override (entity_id);
CREATE INDEX entity_override_other_idx ON entity_override (other_entity_id);
CREATE INDEX entity_override_pending_idx ON entity_override (sequence) WHERE applied_at IS NULL OR published_at IS NULL;
-- Mentions by surface: which stored articles an alias override touches.
CREATE INDEX IF NOT EXISTS mention_surface_idx ON mention (surface);
