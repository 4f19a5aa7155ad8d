/**
 * The cross-strait comparison of one story (docs/stories.md#cross-strait-comparison): what each region's reports say,
 * name, stress and count, computed from already-loaded reports, mentions and measures. Pure: no storage, no search,
 * no Quarkus; the service loads the material and the corpus's word statistics and hands them in.
 */
package io.sinoscope.query.story.comparison;
