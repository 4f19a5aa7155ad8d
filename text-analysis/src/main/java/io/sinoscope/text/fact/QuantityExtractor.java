package io.sinoscope.text.fact;

import io.sinoscope.text.number.ChineseNumberParser;
import io.sinoscope.text.number.ParsedNumber;
import io.sinoscope.text.resource.Alternation;
import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.resource.StartScan;
import io.sinoscope.text.resource.StartScans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities: a number with a unit of resource {@value #RESOURCE} (1200万吨, 300名, 两艘, 3000万人次, 2000万标准箱), value in
 * the unit code's base (万吨 → tonnes). For commodity units the noun right after the unit is kept
 * as the goods (1200万吨美国大豆 → 美国大豆), up to the first function word or punctuation.
 */
public final class QuantityExtractor {

    static final String RESOURCE = "units-v1.tsv";
    /** CC-CEDICT's measure words: a number before one is a count in it (1.8万班, 3,000张, 12伙). */
    static final String MEASURE_WORDS = "measure-words-cedict-v1.tsv";
    static final String COUNT = "count";
    private static final Pattern GOODS = Pattern.compile("^的?([\\p{IsHan}]{1,8}?)(?=[的，,。；;、：:和与及将已在是了并从对向达为（(\\s]|$)");

    /** {@code general}: a measure word of {@value #MEASURE_WORDS}, not a unit of {@value #RESOURCE}. */
    private record Unit(String code, double factor, boolean commodity, String notBefore, boolean general) {
    }

    private final Map<String, Unit> units;
    private final StartScan pattern;

    private QuantityExtractor(Map<String, Unit> units) {
        this.units = Map.copyOf(units);
        this.pattern = new StartScan(Pattern.compile("(?<num>" + ChineseNumberParser.EXPRESSION + ")\\s?(?<unit>"
                + Alternation.of(units.keySet()) + ")"));
    }

    public static QuantityExtractor fromResources() {
        Map<String, Unit> units = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 4)) {
            units.put(row[0], new Unit(row[1], Double.parseDouble(row[2]), row[3].equals("yes"),
                    row.length > 4 ? row[4] : "", false));
        }
        for (String[] row : AnalyzerData.readTsv(MEASURE_WORDS, 3)) {
            // row[1]: what makes the measure word another word (条款, 服务), from the same dictionary.
            units.putIfAbsent(row[0], new Unit(COUNT, 1, false, row[1], true));
        }
        return new QuantityExtractor(units);
    }

    public List<Fact> extract(String text) {
        return extract(StartScans.everywhere(text));
    }

    /** Quantities in {@code starts.text()}, visiting only {@code starts}, found for this pattern and maybe others. */
    List<Fact> extract(StartScans.Starts starts) {
        String text = starts.text();
        List<Fact> facts = new ArrayList<>();
        StartScan.Scan scan = pattern.scan(starts);
        Matcher m = scan.matcher();
        while (scan.find()) {
            Unit unit = units.get(m.group("unit"));
            boolean blocked = m.end() < text.length() && !unit.notBefore().isEmpty()
                    && unit.notBefore().indexOf(text.charAt(m.end())) >= 0;
            // 一名官员, 另一名示威者: a lone 一 before a counter is an article ("an official"), not a count.
            boolean article = !unit.commodity() && m.group("num").equals("一");
            if (blocked || article || NumberAttributes.isNotAnAmount(text, m.start())) {
                continue;
            }
            ParsedNumber number = NumberAttributes.parse(m.group("num")).orElse(null);
            if (number == null || unit.general() && isLoneHanDigit(m.group("num"), number)) {
                continue;
            }
            Map<String, Object> attributes = NumberAttributes.of(number, unit.factor());
            // The counter as written (标准箱, 人次, 架): the code says what is counted, this what the text counted in.
            attributes.put("unit_text", m.group("unit"));
            NumberAttributes.addTrailingCue(attributes, text, m.end());
            if (unit.commodity()) {
                // 2500万吨以上大豆: the goods come after the cue, which is not goods itself.
                Object cue = attributes.get("qualifier_after");
                int goodsStart = m.end() + (cue != null ? cue.toString().length() : 0);
                // A region, not text.substring(m.end()): ^ and $ anchor the same, the rest of the text is not copied.
                // lookingAt, not find: the pattern is ^-anchored, and find() would try every later position.
                Matcher goods = GOODS.matcher(text).region(goodsStart, text.length());
                if (goods.lookingAt()) {
                    attributes.put("goods", goods.group(1));
                }
            }
            facts.add(new Fact(FactKind.QUANTITY, m.group(), number.value() * unit.factor(), unit.code(), null, null,
                    m.start(), m.end(), 0, 0.85, attributes));
        }
        return facts;
    }

    /**
     * 四处, 两头, 三通, 五味: a single Han digit before a general measure word is far more often a word than a count; a
     * count in one is written in digits or a longer numeral (300间, 二十三所).
     */
    private static boolean isLoneHanDigit(String expression, ParsedNumber number) {
        String bare = number.qualifier() != null && expression.startsWith(number.qualifier())
                ? expression.substring(number.qualifier().length()) : expression;
        return bare.length() == 1 && !Character.isDigit(bare.charAt(0));
    }

    /** The pattern {@link #extract(StartScans.Starts)} needs positions for. */
    List<StartScan> patterns() {
        return List.of(pattern);
    }
}
