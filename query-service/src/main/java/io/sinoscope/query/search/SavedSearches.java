package io.sinoscope.query.search;

import java.util.Set;

/**
 * Saved searches matched against one article at a time (percolation), with exactly the semantics of a search: the
 * same query tree, analyzer and filters, so a watch on {@code q} is told of an article that search would find for
 * {@code q}. Each search is compiled once when saved; an article is analysed once and only the searches it could match
 * are evaluated in full, so the cost grows with the candidates, not with the number of searches saved. Whichever
 * backend the index uses, matching runs in this process. Thread-safe; blocking.
 */
public interface SavedSearches {

    /**
     * Compiles {@code request} (its query tree with entity clauses already resolved to ids, its filters) and keeps it
     * under {@code key}, replacing what was there. Sort and paging are ignored.
     *
     * @throws org.apache.lucene.search.IndexSearcher.TooManyClauses when the query expands too far, as a search would
     */
    void save(String key, SearchRequest request);

    void remove(String key);

    /** Keys of the saved searches the article matches. */
    Set<String> matching(IndexedArticle article);

    /** Searches saved. */
    int size();
}
