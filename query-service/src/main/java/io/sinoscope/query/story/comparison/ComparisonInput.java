package io.sinoscope.query.story.comparison;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the comparison of one story reads, loaded by the caller. Regions are CN, TW, HK or OTHER (a report without a
 * region counts as OTHER).
 *
 * @param reports    the story's reports
 * @param mentions   every linked mention in them
 * @param measures   the trade measures they state
 * @param background how common each word of the reports is in the whole corpus
 */
public record ComparisonInput(List<Report> reports, List<Mention> mentions, List<Measure> measures,
                              Background background) {

    /**
     * One report.
     *
     * @param words the words of its normalised title and text in text order, repeats kept, folded as the search
     *              index folds them (so they meet the background's document frequencies)
     */
    public record Report(String articleId, String region, String source, Instant publishedAt, List<String> words) {
    }

    /** A linked mention: the entity and how this report wrote it ({@code surface}, as published). */
    public record Mention(String articleId, String entityId, String entityName, String entityType, String surface) {
    }

    /**
     * A trade measure as a report states it.
     *
     * @param imposer       canonical name of the imposing country, as stored
     * @param target        canonical name of the affected country, "all", or the listed names joined when only firms
     *                      or persons are named
     * @param product       the goods in the normalised script (晶片 and 芯片 alike), or null
     * @param from          the rate before a tariff change
     * @param to            the rate after it
     * @param value         the fact's normalised value (the rate for a tariff change)
     * @param effectiveDate yyyy-MM-dd or null
     */
    public record Measure(long factId, String articleId, String kind, String imposer, String target, String product,
                          Double from, Double to, Double value, String unit, String status, String effectiveDate,
                          String text) {
    }

    /**
     * The corpus the reports are compared against: how many articles hold each word (document frequency) out of how
     * many. Words it does not know count 0.
     */
    public record Background(long documents, Map<String, Long> frequencies) {

        public long frequency(String word) {
            Long n = frequencies.get(word);
            return n == null ? 0 : n;
        }
    }
}
