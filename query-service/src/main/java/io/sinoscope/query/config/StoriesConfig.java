package io.sinoscope.query.config;

import io.sinoscope.query.story.StoryClusteringConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Story clustering in the ingestion path ({@code sinoscope.stories.*}): the clusterer's parameters
 * ({@link StoryClusteringConfig}, docs/stories.md) and whether it runs. Defaults are the clusterer's own.
 */
@ConfigMapping(prefix = "sinoscope.stories")
public interface StoriesConfig {

    /** Assign stored articles to stories; false leaves stories as they are (nothing assigned, nothing warmed). */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("4d")
    Duration window();

    @WithDefault("2d")
    Duration halfLife();

    @WithDefault("0.3")
    double timeWeight();

    @WithDefault("0.35")
    double joinThreshold();

    @WithDefault("0.35")
    double entityWeight();

    @WithDefault("0.65")
    double textWeight();

    @WithDefault("0.3")
    double factWeight();

    @WithDefault("0.6")
    double productOverlap();

    @WithDefault("24")
    int indexedBigrams();

    @WithDefault("32")
    int maxCandidates();

    @WithDefault("500")
    int commonKeyStories();

    @WithDefault("400")
    int centroidTerms();

    @WithDefault("300000")
    int maxVocabulary();

    @WithDefault("36h")
    Duration reactionGrace();

    @WithDefault("0.2")
    double figureWeight();

    @WithDefault("0.25")
    double crossRegionThreshold();

    @WithDefault("0.25")
    double crossRegionSignal();

    @WithDefault("36h")
    Duration eventWindow();

    /** Stored members read per batch when the clusterer is warmed at start. */
    @WithDefault("500")
    int warmBatchSize();

    default StoryClusteringConfig clustering() {
        return new StoryClusteringConfig(window(), halfLife(), timeWeight(), joinThreshold(), entityWeight(),
                textWeight(), factWeight(), productOverlap(), indexedBigrams(), maxCandidates(), commonKeyStories(),
                centroidTerms(), maxVocabulary(), reactionGrace(), figureWeight(), crossRegionThreshold(),
                crossRegionSignal(), eventWindow());
    }
}
