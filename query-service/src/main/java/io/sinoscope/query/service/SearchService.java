package io.sinoscope.query.service;

import io.sinoscope.query.search.ArticleSearcher;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.service.SearchResponse.EntityCount;
import io.sinoscope.query.service.SearchResponse.Facets;
import io.sinoscope.text.CanonicalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Searches the configured search backend and names the entities of its facets. Blocking. */
@ApplicationScoped
public class SearchService {

    @Inject
    ArticleSearcher backend;
    @Inject
    TermVariants variants;

    public SearchResponse search(SearchRequest request) {
        SearchPage page = backend.search(request);
        return new SearchResponse(page.total(), page.hits(), facets(page));
    }

    private Facets facets(SearchPage page) {
        List<EntityCount> entities = page.facets().get(IndexFields.ENTITY).stream()
                .map(e -> {
                    Optional<CanonicalEntity> known = variants.entityById(e.value());
                    return new EntityCount(e.value(), known.map(CanonicalEntity::name).orElse(e.value()),
                            known.map(k -> k.type().name()).orElse("OTHER"), e.count());
                }).toList();
        return new Facets(entities, page.facets().get(IndexFields.SOURCE), page.facets().get(IndexFields.REGION),
                page.facets().get(IndexFields.TOPIC));
    }

}
