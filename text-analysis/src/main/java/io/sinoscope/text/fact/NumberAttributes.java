package io.sinoscope.text.fact;

import io.sinoscope.text.number.ChineseNumberParser;
import io.sinoscope.text.number.ParsedNumber;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What every number-bearing fact records about its number: approximation and range end. */
final class NumberAttributes {

    private static final ChineseNumberParser PARSER = new ChineseNumberParser();

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
     * Whether the number at {@code numberStart} is not an amount at all: 第3 is an ordinal, and after
     * 数/几 (数十亿, 几百名) the digits are a vague magnitude — reading 数十亿 as 10亿 would state a
     * figure the text never gave.
     */
    static boolean isNotAnAmount(String text, int numberStart) {
        return numberStart > 0 && "第数几".indexOf(text.charAt(numberStart - 1)) >= 0;
    }
}
