package io.sinoscope.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The language gate: submissions that are not Chinese-language text get a 422 instead of being stored. */
@ConfigMapping(prefix = "sinoscope.cleaning.language-gate")
public interface CleaningConfig {

    @WithDefault("true")
    boolean enabled();

    /** Least share of Han characters among all letters (English names and acronyms are common in Chinese news). */
    @WithName("min-chinese-share")
    @WithDefault("0.3")
    double minChineseShare();

    /** Least number of Han characters for a text to be an article at all. */
    @WithName("min-han-characters")
    @WithDefault("10")
    int minHanCharacters();
}
