package io.sinoscope.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.FieldClause.Field;
import io.sinoscope.query.search.QueryGroup.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private static QueryClause term(String text) {
        return new QueryClause(text, false, false);
    }

    private static QueryClause phrase(String text) {
        return new QueryClause(text, true, false);
    }

    private static QueryGroup all(QueryNode... members) {
        return new QueryGroup(Operator.ALL, List.of(members), false);
    }

    private static QueryGroup any(QueryNode... members) {
        return new QueryGroup(Operator.ANY, List.of(members), false);
    }

    private static FieldClause field(Field field, String value) {
        return new FieldClause(field, List.of(value), false);
    }

    private static QuerySyntaxException refused(String q) {
        return assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(q));
    }

    @Test
    void whitespaceSeparatesTermsThatAllMustMatch() {
        assertEquals(all(term("芯片"), term("出口")), QueryParser.parse("  芯片 \u3000出口 "));
    }

    @Test
    void quotesKeepAPhraseTogether() {
        assertEquals(all(phrase("人工智慧 產業"), term("台灣")), QueryParser.parse("\"人工智慧  產業\" 台灣"));
        assertEquals(phrase("關稅 政策"), QueryParser.parse("「關稅 政策」"));
        assertEquals(all(phrase("稀土 出口"), phrase("晶片")), QueryParser.parse("“稀土 出口” 『晶片』"));
    }

    @Test
    void leadingMinusExcludes() {
        assertEquals(all(term("芯片"), term("美国").withExcluded(true), phrase("贸易 战").withExcluded(true)),
                QueryParser.parse("芯片 -美国 -\"贸易 战\""));
        assertEquals(all(term("晶片"), term("美國").withExcluded(true)), QueryParser.parse("晶片 －美國"));
    }

    @Test
    void hyphenInsideATermAndALoneMinusAreNotExclusions() {
        assertEquals(term("covid-19"), QueryParser.parse("covid-19 -"));
    }

    @Test
    void unclosedQuoteRunsToTheEnd() {
        assertEquals(phrase("半导体 供应链"), QueryParser.parse("\"半导体 供应链"));
    }

    @Test
    void blankQueryHasNoClauses() {
        assertEquals(0, QueryParser.parse("   ").terms());
        assertEquals(0, QueryParser.parse(null).terms());
        assertEquals(0, QueryParser.parse("\"\" -").terms());
    }

    @Test
    void orInAnyOfItsFormsLetsEitherSideMatch() {
        QueryGroup expected = any(term("稀土"), term("大豆"));
        assertEquals(expected, QueryParser.parse("稀土 OR 大豆"));
        assertEquals(expected, QueryParser.parse("稀土 | 大豆"));
        assertEquals(expected, QueryParser.parse("稀土|大豆"));
        assertEquals(expected, QueryParser.parse("稀土｜大豆"));
        assertEquals(any(term("稀土"), term("大豆"), term("晶片")), QueryParser.parse("稀土 OR 大豆 ｜ 晶片"));
        // Only the upper-case operator: or, Or and AND are words to search for.
        assertEquals(all(term("稀土"), term("or"), term("大豆")), QueryParser.parse("稀土 or 大豆"));
        assertEquals(all(term("芯片"), term("AND"), term("出口")), QueryParser.parse("芯片 AND 出口"));
    }

    @Test
    void sideBySideBindsTighterThanOr() {
        assertEquals(any(all(term("稀土"), term("出口")), term("大豆")), QueryParser.parse("稀土 出口 OR 大豆"));
        assertEquals(any(term("稀土"), all(term("大豆"), term("關稅"))), QueryParser.parse("稀土 OR 大豆 關稅"));
    }

    @Test
    void parenthesesGroupInAnyWidth() {
        QueryGroup expected = all(any(term("稀土"), term("大豆")), term("出口"));
        assertEquals(expected, QueryParser.parse("(稀土 OR 大豆) 出口"));
        assertEquals(expected, QueryParser.parse("（稀土｜大豆）出口"));
        assertEquals(expected, QueryParser.parse("(稀土|大豆)出口"));
        // A group inside a group, and redundant parentheses that change nothing.
        assertEquals(all(term("關稅"), any(term("美國"), all(term("歐盟"), any(term("鋼鐵"), term("鋁")).withExcluded(true)))),
                QueryParser.parse("關稅 (美國 OR (歐盟 -(鋼鐵 | 鋁)))"));
        assertEquals(term("芯片"), QueryParser.parse("((((((((((((((((((((芯片))))))))))))))))))))"));
        assertEquals(all(term("芯片"), term("出口"), term("管制")), QueryParser.parse("芯片 (出口 管制)"));
    }

    @Test
    void aMinusExcludesAPhraseAGroupOrAField() {
        assertEquals(all(term("關稅"), any(term("大豆"), term("玉米")).withExcluded(true)),
                QueryParser.parse("關稅 -(大豆 OR 玉米)"));
        assertEquals(all(term("關稅"), field(Field.REGION, "TW").withExcluded(true)),
                QueryParser.parse("關稅 -region:tw"));
        // Excluding an exclusion keeps it.
        assertEquals(all(term("關稅"), term("大豆")), QueryParser.parse("關稅 -(-大豆)"));
        // After a minus, OR is the word to exclude.
        assertEquals(all(term("關稅"), term("OR").withExcluded(true)), QueryParser.parse("關稅 -OR"));
    }

    @Test
    void fourFieldsTakeAValueAnyOtherWordBeforeAColonIsText() {
        assertEquals(all(term("關稅"), field(Field.SOURCE, "mining-wire"), field(Field.REGION, "HK"),
                        field(Field.TOPIC, "tariffs"), field(Field.ENTITY, "川普")),
                QueryParser.parse("關稅 source:mining-wire Region:hk topic：tariffs entity:川普"));
        assertEquals(field(Field.SOURCE, "Central News Agency"), QueryParser.parse("source:\"Central  News Agency\""));
        assertEquals(field(Field.ENTITY, "Q22686"), QueryParser.parse("entity:Q22686"));
        assertEquals(term("title:芯片~2"), QueryParser.parse("title:芯片~2"));
        assertEquals(term("https://example.com/a"), QueryParser.parse("https://example.com/a"));
        assertEquals(any(field(Field.REGION, "TW"), field(Field.REGION, "HK")),
                QueryParser.parse("(region:TW OR region:HK)"));
        assertEquals(5, QueryParser.parse("(稀土 OR 大豆) -(出口 region:CN) source:x").terms());
    }

    @Test
    void anUnclosedParenthesisNamesWhereItOpened() {
        QuerySyntaxException e = refused("稀土 大豆 (出口");
        assertEquals(7, e.position());
        assertTrue(e.getMessage().contains("unclosed parenthesis opened at position 7"), e.getMessage());
        assertEquals(4, refused("關稅 （美國｜歐盟").position());
        // Positions count characters, a character outside the BMP once.
        assertEquals(3, refused("𠀀 (x").position());
        assertEquals(1, refused("((a) b").position());
    }

    @Test
    void aParenthesisNeverOpenedIsRefused() {
        QuerySyntaxException e = refused("稀土) 大豆");
        assertEquals(3, e.position());
        assertTrue(e.getMessage().contains("unexpected ')' at position 3"), e.getMessage());
        assertTrue(refused("(a) b）").getMessage().contains("unexpected '）' at position 6"));
    }

    @Test
    void anOrNeedsATermOnEachSide() {
        assertTrue(refused("OR 大豆").getMessage().contains("OR at position 1 has no term before it"));
        assertTrue(refused("| 大豆").getMessage().contains("| at position 1 has no term before it"));
        assertTrue(refused("稀土 OR").getMessage().contains("expected a term, phrase or group after OR at position 4"));
        assertTrue(refused("稀土 OR OR 大豆").getMessage().contains("after OR at position 4"));
        assertTrue(refused("(稀土 ｜) 大豆").getMessage().contains("after ｜ at position 5"));
        assertTrue(refused("稀土 (| 大豆)").getMessage().contains("| at position 5 has no term before it"));
    }

    @Test
    void emptyParenthesesAndFieldsWithoutAValueAreRefused() {
        assertTrue(refused("稀土 ()").getMessage().contains("empty parentheses at position 4"));
        QuerySyntaxException e = refused("稀土 source: 大豆");
        assertEquals(4, e.position());
        assertTrue(e.getMessage().contains("expected a value after source: at position 4"), e.getMessage());
        assertTrue(refused("entity:\"\"").getMessage().contains("entity:Q22686"));
    }

    @Test
    void nestingIsBounded() {
        String deep = "(".repeat(QueryParser.MAX_DEPTH + 1) + "芯片" + ")".repeat(QueryParser.MAX_DEPTH + 1);
        assertTrue(refused(deep).getMessage().contains("nested deeper than " + QueryParser.MAX_DEPTH));
        String fits = "(".repeat(QueryParser.MAX_DEPTH) + "芯片" + ")".repeat(QueryParser.MAX_DEPTH);
        assertEquals(term("芯片"), QueryParser.parse(fits));
    }

    @Test
    void positiveClausesLeaveOutWhatAMinusExcludes() {
        assertEquals(List.of(term("關稅"), term("美國")),
                QueryParser.parse("關稅 -(大豆 OR 玉米) (美國 | -歐盟) source:x").positiveClauses());
    }
}
