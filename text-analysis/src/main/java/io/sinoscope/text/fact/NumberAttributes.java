package io.sinoscope.text.fact;

import io.sinoscope.text.number.ChineseNumberParser;
import io.sinoscope.text.number.ParsedNumber;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every number-bearing fact records about its number: approximation and range end. */
final class NumberAttributes {

    private static final ChineseNumberParser PARSER = new ChineseNumberParser();
    /** Cues after a number: about (左右, 上下) or a bound (以上 at least, 以下 at most). */
    private static final List<String> TRAILING_CUES = List.of("左右", "上下", "以上", "以下");

    private NumberAttributes() {
    }

    static Optional<ParsedNumber> parse(String expression) {
        return PARSER.parse(expression);
    }

    /** approximate/qualifier and upper (times {@code scale}, the unit factor) when the number has them. */
    static Map<String, Object> of(ParsedNumber number, double scale) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("approximate", number.approximate());
        if (number.qualifier() != null) {
            attributes.put("qualifier", number.qualifier());
        }
        if (number.upper() != null) {
            attributes.put("upper", number.upper() * scale);
        }
        return attributes;
    }

    /**
     * Records a cue written after the whole expression — 10%左右, 九成以上, 3000人上下 — as the qualifier when no cue
     * stood before the number (约10%左右 keeps 约), and marks the number approximate. The fact's span stays the
     * number's: the cue qualifies it, it is not part of it.
     */
    static void addTrailingCue(Map<String, Object> attributes, String text, int end) {
        for (String cue : TRAILING_CUES) {
            if (text.startsWith(cue, end)) {
                attributes.put("approximate", true);
                attributes.putIfAbsent("qualifier", cue);
                attributes.put("qualifier_after", cue);
                return;
            }
        }
    }

    /**
     * Whether the number at {@code numberStart} is not an amount at all: 第3 is an ordinal, and after
     * 数/几 (数十亿, 几百名) the digits are a vague magnitude — reading 数十亿 as 10亿 would state a
     * figure the text never gave.
     */
    static boolean isNotAnAmount(String text, int numberStart) {
        return numberStart > 0 && "第数几".indexOf(text.charAt(numberStart - 1)) >= 0;
    }
}
