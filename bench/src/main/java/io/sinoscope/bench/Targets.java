package io.sinoscope.bench;

/** The figures the issues ask of the system on this 2-core machine; checked only here, never asserted in tests. */
final class Targets {

    /** Issue 4: articles of ~2,000 characters stored per second. */
    static final double INGEST_ARTICLES_PER_SECOND = 500;
    /** Issue 5: the analysis pipeline's speed as a share of raw HanLP NER over the same texts. */
    static final double NLP_PERCENT_OF_RAW_HANLP = 50;
    /** Issue 5: articles of ~2,000 characters analysed per second on 2 cores. */
    static final double NLP_ARTICLES_PER_SECOND_ON_2_CORES = 150;
    /** Issue 10: from the ingest 202 to the first search that lists the article, at {@link #FRESHNESS_RATE}. */
    static final double FRESHNESS_P95_MILLIS = 2000;
    static final double FRESHNESS_RATE = 50;
    /** Issue 7: search latency at {@link #QUERY_ARTICLES} articles. */
    static final double QUERY_P50_MILLIS = 5;
    static final double QUERY_P99_MILLIS = 50;
    static final long QUERY_ARTICLES = 100_000;
    /** Every service's resident memory. */
    static final double SERVICE_RSS_MIB = 512;

    private Targets() {
    }
}
