package io.sinoscope.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    @Test
    void whitespaceSeparatesTermsThatAllMustMatch() {
        assertEquals(List.of(new QueryClause("芯片", false, false), new QueryClause("出口", false, false)),
                QueryParser.parse("  芯片 \u3000出口 "));
    }

    @Test
    void quotesKeepAPhraseTogether() {
        assertEquals(List.of(new QueryClause("人工智慧 產業", true, false), new QueryClause("台灣", false, false)),
                QueryParser.parse("\"人工智慧  產業\" 台灣"));
        assertEquals(List.of(new QueryClause("關稅 政策", true, false)), QueryParser.parse("「關稅 政策」"));
    }

    @Test
    void leadingMinusExcludes() {
        assertEquals(List.of(new QueryClause("芯片", false, false), new QueryClause("美国", false, true),
                        new QueryClause("贸易 战", true, true)),
                QueryParser.parse("芯片 -美国 -\"贸易 战\""));
    }

    @Test
    void hyphenInsideATermAndALoneMinusAreNotExclusions() {
        assertEquals(List.of(new QueryClause("covid-19", false, false)), QueryParser.parse("covid-19 -"));
    }

    @Test
    void unclosedQuoteRunsToTheEnd() {
        assertEquals(List.of(new QueryClause("半导体 供应链", true, false)), QueryParser.parse("\"半导体 供应链"));
    }

    @Test
    void blankQueryHasNoClauses() {
        assertTrue(QueryParser.parse("   ").isEmpty());
        assertTrue(QueryParser.parse(null).isEmpty());
    }
}
