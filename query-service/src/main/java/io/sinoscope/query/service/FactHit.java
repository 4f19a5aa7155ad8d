package io.sinoscope.query.service;

import java.util.Map;

/**
 * One fact, with the article it was found in.
 *
 * @param start offset of the fact in the article's original text, [start, end)
 * @param date  the date the fact states or refers to, if any (ISO-8601)
 * @param publishedLocal the article's publication instant at its local offset (+08:00 for CN, HK and TW)
 */
public record FactHit(long id, String articleId, String articleTitle, String publishedAt, String publishedLocal,
                      String region, String kind, String text, Double value, String unit, String currency, String date,
                      int start, int end, Map<String, Object> attributes) {
}
