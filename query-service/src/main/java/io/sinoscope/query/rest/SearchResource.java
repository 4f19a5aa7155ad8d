package io.sinoscope.query.rest;

import io.sinoscope.query.search.SearchConfig;
import io.sinoscope.query.search.QueryNode;
import io.sinoscope.query.search.SearchRequest.SortOrder;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.service.SearchResponse;
import io.sinoscope.query.service.SearchService;
import io.sinoscope.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "Articles by words, phrases and fields, in any script or regional form")
public class SearchResource {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 100;
    /** Deepest result reachable by paging; deeper pages cost more than they are worth. */
    static final int MAX_WINDOW = 10_000;

    @Inject
    SearchService search;
    @Inject
    SearchConfig config;

    @GET
    @Operation(summary = "Search articles in any script or regional form",
            operationId = "searchArticles",
            description = "Terms separated by spaces must all match; OR (or |, ｜) between terms lets either match, "
                    + "AND binding tighter; (parentheses) group; \"quoted phrases\" match as written; -term, "
                    + "-\"phrase\" and -(group) exclude; source:, region:, topic: and entity: (an id or any name) "
                    + "filter. Each term also matches the entity it names (川普 finds 特朗普). A query the syntax "
                    + "cannot read is a 400 naming the position.")
    public SearchResponse search(
            @Parameter(description = "query, required: terms (all must match), OR, (groups), \"quoted phrases\", "
                    + "-exclusions, field:value for source, region, topic, entity; "
                    + "at most sinoscope.search.max-query-chars characters (200) and max-query-terms terms (20)") @QueryParam("q") String q,
            @Parameter(description = Params.DATE_FORMAT + "; inclusive; a date means from its start (UTC)")
            @QueryParam("from") String from,
            @Parameter(description = Params.DATE_FORMAT + "; inclusive; a date means to its end (UTC)")
            @QueryParam("to") String to,
            @Parameter(description = "exact source") @QueryParam("source") String source,
            @Parameter(description = "CN, HK, TW or OTHER") @QueryParam("region") String region,
            @Parameter(description = "canonical entity id, e.g. Q22686") @QueryParam("entity") String entity,
            @Parameter(description = "exact topic, as in facets.topics") @QueryParam("topic") String topic,
            @Parameter(description = "relevance (default; BM25 with a mild freshness boost) or date (newest first)")
            @QueryParam("sort") String sort,
            @Parameter(description = "0-based page number, default 0") @QueryParam("page") String page,
            @Parameter(description = "hits per page, 1 to 100, default 10") @QueryParam("size") String size) {
        QueryNode query = QueryLimits.parse(q, config.maxQueryChars(), config.maxQueryTerms());
        Params.Page paging = Params.page(page, size, DEFAULT_SIZE, MAX_SIZE, MAX_WINDOW,
                "narrow the query or the date range instead of paging that deep");
        Params.Range range = Params.range(from, to);
        SearchRequest request = new SearchRequest(query, range.from(), range.to(), Params.blankToNull(source),
                Params.blankToNull(region) == null ? null : region.strip().toUpperCase(Locale.ROOT), Params.blankToNull(entity),
                Params.blankToNull(topic), sortOrder(sort), paging.page(), paging.size());
        try {
            return search.search(request);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLimits.tooComplex();
        }
    }

    private static SortOrder sortOrder(String sort) {
        if (sort == null || sort.isBlank()) {
            return SortOrder.RELEVANCE;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "date" -> SortOrder.DATE;
            default -> throw ProblemException.badRequest("sort must be relevance or date, was " + sort);
        };
    }



}
