package io.sinoscope.query.search.opensearch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The OpenSearch cluster of the {@code opensearch} search backend ({@code sinoscope.opensearch.*}); read only when
 * {@code sinoscope.search.backend=opensearch}. How often new articles become searchable is
 * {@code sinoscope.index.refresh-interval}, and the rebuild page size {@code sinoscope.index.rebuild-batch-size}, as for
 * the embedded index.
 */
@ConfigMapping(prefix = "sinoscope.opensearch")
public interface OpenSearchConfig {

    /** Node URLs (scheme, host, port), e.g. {@code http://opensearch:9200}; requests are spread over them. */
    @WithDefault("http://localhost:9200")
    List<URI> hosts();

    /** HTTP basic credentials, if the cluster's security plugin asks for them. */
    Optional<String> username();

    Optional<String> password();

    /**
     * Alias searched and written. Physical indexes are {@code <alias>-<millis>}; a rebuild fills a new one and moves
     * the alias in one step, so searches never see a half-built index. Also the name of the index template.
     */
    @WithDefault("sinoscope-articles")
    String index();

    /** Primary shards of a new physical index (fixed for its life; a rebuild makes a new one). */
    @WithDefault("1")
    int shards();

    /** Replicas of each shard (0 on a single-node cluster, or its health stays yellow). */
    @WithDefault("1")
    int replicas();

    /** Times a bulk request that the cluster rejected as overloaded (HTTP 429) is sent again, with back-off. */
    @WithDefault("8")
    int bulkRetries();

    /** Longest wait for one response before the request fails. */
    @WithDefault("30s")
    Duration requestTimeout();
}
