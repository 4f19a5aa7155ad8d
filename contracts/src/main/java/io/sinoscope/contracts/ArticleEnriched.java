package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * An article with everything nlp-service derived from it. Value of {@link Topics#ARTICLES_ENRICHED}, keyed by
 * {@link #id}. Offsets in entities and facts point into {@link #text} (the original), never into the normalised text.
 *
 * @param normalizedTitle title converted to mainland Simplified with regional vocabulary unified
 * @param normalizedText  text converted the same way; what search indexes
 * @param script          SIMPLIFIED, TRADITIONAL, MIXED or NONE
 * @param region          CN, HK, TW or OTHER, as detected from script and regional vocabulary
 * @param cleaning        ingest-service's {@link CleaningReport}, copied from the ingested event; null when that
 *                        event carried none
 * @param textOffsets     where each character of {@link #normalizedText} came from in {@link #text}: runs of three
 *                        numbers {@code count, start, end} (text-analysis' {@code OffsetMap.runs()}), so a consumer
 *                        can show search snippets in the original script without normalising the text again; null
 *                        when the normalised text is the text, or from a producer that does not send it
 * @param version         ingest-service's version of the article, copied from the ingested event: consumers keep
 *                        the highest and order by it rather than by {@link #enrichedAt}; null from producers that
 *                        predate it (then enrichedAt decides)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleEnriched(
        int schemaVersion,
        String id,
        String externalId,
        String source,
        String url,
        String title,
        String text,
        Instant publishedAt,
        String contentHash,
        String normalizedTitle,
        String normalizedText,
        String script,
        String region,
        double regionConfidence,
        List<EnrichedEntity> entities,
        List<ExtractedFact> facts,
        List<String> keywords,
        List<String> topics,
        String summary,
        String analyzerVersion,
        Instant enrichedAt,
        CleaningReport cleaning,
        List<Integer> textOffsets,
        Long version) {

    public static final int SCHEMA_VERSION = 1;

    /** The same event with other entities (an analyst's overrides applied to the linking). */
    public ArticleEnriched withEntities(List<EnrichedEntity> curated) {
        return new ArticleEnriched(schemaVersion, id, externalId, source, url, title, text, publishedAt, contentHash,
                normalizedTitle, normalizedText, script, region, regionConfidence, curated, facts, keywords, topics,
                summary, analyzerVersion, enrichedAt, cleaning, textOffsets, version);
    }

    /** Without a version, as producers that predate it wrote the event. */
    public ArticleEnriched(int schemaVersion, String id, String externalId, String source, String url, String title,
            String text, Instant publishedAt, String contentHash, String normalizedTitle, String normalizedText,
            String script, String region, double regionConfidence, List<EnrichedEntity> entities,
            List<ExtractedFact> facts, List<String> keywords, List<String> topics, String summary,
            String analyzerVersion, Instant enrichedAt, CleaningReport cleaning, List<Integer> textOffsets) {
        this(schemaVersion, id, externalId, source, url, title, text, publishedAt, contentHash, normalizedTitle,
                normalizedText, script, region, regionConfidence, entities, facts, keywords, topics, summary,
                analyzerVersion, enrichedAt, cleaning, textOffsets, null);
    }

    /** This event with ingest's version of the article. */
    public ArticleEnriched withVersion(Long articleVersion) {
        return new ArticleEnriched(schemaVersion, id, externalId, source, url, title, text, publishedAt, contentHash,
                normalizedTitle, normalizedText, script, region, regionConfidence, entities, facts, keywords, topics,
                summary, analyzerVersion, enrichedAt, cleaning, textOffsets, articleVersion);
    }
}
