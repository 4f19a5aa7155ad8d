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
    /** The document count may move by 1/NORM_DRIFT of itself before the norms are computed again. */
    private static final int NORM_DRIFT = 100;

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
    /** The norms of the story's weighted vectors, or null after a change; see {@link #norms}. */
    private Norms norms;
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
        norms = null;
    }

    /**
     * The Euclidean norms of the story's three weighted vectors: the centroid's bigram counts times their IDF, and
     * the entities' and figures' IDF times the share of members naming or stating them; {@code documents} is the
     * document count the IDFs were read at.
     */
    record Norms(double centroid, double entities, double figures, long documents) {
    }

    /**
     * The story's norms under the IDF weights of {@code frequencies}, computed again after the story changes or once
     * the document count behind the IDFs has moved by more than 1/{@value #NORM_DRIFT} of itself. Scoring asks for
     * them for every candidate of every article (up to hundreds of centroid bigrams each); every article moves every
     * IDF a little, and a 1 % change of the document count moves ln(1 + N/df) by less than 1 %. Below
     * {@value #NORM_DRIFT} documents any change recomputes them, so small collections score exactly.
     */
    Norms norms(DocumentFrequencies frequencies, ToDoubleFunction<String> bigramIdf,
            ToDoubleFunction<String> entityIdf, ToDoubleFunction<String> figureIdf) {
        long documents = frequencies.documents();
        if (norms != null && Math.abs(documents - norms.documents()) * NORM_DRIFT <= norms.documents()) {
            return norms;
        }
        double members = this.members.size();
        double c = 0;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            double w = e.getValue() * bigramIdf.applyAsDouble(e.getKey());
            c += w * w;
        }
        double en = 0;
        for (Map.Entry<String, Integer> e : entityCounts.entrySet()) {
            double w = entityIdf.applyAsDouble(e.getKey()) * e.getValue() / members;
            en += w * w;
        }
        double f = 0;
        for (Map.Entry<String, Integer> e : figureCounts.entrySet()) {
            double w = figureIdf.applyAsDouble(e.getKey()) * e.getValue() / members;
            f += w * w;
        }
        norms = new Norms(Math.sqrt(c), Math.sqrt(en), Math.sqrt(f), documents);
        return norms;
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
