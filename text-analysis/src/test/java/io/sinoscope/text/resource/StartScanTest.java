package io.sinoscope.text.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sinoscope.text.number.ChineseNumberParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartScanTest {

    private static final List<String> TEXTS = List.of(
            "美国对中国商品加征10%关税，关税从50%下调至25%，约合5,500亿美元（约4.28万亿港元）。",
            "2025年10月27日周一（10月27日），当地时间上周三，每周一，3日内，7日均线，30日元首会晤。",
            "逾百人、近千吨大豆、百姓、千万、第三季度、两艘军舰、一名官员、百分之五十、0.5个百分点。",
            "", "a", "五元讲堂 US$5亿 人民币5000亿元 HK$ 12 ３０％ 10%至15%");

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<num>" + ChineseNumberParser.EXPRESSION + ")\\s?(?<unit>万吨|吨|名|艘|人)"),
            Pattern.compile("(?<pre>US\\$|人民币|HK\\$)?\\s?(?<num>" + ChineseNumberParser.EXPRESSION
                    + ")\\s?(?<suf>亿美元|美元|元|港元)?(?![%％]|(?<=元)[首旦帅老])"),
            Pattern.compile("(?<![0-9月])(?<d>\\d{1,2})日(?![内间均])"),
            Pattern.compile("(?<!每)(?<rel>上个?|下个?|本|这)?(?:周|星期|礼拜)(?<wd>[一二三四五六日天])(?!次)"),
            Pattern.compile("百分之(?<han>" + ChineseNumberParser.EXPRESSION + ")|(?<num>" + ChineseNumberParser.EXPRESSION
                    + ")\\s?(?:(?<pct>[%％])|(?<pp>个百分点))"),
            Pattern.compile("(?:关税|税率)[^，,。；;！？!?]{0,8}?(?<verb>下调|上调)(?:至|到)"));

    @Test
    void findsWhatFindFinds() {
        for (Pattern pattern : PATTERNS) {
            StartScan scan = new StartScan(pattern);
            for (String text : TEXTS) {
                assertEquals(plain(pattern, text), scanned(scan, text), pattern + " on " + text);
                // The learnt table must not depend on which text taught it.
                assertEquals(plain(pattern, text), scanned(scan, text), pattern + " again on " + text);
            }
        }
    }

    @Test
    void findsWhatFindFindsFromPositionsSharedByAllPatterns() {
        List<StartScan> scans = PATTERNS.stream().map(StartScan::new).toList();
        StartScans shared = new StartScans(scans);
        for (String text : TEXTS) {
            StartScans.Starts starts = shared.starts(text);
            for (StartScan scan : scans) {
                assertEquals(plain(scan.pattern(), text), scanned(scan.scan(starts)), scan.pattern() + " on " + text);
            }
        }
    }

    @Test
    void refusesPositionsFoundForOtherPatterns() {
        StartScans.Starts starts = new StartScans(List.of(new StartScan(PATTERNS.get(0)))).starts(TEXTS.get(0));
        assertThrows(IllegalArgumentException.class, () -> new StartScan(PATTERNS.get(1)).scan(starts));
    }

    @Test
    void findsWhatFindFindsOnceThePairTableIsFull() {
        // A digit before each of 20,000 Han characters: more pairs that may begin a number than the table holds.
        StringBuilder text = new StringBuilder();
        for (char c = '\u4e00'; c < '\u4e00' + 20_000; c++) {
            text.append(c % 10).append(c);
        }
        text.append("12吨、3 名");
        StartScan scan = new StartScan(PATTERNS.get(0));
        StartScans shared = new StartScans(List.of(scan));
        for (int round = 0; round < 2; round++) {
            assertEquals(plain(scan.pattern(), text.toString()), scanned(scan.scan(shared.starts(text.toString()))));
        }
    }

    @Test
    void refusesPatternsMatchingNothing() {
        assertThrows(IllegalArgumentException.class, () -> new StartScan(Pattern.compile("a*")));
    }

    private static List<String> plain(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(describe(m));
        }
        return found;
    }

    private static List<String> scanned(StartScan pattern, String text) {
        return scanned(pattern.scan(text));
    }

    private static List<String> scanned(StartScan.Scan scan) {
        List<String> found = new ArrayList<>();
        while (scan.find()) {
            found.add(describe(scan.matcher()));
        }
        return found;
    }

    private static String describe(Matcher m) {
        StringBuilder s = new StringBuilder(m.start() + "-" + m.end() + ":" + m.group());
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append('|').append(m.start(g)).append(':').append(m.group(g));
        }
        return s.toString();
    }
}
