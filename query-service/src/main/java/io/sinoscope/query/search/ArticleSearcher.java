package io.sinoscope.query.search;

/** The reading side of a {@link SearchBackend}: one request, one page. Blocking. */
public interface ArticleSearcher {

    SearchPage search(SearchRequest request);
}
