package io.sinoscope.query.rest;

import io.sinoscope.query.service.FactHit;
import io.sinoscope.query.service.FactService;
import io.sinoscope.query.service.FactService.FactQuery;
import io.sinoscope.query.service.FactService.Sort;
import io.sinoscope.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "facts", description = "Facts extracted across articles, as JSON or CSV")
public class FactResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_OFFSET = 10_000;
    static final String CSV = "text/csv";
    private static final String SORT_DESCRIPTION = "date (default: newest first), value_desc or value_asc (by the "
            + "normalised value; meaningful with one kind; facts without a value last)";
    private static final String IMPOSER = "trade measures (tariff_change, export_control, sanction): who imposes it, "
            + "as an entity id or any name form in any script (美国, 美國, United States, Q30)";
    private static final String TARGET = "trade measures: the country or bloc it is imposed on (any name form or id), "
            + "a listed firm or person as written, or all for measures on every country";
    private static final String PRODUCT = "trade measures: text the goods or sector contain, in any script (晶片 finds "
            + "芯片)";
    private static final String LIST = "sanctions: the list of parties they add to or remove from: entity_list (the US "
            + "Entity List), unreliable_entity_list (China's), export_control_control_list (China's export-control "
            + "control list), sanctions_list, specially_designated_nationals";
    private static final String FROM = DateFilters.FROM + "; on the fact's own date (a day in tz), else its "
            + "article's publication time";
    private static final Pattern KIND = Pattern.compile("[a-z][a-z_]{0,39}");

    @Inject
    FactService facts;
    @Inject
    DateFilters dates;

    /** {@code entityIds}: the canonical ids the entity parameter resolved to (null without one). */
    public record FactsResponse(long total, int page, int size, Set<String> entityIds, List<FactHit> facts) {
    }

    @GET
    @Operation(summary = "Extracted facts across articles",
            operationId = "listFacts",
            description = "Newest first, by the fact's own date or else its article's publication time, unless sort "
                    + "says otherwise.")
    public Uni<FactsResponse> facts(
            @Parameter(description = "money, percent, tariff_change, export_control, sanction, quantity, date, ...")
            @QueryParam("kind") String kind,
            @Parameter(description = "canonical id, canonical name or any alias in any script (川普, 輝達)")
            @QueryParam("entity") String entity,
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = DateFilters.TO) @QueryParam("to") String to,
            @Parameter(description = DateFilters.TZ) @QueryParam("tz") String tz,
            @Parameter(description = "text the fact's own wording contains") @QueryParam("q") String q,
            @Parameter(description = SORT_DESCRIPTION) @QueryParam("sort") String sort,
            @Parameter(description = "0-based page number, default 0") @QueryParam("page") String page,
            @Parameter(description = "facts per page, 1 to 100, default 20") @QueryParam("size") String size,
            @Parameter(description = IMPOSER) @QueryParam("imposer") String imposer,
            @Parameter(description = TARGET) @QueryParam("target") String target,
            @Parameter(description = PRODUCT) @QueryParam("product") String product,
            @Parameter(description = LIST) @QueryParam("list") String list) {
        Params.Page paging = Params.page(page, size, DEFAULT_SIZE, MAX_SIZE, MAX_OFFSET,
                "narrow the filters instead of paging that deep");
        return facts.list(query(kind, entity, from, to, tz, q, sort, imposer, target, product, list), paging.page(),
                        paging.size())
                .map(found -> new FactsResponse(found.total(), paging.page(), paging.size(), found.entityIds(),
                        found.facts()));
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @Operation(summary = "The same facts as CSV, for a spreadsheet",
            operationId = "exportFacts",
            description = "Same filters and sort as GET /api/v1/facts; the first " + FactService.MAX_EXPORT
                    + " facts, one row each, UTF-8 with a byte-order mark so spreadsheet programs read Chinese "
                    + "correctly. The header X-Total-Count tells how many facts matched in all.")
    public Uni<Response> export(@QueryParam("kind") String kind, @QueryParam("entity") String entity,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("tz") String tz,
                                @QueryParam("q") String q, @QueryParam("sort") String sort,
                                @QueryParam("imposer") String imposer, @QueryParam("target") String target,
                                @QueryParam("product") String product, @QueryParam("list") String list) {
        return facts.export(query(kind, entity, from, to, tz, q, sort, imposer, target, product, list))
                .map(found -> Response
                .ok(found.csv(), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sinoscope-facts.csv\"")
                .header("X-Total-Count", found.total())
                .build());
    }

    /** The parameters checked and normalised; a 400 problem+json names the first one that is not acceptable. */
    private FactQuery query(String kind, String entity, String from, String to, String tz, String q, String sort,
                            String imposer, String target, String product, String list) {
        String kindValue = Params.blankToNull(kind);
        if (kindValue != null) {
            kindValue = kindValue.toLowerCase(Locale.ROOT);
            if (!KIND.matcher(kindValue).matches()) {
                throw ProblemException.badRequest("kind must be a fact kind such as money, percent, tariff_change, "
                        + "quantity or date, was " + kind);
            }
        }
        Sort order = order(sort);
        DateFilters.Range range = dates.range(from, to, tz);
        String qValue = Params.blankToNull(q);
        if (qValue != null && qValue.length() > 100) {
            throw ProblemException.badRequest("q is longer than 100 characters");
        }
        return new FactQuery(kindValue, Params.blankToNull(entity), range.from(), range.to(), range.zone(), qValue,
                order, bounded("imposer", imposer), bounded("target", target), bounded("product", product),
                listCode(list));
    }

    /** A list code in lower case (entity_list), null when blank; a 400 problem+json says what one looks like. */
    private static String listCode(String list) {
        String value = Params.blankToNull(list);
        if (value == null) {
            return null;
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!KIND.matcher(value).matches()) {
            throw ProblemException.badRequest("list must be a list code such as entity_list, unreliable_entity_list "
                    + "or export_control_control_list, was " + list);
        }
        return value;
    }

    /** A trade-measure parameter, null when blank; at most 100 characters. */
    private static String bounded(String name, String value) {
        String v = Params.blankToNull(value);
        if (v != null && v.length() > 100) {
            throw ProblemException.badRequest(name + " is longer than 100 characters");
        }
        return v;
    }

    private static Sort order(String sort) {
        String value = Params.blankToNull(sort);
        if (value == null) {
            return Sort.DATE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "date" -> Sort.DATE;
            case "value_desc" -> Sort.VALUE_DESC;
            case "value_asc" -> Sort.VALUE_ASC;
            default -> throw ProblemException.badRequest("sort must be date, value_desc or value_asc, was " + sort);
        };
    }
}
