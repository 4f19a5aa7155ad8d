package io.sinoscope.query.config;

import io.sinoscope.query.story.comparison.ComparisonSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cross-strait comparison on a story ({@code sinoscope.story-comparison.*}, docs/stories.md). */
@ConfigMapping(prefix = "sinoscope.story-comparison")
public interface StoryComparisonConfig {

    /** Distinctive terms listed per region. */
    @WithDefault("10")
    int topTerms();

    /** α0: total pseudo-count of the informative Dirichlet prior drawn from the corpus's document frequencies. */
    @WithDefault("100")
    double priorStrength();

    /** Least z-score of a listed distinctive term. */
    @WithDefault("1.0")
    double minZ();

    default ComparisonSettings settings() {
        return new ComparisonSettings(topTerms(), priorStrength(), minZ());
    }
}
