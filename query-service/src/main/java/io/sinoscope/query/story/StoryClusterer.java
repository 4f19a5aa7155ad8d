package io.sinoscope.query.story;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Incremental story clustering: each article joins the live story it scores best against, if that score reaches the
 * threshold, or starts a story of its own. Candidates come from an inverted index of entity ids and each article's
 * most characteristic bigrams, limited to stories active within the window, never from a scan of all stories.
 * The score ({@link StoryScore}) combines shared entities weighted by rarity, trade measures (the same measure joins,
 * the same parties with other goods or another rate keep apart), the TF-IDF cosine of character bigrams against the
 * story's centroid, and time proximity.
 *
 * <p>A story's id is derived from its first article and never changes. Stories quiet for longer than the window
 * behind the newest article are evicted, with their index entries. Not thread-safe: one clusterer is fed in order by
 * one thread. The same input in the same order gives the same stories (ties are broken by time, then id).
 */
public final class StoryClusterer {

    static final String ENTITY_KEY = "e:";
    static final String BIGRAM_KEY = "b:";
    static final String FIGURE_KEY = "n:";

    private final StoryClusteringConfig config;
    private final DocumentFrequencies frequencies;
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    private final Map<String, String> storyByArticle = new HashMap<>();
    private final TreeSet<Story> byLastArticle = new TreeSet<>(
            Comparator.comparing(Story::last).thenComparing(Story::id));
    private Instant newest;

    public StoryClusterer(StoryClusteringConfig config) {
        this.config = config;
        this.frequencies = new DocumentFrequencies(config.maxVocabulary());
    }

    /** The id of the story an article starts: stable, whatever joins it later. */
    public static String storyIdFor(String articleId) {
        return "story-" + UUID.nameUUIDFromBytes(articleId.getBytes(StandardCharsets.UTF_8));
    }

    public StoryAssignment assign(StoryEvidence article) {
        return assign(article, StoryAssignment::storyId);
    }

    /**
     * Assigns the article as {@link #assign(StoryEvidence)} does, but lets {@code settle} decide where it goes: it is
     * given the clusterer's proposal and returns the story the article really belongs to. A service sharing its
     * stories with other replicas records the proposal there and returns the story that won (the proposal, or the one
     * another replica recorded first); the article is placed in that story here too, so that replicas agree. A settled
     * story this clusterer does not hold (another replica started it, or it was evicted) is started under that id.
     */
    public StoryAssignment assign(StoryEvidence article, Function<StoryAssignment, String> settle) {
        String known = storyByArticle.get(article.articleId());
        if (known != null) {
            Story story = stories.get(known);
            boolean first = story.members().get(0).equals(article.articleId());
            return new StoryAssignment(known, first ? StoryAssignment.Outcome.STARTED : StoryAssignment.Outcome.JOINED,
                    0, List.of("already assigned"));
        }
        Map<String, Integer> bigrams = Bigrams.of(article.normalizedTitle(), article.normalizedText());
        List<String> lookupKeys = count(article, bigrams);

        StoryScore scorer = new StoryScore(config, frequencies, article, bigrams);
        StoryScore.Result best = null;
        StoryScore.Result joined = null;
        for (Story candidate : candidates(article.publishedAt(), lookupKeys)) {
            StoryScore.Result result = scorer.score(candidate);
            if (best == null || result.score() > best.score()) {
                best = result;
            }
            if (joins(article, result) && (joined == null || result.score() > joined.score())) {
                joined = result;
            }
        }
        StoryAssignment proposal;
        if (joined != null) {
            proposal = new StoryAssignment(joined.story().id(), StoryAssignment.Outcome.JOINED, joined.score(),
                    joined.score() >= config.joinThreshold() || joined.sameEvent() ? joined.reasons()
                            : concat("first report from " + article.region() + ", backed by " + joined.backing()
                                    + " signals", joined.reasons()));
        } else {
            List<String> reasons = best == null ? List.of("no candidate story in the window")
                    : concat((best.contradicts() ? "a new decision of the parties of " : "below threshold "
                            + config.joinThreshold() + " for ") + best.story().id(), best.reasons());
            proposal = new StoryAssignment(storyIdFor(article.articleId()), StoryAssignment.Outcome.STARTED,
                    best == null ? 0 : best.score(), reasons);
        }
        String settled = settle.apply(proposal);
        StoryAssignment assignment = settled.equals(proposal.storyId()) ? proposal
                : new StoryAssignment(settled, settled.equals(storyIdFor(article.articleId()))
                        ? StoryAssignment.Outcome.STARTED : StoryAssignment.Outcome.JOINED, 0,
                        concat("settled elsewhere: proposed " + proposal.storyId(), proposal.reasons()));
        place(article, bigrams, lookupKeys, settled);
        return assignment;
    }

