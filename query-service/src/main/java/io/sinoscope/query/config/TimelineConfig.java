package io.sinoscope.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The trade-measure timeline ({@code sinoscope.timeline.*}, docs/stories.md#trade-measure-timeline). */
@ConfigMapping(prefix = "sinoscope.timeline")
public interface TimelineConfig {

    /** Reports of one measure whose effective dates (publication dates without one) are at most this many days apart. */
    @WithDefault("3")
    int sameMeasureDays();

    /** Most measure reports one timeline reads; narrower filters see the rest. */
    @WithDefault("5000")
    int maxReports();
}
