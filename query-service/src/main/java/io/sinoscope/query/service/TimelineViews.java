package io.sinoscope.query.service;

import java.util.List;

/** Bodies of the trade-measure timeline ({@code /api/v1/timeline}, docs/stories.md#trade-measure-timeline). */
public final class TimelineViews {

    private TimelineViews() {
    }

    /**
     * One report of a measure.
     *
     * @param source the outlet
     * @param storyId the story the article belongs to (null while it has none)
     * @param publishedLocal the publication instant at the article's local offset (+08:00 for CN, HK and TW)
     */
    public record MeasureReport(long factId, String articleId, String title, String source, String region,
                                String publishedAt, String publishedLocal, String storyId, String text, Double from,
                                Double to, String status, String effectiveDate) {
    }

    /**
     * One measure: the reports of the same kind, imposer, target and product, with the same to-rate (tariff changes)
     * or status (export controls, sanctions), whose dates lie within the configured days of the first report's.
     *
     * @param id            {@code kind:first fact id}, stable while that report stays
     * @param goods         the goods as the first report writes them
     * @param product       the goods in the normalised script (what reports were matched by)
     * @param from          the rate before, as most reports state it (tariff changes)
     * @param status        the status the latest report states
     * @param effectiveDate the earliest effective date a report states, or null
     * @param date          the effective date, else the first report's publication day: what events are ordered by
     * @param storyIds      the stories its reports belong to
     */
    public record MeasureEvent(String id, String kind, String imposer, String target, String goods, String product,
                               Double from, Double to, String status, String effectiveDate, String date,
                               List<String> storyIds, List<MeasureReport> reports) {
    }

    /** A tariff's step on a path: the rate goes from {@code from} to {@code to} on {@code date}. */
    public record RateStep(String date, Double from, Double to, String eventId) {
    }

    /** The tariff rates one imposer set on one target's product over time, in date order. */
    public record RatePath(String imposer, String target, String product, String goods, List<RateStep> steps) {
    }

    /**
     * @param reports         measure reports read
     * @param truncated       whether more reports matched than one timeline reads: narrow the filters
     * @param sameMeasureDays the days within which reports of one measure are merged
     */
    public record Timeline(int reports, boolean truncated, int sameMeasureDays, List<MeasureEvent> events,
                           List<RatePath> paths) {
    }
}
