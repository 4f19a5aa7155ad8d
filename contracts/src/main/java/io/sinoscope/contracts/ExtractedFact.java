package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * A number the article states, normalised.
 *
 * @param kind       money, percent, tariff_change, export_control, sanction, quantity or date (new kinds may be added:
 *                   clients should show an unknown kind rather than reject the event)
 * @param text       the original characters, {@code [start, end)} of the original text
 * @param value      the normalised value in base units (e.g. 5.5E11 for 5,500亿), null for dates
 * @param date       ISO-8601 date for date facts, or the date the fact refers to when stated
 * @param attributes kind-specific details (approximation, range end, from/to rates, ...)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtractedFact(
        String kind,
        String text,
        Double value,
        String unit,
        String currency,
        String date,
        int start,
        int end,
        Map<String, Object> attributes) {
}
