package io.sinoscope.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sinoscope.query.repository.InsightRepository.FactRecord;
import io.sinoscope.query.service.TimelineViews.MeasureEvent;
import io.sinoscope.query.service.TimelineViews.MeasureReport;
import io.sinoscope.query.service.TimelineViews.RatePath;
import io.sinoscope.support.time.PublicationZone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merging rule and the rate path on hand-built reports (no database). */
class MeasureTimelineTest {

    private static long ids;

    private static MeasureTimeline.Input report(String kind, String imposer, String target, String product,
            Double from, Double to, String status, String effective, String published, String region, String story) {
        long id = ++ids;
        FactRecord fact = new FactRecord(id, "a" + id, "title " + id, Instant.parse(published), region, kind, "text",
                to, "%", null, null, 0, 4, null);
        TradeMeasures.Measure m = new TradeMeasures.Measure(fact, imposer, target, product, product, from, to, status,
                effective);
        return new MeasureTimeline.Input(m, new MeasureReport(id, fact.articleId(), fact.articleTitle(), "outlet",
                region, published, PublicationZone.iso(published, region), story, "text", from, to, status, effective));
    }

    private static MeasureTimeline.Input tariff(Double from, double to, String effective, String published,
            String region) {
        return report("tariff_change", "United States", "China", "芯片", from, to, "announced", effective, published,
                region, "story-1");
    }

    @Test
    void reportsOfOneMeasureWithinTheDaysAreOneEventAndLaterOnesAnother() {
        List<MeasureTimeline.Input> reports = new ArrayList<>(List.of(
                tariff(25.0, 50.0, "2027-09-01", "2027-08-10T02:00:00Z", "CN"),
                tariff(25.0, 50.0, "2027-09-03", "2027-08-10T04:00:00Z", "TW"),
                tariff(null, 50.0, null, "2027-08-10T06:00:00Z", "HK"),
                // The same rate five weeks later: a new decision, not a report of the first.
                tariff(50.0, 50.0, "2027-10-10", "2027-10-01T02:00:00Z", "CN"),
                tariff(50.0, 75.0, "2027-11-01", "2027-10-20T02:00:00Z", "CN")));
        List<MeasureEvent> events = MeasureTimeline.events(reports, 3);
        assertEquals(4, events.size(), events.toString());
        // The HK report states no effective date: its publication day (08-10) is its date, 22 days before 09-01.
        assertEquals("2027-08-10", events.get(0).date());
        assertNull(events.get(0).effectiveDate());
        MeasureEvent first = events.get(1);
        assertEquals("2027-09-01", first.date());
        assertEquals(List.of("CN", "TW"), first.reports().stream().map(MeasureReport::region).toList());
        assertEquals(25.0, first.from());
        assertEquals(List.of("story-1"), first.storyIds());
        assertEquals("2027-10-10", events.get(2).date());
        assertEquals(75.0, events.get(3).to());
    }

    @Test
    void differentRatesStatusesOrProductsAreDifferentMeasures() {
        List<MeasureEvent> events = MeasureTimeline.events(List.of(
                tariff(25.0, 50.0, "2027-09-01", "2027-08-10T02:00:00Z", "CN"),
                tariff(25.0, 45.0, "2027-09-01", "2027-08-10T02:00:00Z", "TW"),
                report("tariff_change", "United States", "China", "钢铁", 25.0, 50.0, "announced", "2027-09-01",
                        "2027-08-10T02:00:00Z", "CN", null),
                report("export_control", "United States", "China", "芯片", null, null, "announced", null,
                        "2027-08-10T02:00:00Z", "CN", null),
                report("export_control", "United States", "China", "芯片", null, null, "in_force", null,
                        "2027-08-11T02:00:00Z", "TW", null)), 3);
        assertEquals(5, events.size(), events.toString());
    }

    @Test
    void theRatePathStepsFromRateToRatePerPairAndProduct() {
        List<MeasureEvent> events = MeasureTimeline.events(List.of(
                tariff(10.0, 25.0, "2027-01-01", "2026-12-20T02:00:00Z", "CN"),
                tariff(null, 50.0, "2027-03-01", "2027-02-20T02:00:00Z", "CN"),
                report("tariff_change", "China", "United States", "大豆", 0.0, 10.0, "announced", "2027-02-01",
                        "2027-01-20T02:00:00Z", "CN", null),
                report("sanction", "China", "United States", null, null, null, "announced", null,
                        "2027-01-21T02:00:00Z", "CN", null)), 3);
        List<RatePath> paths = MeasureTimeline.paths(events);
        assertEquals(2, paths.size());
        RatePath us = paths.get(0);
        assertEquals("United States", us.imposer());
        assertEquals(List.of("2027-01-01", "2027-03-01"), us.steps().stream().map(s -> s.date()).toList());
        // A step that states no from-rate starts where the previous one ended.
        assertEquals(25.0, us.steps().get(1).from());
        assertEquals(50.0, us.steps().get(1).to());
        assertEquals("大豆", paths.get(1).product());
    }
}
