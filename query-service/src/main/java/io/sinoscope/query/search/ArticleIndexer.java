package io.sinoscope.query.search;

import java.util.List;

/**
 * The writing side of a {@link SearchBackend}: what the consumers and the rebuild hand to the index. Blocking.
 */
public interface ArticleIndexer {

    /** Articles in the index, counting changes not yet visible to searches where the backend can tell. */
    int size();

    /** Adds the article or replaces the indexed version of it. */
    void index(IndexedArticle article);

    /**
     * Adds or replaces many articles at once (a rebuild page); fails if any of them fails. While a rebuild runs, a
     * backend that rebuilds into a new index ({@link IndexRebuild#beginRebuild}) writes them there only.
     */
    void indexAll(List<IndexedArticle> articles);

    void delete(String id);

    /** Whether the searchable index holds this version (content hash) of the article. */
    boolean hasVersion(String id, String contentHash);

    /** Ids of every article in the index being written (call {@link #refresh()} first for the latest). */
    List<String> ids();

    /** Makes every change so far visible to searches now. */
    void refresh();
}
