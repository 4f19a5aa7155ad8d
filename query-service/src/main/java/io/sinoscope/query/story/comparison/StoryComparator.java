package io.sinoscope.query.story.comparison;

import io.sinoscope.query.story.comparison.ComparisonInput.Measure;
import io.sinoscope.query.story.comparison.ComparisonInput.Report;
import io.sinoscope.query.story.comparison.StoryComparison.EntityCoverage;
import io.sinoscope.query.story.comparison.StoryComparison.RegionCoverage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the regions' reports of one story: coverage and timing, the entities each names or omits and how it writes
 * them, its distinctive terms, the measures it states and the numbers that disagree. Pure and deterministic: the same
 * input gives the same comparison.
 */
public final class StoryComparator {

    private final ComparisonSettings settings;

    public StoryComparator(ComparisonSettings settings) {
        this.settings = settings;
    }

    public StoryComparison compare(ComparisonInput input) {
        Map<String, String> regionOf = new HashMap<>();
        Map<String, List<Report>> byRegion = new TreeMap<>(Regions.IN_ORDER);
        for (Report r : input.reports()) {
            String region = Regions.of(r.region());
            regionOf.put(r.articleId(), region);
            byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(r);
        }
        List<String> regions = List.copyOf(byRegion.keySet());

        Map<String, RegionCoverage> coverage = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> words = new LinkedHashMap<>();
        byRegion.forEach((region, reports) -> {
            coverage.put(region, coverage(reports));
            Map<String, Integer> counts = new HashMap<>();
            for (Report r : reports) {
                for (String w : r.words()) {
                    if (DistinctiveTerms.isTerm(w)) {
                        counts.merge(w, 1, Integer::sum);
                    }
                }
            }
            words.put(region, counts);
        });

        EntityComparison entities = new EntityComparison(regionOf, regions, input.mentions());
        List<EntityCoverage> entityCoverage = entities.coverage();

        Map<String, List<Measure>> measures = new LinkedHashMap<>();
        regions.forEach(region -> measures.put(region, new ArrayList<>()));
        for (Measure m : input.measures()) {
            String region = regionOf.get(m.articleId());
            if (region != null) {
                measures.get(region).add(m);
            }
        }
        measures.replaceAll((region, list) -> List.copyOf(list));

        return new StoryComparison(regions, coverage, entityCoverage, entities.naming(entityCoverage),
                new DistinctiveTerms(settings).of(words, input.background()), measures,
                MeasureDisagreements.of(input.measures(), regionOf));
    }

    /** The words every report's comparison needs counted against the corpus: the story's terms. */
    public static Set<String> terms(List<Report> reports) {
        Set<String> terms = new LinkedHashSet<>();
        for (Report r : reports) {
            for (String w : r.words()) {
                if (DistinctiveTerms.isTerm(w)) {
                    terms.add(w);
                }
            }
        }
        return terms;
    }

    private static RegionCoverage coverage(List<Report> reports) {
        List<Report> dated = reports.stream().filter(r -> r.publishedAt() != null)
                .sorted(Comparator.comparing(Report::publishedAt).thenComparing(Report::articleId)).toList();
        Set<String> sources = new LinkedHashSet<>();
        reports.stream().map(Report::source).filter(s -> s != null && !s.isBlank()).sorted().forEach(sources::add);
        Report first = dated.isEmpty() ? null : dated.get(0);
        Instant last = dated.isEmpty() ? null : dated.get(dated.size() - 1).publishedAt();
        return new RegionCoverage(reports.size(), List.copyOf(sources),
                first == null ? null : first.publishedAt().toString(), first == null ? null : first.articleId(),
                last == null ? null : last.toString());
    }
}
