package io.sinoscope.query.story.comparison;

import io.sinoscope.query.story.comparison.ComparisonInput.Mention;
import io.sinoscope.query.story.comparison.StoryComparison.EntityCoverage;
import io.sinoscope.query.story.comparison.StoryComparison.EntityNaming;
import io.sinoscope.query.story.comparison.StoryComparison.Form;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which region names which entity, and how. Entities are the linker's canonical ids, one for every script and
 * transliteration, so 川普 and 特朗普 are one entity whose forms differ by region; a region that names it in none of its
 * reports omits it.
 */
final class EntityComparison {

    private final List<String> regions;
    private final Map<String, Mention> entities = new LinkedHashMap<>();
    /** entity → region → reports naming it. */
    private final Map<String, Map<String, Set<String>>> reports = new HashMap<>();
    /** entity → region → form → mentions. */
    private final Map<String, Map<String, Map<String, Integer>>> forms = new HashMap<>();

    /**
     * @param regionOf each report's region
     * @param regions  the regions with reports, in display order
     */
    EntityComparison(Map<String, String> regionOf, List<String> regions, List<Mention> mentions) {
        this.regions = regions;
        for (Mention m : mentions) {
            String region = regionOf.get(m.articleId());
            if (region == null || m.entityId() == null) {
                continue;
            }
            entities.putIfAbsent(m.entityId(), m);
            reports.computeIfAbsent(m.entityId(), e -> new TreeMap<>(Regions.IN_ORDER))
                    .computeIfAbsent(region, r -> new HashSet<>()).add(m.articleId());
            if (m.surface() != null && !m.surface().isBlank()) {
                forms.computeIfAbsent(m.entityId(), e -> new TreeMap<>(Regions.IN_ORDER))
                        .computeIfAbsent(region, r -> new HashMap<>()).merge(m.surface().strip(), 1, Integer::sum);
            }
        }
    }

    /** Every entity, those named by more regions first, then by more reports, then by id. */
    List<EntityCoverage> coverage() {
        List<EntityCoverage> found = new ArrayList<>();
        for (Mention e : entities.values()) {
            Map<String, Set<String>> byRegion = reports.get(e.entityId());
            Map<String, Integer> counts = new LinkedHashMap<>();
            byRegion.forEach((region, articles) -> counts.put(region, articles.size()));
            List<String> omitted = regions.stream().filter(r -> !byRegion.containsKey(r)).toList();
            found.add(new EntityCoverage(e.entityId(), e.entityName(), e.entityType(), counts,
                    List.copyOf(byRegion.keySet()), omitted));
        }
        found.sort(Comparator.comparingInt((EntityCoverage c) -> -c.reportedBy().size())
                .thenComparingInt(c -> -c.articlesByRegion().values().stream().mapToInt(Integer::intValue).sum())
                .thenComparing(EntityCoverage::id));
        return found;
    }

    /** Entities written in two or more regions, those whose forms differ first, in coverage order otherwise. */
    List<EntityNaming> naming(List<EntityCoverage> coverage) {
        List<EntityNaming> found = new ArrayList<>();
        for (EntityCoverage c : coverage) {
            Map<String, Map<String, Integer>> byRegion = forms.get(c.id());
            if (byRegion == null || byRegion.size() < 2) {
                continue;
            }
            Map<String, List<Form>> written = new LinkedHashMap<>();
            Set<Set<String>> distinctSets = new HashSet<>();
            byRegion.forEach((region, counted) -> {
                written.put(region, counted.entrySet().stream()
                        .map(f -> new Form(f.getKey(), f.getValue()))
                        .sorted(Comparator.comparingInt((Form f) -> -f.mentions()).thenComparing(Form::surface))
                        .toList());
                distinctSets.add(counted.keySet());
            });
            found.add(new EntityNaming(c.id(), c.name(), c.type(), written, distinctSets.size() > 1));
        }
        found.sort(Comparator.comparing((EntityNaming n) -> !n.differs()));
        return found;
    }
}