    /**
     * Records an assignment made elsewhere (by another replica, an analyst, or before a restart: the stored stories
     * replayed in publication order), without scoring: the article counts in the document frequencies and joins
     * {@code storyId}, which is started here if this clusterer does not hold it. An article already assigned here
     * stays where it is.
     */
    public void record(StoryEvidence article, String storyId) {
        if (storyByArticle.containsKey(article.articleId())) {
            return;
        }
        Map<String, Integer> bigrams = Bigrams.of(article.normalizedTitle(), article.normalizedText());
        place(article, bigrams, count(article, bigrams), storyId);
    }

    /**
     * Whether the article may join the scored story: its score reaches the join threshold, or the story has no report
     * from the article's region yet and two signals (entities, wording: text or headline, figures or the same measure)
     * back a score at the lower cross-region threshold. One event's reports in another region's words and spellings share less with the
     * story than a report from the story's own region; the second signal keeps a merely similar event out. A lead
     * measure that contradicts the story's (the same parties) with a rate none of its reports states never joins: it
     * is the next decision, reported in the same words and names as the first.
     *
     * <p>The event-type rule needs no score and no region: a report of the story's event type (a drill, a coast-guard
     * incident, a rate decision, a visit, a lawsuit) within the event window of its first report, naming one of its
     * entities, joins it: each region names the actors its own way, so such reports share little else. What keeps the
     * same actors' next event apart is time (it comes days later) and, for any join, {@link StoryScore.Result#apart}:
     * a title naming a place the story never names, or announcing a repeat after the event window.
     *
     * <p>Within the event window the cross-region rule does not ask for the region either: a Taiwan report read as
     * Hong Kong's (港府 throughout) or as OTHER is judged by its score and signals like any first report from another
     * region. Beyond it the region condition stays: it is what keeps the same regions' report of the next incident
     * out.
     */
    private boolean joins(StoryEvidence article, StoryScore.Result result) {
        if (result.contradicts() || result.apart() != null) {
            return false;
        }
        if (result.score() >= config.joinThreshold() || result.sameEvent()) {
            return true;
        }
        return result.score() >= config.crossRegionThreshold() && result.backing() >= 2
                && (result.recent() || !result.story().reportedIn(article.region()));
    }

    /**
     * Counts the article in the document frequencies, moves the clock and evicts the stories it leaves behind.
     *
     * @return the keys the article is looked up and found by: its entity keys, figures and most characteristic bigrams
     */
    private List<String> count(StoryEvidence article, Map<String, Integer> bigrams) {
        List<String> entityKeys = article.entities().stream().flatMap(e -> e.keys().stream())
                .map(key -> ENTITY_KEY + key).distinct().toList();
        List<String> figureKeys = article.figures().stream().map(figure -> FIGURE_KEY + figure).toList();
        List<String> documentKeys = new ArrayList<>(entityKeys);
        documentKeys.addAll(figureKeys);
        bigrams.keySet().forEach(term -> documentKeys.add(BIGRAM_KEY + term));
        frequencies.add(documentKeys);
        newest = newest == null || article.publishedAt().isAfter(newest) ? article.publishedAt() : newest;
        evictBefore(newest.minus(config.window()));

        List<String> lookupKeys = new ArrayList<>(entityKeys);
        lookupKeys.addAll(figureKeys);
        characteristic(bigrams).forEach(term -> lookupKeys.add(BIGRAM_KEY + term));
        return lookupKeys;
    }

