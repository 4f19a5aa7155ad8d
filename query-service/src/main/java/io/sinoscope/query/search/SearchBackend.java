package io.sinoscope.query.search;

import java.util.Optional;

/**
 * Where articles are indexed and searched: the embedded Lucene index ({@code search.lucene.LuceneIndex}, the default)
 * or an OpenSearch cluster ({@code search.opensearch.OpenSearchIndex}), chosen by {@code sinoscope.search.backend}.
 * Both index what text-analysis made of an article (normalised text, canonical entity ids) and answer the same
 * {@link SearchRequest} with the same semantics, so the cross-variant analysis stays in this service. PostgreSQL is
 * the source of truth: either is rebuilt from it. Split as a backend SPI is: an indexer, a searcher, a rebuild and
 * the corpus's {@link WordStatistics}, which every backend is, and {@link CrashRecovery}, which only a backend that
 * needs it has. All methods block: never call them on an event-loop thread.
 */
public interface SearchBackend extends ArticleIndexer, ArticleSearcher, IndexRebuild, WordStatistics {

    /** Which backend this is, for health and status: {@code lucene} or {@code opensearch}. */
    String name();

    /** Whether it can take writes and searches now. */
    boolean isOpen();

    /**
     * Whether other query-service replicas write to the same index. Their writes do not take this replica's
     * {@code indexing.IndexUpdates} lock, so after a rebuild this replica indexes again what was stored while it ran.
     */
    boolean shared();

    /** The commit-stamp protocol, for a backend whose acknowledged writes are durable only at its next commit. */
    Optional<CrashRecovery> crashRecovery();
}
