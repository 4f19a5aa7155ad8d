-- Articles as ingest-service accepted them. A row exists before the 202 is sent: accepted means stored.
-- status RECEIVED doubles as the outbox: the relay publishes RECEIVED rows and marks them PUBLISHED.
CREATE TABLE article (
    id                  varchar(36) PRIMARY KEY,
    source              varchar(200) NOT NULL,
    external_id         varchar(500),
    url                 varchar(2000),
    title               text,
    text                text NOT NULL,
    published_at        timestamptz,
    language            varchar(35),
    content_hash        varchar(64) NOT NULL,
    status              varchar(16) NOT NULL,
    duplicate_of        varchar(36),
    removed             text,
    version             integer NOT NULL DEFAULT 1,
    received_at         timestamptz NOT NULL,
    published_to_kafka_at timestamptz
);

-- Same source + externalId is the same article, whatever the sender retries.
CREATE UNIQUE INDEX article_source_external_id ON article (source, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX article_content_hash ON article (content_hash);
-- The relay's scan: only pending rows, oldest first.
CREATE INDEX article_pending ON article (received_at) WHERE status = 'RECEIVED';
