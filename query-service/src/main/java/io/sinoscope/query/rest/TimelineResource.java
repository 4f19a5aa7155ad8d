package io.sinoscope.query.rest;

import io.sinoscope.query.service.TimelineService;
import io.sinoscope.query.service.TimelineService.TimelineQuery;
import io.sinoscope.query.service.TimelineViews.Timeline;
import io.sinoscope.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The trade-measure timeline: reports of one measure merged into one event, in date order (docs/stories.md). */
@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "timeline", description = "Trade measures by effective date")
public class TimelineResource {

    private static final List<String> KINDS = List.of("tariff_change", "export_control", "sanction");

    @Inject
    TimelineService timelines;
    @Inject
    DateFilters dates;

    @GET
    @Operation(summary = "Trade measures on a timeline",
            operationId = "getTimeline",
            description = "Tariff changes, export controls and sanctions, each measure once with every report of it "
                    + "(article, outlet, region, story), ordered by effective date (publication day without one), and "
                    + "each tariff's rate path (from → to steps) per imposer → target pair and product. Reports are "
                    + "one measure when kind, imposer, target and product match, the to-rate (tariffs) or status "
                    + "(export controls, sanctions) too, and their dates lie within sinoscope.timeline."
                    + "same-measure-days of the first report's.")
    public Uni<Timeline> timeline(
            @Parameter(description = "tariff_change, export_control or sanction; all three when absent")
            @QueryParam("kind") String kind,
            @Parameter(description = "who imposes it: an entity id or any name form in any script (美国, 美國, Q30)")
            @QueryParam("imposer") String imposer,
            @Parameter(description = "the country it is imposed on (any name form or id), a listed firm or person as "
                    + "written, or all")
            @QueryParam("target") String target,
            @Parameter(description = "text the goods contain, in any script (晶片 finds 芯片)")
            @QueryParam("product") String product,
            @Parameter(description = DateFilters.FROM + "; on the fact's own date (a day in tz), else its "
                    + "article's publication time")
            @QueryParam("from") String from,
            @Parameter(description = DateFilters.TO) @QueryParam("to") String to,
            @Parameter(description = DateFilters.TZ) @QueryParam("tz") String tz) {
        DateFilters.Range range = dates.range(from, to, tz);
        return timelines.timeline(new TimelineQuery(kind(kind), bounded("imposer", imposer), bounded("target", target),
                bounded("product", product), range.from(), range.to(), range.zone()));
    }

    private static String kind(String kind) {
        String value = Params.blankToNull(kind);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(lower)) {
            throw ProblemException.badRequest("kind must be tariff_change, export_control or sanction (or absent for "
                    + "all three), was " + kind);
        }
        return lower;
    }

    private static String bounded(String name, String value) {
        String v = Params.blankToNull(value);
        if (v != null && v.length() > 100) {
            throw ProblemException.badRequest(name + " is longer than 100 characters");
        }
        return v;
    }
}
