package io.sinoscope.query.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * One live story inside the clusterer: its members (so an analyst's merge or split can later be replayed on them),
 * its time span, how many members link each entity, the measures they report, the bigram centroid and the keys it is
 * found by in the candidate index.
 */
final class Story {

    /** Distinct measures a story keeps: beyond that a story is a running theme, and more add nothing. */
    private static final int MAX_FACTS = 64;

    private final String id;
    private final List<String> members = new ArrayList<>();
    /** Members linking each entity id. */
    private final Map<String, Integer> entityCounts = new TreeMap<>();
    /** The story's entity ids by the other keys they are known by ({@link EntityKeys}: a name, a phonetic key). */
    private final Map<String, Set<String>> entitiesByKey = new HashMap<>();
    /** Members stating each figure ({@link FigureKeys}). */
    private final Map<String, Integer> figureCounts = new TreeMap<>();
    /** Members per region (CN, TW, HK, OTHER). */
    private final Map<String, Integer> regions = new TreeMap<>();
    private final Set<FactSignature> facts = new LinkedHashSet<>();
    /** Members reporting each event type ({@link EventSignature#types()}). */
    private final Map<String, Integer> eventTypes = new TreeMap<>();
    /** The event cue table's places any member names. */
    private final Set<String> places = new TreeSet<>();
    private Map<String, Double> centroid = new HashMap<>();
    private final Set<String> indexKeys = new LinkedHashSet<>();
    private Instant first;
    private Instant last;

    Story(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    List<String> members() {
        return members;
    }

    Instant first() {
        return first;
    }

    Instant last() {
        return last;
    }

    Map<String, Integer> entityCounts() {
        return entityCounts;
    }

    /** The story's entity ids another key of an entity stands for (the same name, the same phonetic key). */
    Set<String> entitiesKnownAs(String key) {
        return entitiesByKey.getOrDefault(key, Set.of());
    }

    Map<String, Integer> figureCounts() {
        return figureCounts;
    }

    /** Whether a member comes from {@code region}; an unknown region is never missing. */
    boolean reportedIn(String region) {
        return region == null || regions.containsKey(region);
    }

    Set<FactSignature> facts() {
        return facts;
    }

    Map<String, Integer> eventTypes() {
        return eventTypes;
    }

    Set<String> places() {
        return places;
    }

    Map<String, Double> centroid() {
        return centroid;
    }

    Set<String> indexKeys() {
        return indexKeys;
    }

    /** Adds an article; the centroid keeps its {@code centroidTerms} heaviest bigrams by {@code weight}. */
    void add(StoryEvidence evidence, Map<String, Integer> bigrams, List<String> keys, int centroidTerms,
            ToDoubleFunction<String> weight) {
        members.add(evidence.articleId());
        first = first == null || evidence.publishedAt().isBefore(first) ? evidence.publishedAt() : first;
        last = last == null || evidence.publishedAt().isAfter(last) ? evidence.publishedAt() : last;
        for (StoryEvidence.LinkedEntity entity : evidence.entities()) {
            entityCounts.merge(entity.id(), 1, Integer::sum);
            for (String key : entity.keys().subList(1, entity.keys().size())) {
                entitiesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(entity.id());
            }
        }
        evidence.figures().forEach(f -> figureCounts.merge(f, 1, Integer::sum));
        evidence.event().types().forEach(type -> eventTypes.merge(type, 1, Integer::sum));
        places.addAll(evidence.event().places());
        if (evidence.region() != null) {
            regions.merge(evidence.region(), 1, Integer::sum);
        }
        for (FactSignature fact : evidence.facts()) {
            if (facts.size() < MAX_FACTS && fact.isTradeMeasure()) {
                facts.add(fact);
            }
        }
        bigrams.forEach((term, count) -> centroid.merge(term, (double) count, Double::sum));
        if (centroid.size() > centroidTerms) {
            Map<String, Double> weighted = new HashMap<>();
            centroid.forEach((term, count) -> weighted.put(term, count * weight.applyAsDouble(term)));
            Map<String, Double> kept = new HashMap<>();
            weighted.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .limit(centroidTerms)
                    .forEach(e -> kept.put(e.getKey(), centroid.get(e.getKey())));
            centroid = kept;
        }
        indexKeys.addAll(keys);
    }

    /** Distance in time from {@code at} to the story's span; zero inside it. */
    Duration distance(Instant at) {
        if (at.isBefore(first)) {
            return Duration.between(at, first);
        }
        return at.isAfter(last) ? Duration.between(last, at) : Duration.ZERO;
    }

    StoryView view() {
        return new StoryView(id, members, first, last);
    }
}
