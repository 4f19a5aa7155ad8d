package io.sinoscope.text.number;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseNumberParserTest {

    private final ChineseNumberParser parser = new ChineseNumberParser();

    private double value(String expression) {
        return parser.parse(expression).orElseThrow().value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5,500|5500", "１２３|123", "3.75|3.75", "1.3万|13000", "4.28万亿|4.28E12", "2500万|2.5E7",
            "5,500亿|5.5E11", "3百万|3E6", "1兆|1E12", "一千二百|1200", "两|2", "廿|20", "三十五|35", "十五|15",
            "两千五百万|2.5E7", "一亿二千万|1.2E8", "三万亿|3E12", "十亿|1E9", "二〇二五|2025", "5, 500|5500",
            // Mixed magnitudes are one amount: each digit group with its unit, as a Han numeral reads them.
            "3兆1325亿|3.1325E12", "1万2000亿|1.2E12", "3亿5000万|3.5E8", "2万亿|2E12", "1千亿|1E11",
            "三兆一千亿|3.1E12", "一万二千亿|1.2E12"})
    void readsNumbers(String expression, double expected) {
        assertEquals(expected, value(expression), expected * 1e-12);
    }

    /** A leading space takes a plain number through the whole grammar rather than the shortcut for plain decimals. */
    @ParameterizedTest
    @CsvSource({"2025", "7", "0", "007", "3.5", "12.25", "100000000000000000000"})
    void readsPlainDecimalsAsTheGrammarDoes(String plain) {
        ParsedNumber shortcut = parser.parse(plain).orElseThrow();
        ParsedNumber grammar = parser.parse(" " + plain).orElseThrow();
        assertEquals(List.of(grammar.value(), 0, plain.length()), List.of(shortcut.value(), shortcut.start(), shortcut.end()));
        assertNull(shortcut.upper());
        assertNull(shortcut.qualifier());
        assertNull(grammar.upper());
        assertNull(grammar.qualifier());
        assertTrue(parser.parse("3.").isEmpty());
    }

    @Test
    void flagsApproximationCues() {
        ParsedNumber about = parser.parse("约4.28万亿").orElseThrow();
        assertEquals(4.28e12, about.value(), 1);
        assertEquals("约", about.qualifier());
        assertEquals("约合", parser.parse("约合300亿").orElseThrow().qualifier());
        assertEquals("逾", parser.parse("逾一百").orElseThrow().qualifier());
        assertEquals("超过", parser.parse("超过1000").orElseThrow().qualifier());
        assertEquals("将近", parser.parse("将近50").orElseThrow().qualifier());
        ParsedNumber more = parser.parse("300多万").orElseThrow();
        assertEquals(3e6, more.value(), 1);
        assertEquals("多", more.qualifier());
        assertFalse(parser.parse("1200万").orElseThrow().approximate());
    }

    @Test
    void readsBareHundredsAndThousandsOnlyAfterACue() {
        assertEquals(100, parser.parse("逾百").orElseThrow().value(), 0);
        assertEquals(1000, parser.parse("近千").orElseThrow().value(), 0);
        assertEquals(1e7, parser.parse("近千万").orElseThrow().value(), 0);
        assertEquals(1010, parser.parse("一千零十").orElseThrow().value(), 0);
        assertTrue(parser.parse("百").isEmpty());
        assertTrue(parser.findAll("老百姓千万别信").isEmpty());
    }

    @Test
    void readsRangesWithSharedMultiplier() {
        ParsedNumber range = parser.parse("3至5万").orElseThrow();
        assertEquals(30000, range.value(), 0);
        assertEquals(50000, range.upper(), 0);
        assertEquals(5, parser.parse("3-5").orElseThrow().upper(), 0);
        ParsedNumber han = parser.parse("三到五").orElseThrow();
        assertEquals(3, han.value(), 0);
        assertEquals(5, han.upper(), 0);
    }

    @Test
    void findsNumbersWithOffsets() {
        List<ParsedNumber> found = parser.findAll("进口1200万吨，约合5,500亿美元");
        assertEquals(2, found.size());
        assertEquals("1200万", found.get(0).text());
        assertEquals(2, found.get(0).start());
        assertEquals("约合5,500亿", found.get(1).text());
        assertTrue(found.get(1).approximate());
    }

    @Test
    void chineseCommaEndsANumber() {
        List<ParsedNumber> found = parser.findAll("增长3，300亿");
        assertEquals(List.of(3.0, 3e10), found.stream().map(ParsedNumber::value).toList());
    }

    @Test
    void siPrefixIsNotTaiwanTrillion() {
        assertTrue(parser.findAll("装机100兆瓦").stream().noneMatch(n -> n.value() > 1e6));
        assertNull(parser.parse("3至5").orElseThrow().qualifier());
    }

    @Test
    void readsSpokenForms() {
        // A magnitude followed by a bare digit is the next place down; digit groups may carry thousands separators.
        assertEquals(12000, parser.parse("一万二").orElseThrow().value(), 0);
        assertEquals(350, parser.parse("三百五").orElseThrow().value(), 0);
        assertEquals(32000, parser.parse("3万2").orElseThrow().value(), 0);
        assertEquals(99800, parser.parse("9万9,800").orElseThrow().value(), 0);
        assertEquals(1.2e8, parser.parse("1亿2,000万").orElseThrow().value(), 0);
        assertEquals(3.6e12, parser.parse("3兆6,000亿").orElseThrow().value(), 0);
        assertEquals(105, parser.parse("一百零五").orElseThrow().value(), 0);
        // 几 like 多: more than the number.
        ParsedNumber some = parser.parse("三千几").orElseThrow();
        assertEquals(3000, some.value(), 0);
        assertEquals("几", some.qualifier());
        assertEquals(10000, parser.parse("1万多").orElseThrow().value(), 0);
        // A bare 万 after a cue, as 百 and 千 (近万, 逾万亿).
        assertEquals(10000, parser.parse("近万").orElseThrow().value(), 0);
        assertEquals(1e12, parser.parse("逾万亿").orElseThrow().value(), 0);
    }

    @Test
    void readsNeighbouringDigitsAsARange() {
        ParsedNumber hundreds = parser.parse("七八百").orElseThrow();
        assertEquals(700, hundreds.value(), 0);
        assertEquals(800, hundreds.upper(), 0);
        assertEquals(30, parser.parse("二三十").orElseThrow().upper(), 0);
        assertEquals(17, parser.parse("十七八").orElseThrow().value(), 0);
        assertEquals(40000, parser.parse("三四万").orElseThrow().upper(), 0);
        // Not neighbours, or a year read digit by digit: no range.
        assertNull(parser.parse("二〇二五").orElseThrow().upper());
        assertNull(parser.parse("五四").orElseThrow().upper());
        assertNull(parser.parse("一二").orElseThrow().upper());
        assertEquals(200, parser.parse("一两百").orElseThrow().upper(), 0);
    }
}
