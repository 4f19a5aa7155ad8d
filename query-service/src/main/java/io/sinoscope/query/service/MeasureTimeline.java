package io.sinoscope.query.service;

import io.sinoscope.query.service.TimelineViews.MeasureEvent;
import io.sinoscope.query.service.TimelineViews.MeasureReport;
import io.sinoscope.query.service.TimelineViews.RatePath;
import io.sinoscope.query.service.TimelineViews.RateStep;
import io.sinoscope.support.time.PublicationZone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges reports of trade measures into measures and orders them (docs/stories.md#trade-measure-timeline). The rule:
 * two reports are one measure when they have the same kind, imposer, target and product (the goods in the normalised
 * script; a report without goods only with others without), the same to-rate for a tariff change or the same status for
 * an export control or sanction, and a date (its effective date, else its publication day) at most
 * {@code sameMeasureDays} after the date of the measure's earliest report. Pure.
 */
final class MeasureTimeline {

    private MeasureTimeline() {
    }

    /** A report as the timeline reads it: the measure it states and where it was published. */
    record Input(TradeMeasures.Measure measure, MeasureReport report) {

        LocalDate date() {
            if (measure.effectiveDate() != null) {
                return LocalDate.parse(measure.effectiveDate());
            }
            return measure.fact().publishedAt() == null ? null
                    : PublicationZone.local(measure.fact().publishedAt(), measure.fact().region()).toLocalDate();
        }
    }

    private record Key(String kind, String imposer, String target, String product, Object toOrStatus) {
    }

    static List<MeasureEvent> events(List<Input> reports, int sameMeasureDays) {
        Map<Key, List<Input>> byMeasure = new LinkedHashMap<>();
        for (Input r : reports) {
            if (r.date() == null) {
                continue;
            }
            TradeMeasures.Measure m = r.measure();
            Object toOrStatus = "tariff_change".equals(m.fact().kind()) ? m.to() : m.status();
            byMeasure.computeIfAbsent(new Key(m.fact().kind(), m.imposer(), m.target(), m.product(), toOrStatus),
                    k -> new ArrayList<>()).add(r);
        }
        List<MeasureEvent> events = new ArrayList<>();
        for (List<Input> same : byMeasure.values()) {
            same.sort(Comparator.comparing(Input::date).thenComparing(r -> r.report().publishedAt(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(r -> r.report().factId()));
            List<Input> current = new ArrayList<>();
            for (Input r : same) {
                if (!current.isEmpty()
                        && ChronoUnit.DAYS.between(current.get(0).date(), r.date()) > sameMeasureDays) {
                    events.add(event(current));
                    current = new ArrayList<>();
                }
                current.add(r);
            }
            events.add(event(current));
        }
        events.sort(Comparator.comparing(MeasureEvent::date).thenComparing(MeasureEvent::kind)
                .thenComparing(MeasureEvent::id));
        return events;
    }

    private static MeasureEvent event(List<Input> reports) {
        Input first = reports.get(0);
        TradeMeasures.Measure m = first.measure();
        String effective = reports.stream().map(r -> r.measure().effectiveDate()).filter(Objects::nonNull).sorted()
                .findFirst().orElse(null);
        List<MeasureReport> listed = reports.stream().map(Input::report)
                .sorted(Comparator.comparing(MeasureReport::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(MeasureReport::factId)).toList();
        String status = null;
        for (MeasureReport r : listed) {
            status = r.status() != null ? r.status() : status;
        }
        LinkedHashSet<String> stories = new LinkedHashSet<>();
        listed.stream().map(MeasureReport::storyId).filter(Objects::nonNull).forEach(stories::add);
        return new MeasureEvent(m.fact().kind() + ":" + m.fact().id(), m.fact().kind(), m.imposer(), m.target(),
                m.goods(), m.product(), mostStated(reports), m.to(), status, effective,
                effective != null ? effective : first.date().toString(), List.copyOf(stories), listed);
    }

    /** The from-rate most reports state (the earliest report's on a tie), null when none states one. */
    private static Double mostStated(List<Input> reports) {
        Map<Double, Integer> counts = new LinkedHashMap<>();
        for (Input r : reports) {
            if (r.measure().from() != null) {
                counts.merge(r.measure().from(), 1, Integer::sum);
            }
        }
        Double best = null;
        int most = 0;
        for (Map.Entry<Double, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * The rate path of each imposer → target pair and product: its tariff changes with a to-rate, in date order, each
     * a step from its from-rate (the previous step's to-rate when it states none) to its to-rate.
     */
    static List<RatePath> paths(List<MeasureEvent> events) {
        Map<List<String>, List<MeasureEvent>> byPair = new LinkedHashMap<>();
        for (MeasureEvent e : events) {
            if ("tariff_change".equals(e.kind()) && e.to() != null && e.imposer() != null && e.target() != null) {
                byPair.computeIfAbsent(java.util.Arrays.asList(e.imposer(), e.target(), e.product()),
                        k -> new ArrayList<>()).add(e);
            }
        }
        List<RatePath> paths = new ArrayList<>();
        Map<List<String>, String> goods = new HashMap<>();
        byPair.forEach((key, steps) -> {
            List<RateStep> path = new ArrayList<>();
            Double previous = null;
            for (MeasureEvent e : steps) {
                Double from = e.from() != null ? e.from() : previous;
                path.add(new RateStep(e.date(), from, e.to(), e.id()));
                previous = e.to();
                goods.putIfAbsent(key, e.goods());
            }
            paths.add(new RatePath(key.get(0), key.get(1), key.get(2), goods.get(key), List.copyOf(path)));
        });
        return paths;
    }
}
