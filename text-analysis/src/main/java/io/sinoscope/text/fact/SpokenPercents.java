package io.sinoscope.text.fact;

import io.sinoscope.text.number.ParsedNumber;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Percentages written without a percent sign: tenths (两成 = 20%, 三成五 = 35%, 一至两成), Hong Kong's 厘 for interest
 * rates (减息半厘 = 0.5 percentage point, 年息5厘 = 5%), Taiwan's 码 for central-bank steps (1码 = 0.25 percentage
 * point) and basis points (25个基点 = 0.25 percentage point). Which neighbours make these characters another word
 * (成为, 厘米, 两码事) comes from resource {@value #RESOURCE}. Every check looks at a fixed number of characters
 * around the match, so the work per match is bounded.
 */
final class SpokenPercents {

    static final String RESOURCE = "percent-forms-v1.tsv";
    /**
     * What follows the number (or 半) in {@link PercentExtractor}'s one pattern for every percent form: a second
     * pattern per form cost a second reading of every number in the text, which showed in the pipeline's throughput.
     */
    static final String TAIL = "(?<tenths>成)(?<frac>[一二三四五六七八九半](?![\\p{IsHan}&&[^的以左多之上]]))?"
            + "|(?<li>厘)|(?<ma>码)|(?<bp>个?基点)|(?<bpc>个?点子)";
    /** How far before a 厘 or 码 its interest-rate word may stand. */
    private static final int CONTEXT = 12;
    private static final String HAN_DIGITS = "零〇一二两三四五六七八九十";
    private static final ParsedNumber HALF = new ParsedNumber("半", 0, 1, 0.5, null, null);
    /** Hong Kong's fractions of a 厘: 八分一厘 (an eighth, 0.125), 四分一厘, 四分三厘. */
    static final String PART = "[二三四五六八十][分][一二三四五六七]";

    private final Map<String, List<String>> words;

    private SpokenPercents(Map<String, List<String>> words) {
        this.words = Map.copyOf(words);
    }

    static SpokenPercents fromResources() {
        Map<String, List<String>> words = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 3)) {
            words.put(row[0] + "." + row[1], List.of(row[2].split(",")));
        }
        return new SpokenPercents(words);
    }

    /** Whether {@code m} matched one of the {@link #TAIL} forms. */
    static boolean matched(Matcher m) {
        return m.group("tenths") != null || m.group("li") != null || m.group("ma") != null || m.group("bp") != null
                || m.group("bpc") != null;
    }

    /**
     * The fact {@code m} states, without qualifier terms ({@link PercentExtractor} adds them), or null when the
     * characters are another word. {@code m} matched {@link #TAIL} after a group {@code num} or {@code half}.
     */
    Fact read(String text, Matcher m) {
        if (NumberAttributes.isNotAnAmount(text, m.start())) {
            return null;
        }
        if (m.group("part") != null) {
            return m.group("li") != null ? fraction(text, m) : null;
        }
        if (m.group("half") != null) {
            return m.group("li") != null ? rateStep("li", text, m, HALF)
                    : m.group("ma") != null ? rateStep("ma", text, m, HALF) : null;
        }
        ParsedNumber number = NumberAttributes.parse(m.group("num")).orElse(null);
        if (number == null) {
            return null;
        }
        if (m.group("tenths") != null) {
            return tenths(text, m, number);
        }
        if (m.group("bpc") != null && !inContext("bp_spoken", text, m)) {
            return null;
        }
        if (m.group("bp") != null || m.group("bpc") != null) {
            Map<String, Object> attributes = NumberAttributes.of(number, 0.01);
            attributes.put("form", "basis_points");
            attributes.put("stated", number.value());
            return new Fact(FactKind.PERCENT, m.group(), number.value() / 100, "percentage_point", null, null,
                    m.start(), m.end(), 0, 0.9, attributes);
        }
        return rateStep(m.group("li") != null ? "li" : "ma", text, m, number);
    }

    private Fact tenths(String text, Matcher m, ParsedNumber number) {
        String num = m.group("num");
        String next = m.end() < text.length() ? String.valueOf(text.charAt(m.end())) : "";
        if ((m.start() > 0 && HAN_DIGITS.indexOf(text.charAt(m.start() - 1)) >= 0)
                || number.value() <= 0 || number.value() > 10 || (number.upper() != null && number.upper() > 10)
                || m.group("frac") == null && has("tenths.not_after", next)) {
            return null;
        }
        String bare = number.approximate() ? num.substring(number.qualifier().length()) : num;
        boolean cued = number.approximate() && !bare.equals(num);
        if (!cued && !number.isRange() && m.group("frac") == null && has("tenths.adverb_numbers", bare)
                && has("tenths.adverb_after", next)) {
            return null;
        }
        if (bare.equals("一") && m.group("frac") == null && !cued && (has("tenths.one_not_before", next)
                || m.start() > 0 && has("tenths.one_not_after", String.valueOf(text.charAt(m.start() - 1))))) {
            return null;
        }
        // 三成五 = 35%, 两成半 = 25%: the digit after 成 is the next decimal place.
        double fraction = m.group("frac") == null ? 0 : m.group("frac").equals("半") ? 5
                : NumberAttributes.parse(m.group("frac")).map(ParsedNumber::value).orElse(0.0);
        Map<String, Object> attributes = NumberAttributes.of(number, 10);
        attributes.put("form", "tenths");
        return new Fact(FactKind.PERCENT, m.group(), number.value() * 10 + fraction, "%", null, null,
                m.start(), m.end(), 0, 0.9, attributes);
    }

    /** 八分一厘: 1/8 of a percentage point, always a step (no rate stands at an eighth of a percent). */
    private Fact fraction(String text, Matcher m) {
        String part = m.group("part");
        double denominator = NumberAttributes.parse(part.substring(0, 1)).map(ParsedNumber::value).orElse(0.0);
        double numerator = NumberAttributes.parse(part.substring(2, 3)).map(ParsedNumber::value).orElse(0.0);
        if (denominator == 0 || numerator >= denominator) {
            return null;
        }
        Fact fact = rateStep("li", text, m, new ParsedNumber(part, 0, part.length(), numerator / denominator, null, null));
        return fact == null ? null : new Fact(fact.kind(), fact.text(), fact.value(), "percentage_point", null, null,
                fact.start(), fact.end(), 0, fact.confidence(), fact.attributes());
    }

    /** 厘 and 码: percentage-point steps of an interest rate, or (厘 only) a rate's level. */
    private Fact rateStep(String form, String text, Matcher m, ParsedNumber number) {
        String next = m.end() < text.length() ? String.valueOf(text.charAt(m.end())) : "";
        String before = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
        if (has(form + ".not_after", next) || !inContext(form, text, m)) {
            return null;
        }
        boolean step = form.equals("ma") || words.get("li.change_before").stream().anyMatch(before::endsWith);
        double scale = form.equals("ma") ? 0.25 : 1;
        Map<String, Object> attributes = NumberAttributes.of(number, scale);
        attributes.put("form", form);
        attributes.put("stated", number.value());
        // 厘 and 码 are only ever said of interest rates (the context check above insists on it).
        attributes.put("qualifies", "interest_rate");
        return new Fact(FactKind.PERCENT, m.group(), number.value() * scale, step ? "percentage_point" : "%",
                null, null, m.start(), m.end(), 0, 0.85, attributes);
    }

    /**
     * A rate word of the form's {@code context} in the {@value #CONTEXT} characters before the match, or one of its
     * {@code context_after} right after it (4厘息).
     */
    private boolean inContext(String form, String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
        return words.get(form + ".context").stream().anyMatch(before::contains)
                || words.getOrDefault(form + ".context_after", List.of()).stream().anyMatch(w -> text.startsWith(w, m.end()));
    }

    private boolean has(String field, String value) {
        return !value.isEmpty() && words.getOrDefault(field, List.of()).contains(value);
    }
}
