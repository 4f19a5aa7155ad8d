package io.sinoscope.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Search behaviour ({@code sinoscope.search.*}). */
@ConfigMapping(prefix = "sinoscope.search")
public interface SearchConfig {

    /** Values returned per facet (entities, sources, regions), most frequent first. */
    @WithDefault("10")
    int facetLimit();
}
