package io.sinoscope.query.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.query.search.SearchConfig;
import io.sinoscope.query.search.QueryNode;
import io.sinoscope.query.search.SearchRequest.SortOrder;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.service.SearchExport;
import io.sinoscope.query.service.SearchResponse;
import io.sinoscope.query.service.SearchService;
import io.sinoscope.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "Articles by words, phrases and fields, in any script or regional form")
public class SearchResource {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 100;
    /** Deepest result reachable by paging; deeper pages cost more than they are worth. */
    static final int MAX_WINDOW = 10_000;

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final String Q = "query, required: terms (all must match), OR, (groups), \"quoted phrases\", "
            + "-exclusions, field:value for source, region, topic, entity; "
            + "at most sinoscope.search.max-query-chars characters (200) and max-query-terms terms (20)";
    private static final String SORT = "relevance (default; BM25 with a mild freshness boost; ties newest first, "
            + "then by id) or date (newest first, then by id)";

    @Inject
    SearchService search;
    @Inject
    ObjectMapper json;
    @Inject
    SearchConfig config;
    @Inject
    DateFilters dates;

    @GET
    @Operation(summary = "Search articles in any script or regional form",
            operationId = "searchArticles",
            description = "Terms separated by spaces must all match; OR (or |, ｜) between terms lets either match, "
                    + "AND binding tighter; (parentheses) group; \"quoted phrases\" match as written; -term, "
                    + "-\"phrase\" and -(group) exclude; source:, region:, topic: and entity: (an id or any name) "
                    + "filter. Each term also matches the entity it names (川普 finds 特朗普). A query the syntax "
                    + "cannot read is a 400 naming the position. Every answer has nextCursor: pass it as cursor, "
                    + "with the same q, filters and sort, for the page after this one, as deep as the results go; "
                    + "null on the last page.")
    public SearchResponse search(
            @Parameter(description = Q) @QueryParam("q") String q,
            @Parameter(description = DateFilters.FROM) @QueryParam("from") String from,
            @Parameter(description = DateFilters.TO) @QueryParam("to") String to,
            @Parameter(description = DateFilters.TZ) @QueryParam("tz") String tz,
            @Parameter(description = "exact source") @QueryParam("source") String source,
            @Parameter(description = "CN, HK, TW or OTHER") @QueryParam("region") String region,
            @Parameter(description = "canonical entity id, e.g. Q22686") @QueryParam("entity") String entity,
            @Parameter(description = "exact topic, as in facets.topics") @QueryParam("topic") String topic,
            @Parameter(description = SORT) @QueryParam("sort") String sort,
            @Parameter(description = "0-based page number, default 0; page × size at most 10,000 (deeper: cursor); "
                    + "not with cursor") @QueryParam("page") String page,
            @Parameter(description = "hits per page, 1 to 100, default 10") @QueryParam("size") String size,
            @Parameter(description = "nextCursor of the previous answer: this page starts after its last hit; "
                    + "opaque, valid with the same q, filters and sort; not with page") @QueryParam("cursor") String cursor) {
        String cursorValue = Params.blankToNull(cursor);
        if (cursorValue != null && Params.blankToNull(page) != null) {
            throw ProblemException.badRequest("page and cursor cannot be used together: a cursor already says where "
                    + "the page starts; drop page (size may stay)");
        }
        Params.Page paging = Params.page(page, size, DEFAULT_SIZE, MAX_SIZE, MAX_WINDOW,
                "narrow the query or the date range, or follow nextCursor, which goes as deep as the results do");
        SearchRequest request = request(q, from, to, tz, source, region, entity, topic, sort, paging.page(),
                paging.size());
        try {
            return search.search(request, cursorValue);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLimits.tooComplex();
        }
    }

    @GET
    @Path("/export")
    @Produces({NDJSON, CSV})
    @Operation(summary = "Every hit of a search, streamed as NDJSON or CSV",
            operationId = "exportSearch",
            description = "The same q, filters and sort as GET /api/v1/search; the hits in the same order, without "
                    + "facets, written as they are found (a page at a time). format=ndjson (default): one "
                    + "hit a line, as in the search's hits. format=csv: a header row, RFC 4180 quoting, CRLF, UTF-8 "
                    + "with a byte-order mark for spreadsheet programs, the snippet as plain text. At most "
                    + "sinoscope.search.export.max-hits hits (10,000) or limit if smaller; X-Total-Count says how many "
                    + "matched, X-Export-Truncated whether the export stops short of them.")
    @APIResponse(responseCode = "200", description = "the hits, streamed; headers X-Total-Count, X-Export-Limit, "
            + "X-Export-Truncated")
    @APIResponse(responseCode = "400", description = "a bad q, filter, sort, format or limit (problem+json)")
    public Response export(
            @Parameter(description = Q) @QueryParam("q") String q,
            @Parameter(description = DateFilters.FROM) @QueryParam("from") String from,
            @Parameter(description = DateFilters.TO) @QueryParam("to") String to,
            @Parameter(description = DateFilters.TZ) @QueryParam("tz") String tz,
            @Parameter(description = "exact source") @QueryParam("source") String source,
            @Parameter(description = "CN, HK, TW or OTHER") @QueryParam("region") String region,
            @Parameter(description = "canonical entity id, e.g. Q22686") @QueryParam("entity") String entity,
            @Parameter(description = "exact topic, as in facets.topics") @QueryParam("topic") String topic,
            @Parameter(description = SORT) @QueryParam("sort") String sort,
            @Parameter(description = "ndjson (default) or csv") @QueryParam("format") String format,
            @Parameter(description = "most hits to write, 1 to sinoscope.search.export.max-hits (the default)")
            @QueryParam("limit") String limit) {
        ExportFormat exportFormat = ExportFormat.of(format);
        int max = config.export().maxHits();
        int limitValue = Params.integer("limit", limit, max);
        if (limitValue < 1 || limitValue > max) {
            throw ProblemException.badRequest("limit must be between 1 and " + max + " (sinoscope.search.export."
                    + "max-hits), was " + limitValue + ": narrow the query, filters or dates to export fewer hits");
        }
        SearchExport export;
        try {
            export = search.export(request(q, from, to, tz, source, region, entity, topic, sort, 0, 1), limitValue,
                    config.export().pageSize());
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLimits.tooComplex();
        }
        StreamingOutput body = out -> exportFormat.write(export, out, json);
        return Response.ok(body, exportFormat.contentType())
                .header("Content-Disposition", "attachment; filename=\"sinoscope-search." + exportFormat.extension()
                        + "\"")
                .header("X-Total-Count", export.total())
                .header("X-Export-Limit", export.limit())
                .header("X-Export-Truncated", export.truncated())
                .build();
    }

    /** The request the parameters say; a 400 problem+json names the first one that is not acceptable. */
    private SearchRequest request(String q, String from, String to, String tz, String source, String region,
                                  String entity, String topic, String sort, int page, int size) {
        QueryNode query = QueryLimits.parse(q, config.maxQueryChars(), config.maxQueryTerms());
        DateFilters.Range range = dates.range(from, to, tz);
        return new SearchRequest(query, range.from(), range.to(), Params.blankToNull(source),
                Params.blankToNull(region) == null ? null : region.strip().toUpperCase(Locale.ROOT),
                Params.blankToNull(entity), Params.blankToNull(topic), sortOrder(sort), page, size);
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
