-- Watchlists and alerts (issue 26): saved searches, entities and fact conditions that newly indexed articles are
-- matched against, and the outbox of what each watch is to be told. README "Watches", docs/operations.md.

-- A watch belongs to the API key that created it: owner is the key's client id (a salted digest, never the key).
-- The saved search is kept as written (q and its filters); entity names in it are resolved again whenever the watch is
-- compiled, so an analyst's merge reaches existing watches. fact_conditions: a JSON array of
-- {kind, imposer, target, party, minAmount, currency}, any of which may be absent. secret signs the webhook
-- deliveries (HMAC-SHA256); it is kept as given because signing needs it, and is shown only at creation.
CREATE TABLE watch (
    id              text PRIMARY KEY,
    owner           text NOT NULL,
    name            text NOT NULL,
    q               text,
    source          text,
    region          text,
    topic           text,
    entity          text,
    entity_ids      text[] NOT NULL DEFAULT '{}',
    fact_conditions jsonb NOT NULL DEFAULT '[]',
    webhook_url     text,
    secret          text NOT NULL,
    paused          boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX watch_owner_idx ON watch (owner, created_at);

-- The outbox: one row per notice a watch is due, written after the article is stored and indexed. The unique key makes
-- a replayed event (same article version) or a second replica matching the same article insert nothing new.
-- article_version: ingest's version number, or the content hash for producers that predate versions.
-- kind: match (the article matched), retraction (a matched article was retracted), ping (a test delivery).
-- status: PENDING (to send), DELIVERED (the receiver answered 2xx), DEAD (retries gave up: the watch's dead letter),
-- RECORDED (the watch has no webhook: kept for the delivery log and the stream only).
CREATE TABLE watch_delivery (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    watch_id        text NOT NULL REFERENCES watch (id) ON DELETE CASCADE,
    article_id      text NOT NULL,
    article_version text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('match', 'retraction', 'ping')),
    title           text,
    url             text,
    matched_because text[] NOT NULL DEFAULT '{}',
    status          text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD', 'RECORDED')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_attempt_at timestamptz,
    delivered_at    timestamptz,
    UNIQUE (watch_id, article_id, article_version, kind)
);

CREATE INDEX watch_delivery_log_idx ON watch_delivery (watch_id, id DESC);
CREATE INDEX watch_delivery_due_idx ON watch_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX watch_delivery_article_idx ON watch_delivery (article_id) WHERE kind = 'match';
