package io.sinoscope.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long storing one article may take, how large an article may be, how deep its page may nest. */
@ConfigMapping(prefix = "sinoscope.intake")
public interface IntakeConfig {

    /**
     * Longest time from a submission's arrival to its stored answer (cleaning, duplicate lookup, insert, commit).
     * Past it the client gets a 503 with Retry-After instead of a connection held open while the database hangs.
     */
    @WithDefault("30s")
    Duration timeout();

    /**
     * Largest article accepted, in UTF-8 bytes of its cleaned text, title and cleaning report together. Its events
     * must fit Kafka's default 1 MB message: articles.enriched carries the text twice (original and normalised) with
     * its entities and facts. Above it the answer is a 422, never a 202 for an article the pipeline cannot carry.
     */
    @WithDefault("300000")
    int maxArticleBytes();

    /**
     * Deepest nesting of elements an HTML page may have; a deeper one is refused with a 422. Extraction is linear
     * whatever the depth, but no article page nests anywhere near this, and a page that does is broken or hostile.
     */
    @WithDefault("1000")
    int maxHtmlDepth();
}
