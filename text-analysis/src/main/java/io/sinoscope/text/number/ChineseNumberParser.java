package io.sinoscope.text.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers Chinese news writes: 5,500 / 1.3万 / 4.28万亿 / 一千二百 / 两 / 廿 / 三十五,
 * with approximation cues (约, 约合, 逾, 超过, 近, 将近, …多/余) and ranges (3至5, 3-5, 三到五).
 *
 * <p>Works on normalised text (mainland Simplified, full-width digits already folded by the
 * cleaner), but also folds full-width digits itself so it can be used on raw strings. 兆 is read as
 * 10^12 (Taiwan usage) except before 瓦/赫/字节/帕, where it is the SI prefix and the number is not ours
 * to scale. {@link #EXPRESSION} is exposed so fact extractors can embed the same grammar in their
 * own patterns and hand the matched text back to {@link #parse(String)}.
 */
public final class ChineseNumberParser {

    /** Thousands separators are ASCII commas only: a Chinese ， after digits ends a clause (增长3，300亿…). */
    private static final String ARABIC = "[0-9０-９]+(?:,[ ]?[0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?";
    private static final String HAN = "[零〇一二两三四五六七八九十廿卅][零〇一二两三四五六七八九十廿卅百千万亿兆]*";
    private static final String MULTIPLIER = "(?:[ ]?[十百千万亿兆]+)";
    /**
     * 3兆1325亿, 1万2000亿, 1亿2,000万: further digit groups each with their unit, one amount read as a Han numeral
     * would be; then maybe one group with no unit right after 万/亿/兆 (9万9,800 = 99,800; 3万2 = 32,000, as 一万二).
     */
    private static final String GROUP_DIGITS = "[0-9０-９]+(?:,[0-9０-９]{3}(?![0-9０-９]))*";
    private static final String GROUPS = "(?:" + GROUP_DIGITS + "(?:[.．][0-9０-９]+)?[十百千万亿兆]+)*"
            + "(?:(?<=[万亿兆])" + GROUP_DIGITS + "(?![0-9０-９.．,]))?";
    /** 多/余 (10多万, 四千多) and 几 (三千几, 十几) after a number: more than it; never 几乎 or 几何. */
    private static final String MORE = "(?:[多余]|几(?![乎何]))";
    private static final String NOT_SI = "(?![瓦赫帕]|字节)";
    /** One number: digits with an optional multiplier tail, or a Han numeral; 多/余 may sit before the tail. */
    private static final String SINGLE = "(?:" + ARABIC + MORE + "?(?:" + MULTIPLIER + GROUPS + MORE + "?)?|" + HAN + MORE
            + "?(?:" + MULTIPLIER + MORE + "?)?)" + NOT_SI;
    private static final String PREFIX = "(?:约合|约为|约占|大约|约|逾|超过|超|将近|接近|近)";
    private static final String RANGE = "(?:至|到|~|～|-|—|－)";

    /**
     * 逾百, 近千, 近万, 逾万亿: a bare 百/千/万 is a number only right after a cue; alone it is too often a word (百姓,
     * 千万, 万一).
     */
    private static final String CUED_HAN = "[百千万][零〇一二两三四五六七八九十百千万亿]*" + NOT_SI;

    /** Regex for one number expression: optional cue, a number, optionally a range end. No groups. */
    public static final String EXPRESSION = "(?:(?:" + PREFIX + ")?" + SINGLE + "(?:" + RANGE + SINGLE + ")?|"
            + PREFIX + CUED_HAN + ")";

    /**
     * 七八百, 二三十, 十七八, 三四万, 五六: two neighbouring digits before the same unit are a range (700 to 800), not
     * a number read digit by digit. Groups: the tens before them (十, 二十), the two digits, the units, a 多/余/几.
     */
    private static final Pattern ADJACENT_PATTERN = Pattern.compile(
            "^((?:[一二两三四五六七八九])?十)?([一二两三四五六七八])([二两三四五六七八九])([十百千万亿兆]*)([多余几]?)$");
    private static final Pattern PREFIX_PATTERN = Pattern.compile("^" + PREFIX);
    private static final Pattern RANGE_PATTERN = Pattern.compile("^(" + SINGLE + ")" + RANGE + "(" + SINGLE + ")$");
    private static final Pattern SINGLE_PATTERN = Pattern.compile("^" + SINGLE + "$");
    private static final Pattern CUED_HAN_PATTERN = Pattern.compile("^" + CUED_HAN + "$");
    private static final Pattern FIND = Pattern.compile(EXPRESSION);

    /** Parses a whole expression such as {@code 约4.28万亿} or {@code 3至5万}; empty if it is not one. */
    public Optional<ParsedNumber> parse(String expression) {
        if (isPlainDecimal(expression)) {
            // Most numbers the fact patterns hand over (a date's 2025, 10 and 27; the 12 of 12%) need none of the
            // grammar below, which reads them exactly so, and its half-dozen matchers were a sixth of fact extraction.
            return Optional.of(new ParsedNumber(expression, 0, expression.length(), Double.parseDouble(expression),
                    null, null));
        }
        String text = foldDigits(expression.strip());
        String qualifier = null;
        Matcher prefix = PREFIX_PATTERN.matcher(text);
        String body = text;
        if (prefix.find() && prefix.end() < text.length()) {
            qualifier = prefix.group();
            body = text.substring(prefix.end());
        }
        Matcher adjacent = ADJACENT_PATTERN.matcher(body);
        if (adjacent.matches() && isAdjacentRange(adjacent)) {
            String head = adjacent.group(1) == null ? "" : adjacent.group(1);
            String tail = adjacent.group(4) + adjacent.group(5);
            Double low = hanValue(head + adjacent.group(2) + tail);
            Double high = hanValue(head + adjacent.group(3) + tail);
            if (low != null && high != null) {
                return Optional.of(new ParsedNumber(expression, 0, expression.length(), low, high,
                        qualifier != null ? qualifier : suffixCue(body)));
            }
        }
        Matcher range = RANGE_PATTERN.matcher(body);
        if (range.matches() && !isDigitsDash(range.group(1), body)) {
            Double low = value(range.group(1));
            Double high = value(range.group(2));
            if (low == null || high == null) {
                return Optional.empty();
            }
            // 3至5万: the multiplier written once applies to both ends.
            if (!hasMultiplier(range.group(1)) && hasMultiplier(range.group(2))) {
                low = low * multiplierOf(range.group(2));
            }
            return Optional.of(new ParsedNumber(expression, 0, expression.length(), low, high,
                    qualifier != null ? qualifier : suffixCue(body)));
        }
        boolean cuedHan = qualifier != null && CUED_HAN_PATTERN.matcher(body).matches();
        if (!cuedHan && !SINGLE_PATTERN.matcher(body).matches()) {
            return Optional.empty();
        }
        // 万 alone is one of it (近万 = 10,000), as 百 and 千 are in the Han reading.
        Double value = cuedHan && body.charAt(0) == '万' ? hanValue("一" + body) : value(body);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(new ParsedNumber(expression, 0, expression.length(), value, null,
                qualifier != null ? qualifier : suffixCue(body)));
    }

    /** Every number expression in {@code text}, left to right, with offsets into it. */
    public List<ParsedNumber> findAll(String text) {
        List<ParsedNumber> found = new ArrayList<>();
        Matcher matcher = FIND.matcher(text);
        while (matcher.find()) {
            parse(matcher.group()).ifPresent(n -> found.add(new ParsedNumber(n.text(), matcher.start(), matcher.end(),
                    n.value(), n.upper(), n.qualifier())));
        }
        return found;
    }

    /** ASCII digits with at most one point, between digits: 2025, 3.5. */
    private static boolean isPlainDecimal(String expression) {
        boolean point = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '.' && !point && i > 0 && i < expression.length() - 1) {
                point = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return !expression.isEmpty();
    }

    /**
     * The second digit is the first plus one (七八, 两三); 一两 and 一二 only before a unit (一两百), since alone 一两 is
     * also a weight (one tael).
     */
    private static boolean isAdjacentRange(Matcher adjacent) {
        int low = digit(adjacent.group(2).charAt(0));
        int high = digit(adjacent.group(3).charAt(0));
        return high == low + 1 && (low != 1 || !adjacent.group(4).isEmpty());
    }

    /** A dash between two plain digit runs that look like a date (2025-10) is not a range. */
    private static boolean isDigitsDash(String first, String body) {
        return first.length() == 4 && first.chars().allMatch(Character::isDigit) && body.contains("-");
    }

    private static String suffixCue(String body) {
        return body.contains("多") ? "多" : body.contains("余") ? "余" : body.contains("几") ? "几" : null;
    }

    private static boolean hasMultiplier(String single) {
        return !single.isEmpty() && "十百千万亿兆".indexOf(single.charAt(single.length() - 1)) >= 0
                && Character.isDigit(single.charAt(0));
    }

    /** The product of the trailing multiplier characters of a digits-plus-tail number (3百万 → 10^6). */
    private static double multiplierOf(String single) {
        double product = 1;
        for (int i = single.length() - 1; i >= 0 && "十百千万亿兆".indexOf(single.charAt(i)) >= 0; i--) {
            product *= unit(single.charAt(i));
        }
        return product;
    }

    private static Double value(String single) {
        String s = single.replace("多", "").replace("余", "").replace("几", "").replace(" ", "");
        if (s.isEmpty()) {
            return null;
        }
        if (Character.isDigit(s.charAt(0))) {
            return groupsValue(s.replace(",", ""));
        }
        return hanValue(s);
    }

    /**
     * Digit groups with their units, 4.28万亿, 3百万, 3兆1325亿, 1万2000亿, read by the rules of {@link #hanValue}
     * with each digit group standing for one Han digit.
     */
    private static Double groupsValue(String s) {
        double total = 0;
        double section = 0;
        double number = 0;
        int i = 0;
        while (i < s.length()) {
            int digitsEnd = i;
            while (digitsEnd < s.length() && (Character.isDigit(s.charAt(digitsEnd)) || s.charAt(digitsEnd) == '.')) {
                digitsEnd++;
            }
            if (digitsEnd == i) {
                return null;
            }
            try {
                number = Double.parseDouble(s.substring(i, digitsEnd));
            } catch (NumberFormatException e) {
                return null;
            }
            if (digitsEnd == s.length() && i > 0 && digitsEnd - i == 1 && "百千万亿兆".indexOf(s.charAt(i - 1)) >= 0) {
                // 3万2: one digit after a unit is the next place down (32,000), as in 一万二.
                number *= unit(s.charAt(i - 1)) / 10;
            }
            i = digitsEnd;
            while (i < s.length() && "十百千万亿兆".indexOf(s.charAt(i)) >= 0) {
                double[] scaled = scale(s.charAt(i), total, section, number);
                total = scaled[0];
                section = scaled[1];
                number = 0;
                i++;
            }
        }
        return total + section + number;
    }

    /**
     * One unit character applied to what is read so far: 十/百/千 multiply the number into the section; 万, 亿 and 兆
     * scale everything so far when it is smaller than them (一万二千亿 = 1.2×10^12, 三百万) and add the section times
     * them when it is not (三兆一千亿 = 3.1×10^12, 三亿五千万). Returns {total, section}.
     */
    private static double[] scale(char c, double total, double section, double number) {
        if (c == '十' || c == '百' || c == '千') {
            return new double[] {total, section + number * unit(c)};
        }
        return total < unit(c) ? new double[] {(total + section + number) * unit(c), 0}
                : new double[] {total + (section + number) * unit(c), 0};
    }

    /**
     * Positional Han numeral: digits multiply the next 十/百/千 into a section, 万, 亿 and 兆 scale as
     * {@link #scale} says (一万二千亿 = 1.2×10^12, 三兆一千亿 = 3.1×10^12). A string of bare digits
     * (二〇二五) is read digit by digit.
     */
    private static Double hanValue(String s) {
        if (s.chars().allMatch(c -> digit((char) c) >= 0) && s.length() > 1) {
            double v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        double total = 0;
        double section = 0;
        double number = 0;
        boolean any = false;
        int last = s.length() - 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                // 一万二 = 12,000, 三百五 = 350: a last digit right after 百/千/万/亿/兆 is the next place down.
                number = i == last && i > 0 && "百千万亿兆".indexOf(s.charAt(i - 1)) >= 0 ? d * unit(s.charAt(i - 1)) / 10 : d;
                any = true;
            } else if (c == '廿' || c == '卅') {
                section += c == '廿' ? 20 : 30;
                any = true;
            } else if (c == '十' || c == '百' || c == '千') {
                // 十五, 百, 千: a unit with no digit before it (leading, or 一千零十) means one of it.
                section += (number == 0 && (c == '十' || !any) ? 1 : number) * unit(c);
                number = 0;
                any = true;
            } else if (c == '万' || c == '亿' || c == '兆') {
                double[] scaled = scale(c, total, section, number);
                total = scaled[0];
                section = scaled[1];
                number = 0;
            } else {
                return null;
            }
        }
        return any ? total + section + number : null;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static double unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1e3;
            case '万' -> 1e4;
            case '亿' -> 1e8;
            case '兆' -> 1e12;
            default -> 1;
        };
    }

    /** Full-width digits and decimal point to ASCII; one char for one char, so offsets do not move. */
    static String foldDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
