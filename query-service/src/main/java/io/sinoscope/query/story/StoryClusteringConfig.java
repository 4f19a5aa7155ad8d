package io.sinoscope.query.story;

import java.time.Duration;
import java.util.Objects;

/**
 * The story clusterer's parameters (application.properties {@code sinoscope.stories.*} once the clusterer runs in the
 * service; defaults from the dev set, docs/stories.md).
 *
 * @param window            an article is compared only with stories that had an article within this time of it;
 *                          stories quiet for longer than this behind the newest article are evicted
 * @param halfLife          time proximity: a story this far from the article counts half as much
 * @param timeWeight        the share of the score that time proximity can take away (0: time does not matter)
 * @param joinThreshold     the best story's score must reach this for the article to join it
 * @param entityWeight      weight of the rarity-weighted share of the article's entities the story links
 * @param textWeight        weight of the TF-IDF cosine of character bigrams against the story's centroid
 * @param factWeight        weight of trade measures: added for the same measure, subtracted for a distinct one
 *                          (same parties, other goods or another rate)
 * @param productOverlap    share of Han characters two goods names must share to be one product
 * @param indexedBigrams    the article's rarest bigrams used to find candidate stories (besides its entities)
 * @param maxCandidates     candidates scored in full, the ones sharing the most rare keys
 * @param commonKeyStories  a key found in more live stories than this is too common to look candidates up by
 * @param centroidTerms     bigrams a story keeps in its centroid (its heaviest), which bounds a story's memory
 * @param maxVocabulary     bigrams and entities whose document frequency is counted; beyond it every count is halved
 * @param reactionGrace     time proximity starts to decay only this far from the story's span: reactions and
 *                          follow-up reports of one event come a day or two after the first
 * @param figureWeight      weight of the figures (rates, amounts, counts) the article shares with the story
 * @param crossRegionThreshold the score at which an article joins a story no report of its region is in yet, when
 *                          two signals back it (see {@code crossRegionSignal})
 * @param crossRegionSignal the level each backing signal must reach: two of entities, text, figures (or the same
 *                          trade measure) at or above it
 * @param eventWindow       how long after a story's first report an article of the same event type (a drill, a
 *                          coast-guard incident, a rate decision, a visit, a lawsuit) naming one of its entities joins
 *                          it whatever its score: one event's reports and reactions come the same day or the next,
 *                          the same actors' next event of that type days later. Zero switches the rule off
 */
public record StoryClusteringConfig(Duration window, Duration halfLife, double timeWeight, double joinThreshold,
        double entityWeight, double textWeight, double factWeight, double productOverlap, int indexedBigrams,
        int maxCandidates, int commonKeyStories, int centroidTerms, int maxVocabulary, Duration reactionGrace,
        double figureWeight, double crossRegionThreshold, double crossRegionSignal, Duration eventWindow) {

    public StoryClusteringConfig {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(halfLife, "halfLife");
        Objects.requireNonNull(reactionGrace, "reactionGrace");
        Objects.requireNonNull(eventWindow, "eventWindow");
        if (eventWindow.isNegative()) {
            throw new IllegalArgumentException("eventWindow must not be negative");
        }
        if (reactionGrace.isNegative()) {
            throw new IllegalArgumentException("reactionGrace must not be negative");
        }
        if (window.isNegative() || window.isZero() || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("window and halfLife must be positive");
        }
        if (timeWeight < 0 || timeWeight > 1) {
            throw new IllegalArgumentException("timeWeight must be in [0, 1], got " + timeWeight);
        }
        if (indexedBigrams < 1 || maxCandidates < 1 || commonKeyStories < 1 || centroidTerms < 1
                || maxVocabulary < 1) {
            throw new IllegalArgumentException("indexedBigrams, maxCandidates, commonKeyStories, centroidTerms and "
                    + "maxVocabulary must be positive");
        }
    }

    public static StoryClusteringConfig defaults() {
        return new StoryClusteringConfig(Duration.ofDays(4), Duration.ofDays(2), 0.3, 0.35, 0.35, 0.65, 0.3, 0.6,
                24, 32, 500, 400, 300_000, Duration.ofHours(36), 0.2, 0.25, 0.25, Duration.ofHours(36));
    }

    public StoryClusteringConfig withWindow(Duration newWindow) {
        return new StoryClusteringConfig(newWindow, halfLife, timeWeight, joinThreshold, entityWeight, textWeight,
                factWeight, productOverlap, indexedBigrams, maxCandidates, commonKeyStories, centroidTerms,
                maxVocabulary, reactionGrace, figureWeight, crossRegionThreshold, crossRegionSignal, eventWindow);
    }

    /** These parameters without the event-type rule. */
    public StoryClusteringConfig withoutEventTypeRule() {
        return new StoryClusteringConfig(window, halfLife, timeWeight, joinThreshold, entityWeight, textWeight,
                factWeight, productOverlap, indexedBigrams, maxCandidates, commonKeyStories, centroidTerms,
                maxVocabulary, reactionGrace, figureWeight, crossRegionThreshold, crossRegionSignal, Duration.ZERO);
    }

    /** These parameters with the cross-region changes switched off: no grace, no figures, no cross-region rule. */
    public StoryClusteringConfig withoutCrossRegionRules() {
        return new StoryClusteringConfig(window, halfLife, timeWeight, joinThreshold, entityWeight, textWeight,
                factWeight, productOverlap, indexedBigrams, maxCandidates, commonKeyStories, centroidTerms,
                maxVocabulary, Duration.ZERO, 0, joinThreshold, crossRegionSignal, Duration.ZERO);
    }
}
