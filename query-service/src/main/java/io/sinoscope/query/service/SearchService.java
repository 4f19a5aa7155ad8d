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
import java.time.Instant;
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

    /**
     * One page: {@code request}'s page, or with a {@code cursor} (the {@link SearchCursor} of an earlier answer) the
     * page after the hit it names.
     *
     * @param cursor null, or a token from {@link SearchResponse#nextCursor()}; one that does not belong to this
     *               request is a 400 problem
     */
    public SearchResponse search(SearchRequest request, String cursor) {
        SearchRequest positioned = cursor == null ? request.at(Instant.now()) : position(request, cursor);
        SearchPage page = backend.search(resolved(positioned));
        return new SearchResponse(page.total(), page.hits(), facets(page), nextCursor(page, positioned));
    }

    /**
     * The hits of a search in its order, for export: the first page is searched now (so its total and any error come
     * before the body), the rest page by page after it as the export is written, at most {@code limit} hits in all.
     */
    public SearchExport export(SearchRequest request, int limit, int pageSize) {
        SearchRequest first = request.after(null, Math.min(pageSize, limit), Instant.now());
        SearchRequest resolved = resolved(first);
        return new SearchExport(backend, resolved, backend.search(resolved), limit, pageSize);
    }

    private static SearchRequest position(SearchRequest request, String cursor) {
        SearchCursor position = SearchCursor.decode(cursor, request);
        return request.after(position.after(), request.size(), Instant.ofEpochMilli(position.scoredAt()));
    }

    private static String nextCursor(SearchPage page, SearchRequest request) {
        return page.next() == null ? null
                : SearchCursor.after(page.next(), request, request.scoredAtMillis()).encode();
    }

    /** The request with its entity clauses resolved to the ids they name (a watch's saved search too). */
    SearchRequest resolved(SearchRequest request) {
        return request.withQuery(request.query().mapFields(this::resolve));
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
        List<EntityCount> entities = page.facets().get(IndexFields.ENTITY_FACET).stream()
                .map(e -> {
                    Optional<CanonicalEntity> known = variants.entityById(e.value());
                    return new EntityCount(e.value(), known.map(CanonicalEntity::name).orElse(e.value()),
                            known.map(k -> k.type().name()).orElse("OTHER"), e.count());
                }).toList();
        return new Facets(entities, page.facets().get(IndexFields.SOURCE), page.facets().get(IndexFields.REGION),
                page.facets().get(IndexFields.TOPIC));
    }

}
