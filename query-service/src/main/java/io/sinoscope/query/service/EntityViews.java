package io.sinoscope.query.service;

import java.util.List;
import java.util.Map;

/** Bodies of the entity API. */
public final class EntityViews {

    private EntityViews() {
    }

    /**
     * One match of {@code GET /api/v1/entities?q=}.
     *
     * @param name         the canonical (English) name
     * @param mentionCount sure mentions in stored articles (0: known to the gazetteer, not seen yet); a possible link
     *                     (an unlisted spelling joined by phonetic key) is not counted, as in the search's facet
     * @param exactMatch   q is one of its names (in any script), not just part of one
     */
    public record EntitySummary(String id, String name, String type, long mentionCount, boolean exactMatch) {
    }

    public record EntitySearchResponse(String q, List<EntitySummary> entities) {
    }

    /**
     * Body of {@code GET /api/v1/entities/{id}}.
     *
     * Its counts (mentions, articles, timeline, co-occurring, recent articles) read sure links only, as the search's
     * entity facet does: an article whose only link to it is possible is not counted.
     *
     * @param aliases      every name the gazetteer knows, in every script
     * @param names        the names articles actually used, with mentions per article region; possible links'
     *                     spellings included (where an analyst sees them, and can split them off or reject them)
     * @param timeline     articles mentioning it per UTC day of publication
     * @param coOccurring  entities named in the same articles, by shared articles
     * @param curation     analysts' overrides about it
     */
    public record EntityProfile(String id, String name, String type, String wikidataId, List<String> aliases,
                                long mentionCount, long articleCount, List<NameVariant> names,
                                List<TimelineDay> timeline, List<CoEntity> coOccurring,
                                List<RecentArticle> recentArticles, Curation curation) {
    }

    /**
     * What analysts changed about the entity ({@code GET /api/v1/entities/{id}/overrides} has the audit trail).
     *
     * @param requestedId the id asked for, when it was merged into this one (the profile is the survivor's); else null
     * @param mergedIds   entities merged into this one
     * @param addedAliases names added or split off to it, in every script
     */
    public record Curation(String requestedId, List<String> mergedIds, List<String> addedAliases) {
    }

    public record NameVariant(String name, long mentions, Map<String, Long> regions) {
    }

    public record TimelineDay(String date, long articles) {
    }

    public record CoEntity(String id, String name, String type, long articles) {
    }

    /** {@code publishedLocal}: the publication instant at the article's local offset. */
    public record RecentArticle(String id, String title, String publishedAt, String publishedLocal, String region) {
    }
}
