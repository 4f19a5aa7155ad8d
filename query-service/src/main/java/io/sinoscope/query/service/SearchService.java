package io.sinoscope.query.service;

import io.sinoscope.query.search.ArticleSearcher;
import io.sinoscope.query.search.FieldClause;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.service.SearchResponse.EntityCount;
import io.sinoscope.query.service.SearchResponse.Facets;
import io.sinoscope.text.CanonicalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Searches the configured search backend and names the entities of its facets. An {@code entity:} clause of the query
 * is resolved first as the facts and stories filters resolve an entity (id, canonical name or any alias in any
 * script, an analyst's merge followed to its survivor), so {@code entity:川普} filters on Q22686. Blocking.
 */
@ApplicationScoped
public class SearchService {

    /** How long an entity clause's lookup in PostgreSQL may take before the search fails. */
    private static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    ArticleSearcher backend;
    @Inject
    TermVariants variants;

    @Inject
    EntityService entities;

    public SearchResponse search(SearchRequest request) {
        SearchRequest resolved = new SearchRequest(request.query().mapFields(this::resolve), request.from(),
                request.to(), request.source(), request.region(), request.entity(), request.topic(), request.sort(),
                request.page(), request.size());
        SearchPage page = backend.search(resolved);
        return new SearchResponse(page.total(), page.hits(), facets(page));
    }

    /** An entity clause's value as the ids it names; one no entity answers to stays as written (an unknown id). */
    private FieldClause resolve(FieldClause clause) {
        if (clause.field() != FieldClause.Field.ENTITY) {
            return clause;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String value : clause.values()) {
            Set<String> named = entities.resolve(value).await().atMost(RESOLVE_TIMEOUT).ids();
            ids.addAll(named.isEmpty() ? Set.of(value) : named);
        }
        return clause.withValues(List.copyOf(ids));
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
