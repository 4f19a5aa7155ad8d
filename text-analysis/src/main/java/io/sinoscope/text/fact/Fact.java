package io.sinoscope.text.fact;

import java.util.Map;

/**
 * A number the text states, normalised.
 *
 * <p>From {@link FactExtractor} the span is {@code [start, end)} of the ORIGINAL text and
 * {@code text} its characters there. The single-kind extractors return the same record against
 * the text they were given (normalised), which the facade then maps back.
 *
 * @param value      normalised value in base units (5,500亿美元 → 5.5E11; 18% → 18.0; tariff
 *                   changes: the new rate), null for dates
 * @param unit       "%" or "percentage_point" for percents and tariffs, a unit code for quantities
 * @param currency   ISO 4217 code for money
 * @param date       ISO-8601, reduced precision allowed (2026, 2025-07, 2025-W43, 2025-10-28)
 * @param sentence   index of the sentence the fact is in
 * @param confidence 0..1, how sure the pattern is, not a calibrated probability
 * @param attributes kind-specific details: approximate/qualifier, upper (range end), conversion,
 *                   from/to/direction, goods, countries, entities in the sentence, ...
 */
public record Fact(FactKind kind, String text, Double value, String unit, String currency, String date,
                   int start, int end, int sentence, double confidence, Map<String, Object> attributes) {

    public Fact {
        attributes = Map.copyOf(attributes);
    }

    /** The same fact against another text's span, sentence and attributes. */
    Fact relocated(String newText, int newStart, int newEnd, int newSentence, Map<String, Object> newAttributes) {
        return new Fact(kind, newText, value, unit, currency, date, newStart, newEnd, newSentence, confidence,
                newAttributes);
    }

    boolean overlaps(Fact other) {
        return start < other.end && other.start < end;
    }
}
