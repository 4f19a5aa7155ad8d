package io.sinoscope.query.story;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a labelled story set through the text analyzer and the clusterer, in publication order, and measures the
 * stories against the labels: B-cubed precision and recall (per article: the share of its story that belongs to its
 * label, the share of its label that is in its story, averaged over articles), their F1, pairwise counts, and which
 * articles were joined to another label's story or split from their own.
 */
final class StoryClusteringEvaluation {

    record Result(int articles, int labels, int stories, double precision, double recall, long truePairs,
            long falsePairs, long missedPairs, List<String> wronglyJoined, List<String> wronglySplit,
            Map<String, StoryAssignment> assignments, List<String> missedJoins) {

        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        List<String> lines(String prefix) {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%s articles=%d labels=%d stories=%d", prefix, articles, labels,
                    stories));
            lines.add(String.format(Locale.ROOT, "%s bcubed precision=%.3f recall=%.3f f1=%.3f", prefix, precision,
                    recall, f1()));
            lines.add(String.format(Locale.ROOT, "%s pairs same-story-and-label=%d same-story-only=%d "
                    + "same-label-only=%d", prefix, truePairs, falsePairs, missedPairs));
            wronglyJoined.forEach(line -> lines.add(prefix + " wrongly-joined " + line));
            wronglySplit.forEach(line -> lines.add(prefix + " wrongly-split " + line));
            missedJoins.forEach(line -> lines.add(prefix + " missed-join " + line));
            return lines;
        }
    }

    /** A set analysed once, in the order the clusterer is fed: publication time, then id. */
    record Prepared(Map<String, LabelledArticle> byId, List<StoryEvidence> evidence) {
    }

    private StoryClusteringEvaluation() {
    }

    static Prepared prepare(TextAnalyzer analyzer, List<LabelledArticle> articles) {
        Map<String, LabelledArticle> byId = new LinkedHashMap<>();
        for (LabelledArticle article : articles) {
            String id = article.externalId();
            if (id == null || byId.containsKey(id)) {
                id = article.source() + "/" + article.externalId() + "#" + byId.size();
            }
            byId.put(id, article);
        }
        List<String> order = new ArrayList<>(byId.keySet());
        order.sort(Comparator.comparing((String id) -> byId.get(id).publishedAt()).thenComparing(id -> id));
        EnrichedArticles enricher = new EnrichedArticles(analyzer);
        List<StoryEvidence> evidence = new ArrayList<>();
        for (String id : order) {
            ArticleEnriched enriched = enricher.enrich(id, byId.get(id));
            evidence.add(StoryEvidence.of(enriched));
        }
        return new Prepared(byId, evidence);
    }

    static Result run(Prepared prepared, StoryClusteringConfig config) {
        StoryClusterer clusterer = new StoryClusterer(config);
        Map<String, StoryAssignment> assignments = new LinkedHashMap<>();
        List<String> missedJoins = new ArrayList<>();
        for (StoryEvidence article : prepared.evidence()) {
            List<String> labelStories = labelStories(prepared, clusterer, article);
            List<String> otherStories = otherStories(prepared, clusterer, article);
            StoryAssignment assignment = clusterer.assign(article);
            assignments.put(article.articleId(), assignment);
            // Scored after the assignment, so with the document frequencies the assignment used; the stories scored
            // are ones the article did not join, which its placement left unchanged.
            nearOther(prepared, clusterer, article, otherStories, assignment)
                    .forEach(line -> missedJoins.add("near-other " + line));
            labelStories.forEach(storyId -> {
                StoryScore.Result result = storyId.equals(assignment.storyId()) ? null
                        : clusterer.explain(article, storyId).orElse(null);
                if (result != null) {
                    missedJoins.add(String.format(Locale.ROOT, "%s [%s %s] to %s score=%.3f backing=%d "
                            + "story-regions-had-it=%s %s", article.articleId(), article.region(),
                            prepared.byId().get(article.articleId()).cluster(), storyId.substring(0, 14),
                            result.score(), result.backing(), result.story().reportedIn(article.region()),
                            result.reasons()));
                }
            });
        }
        Result measured = measure(prepared.byId(), assignments);
        return new Result(measured.articles(), measured.labels(), measured.stories(), measured.precision(),
                measured.recall(), measured.truePairs(), measured.falsePairs(), measured.missedPairs(),
                measured.wronglyJoined(), measured.wronglySplit(), measured.assignments(), missedJoins);
    }

    /** Live stories holding only other labels' reports, before the article is assigned. */
    private static List<String> otherStories(Prepared prepared, StoryClusterer clusterer, StoryEvidence article) {
        String label = prepared.byId().get(article.articleId()).cluster();
        Map<String, Boolean> othersOnly = new LinkedHashMap<>();
        prepared.byId().forEach((id, labelled) -> clusterer.storyOf(id).ifPresent(storyId ->
                othersOnly.merge(storyId, !labelled.cluster().equals(label), Boolean::logicalAnd)));
        return othersOnly.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /** The article's scores of 0.2 or more against stories of other labels it did not join: the traps' margins. */
    private static List<String> nearOther(Prepared prepared, StoryClusterer clusterer, StoryEvidence article,
            List<String> otherStories, StoryAssignment assignment) {
        String label = prepared.byId().get(article.articleId()).cluster();
        List<String> lines = new ArrayList<>();
        for (String storyId : otherStories) {
            if (!storyId.equals(assignment.storyId())) {
                clusterer.explain(article, storyId).filter(r -> r.score() >= 0.2).ifPresent(r -> lines.add(
                        String.format(Locale.ROOT, "%s [%s %s] to %s score=%.3f backing=%d had-region=%s %s",
                                article.articleId(), article.region(), label, storyId.substring(0, 14), r.score(),
                                r.backing(), r.story().reportedIn(article.region()), r.reasons())));
            }
        }
        return lines;
    }

    /** The live stories already holding a report of the article's label, before it is assigned. */
    private static List<String> labelStories(Prepared prepared, StoryClusterer clusterer, StoryEvidence article) {
        String label = prepared.byId().get(article.articleId()).cluster();
        List<String> stories = new ArrayList<>();
        prepared.byId().forEach((id, labelled) -> {
            if (!id.equals(article.articleId()) && labelled.cluster().equals(label)) {
                clusterer.storyOf(id).filter(storyId -> !stories.contains(storyId)).ifPresent(stories::add);
            }
        });
        return stories;
    }

    private static Result measure(Map<String, LabelledArticle> byId, Map<String, StoryAssignment> assignments) {
        Map<String, Set<String>> predicted = new TreeMap<>();
        Map<String, Set<String>> gold = new TreeMap<>();
        assignments.forEach((id, a) -> predicted.computeIfAbsent(a.storyId(), k -> new HashSet<>()).add(id));
        byId.forEach((id, article) -> gold.computeIfAbsent(article.cluster(), k -> new HashSet<>()).add(id));
        double precision = 0;
        double recall = 0;
        List<String> joined = new ArrayList<>();
        List<String> split = new ArrayList<>();
        for (String id : assignments.keySet()) {
            Set<String> story = predicted.get(assignments.get(id).storyId());
            String label = byId.get(id).cluster();
            Set<String> mates = gold.get(label);
            long both = story.stream().filter(mates::contains).count();
            precision += (double) both / story.size();
            recall += (double) both / mates.size();
            List<String> strangers = story.stream().filter(other -> !mates.contains(other)).sorted().toList();
            if (!strangers.isEmpty()) {
                joined.add(describe(id, byId, assignments) + " shares its story with " + strangers.stream()
                        .map(other -> other + "(" + byId.get(other).cluster() + ")").toList());
            }
            List<String> missing = mates.stream().filter(other -> !story.contains(other)).sorted().toList();
            if (!missing.isEmpty()) {
                split.add(describe(id, byId, assignments) + " apart from " + missing);
            }
        }
        long truePairs = 0;
        long storyPairs = 0;
        long labelPairs = 0;
        for (Set<String> story : predicted.values()) {
            storyPairs += pairs(story.size());
            Map<String, Integer> labelCounts = new HashMap<>();
            story.forEach(id -> labelCounts.merge(byId.get(id).cluster(), 1, Integer::sum));
            truePairs += labelCounts.values().stream().mapToLong(StoryClusteringEvaluation::pairs).sum();
        }
        for (Set<String> label : gold.values()) {
            labelPairs += pairs(label.size());
        }
        int n = assignments.size();
        return new Result(n, gold.size(), predicted.size(), n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n,
                truePairs, storyPairs - truePairs, labelPairs - truePairs, joined, split, assignments, List.of());
    }

    private static String describe(String id, Map<String, LabelledArticle> byId,
            Map<String, StoryAssignment> assignments) {
        LabelledArticle article = byId.get(id);
        StoryAssignment a = assignments.get(id);
        return String.format(Locale.ROOT, "%s [%s %s] %s %.3f %s", id, article.region(), article.cluster(),
                a.outcome(), a.score(), a.reasons());
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
