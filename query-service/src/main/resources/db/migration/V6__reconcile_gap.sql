-- Issue 21: articles ingest-service published that this service does not hold as published (missing, an older
-- version, or still here although retracted), found by reconciliation (service Reconciler). A row lives while the gap
-- does: reconciliation deletes it once the article is held as published, or once ingest no longer lists the article as
-- delivered. attempts counts the times the article was asked for again at this ingest version, so an article the
-- pipeline cannot deliver (e.g. analysis dead-letters it) is reported as unrepairable instead of requested forever.
CREATE TABLE reconcile_gap (
    article_id       text PRIMARY KEY,
    kind             varchar(16) NOT NULL,
    ingest_version   bigint NOT NULL,
    stored_version   bigint,
    attempts         int NOT NULL DEFAULT 0,
    first_seen_at    timestamptz NOT NULL,
    last_seen_at     timestamptz NOT NULL,
    last_requested_at timestamptz
);

CREATE INDEX reconcile_gap_by_kind ON reconcile_gap (kind);
