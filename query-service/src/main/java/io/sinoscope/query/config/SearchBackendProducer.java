package io.sinoscope.query.config;

import io.sinoscope.query.service.ArticleIndex;
import io.sinoscope.query.service.OpenSearchIndex;
import io.sinoscope.query.service.SearchBackend;
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
    SearchBackend backend(SearchConfig config, Instance<ArticleIndex> lucene, Instance<OpenSearchIndex> openSearch) {
        return switch (config.backend()) {
            case LUCENE -> lucene.get();
            case OPENSEARCH -> openSearch.get();
        };
    }
}
