package io.sinoscope.query.config;

import io.sinoscope.query.search.SearchBackend;
import io.sinoscope.query.search.SearchConfig;
import io.sinoscope.query.search.lucene.LuceneIndex;
import io.sinoscope.query.search.opensearch.OpenSearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The {@link SearchBackend} {@code sinoscope.search.backend} names, chosen at start-up: one image serves both, and
 * the backend not chosen is never opened (no Lucene directory, no OpenSearch connection).
 */
@ApplicationScoped
public class SearchBackendProducer {

    @Produces
    @Singleton
    SearchBackend backend(SearchConfig config, Instance<LuceneIndex> lucene, Instance<OpenSearchIndex> openSearch) {
        return switch (config.backend()) {
            case LUCENE -> lucene.get();
            case OPENSEARCH -> openSearch.get();
        };
    }
}
