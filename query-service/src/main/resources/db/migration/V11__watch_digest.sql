-- Daily digests of a watch (issue 26): once a day, at digest_time in digest_zone, the previous day's notices as one
-- signed delivery through the same outbox. README "Watches and alerts", docs/operations.md "Watch deliveries".

-- digest: none (the default) or daily. digest_time: the local time the digest of the day before is sent.
-- digest_zone: the IANA zone of that time and of the day's bounds; null means sinoscope.query.default-time-zone.
ALTER TABLE watch
    ADD COLUMN digest      text NOT NULL DEFAULT 'none' CHECK (digest IN ('none', 'daily')),
    ADD COLUMN digest_time time NOT NULL DEFAULT '08:00',
    ADD COLUMN digest_zone text;

-- A digest is a notice of kind digest: article_id holds its day (2026-03-04), article_version 'daily', so the unique
-- key (watch, article, version, kind) admits one per watch and day, whichever replica or restart writes it, and its
-- Idempotency-Key is <watch>:<day>:daily:digest. digest holds the body's list of that day's notices, written once
-- so that every retry sends the same.
ALTER TABLE watch_delivery DROP CONSTRAINT watch_delivery_kind_check;
ALTER TABLE watch_delivery ADD CONSTRAINT watch_delivery_kind_check
    CHECK (kind IN ('match', 'retraction', 'ping', 'digest'));
ALTER TABLE watch_delivery ADD COLUMN digest jsonb;

-- A day's notices of one watch (GET /api/v1/watches/{id}/digest and the daily digest).
CREATE INDEX watch_delivery_day_idx ON watch_delivery (watch_id, created_at);
