package io.sinoscope.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.QueryClause;
import io.sinoscope.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {

    private static ProblemException refused(String q) {
        return assertThrows(ProblemException.class, () -> QueryLimits.parse(q, 200, 20));
    }

    @Test
    void missingOrEmptyQueryIsRefused() {
        assertTrue(refused(null).getMessage().contains("q is required"));
        assertTrue(refused(" \u3000 ").getMessage().contains("q is required"));
        assertTrue(refused("\"\" -").getMessage().contains("nothing to search for"));
    }

    @Test
    void tooLongQueryIsRefusedNamingTheLimitInCharactersNotBytes() {
        String atLimit = "芯".repeat(200);
        assertEquals(1, QueryLimits.parse(atLimit, 200, 20).terms());
        ProblemException e = refused("芯".repeat(201));
        assertEquals(400, e.problem().status());
        assertTrue(e.getMessage().contains("201 characters; the limit is 200"), e.getMessage());
        // Surrogate pairs count once: 200 characters outside the BMP are within the limit.
        assertEquals(1, QueryLimits.parse("𠀀".repeat(200), 200, 20).terms());
        assertTrue(refused("x".repeat(100_000)).getMessage().contains("100000 characters"));
    }

    @Test
    void tooManyTermsIsRefusedNamingTheLimit() {
        assertEquals(20, QueryLimits.parse("词 ".repeat(20), 200, 20).terms());
        ProblemException e = refused("词 ".repeat(21));
        assertTrue(e.getMessage().contains("21 terms; the limit is 20"), e.getMessage());
    }

    @Test
    void luceneAndSqlSyntaxIsPlainText() {
        assertEquals(new QueryClause("*foo", false, false), QueryLimits.parse("*foo", 200, 20));
        assertEquals(new QueryClause("title:芯片~2", false, false), QueryLimits.parse("title:芯片~2", 200, 20));
        assertEquals(new QueryClause("unclosed", true, false), QueryLimits.parse("\"unclosed", 200, 20));
        assertEquals(3, QueryLimits.parse("'; DROP TABLE", 200, 20).terms());
        assertEquals(1, QueryLimits.parse("((((((((((((((((((((芯片))))))))))))))))))))", 200, 20).terms());
    }

    @Test
    void aQueryTheSyntaxCannotReadIsRefusedNamingThePosition() {
        ProblemException e = refused("a AND (b OR");
        assertEquals(400, e.problem().status());
        assertTrue(e.getMessage().contains("expected a term, phrase or group after OR at position 10"), e.getMessage());
        assertTrue(refused("稀土 (大豆 出口").getMessage().contains("unclosed parenthesis opened at position 4"));
    }

    @Test
    void theTermLimitCountsTheTermsOfTheTreeNotItsOperators() {
        assertEquals(20, QueryLimits.parse(("(词 OR 字) ".repeat(10)).strip(), 200, 20).terms());
        assertEquals(3, QueryLimits.parse("(((稀土 | 大豆))) region:TW", 200, 20).terms());
        assertTrue(refused("(词 OR 字) ".repeat(10) + "source:x").getMessage().contains("21 terms; the limit is 20"));
    }

    @Test
    void tooComplexNamesTheClauseLimit() {
        ProblemException e = QueryLimits.tooComplex();
        assertEquals(400, e.problem().status());
        assertTrue(e.getMessage().contains("1024"), e.getMessage());
    }
}
