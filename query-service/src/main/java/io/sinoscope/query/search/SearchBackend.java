package io.sinoscope.query.search;

import io.sinoscope.query.indexing.IndexRebuilder;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.lucene.LuceneIndex;
import io.sinoscope.query.search.opensearch.OpenSearchIndex;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * Where articles are indexed and searched: the embedded Lucene index ({@link LuceneIndex}, the default) or an
 * OpenSearch cluster ({@link OpenSearchIndex}), chosen by {@code sinoscope.search.backend}. Both index what
 * text-analysis made of an article (normalised text, canonical entity ids) and answer the same {@link SearchRequest}
 * with the same semantics, so the cross-variant analysis stays in this service. PostgreSQL is the source of truth:
 * either is rebuilt from it. All methods block: never call them on an event-loop thread.
 */
public interface SearchBackend {

    /** Which backend this is, for health and status: {@code lucene} or {@code opensearch}. */
    String name();

    /** Whether it can take writes and searches now. */
    boolean isOpen();

    /** Articles in the index, counting changes not yet visible to searches where the backend can tell. */
    int size();

    /** Adds the article or replaces the indexed version of it. */
    void index(IndexedArticle article);

    /**
     * Adds or replaces many articles at once (a rebuild page); fails if any of them fails. While a rebuild runs, a
     * backend that rebuilds into a new index ({@link #beginRebuild}) writes them there only.
     */
    void indexAll(List<IndexedArticle> articles);

    void delete(String id);

    /** Whether the searchable index holds this version (content hash) of the article. */
    boolean hasVersion(String id, String contentHash);

    /** Ids of every article in the index being written (call {@link #refresh()} first for the latest). */
    List<String> ids();

    /** Makes every change so far visible to searches now. */
    void refresh();

    /** Makes every change so far durable (a no-op where each acknowledged write already is). */
    void commit();

    SearchPage search(SearchRequest request);

    /**
     * Hold while reading an article from PostgreSQL and writing it to the index: the read lock to store and index
     * events, the write lock to index what was read from PostgreSQL, so a rebuild that read an article before a
     * consumer stored a newer version cannot index the old one after the consumer indexed the new.
     */
    ReadWriteLock updates();

    /**
     * Begins an update: call before storing a version that will then be indexed, record the time returned as the
     * version's {@code indexedAt}, and call {@link #endUpdate} once it is indexed (or failed).
     */
    Instant beginUpdate();

    void endUpdate(Instant started);

    /**
     * The time of the last durable state the index was opened from: articles handed to it at or after this time may
     * be missing after a crash and are indexed again on start. Null when nothing acknowledged can be missing.
     */
    Instant lastCommittedAt();

    /** Whether the index was left in the middle of a rebuild that never finished (incomplete: rebuild again). */
    boolean lastCommitWasRebuilding();

    /**
     * Format of the documents this code writes: their fields and how they are analysed. Bump it when they change (2:
     * the {@link IndexFields#WORDS} field); an index of another format is rebuilt at start ({@link IndexRebuilder}).
     */
    int INDEX_FORMAT = 2;

    /**
     * Whether the index holds documents of an older {@link #INDEX_FORMAT} (searches that rely on a newer field would
     * miss them): true until a rebuild has rewritten every document. False for an empty index.
     */
    boolean outdatedFormat();

    /**
     * Whether other query-service replicas write to the same index. Their writes do not take this replica's
     * {@link #updates()} lock, so after a rebuild this replica indexes again what was stored while it ran.
     */
    boolean shared();

    /** A rebuild from PostgreSQL begins: everything stored will be indexed again. */
    void beginRebuild();

    /** The rebuild indexed everything stored: the rebuilt index is the one searched from now on. */
    void endRebuild();
}
