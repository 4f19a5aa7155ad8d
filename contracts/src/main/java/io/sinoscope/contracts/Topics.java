package io.sinoscope.contracts;

/** Names of the Kafka topics the services share. Article events are keyed by the article id. */
public final class Topics {
    /** Stored articles, published by ingest-service; a null value (tombstone) is a retraction. */
    public static final String ARTICLES_INGESTED = "articles.ingested";
    /** Analysed articles, published by nlp-service; compacted so a query replica can rebuild from it. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";
    /** Ingested events that analysis could not process, with the error in the record headers. */
    public static final String ARTICLES_INGESTED_DLQ = "articles.ingested.dlq";
    /** Enriched events query-service could not store because of their content, with the error in the headers. */
    public static final String ARTICLES_ENRICHED_DLQ = "articles.enriched.dlq";

    /** Analysts' entity overrides ({@link EntityCuration}), compacted, keyed by the override's sequence. */
    public static final String ENTITIES_CURATED = "entities.curated";

    private Topics() {
    }
}