    private void place(StoryEvidence article, Map<String, Integer> bigrams, List<String> lookupKeys, String storyId) {
        Story story = stories.get(storyId);
        if (story == null) {
            story = new Story(storyId);
            stories.put(storyId, story);
        } else {
            byLastArticle.remove(story);
        }
        story.add(article, bigrams, lookupKeys, config.centroidTerms(), term -> frequencies.idf(BIGRAM_KEY + term));
        for (String key : lookupKeys) {
            postings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(story.id());
        }
        byLastArticle.add(story);
        storyByArticle.put(article.articleId(), story.id());
    }

    /**
     * Scores an article against one live story without assigning or counting it: how far it was from joining a story
     * it did not join (evaluation and diagnostics). Empty when the story is not held (never started, or evicted).
     */
    Optional<StoryScore.Result> explain(StoryEvidence article, String storyId) {
        Story story = stories.get(storyId);
        if (story == null) {
            return Optional.empty();
        }
        Map<String, Integer> bigrams = Bigrams.of(article.normalizedTitle(), article.normalizedText());
        return Optional.of(new StoryScore(config, frequencies, article, bigrams).score(story));
    }

    public Optional<StoryView> story(String storyId) {
        return Optional.ofNullable(stories.get(storyId)).map(Story::view);
    }

    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyByArticle.get(articleId));
    }

    /** Stories still open to new members (not evicted). */
    public int liveStories() {
        return stories.size();
    }

    /** The article's bigrams that say most about it (TF-IDF), the ones it is looked up and found by. */
    private List<String> characteristic(Map<String, Integer> bigrams) {
        Map<String, Double> weights = new HashMap<>();
        bigrams.forEach((term, count) -> {
            if (term.length() == 2) {
                weights.put(term, count * frequencies.idf(BIGRAM_KEY + term));
            }
        });
        return weights.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(config.indexedBigrams())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Live stories within the window sharing the rarest keys with the article, the most shared first. */
    private List<Story> candidates(Instant at, List<String> keys) {
        Map<String, Double> shared = new HashMap<>();
        for (String key : keys) {
            Set<String> posted = postings.get(key);
            if (posted == null || posted.size() > config.commonKeyStories()) {
                continue;
            }
            double idf = frequencies.idf(key);
            for (String storyId : posted) {
                shared.merge(storyId, idf, Double::sum);
            }
        }
        return shared.entrySet().stream()
                .map(e -> Map.entry(stories.get(e.getKey()), e.getValue()))
                .filter(e -> e.getKey().distance(at).compareTo(config.window()) <= 0)
                .sorted(Comparator.<Map.Entry<Story, Double>>comparingDouble(e -> -e.getValue())
                        .thenComparing(e -> e.getKey().first()).thenComparing(e -> e.getKey().id()))
                .limit(config.maxCandidates())
                .map(Map.Entry::getKey)
                .toList();
    }

    private void evictBefore(Instant cutoff) {
        while (!byLastArticle.isEmpty() && byLastArticle.first().last().isBefore(cutoff)) {
            Story old = byLastArticle.pollFirst();
            stories.remove(old.id());
            for (String key : old.indexKeys()) {
                Set<String> posted = postings.get(key);
                if (posted != null) {
                    posted.remove(old.id());
                    if (posted.isEmpty()) {
                        postings.remove(key);
                    }
                }
            }
            old.members().forEach(storyByArticle::remove);
        }
    }

    private static List<String> concat(String head, List<String> tail) {
        List<String> all = new ArrayList<>(tail.size() + 1);
        all.add(head);
        all.addAll(tail);
        return all;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
