package io.sinoscope.query.service;

import io.sinoscope.query.story.comparison.StoryComparison;
import java.util.List;
import java.util.Map;

/** Bodies of the story API ({@code /api/v1/stories}): one event's reports across outlets and regions. */
public final class StoryViews {

    private StoryViews() {
    }

    /**
     * A story in a listing.
     *
     * @param title          the title of its earliest report
     * @param regions        member articles per region (CN, TW, HK, OTHER)
     * @param firstPublished its earliest report's publication time
     * @param lastPublished  its latest report's
     */
    public record StorySummary(String id, String title, int articles, Map<String, Integer> regions,
                               String firstPublished, String lastPublished, String created) {
    }

    /** {@code entityIds}: the canonical ids the entity parameter resolved to (null without one). */
    public record StoryList(long total, int page, int size, List<String> entityIds, List<StorySummary> stories) {
    }

    /**
     * One report of the story.
     *
     * @param source the outlet
     * @param script SIMPLIFIED, TRADITIONAL, MIXED or UNKNOWN
     * @param publishedLocal the publication instant at the report's local offset (+08:00 for CN, HK and TW)
     * @param score  the clusterer's score when it joined (0 for the report that started the story, or one an analyst
     *               moved)
     */
    public record Member(String articleId, String source, String region, String script, String publishedAt,
                         String publishedLocal, String title, double score) {
    }

    /** An entity named by the reports of at least two regions. */
    public record SharedEntity(String id, String name, String type, List<String> regions, long articles) {
    }

    /**
     * A recorded change: MERGED_INTO, MERGED_FROM, SPLIT_OFF, SPLIT_FROM (an analyst's, with the other story and the
     * articles moved) or RETRACTED (the article left with its retraction).
     */
    public record StoryEvent(String kind, String otherStoryId, List<String> articleIds, String actor, String reason,
                             String at) {
    }

    /**
     * A story with its reports.
     *
     * @param members             in publication order
     * @param firstReportByRegion each region's earliest report
     * @param sharedEntities      named by reports of at least two regions, the most reported first (sure links only:
     *                            a possible link counts neither the report nor its region)
     * @param facts               the trade measures (tariff changes, export controls, sanctions) its reports state
     * @param comparison          how the regions' reports compare (docs/stories.md#cross-strait-comparison)
     */
    public record StoryDetail(String id, String title, int articles, Map<String, Integer> regions,
                              String firstPublished, String lastPublished, String created, List<Member> members,
                              Map<String, Member> firstReportByRegion, List<SharedEntity> sharedEntities,
                              List<FactHit> facts, List<StoryEvent> events, StoryComparison comparison) {
    }
}
